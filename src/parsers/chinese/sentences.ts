/**
 * Chinese sentence splitting (GB/T 15834—2011 句末点号 + 分号).
 *
 * A sentence ends at 。！？； (and half-width ! ? ; when Chinese text or the end follows), with every
 * following end mark kept with it (？！, ！！, 。。。 stay together) and every closing quote or bracket
 * right after it attached to it (“……。”  （此件公开发布。）). An ellipsis (…… or …) ends a sentence only
 * when the text ends, a line ends, or whitespace follows it; inside a sentence (各地要……等) it does not.
 * Nothing inside a *matched* pair of 《》〈〉“”‘’「」『』（）() is split; an unmatched opener (a typo)
 * does not stop splitting. When the pair closes right after an end mark (他说：“好。”  （此件公开发布。）)
 * the sentence ends after the closer. A newline always ends a sentence and belongs to none. Sentences
 * never start or end with whitespace.
 *
 * Offsets are UTF-16 code units into the text given. Works on char codes (no per-character strings):
 * a few hundred milliseconds per million characters.
 */

import { unitClasses } from '../../util/units.js';

export interface SentenceSpan {
  /** The sentence, text.slice(start, end). */
  text: string;
  start: number;
  end: number;
}

const code = (s: string) => s.charCodeAt(0);

/**
 * The classes of a code unit, as bits of one table read (every character of every line passes
 * here, several times: a table read, not a Set look-up per class).
 */
const TERMINATOR = 1;
const HALF_TERMINATOR = 2;
const ELLIPSIS = 4;
const CLOSER = 8;
const PAIR_OPENER = 16;
const PAIR_CLOSER = 32;
const PAIR_LIST = [['《', '》'], ['〈', '〉'], ['“', '”'], ['‘', '’'], ['「', '」'], ['『', '』'], ['（', '）'], ['(', ')']] as const;
/** opener code → closer code */
const PAIRS = new Map<number, number>(PAIR_LIST.map(([a, b]) => [code(a), code(b)]));
const CLASS = unitClasses([
  ['。！？；｡', TERMINATOR],
  ['!?;', HALF_TERMINATOR],
  ['…⋯', ELLIPSIS],
  ['”’」』》〉）)】〕]］"\'', CLOSER],
  [PAIR_LIST.map(([a]) => a).join(''), PAIR_OPENER],
  [PAIR_LIST.map(([, b]) => b).join(''), PAIR_CLOSER],
]);
const is = (c: number, bits: number) => (CLASS[c]! & bits) !== 0;

const LF = 10;
const CR = 13;
const DOT = 46;

function isHan(c: number): boolean {
  return (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
}
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0x3000 || c === 0xa0 || c === 0xfeff
    || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x1680;
}

/** Anything that can end a sentence or a line: without one, the text is one sentence. */
const ANY_END = /[。！？；｡!?;…⋯\n\r]/;
const ANY_OPENER = /[《〈“‘「『（(]/;

/**
 * Marks the positions strictly inside a matched pair (stack-based, so nesting 《…〈…〉…》 and
 * “…‘…’…” works; an unmatched opener is dropped when an outer pair closes). Pairs never span lines.
 */
function protectedRanges(text: string): Uint8Array {
  const inside = new Uint8Array(text.length + 1);
  const closeStack: number[] = [];
  const atStack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === LF || c === CR) {
      closeStack.length = 0;
      atStack.length = 0;
      continue;
    }
    const kind = CLASS[c]!;
    if ((kind & (PAIR_OPENER | PAIR_CLOSER)) === 0) continue;
    if ((kind & PAIR_OPENER) !== 0) {
      closeStack.push(PAIRS.get(c)!);
      atStack.push(i);
      continue;
    }
    for (let k = closeStack.length - 1; k >= 0; k--) {
      if (closeStack[k] === c) {
        inside.fill(1, atStack[k] + 1, i);
        closeStack.length = k;
        atStack.length = k;
        break;
      }
    }
  }
  return inside;
}

function isTerminatorAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (is(c, TERMINATOR)) return true;
  if (!is(c, HALF_TERMINATOR)) return false;
  // "?" in a URL or code is no end: only when Chinese (or a mark) stands before it and nothing Latin follows.
  if (i === 0) return false;
  const prev = text.charCodeAt(i - 1);
  if (!(isHan(prev) || is(prev, CLOSER | TERMINATOR | HALF_TERMINATOR))) return false;
  if (i + 1 >= text.length) return true;
  const next = text.charCodeAt(i + 1);
  return isSpace(next) || isHan(next) || is(next, TERMINATOR | CLOSER);
}

/** The end of the ellipsis run starting at i, or -1 when it does not end the sentence. */
function ellipsisEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length && (is(text.charCodeAt(j), ELLIPSIS) || (text.charCodeAt(j) === DOT && j > i))) j++;
  let k = j;
  while (k < text.length && is(text.charCodeAt(k), CLOSER)) k++;
  if (k >= text.length || isSpace(text.charCodeAt(k))) return k;
  return -1; // inside a sentence, or "……。" where the 。 ends it
}

const NO_RANGES = new Uint8Array(0); // reads undefined (falsy) at every index
const sentenceCache = new Map<string, SentenceSpan[]>();
const CACHE_LIMIT = 5000;

/** Splits text into sentences (see the module comment). Cached by text; do not mutate the result. */
export function splitSentences(text: string): SentenceSpan[] {
  const hit = sentenceCache.get(text);
  if (hit) return hit;
  const out = computeSentences(text);
  // emptied when full: dropping the oldest key one at a time (keys().next() after each delete) walks
  // over the deleted entries every time and cost more than splitting
  if (sentenceCache.size >= CACHE_LIMIT) sentenceCache.clear();
  sentenceCache.set(text, out);
  return out;
}

function computeSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let start = 0;
  const flush = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ text: text.slice(s, e), start: s, end: e });
    start = end;
  };
  if (!ANY_END.test(text)) {
    flush(text.length);
    return out;
  }
  const inside = ANY_OPENER.test(text) ? protectedRanges(text) : NO_RANGES;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === LF || c === CR) {
      flush(i);
      start = i + 1;
      i++;
      continue;
    }
    if (inside[i]) {
      i++;
      continue;
    }
    // A closer right after an end mark inside the pair (他说：“好。”): the sentence ends after it.
    if (is(c, CLOSER) && i > start && inside[i - 1]) {
      const p = text.charCodeAt(i - 1);
      if (is(p, TERMINATOR | HALF_TERMINATOR)) {
        let j = i + 1;
        while (j < n && is(text.charCodeAt(j), CLOSER)) j++;
        flush(j);
        i = j;
        continue;
      }
    }
    if (isTerminatorAt(text, i)) {
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (!is(d, TERMINATOR | HALF_TERMINATOR | ELLIPSIS)) break;
        j++;
      }
      while (j < n && is(text.charCodeAt(j), CLOSER)) j++;
      flush(j);
      i = j;
      continue;
    }
    if (is(c, ELLIPSIS)) {
      const e = ellipsisEnd(text, i);
      if (e >= 0) {
        flush(e);
        i = e;
        continue;
      }
      while (i < n && is(text.charCodeAt(i), ELLIPSIS)) i++;
      continue;
    }
    i++;
  }
  flush(n);
  return out;
}
