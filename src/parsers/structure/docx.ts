/** What DOCX formatting says about a line: its size, whether it is red, set like a title or a mark. */
import type { Line, SourceFormat } from '../../tree/types.js';
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
