/**
 * The Chinese sentence/word layer.
 *
 * - `splitSentences(text)` → `{ text, start, end }[]`: sentences ending at 。！？； (see sentences.ts).
 * - `segmentWords(sentence)` → `{ text, start, end, isWordLike }[]`: ICU words, one sentence at a time.
 * - `sentencesWithWords(text)`: both at once, word offsets into `text`.
 * - `sentencesOf(line)`: the same for a tree `line` (offsets into `line.value`), cached per line object
 *   for as long as the tree lives — the cheapest way for several rules to share the work.
 * - `parseChinese(text)` → nlcst Root; `retextChinese`: the same as a unified/retext parser plugin.
 *
 * All offsets are UTF-16 code units into the string given (for a rule: into `line.value`).
 * Results are cached by text (bounded LRU-ish maps), so calling these from several rules over the same
 * lines is cheap. Cost: sentence splitting is well under a microsecond per character; word segmentation
 * (ICU) is a few microseconds per character, so segment only the lines a rule needs.
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

const byLine = new WeakMap<object, { value: string; sentences: SentenceWithWords[] }>();

/**
 * Sentences with words of a tree line (anything with a `value`), offsets into `line.value`. Cached
 * per line object (a WeakMap: it goes with the tree), recomputed if the value changed.
 */
export function sentencesOf(line: { value: string }): SentenceWithWords[] {
  const hit = byLine.get(line);
  if (hit && hit.value === line.value) return hit.sentences;
  const sentences = sentencesWithWords(line.value);
  byLine.set(line, { value: line.value, sentences });
  return sentences;
}
