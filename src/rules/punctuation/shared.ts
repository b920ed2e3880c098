/**
 * Helpers shared by the punctuation and number rules: what counts as a Han character, which
 * elements hold running text, and which spans of a line are not Chinese prose (URLs, e-mail
 * addresses, file names, inline code), so that the rules leave them alone.
 */
import type { LineEntry } from '../../rule.js';
import type { ElementType, Line } from '../../tree/types.js';

export const HAN = /\p{Script=Han}/u;

export function isHan(ch: string | undefined): boolean {
  return ch !== undefined && ch !== '' && HAN.test(ch);
}

export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

const LATIN = /[A-Za-z]/;

export function isLatin(ch: string | undefined): boolean {
  return ch !== undefined && LATIN.test(ch);
}

/** Chinese (full-width) marks that may stand beside a mark and still be Chinese text. */
export const CJK_OPENING = '“‘（《〈【〔「『';
export const CJK_CLOSING = '”’）》〉】〕」』';
export const CJK_POINTS = '，。、；：？！';

export function isCjkPunct(ch: string | undefined): boolean {
  return ch !== undefined && ch !== '' && (CJK_OPENING + CJK_CLOSING + CJK_POINTS + '…—～·').includes(ch);
}

/**
 * Elements that are not running prose, or whose text other rules judge as a whole (document numbers,
 * dates, page numbers, directives, the separator line).
 */
const NOT_PROSE: ReadonlySet<ElementType> = new Set<ElementType>([
  'documentNumber', 'copyNumber', 'classification', 'urgency', 'redSeparator', 'pageNumber', 'directive',
  'issueDate', 'blank',
]);

export function isProse(entry: LineEntry): boolean {
  return !NOT_PROSE.has(entry.element.type);
}

/** A table cell: a DOCX paragraph inside w:tbl, or a Markdown (GFM) table cell. */
export function inTable(line: Line): boolean {
  return line.container === 'table' || line.markdown === 'tableCell';
}

const EXEMPT_SPANS: RegExp[] = [
  // URLs (stop at whitespace, Han characters and Chinese punctuation)
  /(?:https?|ftp):\/\/[^\s\p{Script=Han}，。；、“”‘’（）《》【】]+/gu,
  /\bwww\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+[^\s\p{Script=Han}，。；、“”‘’（）《》【】]*/gu,
  // e-mail addresses
  /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g,
  // bare domain names: gov.cn, example.com.cn
  /\b[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|cn|net|org|gov|edu|int|info)\b(?:\/[^\s\p{Script=Han}，。；、“”（）《》]*)?/gu,
  // file names, Chinese or not: 关于开展检查的通知.docx
  /[^\s/\\:*?"<>|，。；、：“”‘’（）《》【】]+\.(?:docx?|xlsx?|pptx?|pdf|txt|md|wps|et|ofd|zip|rar|7z|jpe?g|png|gif|csv|xml|json|html?)\b/giu,
  // inline code and markdown link targets
  /`[^`]*`/g,
  /\]\([^)\s]*\)/g,
];

/**
 * A copy of `text` of the same length in which exempt spans (URLs, e-mail addresses, file names,
 * inline code) are blanked with U+0000, so offsets stay valid.
 */
export function maskExempt(text: string): string {
  let out = text;
  for (const re of EXEMPT_SPANS) {
    out = out.replace(re, (m) => '\u0000'.repeat(m.length));
  }
  return out;
}

const maskCache = new WeakMap<Line, { value: string; masked: string }>();

/** `maskExempt(line.value)`, computed once per line for all rules (recomputed if the value changes). */
export function masked(line: Line): string {
  const hit = maskCache.get(line);
  if (hit && hit.value === line.value) return hit.masked;
  const text = maskExempt(line.value);
  maskCache.set(line, { value: line.value, masked: text });
  return text;
}
