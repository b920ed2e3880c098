/**
 * Bench: the corpus through `gongwen-lint queue` with one and with two worker processes, on a
 * redis-server started here (loopback, no persistence) and stopped by PID. Each round uses a fresh
 * Redis (flushed), so no document is answered from an earlier round. Timed from submit to the last
 * result (`queue submit --wait`); the report must equal the single-process one.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const ROOT = join(here, '..', '..');
const BIN = join(ROOT, 'bin', 'gongwen-lint.js');
const REDIS = '/usr/bin/redis-server';

function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

function startAndWait(cmd, args, pattern) {
  const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  return new Promise((done, fail) => {
    const on = (t) => {
      text += t;
      if (pattern.test(text)) done(child);
    };
    child.stdout.setEncoding('utf8').on('data', on);
    child.stderr.setEncoding('utf8').on('data', on);
    child.once('exit', (code) => fail(new Error(`${cmd} exited ${code}: ${text.slice(0, 300)}`)));
  });
}

const stop = (child) => new Promise((done) => {
  if (child.exitCode !== null || child.signalCode !== null) return done();
  child.once('exit', done);
  child.kill('SIGTERM');
});

export async function benchQueue({ input, serial, docs, fmt }) {
  if (!existsSync(REDIS)) return [`(queue bench skipped: no ${REDIS})`];
  const lines = ['| queue (`queue submit --wait`, workers each `--concurrency 1`) | wall | docs/s | same report |', '|---|---|---|---|'];
  for (const count of [1, 2]) {
    const port = await freePort();
    const url = `redis://127.0.0.1:${port}`;
    const redis = await startAndWait(REDIS, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], /Ready to accept connections/);
    const workers = [];
    try {
      for (let i = 0; i < count; i++) workers.push(await startAndWait(process.execPath, [BIN, 'queue', 'worker', '--redis', url, '--concurrency', '1'], /就绪|ready/));
      const t0 = process.hrtime.bigint();
      const r = spawnSync(process.execPath, [BIN, 'queue', 'submit', '--redis', url, '--wait', '--no-config', '--format', 'json', input], { encoding: 'utf8', maxBuffer: 1 << 28 });
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      lines.push(`| ${count} worker${count > 1 ? 's' : ''} | ${fmt(ms / 1000, 1)} s | ${fmt(docs / ms * 1000, 1)} | ${r.stdout === serial.stdout ? 'yes' : 'NO'} |`);
    } finally {
      for (const w of workers) await stop(w);
      await stop(redis);
    }
  }
  return lines;
}
