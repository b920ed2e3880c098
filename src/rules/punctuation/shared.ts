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

/**
 * A paragraph broken in the wrong place (a line break copied from a web page or a PDF, or text lost
 * with one): it starts with a point mark (GB/T 15834—2011 5.1.1: never at the start of a line) or
 * ends with the opening half of a paired mark (5.1.3: never at the end of a line). One pattern for
 * punctuation-position, paired-marks and heading-sequence (a counter gap across a broken text).
 */
export const LEADING_POINT = /^[\s\u3000\u00A0]*([，。、；：？！])/;
export const TRAILING_OPENER = /[“‘（《〈【〔(][\s\u3000\u00A0]*$/;
export function isBrokenParagraph(value: string): boolean {
  return LEADING_POINT.test(value) || TRAILING_OPENER.test(value);
}

export function isCjkPunct(ch: string | undefined): boolean {
  return ch !== undefined && ch !== '' && (CJK_OPENING + CJK_CLOSING + CJK_POINTS + '…—～·').includes(ch);
}

/**
 * Elements that are not running prose, or whose text other rules judge as a whole (document numbers,
 * dates, page numbers, directives, the separator line).
 */
const NOT_PROSE: ReadonlySet<ElementType> = new Set<ElementType>([
  'documentNumber', 'copyNumber', 'classification', 'urgency', 'redSeparator', 'pageNumber', 'directive',
  'issueDate', 'blank', 'minutesLine',
]);

export function isProse(entry: LineEntry): boolean {
  return !NOT_PROSE.has(entry.element.type);
}

/** A table cell: a DOCX paragraph inside w:tbl, or a Markdown (GFM) table cell. */
export function inTable(line: Line): boolean {
  return line.container === 'table' || line.markdown === 'tableCell';
}

/** Exempt spans, each with a cheap gate that must hold before the (costlier) pattern runs. */
const EXEMPT_SPANS: Array<[gate: RegExp, span: RegExp]> = [
  // URLs (stop at whitespace, Han characters and Chinese punctuation)
  [/:\/\//, /(?:https?|ftp):\/\/[^\s\p{Script=Han}，。；、“”‘’（）《》【】]+/gu],
  [/www\./i, /\bwww\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+[^\s\p{Script=Han}，。；、“”‘’（）《》【】]*/gu],
  // e-mail addresses
  [/@/, /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g],
  // bare domain names: gov.cn, example.com.cn
  [
    /\.(?:com|cn|net|org|gov|edu|int|info)\b/,
    /\b[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|cn|net|org|gov|edu|int|info)\b(?:\/[^\s\p{Script=Han}，。；、“”（）《》]*)?/gu,
  ],
  // inline code and markdown link targets
  [/`/, /`[^`]*`/g],
  [/\]\(/, /\]\([^)\s]*\)/g],
];

/** File extensions; a file name is the extension plus the run of name characters before it. */
const EXTENSION = /\.(?:docx?|xlsx?|pptx?|pdf|txt|md|wps|et|ofd|zip|rar|7z|jpe?g|png|gif|csv|xml|json|html?)\b/gi;
const NOT_NAME = /[\s/\\:*?"<>|,;!，。；、：“”‘’（）《》【】\u0000]/;
const MAX_NAME = 80;

const blank = (m: string) => '\u0000'.repeat(m.length);

/**
 * A copy of `text` of the same length in which exempt spans (URLs, e-mail addresses, file names,
 * inline code) are blanked with U+0000, so offsets stay valid.
 */
export function maskExempt(text: string): string {
  let out = text;
  for (const [gate, span] of EXEMPT_SPANS) {
    if (gate.test(out)) out = out.replace(span, blank);
  }
  if (out.includes('.')) {
    for (const m of out.matchAll(EXTENSION)) {
      let from = m.index!;
      const stop = Math.max(0, from - MAX_NAME);
      while (from > stop && !NOT_NAME.test(out[from - 1])) from--;
      if (from === m.index) continue; // ".docx" alone is not a file name
      const to = m.index! + m[0].length;
      out = out.slice(0, from) + '\u0000'.repeat(to - from) + out.slice(to);
    }
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

/** A line of running prose with its masked text (see `masked`): what the text rules scan. */
export interface ProseLine {
  entry: LineEntry;
  line: Line;
  element: LineEntry['element'];
  /** `masked(line)`: exempt spans blanked, offsets those of `line.value`. */
  text: string;
}

export interface ProseOptions {
  /** Skip lines whose masked text lacks this substring or pattern (a cheap test before the real one). */
  gate?: string | RegExp;
  /** false: skip table cells (figures in a table are laid out, not written as prose). Default true. */
  tables?: boolean;
}

/**
 * The prose lines of a document in order, each with its masked text: the loop every number and
 * punctuation rule starts with (skip what is not prose, mask URLs and file names, test a gate).
 * The masked text is cached per line, so the rules share one masking pass.
 */
export function* proseLines(lines: Iterable<LineEntry>, options: ProseOptions = {}): Generator<ProseLine> {
  const { gate, tables = true } = options;
  for (const entry of lines) {
    if (!isProse(entry)) continue;
    const { line } = entry;
    if (!tables && inTable(line)) continue;
    const text = masked(line);
    if (gate !== undefined && !(typeof gate === 'string' ? text.includes(gate) : gate.test(text))) continue;
    yield { entry, line, element: entry.element, text };
  }
}
