import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Robust on a slow or shared machine: a green run must not fail on a timeout.
 * - pool 'forks' (child processes, not threads): the docx/LibreOffice, browser and redis tests spawn
 *   processes, and a test file's module state (lexicons, typo model) stays its own.
 * - maxWorkers: one per core, at most 4 — on 2 cores two test files at a time; more only queue up
 *   for the same CPU and stretch every file's time (and its hooks) past their limits.
 * - generous hook/teardown limits: a beforeAll that lints a whole fixture folder, or starts redis or a
 *   browser, is slow on a loaded machine but not wrong. Speed figures come from `npm run bench`,
 *   never from a test's time limit.
 */
const cores = Math.max(1, Math.min(4, availableParallelism()));

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    pool: 'forks',
    maxWorkers: cores,
    minWorkers: 1,
    testTimeout: 120_000,
    hookTimeout: 180_000,
    teardownTimeout: 60_000,
  },
});
