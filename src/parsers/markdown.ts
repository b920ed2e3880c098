/**
 * .md → lines via remark-parse. (Placeholder implementation: treats the file as text until the
 * Markdown mapper lands; see issue 2.)
 */
import type { Line } from '../tree/types.js';
import { textToLines } from './txt.js';

export function markdownToLines(text: string): Line[] {
  return textToLines(text);
}
