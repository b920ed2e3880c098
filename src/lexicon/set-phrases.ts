/**
 * Four-character idioms (成语) and set terms of official writing (src/lexicon/data/set-phrases.json,
 * written for this project): typo/unlikely-character takes a one-character slip in one of these
 * (因循守就 → 因循守旧, 由来以久 → 由来已久) on a smaller gain than elsewhere (issue 9: typos in
 * less common words). A list of our own rather than every four-character word of the dictionary: on
 * the held-out published documents the whole dictionary drew two more warnings than the list does.
 */
import data from './data/set-phrases.json' with { type: 'json' };

let phrases: Set<string> | undefined;

/** Whether `word` is one of the listed set phrases. */
export function isSetPhrase(word: string): boolean {
  phrases ??= new Set((data.phrases as string[]).flatMap((line) => line.split(' ')));
  return phrases.has(word);
}
