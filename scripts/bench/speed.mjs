/**
 * Bench sections of issue 8 "speed of one process", side by side with zhlint in one run:
 *
 *   speed    the corpus through lintSync in one process — preset recommended (the typo model
 *            included), recommended without typo/unlikely-character, preset all — and through
 *            zhlint 0.8 (preset default) on the same texts: chars/s, wall and CPU time, and the
 *            ratio to zhlint per character (≤ 1: no slower than zhlint);
 *   startup  `gongwen-lint` (bin/gongwen-lint.js: the CLI bundle, scripts/build-cli.mjs) on one
 *            small file, a new process each time: wall and CPU, next to zhlint's own CLI on the
 *            same file;
 *   memory   peak RSS of `gongwen-lint --concurrency off --format json` on the corpus and on the
 *            corpus four times over (the same documents through four symlinked folders): flat is
 *            the same peak.
 *
 * Every measurement is its own child process (its peak RSS is its own), repeated `runs` times after a
 * warm-up, medians. CPU time is reported beside wall time because the machine may be shared: the
 * ratio is given for both.
 *
 * Called by scripts/bench.mjs (sections `speed`, `startup`, `memory`); alone:
 *   node scripts/bench/speed.mjs [speed] [startup] [memory]      (after npm run build)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median } from './stats.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const ROOT = join(here, '..', '..');
const BIN = join(ROOT, 'bin', 'gongwen-lint.js');
const HOOK = join(here, 'rss-hook.cjs');
const fmt = (n, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

/** The texts: the corpus when present, else the text fixtures repeated. */
function loadTexts(corpusDir) {
  if (existsSync(corpusDir)) {
    return readdirSync(corpusDir).filter((n) => n.endsWith('.txt')).sort()
      .map((n) => ({ name: n, text: readFileSync(join(corpusDir, n), 'utf8') }));
  }
  const dir = join(ROOT, 'fixtures', 'text');
  const texts = readdirSync(dir).filter((n) => n.endsWith('.txt')).map((n) => ({ name: n, text: readFileSync(join(dir, n), 'utf8') }));
  return Array.from({ length: 50 }, (_, i) => texts[i % texts.length]);
}

const CONFIGS = {
  recommended: { preset: 'recommended' },
  'recommended-nostat': { preset: 'recommended', rules: { 'typo/unlikely-character': 'off' } },
  all: { preset: 'all' },
};

/** In a child: lint every text once, print { chars, findings, ms, cpuMs, setupMs, peakMiB }. */
export async function speedChild(task, corpusDir) {
  const t0 = process.hrtime.bigint();
  const texts = loadTexts(corpusDir);
  let lintOne;
  if (task === 'zhlint') {
    const { run } = await import('zhlint');
    lintOne = (t) => run(t.text, { rules: { preset: 'default' } }).validations.length;
  } else {
    const { lintSync } = await import('../../dist/index.js');
    const config = CONFIGS[task];
    lintOne = (t) => lintSync(t.text, { filename: t.name, config }).messages.length;
  }
  const cpu0 = process.cpuUsage();
  const start = process.hrtime.bigint();
  let findings = 0;
  let chars = 0;
  for (const t of texts) {
    findings += lintOne(t);
    chars += t.text.length;
  }
  const cpu = process.cpuUsage(cpu0);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  process.stdout.write(JSON.stringify({
    docs: texts.length, chars, findings, ms, cpuMs: (cpu.user + cpu.system) / 1000,
    setupMs: Number(start - t0) / 1e6, peakMiB: process.resourceUsage().maxRSS / 1024,
  }) + '\n');
}

function childRun(task, corpusDir, runs) {
  const out = [];
  for (let i = 0; i <= runs; i++) {
    const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', task, corpusDir], { encoding: 'utf8', maxBuffer: 1 << 26 });
    if (r.status !== 0) throw new Error(`${task} failed:\n${r.stderr}`);
    if (i > 0) out.push(JSON.parse(r.stdout.trim().split('\n').pop()));
  }
  const m = (k) => median(out.map((r) => r[k]));
  return { ...out[0], ms: m('ms'), cpuMs: m('cpuMs'), setupMs: m('setupMs'), peakMiB: m('peakMiB') };
}

/** The CLI once, with the peak-RSS hook: { ms, cpuMs, peakMiB, status }. */
function cli(args, bin = BIN, env = process.env) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--require', HOOK, bin, ...args], { encoding: 'utf8', maxBuffer: 1 << 28, cwd: ROOT, env });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const line = r.stderr.split('\n').find((l) => l.startsWith('@@bench '));
  if (!line || (r.status !== 0 && r.status !== 1)) throw new Error(`${bin} ${args.join(' ')} exited ${r.status}: ${r.stderr.split('\n')[0]}`);
  return { ms, ...JSON.parse(line.slice('@@bench '.length)), stdout: r.stdout };
}

export function benchSpeed({ corpusDir, runs = 3 }) {
  const rows = [];
  const results = {};
  const labels = [
    ['recommended', 'gongwen-lint, preset recommended (typo model included)'],
    ['recommended-nostat', 'gongwen-lint, recommended without typo/unlikely-character'],
    ['all', 'gongwen-lint, preset all'],
    ['zhlint', 'zhlint 0.8, preset default'],
  ];
  for (const [task] of labels) results[task] = childRun(task, corpusDir, runs);
  const peer = results.zhlint;
  for (const [task, label] of labels) {
    const r = results[task];
    const ratio = (r.ms / r.chars) / (peer.ms / peer.chars);
    const cpuRatio = (r.cpuMs / r.chars) / (peer.cpuMs / peer.chars);
    rows.push(`| ${label} | ${fmt(r.ms)} ms | ${fmt(r.cpuMs)} ms | ${fmt(r.chars / r.ms * 1000)} | ${fmt(ratio, 2)} | ${fmt(cpuRatio, 2)} | ${fmt(r.setupMs)} ms | ${fmt(r.peakMiB)} MiB | ${r.findings} |`);
  }
  const input = existsSync(corpusDir) ? `gov-docs: ${peer.docs} documents, ${fmt(peer.chars)} characters` : `text fixtures (corpus absent): ${peer.docs} documents`;
  return [
    `### Speed of one process (${input}; lintSync in one process, ${runs} runs after a warm-up, medians)`,
    '',
    '| what | wall | CPU | chars/s (wall) | ratio to zhlint per char (wall) | ratio (CPU) | start-up (import + model) | peak RSS | findings |',
    '|---|---|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

export function benchStartup({ runs = 11 } = {}) {
  const file = join('fixtures', 'text', 'notice-full.txt');
  const chars = readFileSync(join(ROOT, file), 'utf8').length;
  const zhlintBin = join(ROOT, 'node_modules', 'zhlint', JSON.parse(readFileSync(join(ROOT, 'node_modules', 'zhlint', 'package.json'), 'utf8')).bin.zhlint);
  const cases = [
    ['gongwen-lint on one small file', () => cli(['--no-config', file])],
    ['… without typo/unlikely-character', () => cli(['--no-config', '--rule', 'typo/unlikely-character:off', file])],
    ['gongwen-lint --version (Node + CLI load only)', () => cli(['--version'])],
    // Node itself, no CLI: what every row includes before any of our code runs (it also reads
    // NODE_EXTRA_CA_CERTS' certificates, when that is set, before V8 starts)
    ['Node alone (`node -e 0`)', () => cli(['0'], '-e')],
    // the peer's own CLI on the same file, in the same run
    ['zhlint 0.8 on the same file', () => cli([file], zhlintBin)],
    ['zhlint --version', () => cli(['--version'], zhlintBin)],
  ];
  // Where the environment sets NODE_EXTRA_CA_CERTS (this VM does), the same two runs without it: what
  // a machine without that setting sees (the rows above stay the figures of this environment)
  if (process.env.NODE_EXTRA_CA_CERTS) {
    const { NODE_EXTRA_CA_CERTS: _, ...plain } = process.env;
    cases.push(
      ['gongwen-lint on one small file, NODE_EXTRA_CA_CERTS unset', () => cli(['--no-config', file], BIN, plain)],
      ['Node alone, NODE_EXTRA_CA_CERTS unset', () => cli(['0'], '-e', plain)],
    );
  }
  // Round-robin: one run of each case per round, so that a slow spell of the machine (this VM
  // drifts by ±15 % over minutes) stretches every row alike instead of one row's runs.
  const out = cases.map(() => []);
  for (let round = 0; round <= runs; round++) {
    cases.forEach(([, once], k) => {
      const r = once();
      if (round > 0) out[k].push(r);
    });
  }
  const rows = cases.map(([label], k) => `| ${label} | ${fmt(median(out[k].map((r) => r.ms)))} ms | ${fmt(median(out[k].map((r) => r.cpuMs)))} ms | ${fmt(median(out[k].map((r) => r.peakMiB)))} MiB |`);
  return [
    `### CLI start-up (a new process each time; ${file}, ${fmt(chars)} characters; ${runs} rounds after a warm-up, each case once per round, medians)`,
    '',
    '| what | wall | CPU | peak RSS |',
    '|---|---|---|---|',
    ...rows,
  ].join('\n');
}

export function benchMemory({ corpusDir, workDir }) {
  if (!existsSync(corpusDir)) return '### Memory\n\n(corpus absent: skipped)';
  // Four folders that are the corpus (symlinks: the documents are read, never copied).
  const four = join(workDir, 'corpus4x');
  mkdirSync(four, { recursive: true });
  const dirs = ['a', 'b', 'c', 'd'].map((d) => {
    const p = join(four, d);
    if (!existsSync(p)) symlinkSync(corpusDir, p, 'dir');
    return `${p}/`;
  });
  const rows = [];
  for (const [label, paths] of [['corpus', [corpusDir]], ['corpus × 4', dirs]]) {
    const r = cli(['--no-config', '--concurrency', 'off', '--format', 'json', ...paths]);
    const files = JSON.parse(r.stdout).results.length;
    rows.push(`| ${label} | ${files} files | ${fmt(r.ms)} ms | ${fmt(r.cpuMs)} ms | ${fmt(r.peakMiB)} MiB |`);
  }
  return [
    '### Memory (`gongwen-lint --concurrency off --format json`, one process, peak RSS)',
    '',
    '| input | files | wall | CPU | peak RSS |',
    '|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const childAt = process.argv.indexOf('--child');
  if (childAt >= 0) {
    await speedChild(process.argv[childAt + 1], process.argv[childAt + 2]);
  } else {
    const corpusDir = join(ROOT, '..', 'shared', 'corpus', 'gov-docs');
    const workDir = join(ROOT, '.bench');
    mkdirSync(workDir, { recursive: true });
    const want = process.argv.slice(2);
    const runs = Number(process.env.BENCH_RUNS ?? 3);
    if (!want.length || want.includes('speed')) console.log(benchSpeed({ corpusDir, runs }) + '\n');
    if (!want.length || want.includes('startup')) console.log(benchStartup({ runs: Math.max(runs, 11) }) + '\n');
    if (!want.length || want.includes('memory')) console.log(benchMemory({ corpusDir, workDir }) + '\n');
  }
}
