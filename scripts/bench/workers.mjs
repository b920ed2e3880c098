/**
 * Bench section "batch at scale" (issue 8): the CLI on the whole corpus
 *   - in one thread (--concurrency off) and on the worker pool (--concurrency auto),
 *   - with --cache, cold and then again on the unchanged corpus,
 *   - through the queue (BullMQ on a redis-server started here) with one and with two workers.
 * Each run is a real `node bin/gongwen-lint.js` process, timed from the outside (wall) and by the CPU
 * its processes used (Linux: /proc/self/stat of this process, children's time). The outputs are
 * compared: every way must print the same report.
 *
 * Called by scripts/bench.mjs; alone: `node scripts/bench/workers.mjs` (after `npm run build`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

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

const fmt = (n, d = 0) => (Number.isFinite(n) ? n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d }) : '—');

/**
 * Returns the section as Markdown lines. `corpusDir`: the documents (all .txt in it).
 */
export async function benchBatch({ corpusDir = join(ROOT, '..', 'shared', 'corpus', 'gov-docs'), workDir = join(ROOT, '.bench') } = {}) {
  const input = existsSync(corpusDir) ? corpusDir : join(ROOT, 'fixtures', 'acceptance');
  const label = existsSync(corpusDir) ? 'gov-docs' : 'fixtures/acceptance';
  mkdirSync(workDir, { recursive: true });
  const cacheFile = join(workDir, 'batch.gongwenlintcache');
  rmSync(cacheFile, { force: true });
  const base = ['--no-config', '--format', 'json', input];
  const rows = [];
  const load = () => loadavg()[0].toFixed(1);

  const serial = timed(['--concurrency', 'off', ...base]);
  const docs = JSON.parse(serial.stdout).results.length;
  rows.push(['one thread (--concurrency off)', serial, 1, load()]);
  const pool = timed(['--concurrency', 'auto', ...base]);
  rows.push([`worker pool (--concurrency auto = ${Math.min(availableParallelism(), docs)} threads)`, pool, serial.ms / pool.ms, load()]);
  const cold = timed(['--cache', '--cache-location', cacheFile, ...base]);
  rows.push(['--cache, first run (cold; pool)', cold, serial.ms / cold.ms, load()]);
  const warm = timed(['--cache', '--cache-location', cacheFile, ...base]);
  rows.push(['--cache, second run on the unchanged corpus', warm, cold.ms / warm.ms, load()]);
  const same = [pool, cold, warm].every((r) => r.stdout === serial.stdout);

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
    `Whole CLI runs (\`node bin/gongwen-lint.js --no-config --format json …\`), one each; wall time, and the CPU time of the process(es). Outputs identical: **${same ? 'yes' : 'NO'}**. Load average (1 min) at the end of each run shown: other work on the machine stretches wall time.`,
    '',
    '| run | wall | CPU | speed-up (wall) | load |',
    '|---|---|---|---|---|',
    ...rows.map(([what, r, x, l]) => `| ${what} | ${fmt(r.ms / 1000, 1)} s | ${fmt(r.cpu, 1)} s | ${fmt(x, 2)}× | ${l} |`),
    '',
    '(speed-up: pool and cold cache against one thread; the second cached run against the first.)',
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
