#!/usr/bin/env node
/**
 * Language server latency (issue 7 budget: diagnostics for a 10-page draft ≤ 150 ms after an edit,
 * after the first check). Spawns `bin/gongwen-lint-lsp.js --stdio`, opens the synthetic 10-page
 * notice of scripts/bench/draft.mjs (≈ 600 characters a page), waits for the first diagnostics, then
 * makes EDITS one-character edits (insert, then delete, alternately) and times each from sending
 * didChange to receiving the publishDiagnostics of that version — the wait a writer sees, debounce
 * included. Run with the default debounce (60 ms) and with none (the check alone).
 *
 * `node scripts/bench/lsp.mjs` (after `npm run build`), or as a section of `npm run bench`.
 */
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { draftText } from './draft.mjs';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const EDITS = Number(process.env.BENCH_LSP_EDITS ?? 30);

const pct = (xs, p) => xs.slice().sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length - 1) * p))];

async function session(debounceMs, text) {
  const child = spawn(process.execPath, [join(root, 'bin/gongwen-lint-lsp.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const rpc = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const uri = pathToFileURL(join(root, '.bench', 'lsp-10-pages.txt')).href;
  let waiting;
  rpc.onNotification('textDocument/publishDiagnostics', (p) => {
    if (waiting && p.uri === uri && p.version === waiting.version) waiting.resolve(p);
  });
  rpc.onRequest('client/registerCapability', () => null);
  rpc.listen();
  const next = (version) => new Promise((resolve) => (waiting = { version, resolve }));
  await rpc.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions: { debounceMs } });
  await rpc.sendNotification('initialized', {});
  let t = performance.now();
  let got = next(1);
  await rpc.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
  const first = await got;
  const firstMs = performance.now() - t;
  const times = [];
  const line = 8;
  for (let v = 2; v < EDITS + 2; v++) {
    const insert = v % 2 === 0;
    const change = insert
      ? { range: { start: { line, character: 4 }, end: { line, character: 4 } }, text: '各' }
      : { range: { start: { line, character: 4 }, end: { line, character: 5 } }, text: '' };
    got = next(v);
    t = performance.now();
    await rpc.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [change] });
    await got;
    times.push(performance.now() - t);
  }
  await rpc.sendRequest('shutdown');
  await rpc.sendNotification('exit');
  rpc.dispose();
  return { firstMs, findings: first.diagnostics.length, median: pct(times, 0.5), p95: pct(times, 0.95), max: Math.max(...times) };
}

/** CPU time of one check of the draft after an edit, in this process (independent of other load). */
async function checkCpu(text) {
  const { lintSync } = await import('../../dist/index.js');
  lintSync(text, { filename: 'draft.txt' });
  const cpu = [];
  for (let i = 0; i < EDITS; i++) {
    const edited = i % 2 ? text : text.slice(0, 200) + '各' + text.slice(200);
    const before = process.cpuUsage();
    lintSync(edited, { filename: 'draft.txt' });
    const d = process.cpuUsage(before);
    cpu.push((d.user + d.system) / 1000);
  }
  return { median: pct(cpu, 0.5), p95: pct(cpu, 0.95) };
}

export async function benchLsp() {
  const text = draftText(10);
  const rows = [];
  const cpu = await checkCpu(text);
  for (const debounceMs of [60, 0]) {
    const r = await session(debounceMs, text);
    rows.push(
      `| gongwen-lint-lsp, debounce ${debounceMs} ms | 10-page .txt, ${text.length.toLocaleString('en-US')} chars, ${r.findings} findings | ` +
        `${r.firstMs.toFixed(0)} ms | ${r.median.toFixed(0)} ms | ${r.p95.toFixed(0)} ms | ${r.max.toFixed(0)} ms |`,
    );
  }
  const { loadavg, cpus } = await import('node:os');
  console.log(`\nLanguage server: didChange → publishDiagnostics over stdio, ${EDITS} one-character edits after the first check (budget ≤ 150 ms); load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores.\n`);
  console.log('| server | draft | first check (incl. start-up data) | after an edit: median | p95 | max |');
  console.log('|---|---|---|---|---|---|');
  for (const row of rows) console.log(row);
  console.log(`\nCPU time of one check of that draft after an edit (lintSync in-process, wall clock aside): median ${cpu.median.toFixed(0)} ms, p95 ${cpu.p95.toFixed(0)} ms.`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  benchLsp().catch((error) => {
    console.error(error.stack ?? String(error));
    process.exitCode = 1;
  });
}
