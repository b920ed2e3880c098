import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Robust on a slow or shared machine: a green run must not fail on a timeout.
 * - pool 'forks' (child processes, not threads): the docx/LibreOffice, browser and redis tests spawn
 *   processes.
 * - Test files share their worker's modules (forks pool, `isolate: false`): nearly every file imports
 *   the engine with its 76 rules and lexicons, and importing that afresh for each of ~150 files was
 *   two thirds of the suite's time (vitest's "collect": 135 of 196 s; test/rules alone took 73 s,
 *   7 s shared; the whole suite 196 → 71 s). Our modules keep only caches, which no test changes;
 *   the files in ISOLATED do change module state (a mocked Node module, a swapped typo model) and
 *   run on the threads pool, one worker of their own per file. Checked with the files in shuffled
 *   order (`--sequence.shuffle.files`, two seeds): the same 4,417 passes.
 * - maxWorkers: one per core, at most 4 — on 2 cores two test files at a time; more only queue up
 *   for the same CPU and stretch every file's time (and its hooks) past their limits.
 * - generous hook/teardown limits: a beforeAll that lints a whole fixture folder, or starts redis or a
 *   browser, is slow on a loaded machine but not wrong. Speed figures come from `npm run bench`,
 *   never from a test's time limit.
 */
const cores = Math.max(1, Math.min(4, availableParallelism()));

/** Test files that change module state (vi.mock of node:v8; the typo model swapped and restored). */
const ISOLATED = ['test/node/short-run.test.ts', 'test/lexicon/typo-tables.test.ts'];

export default defineConfig({
  test: {
    pool: 'forks',
    // (vitest 3.2's forks pool takes isolation from the root config only, not per project: the
    // isolated files run on the threads pool, which isolates each file in a worker of its own)
    poolOptions: { forks: { isolate: false }, threads: { isolate: true } },
    maxWorkers: cores,
    minWorkers: 1,
    testTimeout: 120_000,
    hookTimeout: 180_000,
    teardownTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'shared', include: ['test/**/*.test.ts'], exclude: ISOLATED } },
      { extends: true, test: { name: 'isolated', include: ISOLATED, pool: 'threads' } },
    ],
  },
});
