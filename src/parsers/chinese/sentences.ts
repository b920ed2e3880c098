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

export interface SentenceSpan {
  /** The sentence, text.slice(start, end). */
  text: string;
  start: number;
  end: number;
}

const code = (s: string) => s.charCodeAt(0);
const codes = (s: string) => new Set([...s].map(code));

/** 。！？；｡ */
const TERMINATORS = codes('。！？；｡');
/** ! ? ; */
const HALF_TERMINATORS = codes('!?;');
/** … ⋯ */
const ELLIPSIS = codes('…⋯');
const CLOSERS = codes('”’」』》〉）)】〕]］"\'');
/** opener code → closer code */
const PAIRS = new Map<number, number>(
  [['《', '》'], ['〈', '〉'], ['“', '”'], ['‘', '’'], ['「', '」'], ['『', '』'], ['（', '）'], ['(', ')']]
    .map(([a, b]) => [code(a), code(b)]),
);
const PAIR_CLOSERS = new Set(PAIRS.values());

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
    const close = PAIRS.get(c);
    if (close !== undefined) {
      closeStack.push(close);
      atStack.push(i);
      continue;
    }
    if (PAIR_CLOSERS.has(c)) {
      for (let k = closeStack.length - 1; k >= 0; k--) {
        if (closeStack[k] === c) {
          inside.fill(1, atStack[k] + 1, i);
          closeStack.length = k;
          atStack.length = k;
          break;
        }
      }
    }
  }
  return inside;
}

function isTerminatorAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (TERMINATORS.has(c)) return true;
  if (!HALF_TERMINATORS.has(c)) return false;
  // "?" in a URL or code is no end: only when Chinese (or a mark) stands before it and nothing Latin follows.
  if (i === 0) return false;
  const prev = text.charCodeAt(i - 1);
  if (!(isHan(prev) || CLOSERS.has(prev) || TERMINATORS.has(prev) || HALF_TERMINATORS.has(prev))) return false;
  if (i + 1 >= text.length) return true;
  const next = text.charCodeAt(i + 1);
  return isSpace(next) || isHan(next) || TERMINATORS.has(next) || CLOSERS.has(next);
}

/** The end of the ellipsis run starting at i, or -1 when it does not end the sentence. */
function ellipsisEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length && (ELLIPSIS.has(text.charCodeAt(j)) || (text.charCodeAt(j) === DOT && j > i))) j++;
  let k = j;
  while (k < text.length && CLOSERS.has(text.charCodeAt(k))) k++;
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
    if (CLOSERS.has(c) && i > start && inside[i - 1]) {
      const p = text.charCodeAt(i - 1);
      if (TERMINATORS.has(p) || HALF_TERMINATORS.has(p)) {
        let j = i + 1;
        while (j < n && CLOSERS.has(text.charCodeAt(j))) j++;
        flush(j);
        i = j;
        continue;
      }
    }
    if (isTerminatorAt(text, i)) {
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (!(TERMINATORS.has(d) || HALF_TERMINATORS.has(d) || ELLIPSIS.has(d))) break;
        j++;
      }
      while (j < n && CLOSERS.has(text.charCodeAt(j))) j++;
      flush(j);
      i = j;
      continue;
    }
    if (ELLIPSIS.has(c)) {
      const e = ellipsisEnd(text, i);
      if (e >= 0) {
        flush(e);
        i = e;
        continue;
      }
      while (i < n && ELLIPSIS.has(text.charCodeAt(i))) i++;
      continue;
    }
    i++;
  }
  flush(n);
  return out;
}
