/**
 * The Chinese sentence/word layer.
 *
 * - `splitSentences(text)` → `{ text, start, end }[]`: sentences ending at 。！？； (see sentences.ts).
 * - `segmentWords(sentence)` → `{ text, start, end, isWordLike }[]`: ICU words, one sentence at a time.
 * - `sentencesWithWords(text)`: both at once, word offsets into `text`.
 * - `parseChinese(text)` → nlcst Root; `retextChinese`: the same as a unified/retext parser plugin.
 *
 * All offsets are UTF-16 code units into the string given (for a rule: into `line.value`).
 * Results are cached by text, so calling these from several rules over the same lines is cheap.
 */
import { splitSentences, type SentenceSpan } from './sentences.js';
import { segmentWords, wordsOf, MAX_RUN, type WordSpan } from './words.js';

export { splitSentences, segmentWords, wordsOf, MAX_RUN };
export type { SentenceSpan, WordSpan };
export { parseChinese, retextChinese, nlcstToString } from './nlcst.js';

export interface SentenceWithWords extends SentenceSpan {
  /** Words of the sentence, offsets into the *whole text* (not the sentence). */
  words: WordSpan[];
}

/** Sentences of a text with their words; word offsets are into `text`. */
export function sentencesWithWords(text: string): SentenceWithWords[] {
  return splitSentences(text).map((s) => ({
    ...s,
    words: segmentWords(s.text).map((w) => ({ ...w, start: w.start + s.start, end: w.end + s.start })),
  }));
}
