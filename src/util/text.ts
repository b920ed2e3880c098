/**
 * Small text helpers for the consistency rules. `splitSentences` with `semicolons` is the shared
 * splitter (src/parsers/chinese: 。！？； end a sentence); without, a local splitter that keeps
 * ；-joined clauses together (一是…；二是…。 is one sentence), which the shared one has no mode for.
 */
import { splitSentences as sharedSplit } from '../parsers/chinese/sentences.js';
import { unitClasses } from './units.js';

export interface Span {
  text: string;
  start: number;
  end: number;
}

const CLOSERS = '”’）)》」』】';
/** Classes of a code unit as bits of one table read (this runs over every character of a line). */
const CLOSER = 1;
const ENDER = 2;
const OPEN = 4;
const SHUT = 8;
const CLASS = unitClasses([[CLOSERS, CLOSER], ['。！？!?', ENDER], ['“（(《', OPEN], ['”）)》', SHUT]]);
/** Several rules split the same lines (of one document): the spans by text (do not mutate them). */
const cache = new Map<string, Span[]>();
const CACHE_LIMIT = 5000;

/**
 * Sentences of one line: split after 。！？ (and ；when `semicolons`), keeping closing quotes and
 * brackets with the sentence they close. Offsets are into `text`; leading spaces are skipped.
 * Cached by text: do not mutate the result.
 */
export function splitSentences(text: string, options: { semicolons?: boolean } = {}): Span[] {
  if (options.semicolons) return sharedSplit(text);
  const hit = cache.get(text);
  if (hit) return hit;
  const out: Span[] = [];
  let start = 0;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const kind = CLASS[text.charCodeAt(i)]!;
    if (kind === 0) continue;
    if ((kind & OPEN) !== 0) depth++;
    else if ((kind & SHUT) !== 0 && depth > 0) depth--;
    if ((kind & ENDER) === 0) continue;
    // An end mark inside quotes or brackets ends the sentence when the closers right after it close
    // them all: 他说：“好。” | （此件公开发布。）
    let end = i + 1;
    let d = depth;
    while (end < text.length && (CLASS[text.charCodeAt(end)]! & CLOSER) !== 0) {
      end++;
      d = Math.max(0, d - 1);
    }
    if (d > 0) continue;
    depth = 0;
    push(text, start, end, out);
    start = end;
    i = end - 1;
  }
  push(text, start, text.length, out);
  if (cache.size >= CACHE_LIMIT) cache.clear(); // (not one by one: a Map's oldest key is slow to reach after many deletes)
  cache.set(text, out);
  return out;
}

function push(text: string, start: number, end: number, out: Span[]) {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push({ text: text.slice(start, end), start, end });
}

/** Han characters (CJK unified ideographs) in a text. */
export function hanCount(text: string): number {
  let n = 0; // (counted, not matched: text.match would make an array of every character)
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x3400 && c <= 0x9fff) n++;
  }
  return n;
}

/** What normalizeForCompare keeps: letters and numbers (Han are letters). */
const KEPT = '\\p{L}\\p{N}';
const NOT_KEPT = new RegExp(`[^${KEPT}]`, 'gu');
const IS_KEPT = new RegExp(`[${KEPT}]`, 'u');
/** Per code unit outside the surrogates: 0 not asked yet, 1 kept, 2 dropped (IS_KEPT asked once per unit). */
const keptUnit = new Uint8Array(65536);

/**
 * Text with whitespace and punctuation removed (letters, digits and Han kept), for comparing: the
 * result of text.replace(NOT_KEPT, ''), built from the kept runs with one table read per
 * character (a sentence compared for every sentence of every document); a text with surrogates
 * goes through the regex, which reads code points.
 */
export function normalizeForCompare(text: string): string {
  let out = '';
  let from = 0; // where the current run of kept characters starts
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    if (u >= 0xd800 && u <= 0xdfff) return text.replace(NOT_KEPT, '');
    let k = keptUnit[u]!;
    if (k === 0) keptUnit[u] = k = IS_KEPT.test(String.fromCharCode(u)) ? 1 : 2;
    if (k === 2) {
      if (i > from) out += text.slice(from, i);
      from = i + 1;
    }
  }
  if (from === 0) return text;
  return from < text.length ? out + text.slice(from) : out;
}

/** Escapes a literal for use inside a RegExp source. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
