/**
 * .txt → lines. One paragraph per line; positions are 1-based line/column in UTF-16 code units.
 */
import type { Line } from '../tree/types.js';

/** Splits text into `line` nodes, keeping empty lines (the recogniser drops them). */
export function textToLines(text: string): Line[] {
  const lines: Line[] = [];
  let offset = 0;
  let lineNo = 1;
  const re = /\r\n|\n|\r|\u2028|\u2029/g;
  let match: RegExpExecArray | null;
  for (;;) {
    match = re.exec(text);
    const end = match ? match.index : text.length;
    const value = text.slice(offset, end);
    lines.push({
      type: 'line',
      value,
      position: {
        start: { line: lineNo, column: 1, offset },
        end: { line: lineNo, column: value.length + 1, offset: end },
      },
    });
    if (!match) break;
    offset = end + match[0].length;
    lineNo++;
  }
  return lines;
}
