/** What DOCX formatting says about a line: its size, whether it is red, set like a title or a mark. */
import type { Line, ParagraphFormat, SourceFormat } from '../../tree/types.js';
import { isRed, RE } from './patterns.js';

export function maxSize(line: Line): number {
  let size = 0;
  for (const r of line.runs ?? []) if (r.text.trim() && (r.sizeHalfPoints ?? 0) > size) size = r.sizeHalfPoints ?? 0;
  if (!size) size = line.format?.mark?.sizeHalfPoints ?? 0;
  return size;
}

export function mostlyRed(line: Line): boolean {
  const runs = (line.runs ?? []).filter((r) => r.text.trim());
  if (!runs.length) return false;
  const red = runs.filter((r) => isRed(r.color)).reduce((n, r) => n + r.text.length, 0);
  return red * 2 > runs.reduce((n, r) => n + r.text.length, 0);
}

/** Centred and at least 20 pt: how a DOCX title is set. */
export function isDocxTitleFormat(line: Line): boolean {
  return line.format?.alignment === 'center' && maxSize(line) >= 40;
}

/** Red large text or a text box at the very top: the issuer mark. */
export function isDocxIssuerMarkFormat(line: Line): boolean {
  return (mostlyRed(line) && maxSize(line) >= 40) || (line.container === 'textbox' && mostlyRed(line));
}

/** A seal placeholder (text), or in DOCX a short red line that names a seal. */
export function isSealLine(line: Line, format: SourceFormat): boolean {
  if (RE.seal.test(line.value)) return true;
  return format === 'docx' && mostlyRed(line) && line.value.trim().length <= 20 && /章|印/.test(line.value);
}

type Border = ParagraphFormat['borderBottom'];
/** Word's double borders: double, and the thick-thin pairs (上粗下细 is thickThin…, both count). */
const isDoubleBorder = (b: Border) => !!b && /^(?:double|thinThick|thickThin)/i.test(b.style);
const isRedBorder = (b: Border) => !!b && b.style !== 'none' && b.style !== 'nil' && isRed(b.color);

/**
 * 信函格式 (GB/T 9704—2012 10.1) read from the 版头's layout in a DOCX, for a mark without 文件: the
 * 发文字号 set flush right (in the 文件格式 it is centred under the mark, or left with 签发人 on the
 * right); a red double rule (上粗下细) from the mark down to the number — a paragraph border or a line
 * drawn as a shape (often anchored in an empty paragraph); or a red rule as the mark's own bottom
 * border, so the number stands below it. A single line drawn as a shape says nothing: where it is
 * drawn is not where it is anchored, and the 文件格式's separator is one. `all` is every body
 * paragraph, empty ones included; `markLines` the mark, `numberLine` the 发文字号.
 */
export function isLetterLayout(all: Line[], markLines: Line[], numberLine: Line | undefined): boolean {
  if (!markLines.length) return false;
  const a = numberLine?.format?.alignment;
  if (numberLine && (a === 'right' || a === 'end') && !RE.signer.test(numberLine.value)) return true;
  const lastMark = all.indexOf(markLines[markLines.length - 1]);
  if (lastMark < 0) return false;
  if (isRedBorder(all[lastMark].format?.borderBottom) || isRedBorder(all[lastMark + 1]?.format?.borderTop)) return true;
  const from = all.indexOf(markLines[0]);
  const to = numberLine ? all.indexOf(numberLine) : lastMark + 1;
  for (let k = from; k >= 0 && k <= Math.min(to, all.length - 1); k++) {
    const f = all[k].format;
    if (!f) continue;
    if ((isRedBorder(f.borderBottom) && isDoubleBorder(f.borderBottom)) || (isRedBorder(f.borderTop) && isDoubleBorder(f.borderTop))) return true;
    if ((f.drawnLines ?? []).some((d) => d.double && isRed(d.color))) return true;
  }
  return false;
}
