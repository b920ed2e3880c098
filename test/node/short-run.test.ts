/**
 * tuneForShortRun (src/node/pool.ts): the CLI raises V8's interrupt budget for a check of
 * SHORT_RUN_BYTES or fewer, and leaves V8's defaults for anything larger. What the flag buys is
 * measured by `npm run bench -- startup`; here, only which runs get it.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const setFlags = vi.hoisted(() => vi.fn());
vi.mock('node:v8', async (importOriginal) => ({ ...(await importOriginal<typeof import('node:v8')>()), setFlagsFromString: setFlags }));

const { SHORT_RUN_BYTES, tuneForShortRun } = await import('../../src/node/pool.js');

describe('tuneForShortRun', () => {
  beforeEach(() => setFlags.mockClear());

  it.each([
    [0, ['--interrupt-budget=1081344']],
    [1_533, ['--interrupt-budget=1081344']],
    [SHORT_RUN_BYTES, ['--interrupt-budget=1081344']],
    [SHORT_RUN_BYTES + 1, []],
    [600_000, []],
  ])('%i bytes: flags %j', (bytes, flags) => {
    tuneForShortRun(bytes);
    expect(setFlags.mock.calls.map((c) => c[0])).toEqual(flags);
  });
});
