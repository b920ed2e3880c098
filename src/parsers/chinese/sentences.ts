/**
 * Chinese sentence splitting (GB/T 15834—2011 句末点号 + 分号).
 *
 * A sentence ends at 。！？； (and half-width ! ? ; when Chinese text or the end follows), with every
 * following end mark kept with it (？！, ！！, 。。。 stay together) and every closing quote or bracket
 * right after it attached to it (“……。”  （此件公开发布。）). An ellipsis (…… or …) ends a sentence only
 * when the text ends, a line ends, or whitespace follows it; inside a sentence (各地要……等) it does not.
 * Nothing inside a *matched* pair of 《》〈〉“”‘’「」『』（）() is split; an unmatched opener (a typo)
 * does not stop splitting. When the pair closes right after an end mark (他说：“好。”  （此件公开发布。）)
 * the sentence ends after the closer. A newline always ends a sentence and belongs to none. Sentences never
 * start or end with whitespace.
 *
 * Offsets are UTF-16 code units into the text given.
 */

export interface SentenceSpan {
  /** The sentence, text.slice(start, end). */
  text: string;
  start: number;
  end: number;
}

const TERMINATORS = new Set(['。', '！', '？', '；', '｡']);
const HALF_TERMINATORS = new Set(['!', '?', ';']);
const ELLIPSIS = new Set(['…', '⋯']);
const CLOSERS = new Set(['”', '’', '」', '』', '》', '〉', '）', ')', '】', '〕', ']', '］', '"', "'"]);
const PAIRS: Record<string, string> = {
  '《': '》', '〈': '〉', '“': '”', '‘': '’', '「': '」', '『': '』', '（': '）', '(': ')',
};
const CLOSER_OF = new Set(Object.values(PAIRS));

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
const SPACE = /[\s\u3000]/;

/**
 * For each opener index, whether it is closed by its partner later in the same line (stack-based,
 * so that nesting 《…〈…〉…》 and “…‘…’…” works).
 */
function protectedRanges(text: string): Uint8Array {
  const inside = new Uint8Array(text.length + 1);
  const stack: Array<{ close: string; at: number }> = [];
  const ranges: Array<[number, number]> = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n' || c === '\r') {
      stack.length = 0;
      continue;
    }
    if (PAIRS[c]) {
      stack.push({ close: PAIRS[c], at: i });
      continue;
    }
    if (CLOSER_OF.has(c)) {
      // Close the nearest matching opener; openers above it were unmatched.
      for (let k = stack.length - 1; k >= 0; k--) {
        if (stack[k].close === c) {
          ranges.push([stack[k].at, i]);
          stack.length = k;
          break;
        }
      }
    }
  }
  // Positions strictly inside a matched pair, excluding the position of the closer itself.
  for (const [a, b] of ranges) for (let i = a + 1; i < b; i++) inside[i] = 1;
  return inside;
}

function isTerminatorAt(text: string, i: number): boolean {
  const c = text[i];
  if (TERMINATORS.has(c)) return true;
  if (HALF_TERMINATORS.has(c)) {
    const next = text[i + 1];
    const prev = text[i - 1];
    // "?" in a URL or code: only when Chinese stands before it and nothing Latin follows.
    return (next === undefined || SPACE.test(next) || HAN.test(next) || TERMINATORS.has(next) || CLOSERS.has(next))
      && prev !== undefined && (HAN.test(prev) || CLOSERS.has(prev) || TERMINATORS.has(prev) || HALF_TERMINATORS.has(prev));
  }
  return false;
}

/** The end of the ellipsis run starting at i, or -1 when it does not end the sentence. */
function ellipsisEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length && (ELLIPSIS.has(text[j]) || text[j] === '.' && text[j + 1] === '.' || (text[j] === '.' && ELLIPSIS.has(text[j - 1] ?? '')))) j++;
  let k = j;
  while (k < text.length && CLOSERS.has(text[k])) k++;
  if (k >= text.length || text[k] === '\n' || text[k] === '\r' || SPACE.test(text[k])) return k;
  if (TERMINATORS.has(text[k])) return -1; // "……。" — the 。 ends it
  return -1;
}

const sentenceCache = new Map<string, SentenceSpan[]>();
const CACHE_LIMIT = 2000;

/** Splits text into sentences (see the module comment). Cached by text; do not mutate the result. */
export function splitSentences(text: string): SentenceSpan[] {
  const hit = sentenceCache.get(text);
  if (hit) return hit;
  const out = computeSentences(text);
  if (sentenceCache.size >= CACHE_LIMIT) sentenceCache.delete(sentenceCache.keys().next().value as string);
  sentenceCache.set(text, out);
  return out;
}

function computeSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  const inside = protectedRanges(text);
  let start = 0;
  const flush = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && SPACE.test(text[s])) s++;
    while (e > s && SPACE.test(text[e - 1])) e--;
    if (e > s) out.push({ text: text.slice(s, e), start: s, end: e });
    start = end;
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '\n' || c === '\r') {
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
    if (CLOSERS.has(c) && i > start && (TERMINATORS.has(text[i - 1]) || HALF_TERMINATORS.has(text[i - 1])) && inside[i - 1]) {
      let j = i + 1;
      while (j < text.length && CLOSERS.has(text[j])) j++;
      flush(j);
      i = j;
      continue;
    }
    if (isTerminatorAt(text, i)) {
      let j = i + 1;
      while (j < text.length && (TERMINATORS.has(text[j]) || HALF_TERMINATORS.has(text[j]) || ELLIPSIS.has(text[j]))) j++;
      while (j < text.length && CLOSERS.has(text[j])) j++;
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
      while (i < text.length && ELLIPSIS.has(text[i])) i++;
      continue;
    }
    i++;
  }
  flush(text.length);
  return out;
}
