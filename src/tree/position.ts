/**
 * Offsets in a line's value → points in the source.
 *
 * .txt: the line's own line number, column = 1 + offset.
 * .md: through the line's sourceMap (markup is not in the value), then offset → line/column.
 * .docx: line = the paragraph's ordinal among w:p under w:body, column = 1 + offset in its text.
 */
import type { Line, Point } from './types.js';

export function sourceOffset(line: Line, offset: number): number | undefined {
  const start = line.position?.start.offset;
  if (start === undefined) return undefined;
  const map = line.sourceMap;
  if (!map || map.length === 0) return start + offset;
  let lo = 0;
  for (let i = 0; i < map.length; i++) {
    if (map[i][0] <= offset) lo = i;
    else break;
  }
  return map[lo][1] + (offset - map[lo][0]);
}

/** Builds a function offset → {line, column} over a source text, by binary search on line starts. */
export function createLocator(source: string): (offset: number) => Point {
  const starts = [0];
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (source.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return (offset: number): Point => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1, offset };
  };
}

/** The point of an offset in a line. `locate` is needed for .md (multi-line blocks). */
export function pointAt(line: Line, offset: number, locate?: (offset: number) => Point): Point {
  if (line.ordinal !== undefined) return { line: line.ordinal, column: offset + 1 };
  const so = sourceOffset(line, offset);
  if (line.sourceMap && locate && so !== undefined) return locate(so);
  const start = line.position?.start ?? { line: 1, column: 1 };
  return { line: start.line, column: start.column + offset, offset: so };
}
