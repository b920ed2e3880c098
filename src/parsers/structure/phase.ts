/** The shape every phase of the recogniser shares. */
import type { Element, Line, SourceFormat } from '../../tree/types.js';

/** The document's non-blank lines and what is known about the whole of it. */
export interface Scan {
  lines: Line[];
  format: SourceFormat;
}

/** What a phase recognised from line `at` on: its elements, and the first line after them. */
export interface PhaseResult {
  elements: Element[];
  next: number;
}
