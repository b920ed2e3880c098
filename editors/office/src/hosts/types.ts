/** What the task pane needs from a host (WPS or Word): one small adapter per host. */
import type { Target, TextEdit } from '../mapping.js';

export interface HostDocument {
  /** The document as flat OPC (pkg:package), with its formatting. */
  ooxml: string;
  /** The host's paragraphs' texts, in the host's order (as the host returns them). */
  paragraphs: string[];
}

/** Format edits as the fix model carries them (src/fix/model.ts): plain JSON, addressed by paragraph. */
export interface FormatEditLike {
  kind: string;
  paragraph?: number;
  expect?: string;
  start?: number;
  end?: number;
  section?: number;
  styleId?: string;
  styleName?: string;
  set: Record<string, any>;
  description?: string;
}

/** A format edit with its host paragraph resolved (undefined paragraph for section/style edits). */
export interface HostFormatEdit {
  edit: FormatEditLike;
  target?: Target;
}

export type AnnotationMode = 'comment' | 'highlight';

export interface HostAdapter {
  readonly name: 'wps' | 'word';
  read(): Promise<HostDocument>;
  /** Selects the span (scrolls to it). False when the document changed there. */
  select(target: Target): Promise<boolean>;
  /** Applies text edits, already ordered last-first; each checks the text it replaces first. */
  applyEdits(edits: TextEdit[]): Promise<{ applied: number; failed: number }>;
  /** The fix model's edit kinds this host can apply (a finding with any other kind is left to --fix). */
  readonly formatKinds: ReadonlySet<string>;
  /** Format edits through the host's object model; those it cannot address count as failed. */
  applyFormat(edits: HostFormatEdit[]): Promise<{ applied: number; failed: number }>;
  /** Adds a comment (or a highlight) per item; remembers exactly what it added. */
  annotate(items: Array<{ target: Target; comment: string }>, mode: AnnotationMode): Promise<number>;
  /** Removes exactly what annotate() added (and nothing the user wrote). */
  clear(): Promise<number>;
}

/** Marks the comments the pane writes, so that a reader sees where they come from. */
export const COMMENT_PREFIX = '【公文检查】';
