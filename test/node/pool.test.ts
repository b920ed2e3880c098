/**
 * --concurrency: a batch checked on the worker-thread pool gives the same outcome, file by file and
 * in input order, as the same batch checked in one thread. The pool's workers are the built
 * dist/node/pool-worker.js (`npm test` builds first); the files are the project's fixtures (every
 * format, including files that fail) and, when ../shared is present, a few published documents.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnToEnd } from '../helpers/spawn.js';
import { AUTO_MIN_BYTES, AUTO_MIN_FILES, resolveConcurrency } from '../../src/node/pool.js';
import { runCli } from '../helpers/cli.js';
import type { LintPool } from '../../src/node/pool.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const govDocs = join(repo, '..', 'shared', 'corpus', 'gov-docs');

const sizeOf = (file: string) => (existsSync(file) ? statSync(file).size : 0);

function filesIn(dir: string, pattern: RegExp): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((n) => pattern.test(n)).sort().map((n) => join(dir, n)) : [];
}

/** The built CLI (`npm test` builds first), run to the end. */
function spawnCli(args: string[]) {
  return spawnToEnd(process.execPath, [join(repo, 'bin', 'gongwen-lint.js'), ...args], { cwd: repo });
}

let tmp: string;
let files: string[];

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'gwl-pool-'));
  writeFileSync(join(tmp, 'empty.txt'), '');
  writeFileSync(join(tmp, 'garbage.docx'), 'PK\u0003\u0004 not really a zip');
  files = [
    ...filesIn(join(repo, 'fixtures', 'acceptance'), /\.(txt|md|docx)$/),
    join(tmp, 'empty.txt'),
    join(tmp, 'missing.txt'),
    join(tmp, 'garbage.docx'),
    join(repo, 'fixtures', 'notice.docx'),
    ...filesIn(govDocs, /\.txt$/).slice(0, 4),
  ];
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('resolveConcurrency', () => {
  const cores = availableParallelism();
  const cases: Array<[string | undefined, number, number | undefined]> = [
    [undefined, AUTO_MIN_FILES, 1],
    ['auto', AUTO_MIN_FILES, 1],
    [undefined, 100, Math.min(cores, 100)],
    ['auto', AUTO_MIN_FILES + 1, Math.min(cores, AUTO_MIN_FILES + 1)],
    ['off', 100, 1],
    ['1', 100, 1],
    ['3', 100, 3],
    ['3', 2, 2],
    ['0', 100, undefined],
    ['-2', 100, undefined],
    ['two', 100, undefined],
    ['1.5', 100, undefined],
  ];
  it.each(cases)('%s with %i files → %s', (spec, count, threads) => {
    expect(resolveConcurrency(spec, count)).toBe(threads);
  });
  // auto weighs the batch's bytes too: a handful of small drafts is checked faster in one thread.
  const sized: Array<[string | undefined, number, number, number]> = [
    ['auto', 100, AUTO_MIN_BYTES - 1, 1],
    [undefined, 100, AUTO_MIN_BYTES - 1, 1],
    ['auto', 100, AUTO_MIN_BYTES, Math.min(cores, 100)],
    ['auto', AUTO_MIN_FILES, 10 * AUTO_MIN_BYTES, 1],
    ['2', 100, 10, 2],
    ['off', 100, 10 * AUTO_MIN_BYTES, 1],
  ];
  it.each(sized)('%s with %i files of %i bytes in all → %s', (spec, count, bytes, threads) => {
    expect(resolveConcurrency(spec, count, bytes)).toBe(threads);
  });
});

describe('a batch on the pool', () => {
  it('gives the serial outcome, file by file, in input order', async () => {
    // Both from the built dist/ (the pool's workers are dist/ code), so a src/ edited since the last
    // build cannot make them differ.
    const dist = (await import(join(repo, 'dist', 'node', 'pool.js'))) as typeof import('../../src/node/pool.js');
    const config = { preset: 'all' as const };
    const serial = await dist.checkFiles(files, { config, concurrency: 1 });
    const done: number[] = [];
    const pooled = await dist.checkFiles(files, { config, concurrency: 2, onDone: (i) => done.push(i) });
    expect(pooled).toHaveLength(files.length);
    expect(done).toEqual(files.map((_, i) => i));
    pooled.forEach((out, i) => {
      const path = out.result?.filePath ?? out.errors[0]?.filePath;
      expect(path, `outcome ${i}`).toBe(files[i]);
    });
    expect(pooled).toEqual(serial);
    // the batch is a real one: findings, and the files that cannot be checked reported as such
    expect(serial.some((o) => o.result && o.result.messages.length > 0)).toBe(true);
    expect(serial.filter((o) => !o.result).map((o) => o.errors[0].filePath)).toEqual(
      expect.arrayContaining([join(tmp, 'empty.txt'), join(tmp, 'missing.txt'), join(tmp, 'garbage.docx')]),
    );
  }, 300_000);

  it('checks in this thread and on the workers at once, each taking the largest file left, reported in input order', async () => {
    const dist = (await import(join(repo, 'dist', 'node', 'pool.js'))) as typeof import('../../src/node/pool.js');
    const config = { preset: 'all' as const };
    const real = await dist.createLintPool(1, config, { shared: true });
    expect(real).toBeDefined();
    // the worker loaded and ready before the batch: it takes files as soon as it is given the queue
    await real!.run({ filePath: join(tmp, 'empty.txt') });
    const onWorker: string[] = [];
    const counted: LintPool = {
      ...real!,
      share: (queue, onOutcome, onLost) =>
        real!.share(
          queue,
          (i, outcome, error) => {
            onWorker.push(files[i]);
            onOutcome(i, outcome, error);
          },
          onLost,
        ),
    };
    const done: number[] = [];
    const serial = await dist.checkFiles(files, { config, concurrency: 1 });
    const mixed = await dist.checkFiles(files, { config, concurrency: 2, pool: Promise.resolve(counted), onDone: (i) => done.push(i) });
    expect(mixed).toEqual(serial);
    expect(done).toEqual(files.map((_, i) => i));
    // this thread took the largest file; the worker took files itself, one after another from the
    // same queue, largest first; neither checked all of them. How many the worker gets depends on
    // how the machine schedules the two threads: on a loaded one it got a single file (a fresh
    // clone's CI run failed on "more than one"), so the test asks for at least one.
    const bySize = [...files].sort((a, b) => sizeOf(b) - sizeOf(a));
    expect(onWorker).not.toContain(bySize[0]);
    expect(onWorker.length).toBeGreaterThan(0);
    expect(onWorker.length).toBeLessThan(files.length);
    const sizes = onWorker.map(sizeOf);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(new Set(onWorker).size).toBe(onWorker.length);
  }, 300_000);

  it('reports the files a worker had taken when it died as failed, and checks the rest here', async () => {
    const dist = (await import(join(repo, 'dist', 'node', 'pool.js'))) as typeof import('../../src/node/pool.js');
    const config = { preset: 'all' as const };
    const lost: number[] = [];
    // a worker that takes two files from the queue and dies before it has checked them
    const dying: LintPool = {
      threads: 1,
      run: () => Promise.reject(new Error('not used without the cache')),
      close: async () => {},
      share: async (queue, _onOutcome, onLost) => {
        await new Promise((resolve) => setTimeout(resolve, 10));
        for (let n = 0; n < 2; n++) {
          const k = Atomics.add(queue.next, 0, 1);
          if (k >= queue.order.length) break;
          lost.push(queue.order[k]);
          Atomics.store(queue.owner, queue.order[k], 1);
        }
        onLost(1, new Error('the worker died'));
      },
    };
    const serial = await dist.checkFiles(files, { config, concurrency: 1 });
    const mixed = await dist.checkFiles(files, { config, concurrency: 2, pool: Promise.resolve(dying) });
    expect(lost).toHaveLength(2);
    mixed.forEach((out, i) => {
      if (lost.includes(i)) {
        expect(out.result, files[i]).toBeUndefined();
        expect(out.errors.map((e) => e.filePath)).toEqual([files[i]]);
        expect(out.errors[0].message).toContain('the worker died');
      } else {
        expect(out, files[i]).toEqual(serial[i]);
      }
    });
  }, 300_000);

  it('the CLI prints the same report with --concurrency 2 as with --concurrency off', async () => {
    const args = ['--no-config', '--format', 'json', 'fixtures/acceptance'];
    const off = await spawnCli(['--concurrency', 'off', ...args]);
    const two = await spawnCli(['--concurrency', '2', ...args]);
    expect(off.code).toBe(1);
    expect(JSON.parse(off.stdout).results.length).toBeGreaterThan(10);
    expect(two).toEqual(off);
  }, 300_000);

  it('--concurrency takes auto, off or a positive whole number', async () => {
    const r = await runCli(tmp, ['--concurrency', 'many', 'empty.txt']);
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'gongwen-lint: --concurrency 只能是 auto、off 或正整数（用 --help 查看用法）\n' });
  });
});
