/**
 * The one fixed split of the measuring corpora into a tuning part and a held-out part (issue 9,
 * "method first"). Every script that measures (noise.mjs, typo-eval.mjs) and everything learnt from
 * the corpora (the typo model's pair counts) takes its parts from here, so the rule lives in one place:
 *
 * - ../shared/corpus/gov-docs: the .txt files sorted by name (code-unit order, as Array#sort);
 *   every third file (index % 3 === 2) is held out, the rest is the tuning part.
 * - ../shared/corpus/ecspell-odw/odw.train.tsv: every fifth line (index % 5 === 4, counting
 *   non-empty lines from 0) is held out. This is the split the typo model's pair counts were already
 *   learnt on (rows with index % 5 !== 4 only).
 *
 * Tuning looks at the tuning part only. The held-out part is looked at as counts, never as text:
 * noise.mjs prints samples for the tuning part only.
 */
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The corpus directory: $GONGWEN_CORPUS, ../shared/corpus beside the checkout, or /work/shared/corpus. */
export function corpusDir() {
  const candidates = [
    process.env.GONGWEN_CORPUS,
    fileURLToPath(new URL('../../shared/corpus/', import.meta.url)),
    fileURLToPath(new URL('../../../shared/corpus/', import.meta.url)),
    '/work/shared/corpus/',
  ].filter(Boolean);
  return candidates.find((d) => existsSync(d)) ?? candidates[1];
}

export const GOV_DOCS_HELD_OUT = (index) => index % 3 === 2;
export const ODW_HELD_OUT = (index) => index % 5 === 4;

/** gov-docs file names, sorted, each with its part: 'tune' or 'held-out'. */
export function govDocs(dir = `${corpusDir()}/gov-docs`) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((name, index) => ({ name, index, part: GOV_DOCS_HELD_OUT(index) ? 'held-out' : 'tune' }));
}

/** The part of the ODW line with this index (non-empty lines, from 0). */
export function odwPart(index) {
  return ODW_HELD_OUT(index) ? 'held-out' : 'tune';
}
