#!/usr/bin/env node
/**
 * npm run bench — throughput, latency and peak memory, measured, not assumed, in sections (SECTIONS
 * below): `npm run bench` runs them all, `npm run bench -- speed startup memory` only those.
 *
 * - speed, startup, memory (scripts/bench/speed.mjs): the corpus ../shared/corpus/gov-docs through
 *   gongwen-lint and zhlint side by side, CLI start-up, peak RSS on the corpus and 4× the corpus;
 * - docx: a generated 100-page and 500-page notice (built with the `docx` package): parse + check,
 *   and parse + check + fix for the 100-page one;
 * - lsp, batch, browser: scripts/bench/<name>.mjs.
 *
 * Each measurement runs in its own child process so that its peak RSS is its own; each is run
 * `RUNS` (BENCH_RUNS, default 3) times after a warm-up and the median is reported.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const corpusDir = join(root, '..', 'shared', 'corpus', 'gov-docs');
const workDir = join(root, '.bench');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

function loadTexts() {
  if (existsSync(corpusDir)) {
    return readdirSync(corpusDir).filter((n) => n.endsWith('.txt')).sort()
      .map((n) => ({ name: n, text: readFileSync(join(corpusDir, n), 'utf8') }));
  }
  const dir = join(root, 'fixtures', 'text');
  const files = existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.txt') || n.endsWith('.md')) : [];
  const texts = files.map((n) => ({ name: n, text: readFileSync(join(dir, n), 'utf8') }));
  return Array.from({ length: 50 }, (_, i) => texts[i % texts.length]).filter(Boolean);
}

// ---------------------------------------------------------------------------------------------
// Children: each does one job and prints one JSON line.

async function child(task) {
  const t0 = process.hrtime.bigint();
  let units = 0;
  let chars = 0;
  let findings = 0;
  if (task === 'gongwen-text' || task === 'gongwen-text-nostat' || task === 'zhlint-text') {
    const texts = loadTexts();
    // -nostat: every rule but the statistical typo model, which costs most of the time (see README)
    const config = task === 'gongwen-text-nostat'
      ? { preset: 'all', rules: { 'typo/unlikely-character': 'off' } }
      : { preset: 'all' };
    const lintOne = task !== 'zhlint-text'
      ? await (async () => {
        const { lintSync } = await import('../dist/index.js');
        return (t) => lintSync(t.text, { filename: t.name, config }).messages.length;
      })()
      : await (async () => {
        const { run } = await import('zhlint');
        return (t) => run(t.text, { rules: { preset: 'default' } }).validations.length;
      })();
    const start = process.hrtime.bigint();
    for (const t of texts) {
      findings += lintOne(t);
      units++;
      chars += t.text.length;
    }
    return report(start, { units, chars, findings });
  }
  if (task.startsWith('docx-')) {
    const [, pages, withFix] = task.split('-');
    const bytes = readFileSync(join(workDir, `notice-${pages}p.docx`));
    const { lintSync } = await import('../dist/index.js');
    const start = process.hrtime.bigint();
    const result = lintSync(bytes, { filename: `notice-${pages}p.docx`, config: { preset: 'all' } });
    findings = result.messages.length;
    if (withFix === 'fix') {
      const { fixDocx } = await import('../dist/fix/docx/index.js');
      fixDocx(bytes, { filename: `notice-${pages}p.docx` });
    }
    units = 1;
    chars = Number(readFileSync(join(workDir, `notice-${pages}p.chars`), 'utf8'));
    return report(start, { units, chars, findings });
  }
  throw new Error(`unknown task ${task}`);

  function report(start, data) {
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    const setupMs = Number(start - t0) / 1e6;
    const peakMiB = process.resourceUsage().maxRSS / 1024;
    process.stdout.write(JSON.stringify({ ...data, ms, setupMs, peakMiB }) + '\n');
  }
}

// ---------------------------------------------------------------------------------------------
// The 100- and 500-page documents: ~22 lines × 28 characters per page ≈ 600 characters a page.

async function makeDocx(pages) {
  const docx = await import('docx');
  const { Document, Packer, Paragraph, TextRun, AlignmentType, Footer, PageNumber } = docx;
  const run = (text, font, size, extra = {}) => new TextRun({ text, font: { eastAsia: font, ascii: 'Times New Roman' }, size, ...extra });
  const body = '各地区各部门要深入贯彻落实党中央、国务院决策部署，坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，统筹发展和安全，扎实推进各项重点任务落地见效，确保取得实实在在的成效。';
  const paragraphs = [
    new Paragraph({ alignment: AlignmentType.CENTER, children: [run('××市人民政府办公室关于做好年度重点工作的通知', '方正小标宋简体', 44)] }),
    new Paragraph({ children: [run('各区人民政府，市政府各部门：', '仿宋_GB2312', 32)] }),
  ];
  let chars = 0;
  const han = '一二三四五六七八九十';
  let n = 0;
  while (chars < pages * 600) {
    n++;
    if (n % 10 === 1) {
      const h = `${han[(Math.floor(n / 10)) % 10]}、重点任务`;
      paragraphs.push(new Paragraph({ indent: { firstLine: 640 }, children: [run(h, '黑体', 32)] }));
      chars += h.length;
    }
    paragraphs.push(new Paragraph({ indent: { firstLine: 640 }, children: [run(body, '仿宋_GB2312', 32)] }));
    chars += body.length;
  }
  paragraphs.push(new Paragraph({ alignment: AlignmentType.RIGHT, children: [run('××市人民政府办公室', '仿宋_GB2312', 32)] }));
  paragraphs.push(new Paragraph({ alignment: AlignmentType.RIGHT, children: [run('2024年3月15日', '仿宋_GB2312', 32)] }));
  const doc = new Document({
    sections: [{
      properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 2098, bottom: 1984, left: 1588, right: 1474 } } },
      footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [run('— ', '宋体', 28), new TextRun({ children: [PageNumber.CURRENT], size: 28, font: '宋体' }), run(' —', '宋体', 28)] })] }) },
      children: paragraphs,
    }],
  });
  const buffer = await Packer.toBuffer(doc);
  writeFileSync(join(workDir, `notice-${pages}p.docx`), buffer);
  writeFileSync(join(workDir, `notice-${pages}p.chars`), String(chars));
}

function measure(task) {
  const runs = [];
  for (let i = 0; i <= RUNS; i++) {
    const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', task], { encoding: 'utf8', maxBuffer: 1 << 26 });
    if (r.status !== 0) throw new Error(`${task} failed:\n${r.stderr}`);
    if (i > 0) runs.push(JSON.parse(r.stdout.trim().split('\n').pop()));
  }
  const median = (key) => runs.map((r) => r[key]).sort((a, b) => a - b)[Math.floor(runs.length / 2)];
  return { ...runs[0], ms: median('ms'), peakMiB: median('peakMiB'), setupMs: median('setupMs') };
}

/**
 * Sections, in the order they run; `node scripts/bench.mjs [section …]` runs only those named
 * (`npm run bench -- speed memory`), no names runs all. A section is a function that prints its own
 * table; add yours here (one entry, its code in scripts/bench/<name>.mjs).
 */
const SECTIONS = {
  // issue 8, speed of one process (scripts/bench/speed.mjs)
  speed: async () => console.log((await import('./bench/speed.mjs')).benchSpeed({ corpusDir, runs: RUNS })),
  startup: async () => console.log((await import('./bench/speed.mjs')).benchStartup({ runs: Math.max(RUNS, 11) })),
  memory: async () => console.log((await import('./bench/speed.mjs')).benchMemory({ corpusDir, workDir })),
  docx: benchDocx,
  lsp: async () => (await import('./bench/lsp.mjs')).benchLsp(),
  // Batch at scale (issue 8: --concurrency, --cache, the queue): its own module.
  batch: async () => console.log(await (await import('./bench/workers.mjs')).benchBatch({ corpusDir, workDir, runs: RUNS })),
  browser: async () => (await import('./bench/browser.mjs')).benchBrowser(),
  // The local HTTP API (issue 7 §4): p50/p95 of a 10-page .docx at concurrency 8.
  serve: async () => (await import('./bench/serve.mjs')).benchServeSection(),
};

async function benchDocx() {
  const rows = [];
  const fmt = (n, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
  for (const pages of [100, 500]) await makeDocx(pages);
  for (const [label, task] of [['gongwen-lint .docx parse + check', 'docx-100'], ['gongwen-lint .docx parse + check', 'docx-500'], ['gongwen-lint .docx parse + check + fix', 'docx-100-fix']]) {
    let r;
    try { r = measure(task); } catch (error) { rows.push(`| ${label} | ${task} | failed: ${String(error.message).split('\n')[0]} | | |`); continue; }
    const pages = task.split('-')[1];
    rows.push(`| ${label} | ${pages}-page notice, ${fmt(r.chars)} chars | ${fmt(r.ms)} ms | ${fmt(r.chars / r.ms * 1000)} chars/s | ${fmt(r.peakMiB)} MiB | ${r.findings} findings |`);
  }
  console.log(`### DOCX (${RUNS} runs after a warm-up, medians; peak memory is the child's max RSS)\n`);
  console.log('| what | input | time | throughput | peak memory | output |');
  console.log('|---|---|---|---|---|---|');
  for (const row of rows) console.log(row);
}

async function main() {
  const childAt = process.argv.indexOf('--child');
  if (childAt >= 0) return child(process.argv[childAt + 1]);
  mkdirSync(workDir, { recursive: true });
  const asked = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const unknown = asked.filter((a) => !(a in SECTIONS));
  if (unknown.length) throw new Error(`unknown section ${unknown.join(', ')}; sections: ${Object.keys(SECTIONS).join(' ')}`);
  // NODE_EXTRA_CA_CERTS makes Node 20 read and parse those certificates before V8 starts, in every
  // process (~40 ms on this VM): every start-up figure includes it when it is set
  const extraCerts = process.env.NODE_EXTRA_CA_CERTS ? `; NODE_EXTRA_CA_CERTS is set (Node reads it at every start)` : '';
  console.log(`Node ${process.version}, ${cpus().length} cores (load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} at the start)${extraCerts}; sections: ${(asked.length ? asked : Object.keys(SECTIONS)).join(' ')}\n`);
  for (const name of asked.length ? asked : Object.keys(SECTIONS)) {
    await SECTIONS[name]();
    console.log('');
  }
}

main().catch((error) => {
  console.error(error.stack ?? String(error));
  process.exitCode = 1;
});
