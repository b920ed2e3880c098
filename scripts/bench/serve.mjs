/**
 * `serve` latency: a 10-page .docx POSTed to /v1/lint over real loopback at concurrency 8, N requests
 * after a warm-up; prints p50/p95/max and throughput. Run by `npm run bench` (or alone:
 * `node scripts/bench/serve.mjs`). Budget (issue 7): p95 ≤ 300 ms on this 2-core machine.
 */
import { availableParallelism } from 'node:os';
import { draftDocx } from './draft.mjs';

export async function benchServe({ requests = 160, concurrency = 8, pages = 10, workers = availableParallelism() } = {}) {
  const { startServer, TOKEN_HEADER } = await import('../../dist/node/serve.js');
  const { createLintPool } = await import('../../dist/node/pool.js');
  const bytes = await draftDocx(pages);
  const token = 'bench-token-0123456789abcdef';
  // As `gongwen-lint serve` runs by default: checks on a warm pool of one worker per core.
  const pool = workers > 0 ? await createLintPool(workers, {}) : undefined;
  const check = pool ? (b, filePath, config) => pool.run({ filePath, bytes: typeof b === 'string' ? new TextEncoder().encode(b) : b, config }) : undefined;
  const { app, url } = await startServer({ token, port: 0, check });
  const post = async () => {
    const t0 = performance.now();
    const res = await fetch(`${url}/v1/lint?filename=draft.docx`, {
      method: 'POST', headers: { [TOKEN_HEADER]: token, 'content-type': 'application/octet-stream' }, body: bytes,
    });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`HTTP ${res.status}`);
    return performance.now() - t0;
  };
  try {
    const first = await post(); // includes the one-time data load
    for (let i = 0; i < concurrency; i++) await post();
    const times = [];
    let next = 0;
    const t0 = performance.now();
    await Promise.all(Array.from({ length: concurrency }, async () => {
      while (next < requests) {
        next++;
        times.push(await post());
      }
    }));
    const wall = performance.now() - t0;
    times.sort((a, b) => a - b);
    const q = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))];
    return { pages, bytes: bytes.length, requests, concurrency, workers: pool ? workers : 0, firstMs: first, p50: q(0.5), p95: q(0.95), max: times.at(-1), perSecond: requests / (wall / 1000) };
  } finally {
    await app.close();
    await pool?.close();
  }
}

export function serveRow(r) {
  const f = (n) => Math.round(n).toLocaleString('en-US');
  return `| serve (${r.workers ? `${r.workers} worker threads` : 'in-process'}): POST /v1/lint, ${r.pages}-page .docx, ${r.requests} requests at concurrency ${r.concurrency} | p50 ${f(r.p50)} ms · p95 ${f(r.p95)} ms · max ${f(r.max)} ms | ${r.perSecond.toFixed(1)} req/s | first request ${f(r.firstMs)} ms |`;
}

/** The bench section: the server as `serve` runs it (pool), and in one thread for comparison. */
export async function benchServeSection() {
  console.log('\n| serve | latency | throughput | note |\n|---|---|---|---|');
  console.log(serveRow(await benchServe()));
  console.log(serveRow(await benchServe({ workers: 0 })));
}

if (import.meta.url === `file://${process.argv[1]}`) await benchServeSection();
