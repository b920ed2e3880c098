#!/usr/bin/env node
/**
 * Browser figures (issue 7 §1 and the task-pane budget: first check of a 10-page .docx ≤ 2 s in
 * Chromium including data load, re-check ≤ 300 ms):
 *
 * 1. the size of the browser bundles, raw and gzip (level 9);
 * 2. the core's IIFE bundle in headless Chromium on a generated 10-page notice as flat OPC (what a
 *    host hands over): first lint() in a fresh page (data load included) and the next ones;
 * 3. the task pane (dist/addin/index.html) against the WPS fake of the tests: first 检查 in a fresh
 *    page (read WordOpenXML + paragraphs, data load, check, mapping, cards) and re-checks.
 *
 * Debian chromium via playwright-core (executablePath), pages served over loopback. Each first
 * check is a fresh page; medians of BENCH_RUNS (default 3) pages and of RECHECKS re-checks.
 * `node scripts/bench/browser.mjs` after `npm run build`, or as a section of `npm run bench`.
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { draftDocx } from './draft.mjs';
import { docxToFlatOpc } from '../lib/flat-opc.mjs';
import { median } from './stats.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const RECHECKS = Number(process.env.BENCH_RECHECKS ?? 10);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const kib = (n) => `${(n / 1024).toLocaleString('en-US', { maximumFractionDigits: 0 })} KiB`;

function serve(dir) {
  const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css', '.png': 'image/png' };
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path === '/core.html') {
      res.writeHead(200, { 'content-type': types['.html'] }).end('<!doctype html><meta charset="utf-8"><script src="assets/gongwen-lint.iife.js"></script>');
      return;
    }
    const file = normalize(join(dir, path));
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) { res.writeHead(404).end(); return; }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

export async function benchBrowser() {
  const addin = join(root, 'dist', 'addin');
  if (!existsSync(join(addin, 'index.html'))) throw new Error('bench/browser: run npm run build first');
  const files = [
    ['dist/browser/gongwen-lint.mjs', 'ESM bundle (without its data chunk)'],
    ['dist/browser/gongwen-lint.iife.js', 'IIFE bundle, global GongwenLint'],
    ['dist/browser/gongwen-lint.data.js', 'lazily loaded data (typo model)'],
    ['dist/addin/assets/taskpane.js', 'task pane app (without the core)'],
  ];
  console.log('\n### Browser bundles and the task pane (headless Chromium)\n');
  console.log('| file | what | raw | gzip |');
  console.log('|---|---|---|---|');
  for (const [file, what] of files) {
    const bytes = readFileSync(join(root, file));
    console.log(`| \`${file}\` | ${what} | ${kib(bytes.length)} | ${kib(gzipSync(bytes, { level: 9 }).length)} |`);
  }
  if (!existsSync(CHROMIUM)) {
    console.log(`\n(no Chromium at ${CHROMIUM}: latency not measured)`);
    return;
  }
  const flat = docxToFlatOpc(await draftDocx(10));
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  const server = await serve(addin);
  const base = `http://127.0.0.1:${server.address().port}`;
  const fakes = join(root, 'test', 'browser', 'fakes');
  const rows = [];
  try {
    // the core alone
    const coreFirst = [];
    const coreNext = [];
    let findings = 0;
    for (let i = 0; i < RUNS; i++) {
      const page = await browser.newPage();
      await page.goto(`${base}/core.html`);
      const r = await page.evaluate(async ({ flat, rechecks }) => {
        const opts = { filename: 'draft.docx' };
        let t = performance.now();
        const first = await GongwenLint.lint(flat, opts);
        const firstMs = performance.now() - t;
        const next = [];
        for (let k = 0; k < rechecks; k++) {
          t = performance.now();
          await GongwenLint.lint(flat, opts);
          next.push(performance.now() - t);
        }
        return { firstMs, next, findings: first.messages.length };
      }, { flat, rechecks: RECHECKS });
      coreFirst.push(r.firstMs);
      coreNext.push(median(r.next));
      findings = r.findings;
      await page.close();
    }
    rows.push(`| core bundle: \`GongwenLint.lint(flatOpc)\` | ${Math.round(median(coreFirst))} ms | ${Math.round(median(coreNext))} ms | ${findings} findings |`);
    // the task pane against the WPS fake
    const paneFirst = [];
    const paneNext = [];
    const paneWarm = [];
    for (let i = 0; i < RUNS; i++) {
      const page = await browser.newPage();
      await page.addInitScript({ path: join(fakes, 'story.js') });
      await page.addInitScript({ path: join(fakes, 'wps-host.js') });
      await page.addInitScript(`window.installWpsFake(${JSON.stringify(flat)})`);
      await page.goto(`${base}/index.html`);
      await page.waitForFunction(() => window.gongwenLint !== undefined);
      const r = await page.evaluate(async (rechecks) => {
        let t = performance.now();
        const first = await window.gongwenLint.check();
        const firstMs = performance.now() - t;
        const next = [];
        for (let k = 0; k < rechecks; k++) {
          t = performance.now();
          await window.gongwenLint.check();
          next.push(performance.now() - t);
        }
        return { firstMs, next, findings: first.messages.length };
      }, RECHECKS);
      paneFirst.push(r.firstMs);
      paneNext.push(median(r.next));
      findings = r.findings;
      // a first check clicked after the pane's idle warm-up (data loaded, typo model built)
      await page.reload();
      await page.waitForFunction(() => window.gongwenLint !== undefined);
      paneWarm.push(await page.evaluate(async () => {
        await window.gongwenLint.warm;
        const t = performance.now();
        await window.gongwenLint.check();
        return performance.now() - t;
      }));
      await page.close();
    }
    rows.push(`| task pane (WPS fake): 检查 → cards, clicked at once | ${Math.round(median(paneFirst))} ms | ${Math.round(median(paneNext))} ms | ${findings} findings |`);
    rows.push(`| task pane (WPS fake): first 检查 after the pane's warm-up | ${Math.round(median(paneWarm))} ms | — | |`);
  } finally {
    await browser.close();
    server.close();
  }
  const load = (await import('node:os')).loadavg()[0].toFixed(1);
  console.log(`\n10-page notice (scripts/bench/draft.mjs) as flat OPC, ${(flat.length / 1024).toFixed(0)} KiB; Chromium ${CHROMIUM}; median of ${RUNS} fresh pages (first) and of ${RECHECKS} re-checks (next). Budget: first ≤ 2 s including data load, re-check ≤ 300 ms. Load average while measuring: ${load}.\n`);
  console.log('| what | first check (incl. data load) | next check | output |');
  console.log('|---|---|---|---|');
  for (const row of rows) console.log(row);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  benchBrowser().catch((error) => {
    console.error(error.stack ?? String(error));
    process.exitCode = 1;
  });
}
