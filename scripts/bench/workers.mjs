/**
 * Bench section "batch at scale" (issue 8): the CLI on the whole corpus
 *   - in one thread (--concurrency off) and on the worker pool (--concurrency auto), alternated
 *     (RUNS rounds, medians: this VM drifts by more than the difference between single runs),
 *   - for reference, the same two cores without a pool: the corpus cut in two halves of equal bytes,
 *     each half checked alone, then both at once by two independent processes (what the machine
 *     gives two checkers that share nothing, beside which the pool's speed-up can be read),
 *   - with --cache, cold and then again on the unchanged corpus,
 *   - through the queue (BullMQ on a redis-server started here) with one and with two workers.
 * Each run is a real `node bin/gongwen-lint.js` process, timed from the outside (wall) and by the CPU
 * its processes used (Linux: /proc/self/stat of this process, children's time). The outputs are
 * compared: every way must print the same report.
 *
 * Called by scripts/bench.mjs; alone: `node scripts/bench/workers.mjs` (after `npm run build`).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median } from './stats.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const ROOT = join(here, '..', '..');
const BIN = join(ROOT, 'bin', 'gongwen-lint.js');

/** CPU seconds used by the children this process has waited for (user + system). */
function childCpu() {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100; // cutime, cstime (fields 16, 17), clock ticks
  } catch {
    return NaN;
  }
}

function timed(args, options = {}) {
  const cpu0 = childCpu();
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', maxBuffer: 1 << 28, cwd: options.cwd ?? ROOT });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`gongwen-lint ${args.join(' ')} exited ${r.status}: ${r.stderr.split('\n')[0]}`);
  return { ms, cpu: childCpu() - cpu0, stdout: r.stdout, stderr: r.stderr };
}

/**
 * Several CLI runs started together (independent processes); wall until the last ends, CPU of all.
 * `nodeFlags`: V8 flags for each process.
 */
function timedTogether(argsList, nodeFlags = []) {
  const cpu0 = childCpu();
  const t0 = process.hrtime.bigint();
  return Promise.all(
    argsList.map(
      (args) =>
        new Promise((done, fail) => {
          const child = spawn(process.execPath, [...nodeFlags, BIN, ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
          let stderr = '';
          child.stderr.setEncoding('utf8').on('data', (t) => (stderr += t));
          child.once('error', fail);
          child.once('exit', (code) => (code === 0 || code === 1 ? done() : fail(new Error(`gongwen-lint exited ${code}: ${stderr.split('\n')[0]}`))));
        }),
    ),
  ).then(() => ({ ms: Number(process.hrtime.bigint() - t0) / 1e6, cpu: childCpu() - cpu0 }));
}

/** The .txt files of a folder in two lists of (nearly) equal bytes: largest first, each to the lighter list. */
function halvesOf(dir) {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => [join(dir, f), statSync(join(dir, f)).size])
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const halves = [[], []];
  const bytes = [0, 0];
  for (const [file, size] of files) {
    const h = bytes[0] <= bytes[1] ? 0 : 1;
    halves[h].push(file);
    bytes[h] += size;
  }
  return halves;
}

/**
 * The V8 flags a pool sets for its threads (POOL_V8_FLAGS, src/node/pool.ts, as built in dist/): the
 * halves run with them, so that the reference is two processes tuned as the pool's threads are.
 * (They also make V8 refuse the CLI's code cache, a few tens of ms per process.)
 */
const { POOL_V8_FLAGS } = await import(new URL('../../dist/node/pool.js', import.meta.url).href);

const medianRun = (runs) => ({ ms: median(runs.map((r) => r.ms)), cpu: median(runs.map((r) => r.cpu)), stdout: runs[0].stdout });

const fmt = (n, d = 0) => (Number.isFinite(n) ? n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d }) : '—');

/**
 * Returns the section as Markdown lines. `corpusDir`: the documents (all .txt in it).
 */
export async function benchBatch({ corpusDir = join(ROOT, '..', 'shared', 'corpus', 'gov-docs'), workDir = join(ROOT, '.bench'), runs = 3 } = {}) {
  const input = existsSync(corpusDir) ? corpusDir : join(ROOT, 'fixtures', 'acceptance');
  const label = existsSync(corpusDir) ? 'gov-docs' : 'fixtures/acceptance';
  mkdirSync(workDir, { recursive: true });
  const cacheFile = join(workDir, 'batch.gongwenlintcache');
  rmSync(cacheFile, { force: true });
  const base = ['--no-config', '--format', 'json', input];
  const rows = [];
  const load = () => loadavg()[0].toFixed(1);

  // one thread and the pool alternated, then the halves (alone and together), RUNS rounds
  const serialRuns = [];
  const poolRuns = [];
  for (let r = 0; r < runs; r++) {
    serialRuns.push(timed(['--concurrency', 'off', ...base]));
    poolRuns.push(timed(['--concurrency', 'auto', ...base]));
  }
  const serial = medianRun(serialRuns);
  const pool = medianRun(poolRuns);
  const docs = JSON.parse(serial.stdout).results.length;
  rows.push([`one thread (--concurrency off), median of ${runs}`, serial, 1, load()]);
  rows.push([`worker pool (--concurrency auto = ${Math.min(availableParallelism(), docs)} threads), median of ${runs} alternated with the above`, pool, serial.ms / pool.ms, load()]);
  const same = serialRuns.concat(poolRuns).every((r) => r.stdout === serial.stdout);
  const halves = halvesOf(input);
  const alone = [[], []];
  const together = [];
  for (let r = 0; r < runs; r++) {
    for (const h of [0, 1]) alone[h].push(await timedTogether([['--no-config', '--concurrency', 'off', '--format', 'json', ...halves[h]]], POOL_V8_FLAGS));
    together.push(await timedTogether(halves.map((files) => ['--no-config', '--concurrency', 'off', '--format', 'json', ...files]), POOL_V8_FLAGS));
  }
  const [aloneA, aloneB] = alone.map(medianRun);
  const both = medianRun(together);
  const referenceRows = [
    [`no pool: half the corpus (${halves[0].length} files) alone, one process, the pool's V8 flags`, aloneA, NaN, load()],
    [`no pool: the other half (${halves[1].length} files) alone, likewise`, aloneB, NaN, load()],
    ['no pool: both halves at once, two independent processes', both, serial.ms / both.ms, load()],
  ];
  const cold = timed(['--cache', '--cache-location', cacheFile, ...base]);
  rows.push(['--cache, first run (cold; pool)', cold, serial.ms / cold.ms, load()]);
  const warm = timed(['--cache', '--cache-location', cacheFile, ...base]);
  rows.push(['--cache, second run on the unchanged corpus', warm, cold.ms / warm.ms, load()]);
  const sameCached = [cold, warm].every((r) => r.stdout === serial.stdout);

  let queueLines = [];
  try {
    const { benchQueue } = await import('./queue.mjs');
    queueLines = await benchQueue({ input, serial, docs, workDir, fmt });
  } catch (error) {
    queueLines = [`(queue bench not run: ${String(error.message).split('\n')[0]})`];
  }

  return [
    `### Batch at scale: ${label}, ${docs} documents, recommended preset, ${availableParallelism()} cores`,
    '',
    `Whole CLI runs (\`node bin/gongwen-lint.js --no-config --format json …\`): one thread and pool ${runs} times each, alternated, medians; the cache runs once each; wall time, and the CPU time of the process(es). Outputs identical: **${same && sameCached ? 'yes' : 'NO'}**. Load average (1 min) at the end of each run shown: other work on the machine stretches wall time.`,
    '',
    '| run | wall | CPU | speed-up (wall) | load |',
    '|---|---|---|---|---|',
    ...rows.map(([what, r, x, l]) => `| ${what} | ${fmt(r.ms / 1000, 2)} s | ${fmt(r.cpu, 1)} s | ${fmt(x, 2)}× | ${l} |`),
    '',
    '(speed-up: pool and cold cache against one thread; the second cached run against the first.)',
    '',
    `For reference, the same two cores without a pool (medians of ${runs}; speed-up against the one-thread median above): the corpus cut in two halves of equal bytes, each checked by a process of its own, alone and then both at once. Both at once took ${fmt(both.ms / Math.max(aloneA.ms, aloneB.ms), 2)}× as long as the slower half alone: two checkers that share nothing still share the machine's caches and memory.`,
    '',
    '| run | wall | CPU | speed-up (wall) | load |',
    '|---|---|---|---|---|',
    ...referenceRows.map(([what, r, x, l]) => `| ${what} | ${fmt(r.ms / 1000, 2)} s | ${fmt(r.cpu, 1)} s | ${Number.isFinite(x) ? `${fmt(x, 2)}×` : '—'} | ${l} |`),
    ...(queueLines.length ? ['', ...queueLines] : []),
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  benchBatch().then(
    (text) => console.log(text),
    (error) => {
      console.error(error.stack ?? String(error));
      process.exitCode = 1;
    },
  );
}
