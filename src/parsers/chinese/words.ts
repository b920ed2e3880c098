/**
 * Chinese word segmentation with `Intl.Segmenter('zh', { granularity: 'word' })` (ICU's dictionary).
 *
 * Call it on one sentence at a time, never on a whole document: ICU's dictionary break iterator is
 * slow on long runs without breaks (quadratic on Node 20). Inputs longer than MAX_RUN are cut at
 * punctuation or whitespace (or hard every MAX_RUN code units) before segmenting; the offsets of the
 * result are still into the text given. Results are cached by text (LRU-ish, 5000 entries).
 */

export interface WordSpan {
  text: string;
  /** Offsets (UTF-16 code units) into the sentence given. */
  start: number;
  end: number;
  /** Intl.Segmenter's isWordLike: false for punctuation, spaces and symbols. */
  isWordLike: boolean;
}

/** Longest text handed to the segmenter in one call. */
export const MAX_RUN = 400;

let segmenter: Intl.Segmenter | undefined;
function getSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return segmenter;
}

const wordCache = new Map<string, WordSpan[]>();
const CACHE_LIMIT = 5000;

/** Words of one sentence. Cached by text; do not mutate the result. */
export function segmentWords(sentence: string): WordSpan[] {
  const hit = wordCache.get(sentence);
  if (hit) {
    // refresh recency
    wordCache.delete(sentence);
    wordCache.set(sentence, hit);
    return hit;
  }
  const out: WordSpan[] = [];
  for (const [from, to] of chunks(sentence)) {
    for (const s of getSegmenter().segment(sentence.slice(from, to))) {
      out.push({
        text: s.segment,
        start: from + s.index,
        end: from + s.index + s.segment.length,
        isWordLike: s.isWordLike ?? false,
      });
    }
  }
  if (wordCache.size >= CACHE_LIMIT) wordCache.clear(); // (see sentences.ts: not one key at a time)
  wordCache.set(sentence, out);
  return out;
}

/** Only the word-like segments (no punctuation, spaces or symbols). */
export function wordsOf(sentence: string): WordSpan[] {
  return segmentWords(sentence).filter((w) => w.isWordLike);
}

const CUT_AFTER = /[，、：；。！？,;:!?\s）)”’》]/;

/** [from, to) pieces of at most MAX_RUN code units, cut after punctuation where possible. */
function chunks(text: string): Array<[number, number]> {
  if (text.length <= MAX_RUN) return [[0, text.length]];
  const out: Array<[number, number]> = [];
  let from = 0;
  while (text.length - from > MAX_RUN) {
    let cut = -1;
    for (let i = from + MAX_RUN - 1; i > from + MAX_RUN / 2; i--) {
      if (CUT_AFTER.test(text[i])) {
        cut = i + 1;
        break;
      }
    }
    if (cut < 0) {
      cut = from + MAX_RUN;
      // never cut a surrogate pair
      const code = text.charCodeAt(cut - 1);
      if (code >= 0xd800 && code <= 0xdbff) cut--;
    }
    out.push([from, cut]);
    from = cut;
  }
  out.push([from, text.length]);
  return out;
}
