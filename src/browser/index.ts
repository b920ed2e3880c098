/**
 * The entry of the browser bundles (`dist/browser/gongwen-lint.mjs`, and the IIFE global
 * `GongwenLint`): the whole core, with `lint()` loading the large data lazily (once) before the
 * first check. `lintSync()` needs `await ready()` first in a bundle; in Node it just works.
 */
import { lint as coreLint, lintSync as coreLintSync, type LintOptions } from '../index.js';
import type { LintResult } from '../engine/messages.js';
import { lazyDataLoaded, loadLazyData } from './lazy-data.js';
import { loadTypoModel } from '../lexicon/char-model.js';

export * from '../index.js';

/**
 * Loads the large data (once) and builds the typo model's tables; resolves when every rule can run
 * without a first-use cost. An editor can call it when idle, before the first check.
 */
export async function ready(): Promise<void> {
  await loadLazyData();
  await loadTypoModel();
}

export async function lint(input: Uint8Array | string, options: LintOptions = {}): Promise<LintResult> {
  await loadLazyData();
  return coreLint(input, options);
}

export function lintSync(input: Uint8Array | string, options: LintOptions = {}): LintResult {
  if (!lazyDataLoaded()) throw new Error('gongwen-lint: the data is not loaded yet — await GongwenLint.ready() before lintSync()');
  return coreLintSync(input, options);
}
