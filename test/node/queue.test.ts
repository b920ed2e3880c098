/**
 * `gongwen-lint queue` against a real Redis: Debian's /usr/bin/redis-server started here on a free
 * loopback port (no persistence) and stopped by PID; two worker processes of the built CLI
 * (dist/, `npm test` builds first); one of them is killed (SIGKILL) while it checks a document. Every
 * document's result must arrive exactly once and equal the single-process result.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { spawnToEnd } from '../helpers/spawn.js';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const REDIS = '/usr/bin/redis-server';
const repo = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(repo, 'bin', 'gongwen-lint.js');
const govDocs = join(repo, '..', 'shared', 'corpus', 'gov-docs');

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

interface Proc {
  child: ChildProcess;
  stderr: string;
  /** Resolves when stderr has a line matching. */
  waitFor(pattern: RegExp, ms?: number): Promise<string>;
}

function start(command: string, args: string[]): Proc {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1', GONGWEN_LINT_LOCALE: '' } });
  const proc: Proc = {
    child,
    stderr: '',
    waitFor(pattern, ms = 120_000) {
      return new Promise((done, fail) => {
        const timer = setTimeout(() => fail(new Error(`no ${pattern} from ${command} ${args.join(' ')} in ${ms} ms:\n${proc.stderr}`)), ms);
        const check = () => {
          const m = pattern.exec(proc.stderr);
          if (m) {
            clearTimeout(timer);
            child.stderr!.off('data', check);
            child.stdout!.off('data', check);
            done(m[0]);
          }
        };
        child.stderr!.on('data', check);
        child.stdout!.on('data', check);
        check();
      });
    },
  };
  child.stdout!.setEncoding('utf8').on('data', (t: string) => (proc.stderr += t));
  child.stderr!.setEncoding('utf8').on('data', (t: string) => (proc.stderr += t));
  return proc;
}

/** Runs the built CLI to the end: { code, stdout, stderr }. */
function spawnOnce(args: string[]) {
  return spawnToEnd(process.execPath, args, { cwd: repo });
}

function stop(proc: Proc | undefined, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (!proc || proc.child.exitCode !== null || proc.child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    proc.child.once('exit', () => done());
    proc.child.kill(signal);
  });
}

describe.skipIf(!existsSync(REDIS))('queue worker / submit / results on a real redis-server', () => {
  let redis: Proc;
  let url: string;
  let tmp: string;
  let files: string[];
  const workers: Proc[] = [];

  beforeAll(async () => {
    const port = await freePort();
    url = `redis://127.0.0.1:${port}`;
    redis = start(REDIS, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no']);
    await redis.waitFor(/Ready to accept connections/);
    tmp = mkdtempSync(join(tmpdir(), 'gwl-queue-'));
    writeFileSync(join(tmp, 'empty.txt'), '');
    writeFileSync(join(tmp, 'garbage.docx'), 'PK\u0003\u0004 not really a zip');
    const govFiles = existsSync(govDocs) ? readdirSync(govDocs).filter((n) => n.endsWith('.txt')).sort().slice(0, 8).map((n) => join(govDocs, n)) : [];
    const acceptance = join(repo, 'fixtures', 'acceptance');
    files = [
      ...govFiles,
      ...readdirSync(acceptance).filter((n) => /\.(txt|md|docx)$/.test(n)).sort().map((n) => join(acceptance, n)),
      join(repo, 'fixtures', 'notice.docx'),
      join(tmp, 'empty.txt'),
      join(tmp, 'garbage.docx'),
    ];
    for (let i = 0; i < 2; i++) {
      workers.push(start(process.execPath, [bin, 'queue', 'worker', '--redis', url, '--concurrency', '1', '--lock-duration', '2000', '--verbose']));
    }
    await Promise.all(workers.map((w) => w.waitFor(/队列工作进程已就绪/)));
  }, 180_000);

  afterAll(async () => {
    for (const w of workers) await stop(w, 'SIGKILL');
    await stop(redis);
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('a batch with one worker killed mid-job: every result exactly once, equal to the single-process run', async () => {
    const args = ['--no-config', '--format', 'json'];
    const submitted = runCli(repo, ['queue', 'submit', '--redis', url, '--wait', ...args, ...files]);
    // Kill the first worker while it checks a document (it has said ▶ and not yet ✓ for it).
    const started = await workers[0].waitFor(/▶ (\S+)/);
    const killedJob = started.split(' ')[1];
    await stop(workers[0], 'SIGKILL');
    expect(workers[0].stderr).not.toContain(`✓ ${killedJob}`);
    const queued = await submitted;
    // The single-process run of the same build the workers run (dist/), so that the two cannot differ
    // by a src/ edited since the last build.
    const single = await spawnOnce([bin, '--concurrency', 'off', ...args, ...files]);
    expect(queued.code).toBe(single.code);
    expect(queued.stdout).toBe(single.stdout);
    const out = JSON.parse(queued.stdout);
    const paths = [...out.results.map((r: { filePath: string }) => r.filePath), ...out.errors.map((e: { filePath: string }) => e.filePath)];
    expect(paths.sort()).toEqual([...files].sort());
    expect(new Set(paths).size).toBe(files.length);
    // the killed worker's job was finished by the other one
    expect(workers[1].stderr).toContain(`✓ ${killedJob}`);
    expect(queued.stderr).toMatch(new RegExp(`^gongwen-lint: 批次 \\S+：新提交 ${files.length} 份，已有结果或在队列中 0 份\\n`));
  }, 600_000);

  it('a document submitted again is not checked again; `queue results` gives the last batch later', async () => {
    const before = workers[1].stderr.split('▶').length;
    const again = await runCli(repo, ['queue', 'submit', '--redis', url, '--no-config', ...files.slice(0, 4)]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^\S+\n$/);
    expect(again.stderr).toContain('新提交 0 份，已有结果或在队列中 4 份');
    const later = await runCli(repo, ['queue', 'results', '--redis', url, '--format', 'json']);
    const single = await spawnOnce([bin, '--concurrency', 'off', '--no-config', '--format', 'json', ...files.slice(0, 4)]);
    expect(later).toEqual(single);
    const byId = await runCli(repo, ['queue', 'results', '--redis', url, '--format', 'json', again.stdout.trim()]);
    expect(byId).toEqual(single);
    expect(workers[1].stderr.split('▶').length).toBe(before);
  }, 300_000);

  it('one-line errors: an unknown batch, no --redis, a Redis that is not there', async () => {
    expect(await runCli(repo, ['queue', 'results', '--redis', url, 'nope'])).toEqual({ code: 2, stdout: '', stderr: 'gongwen-lint: 没有批次 nope（或已过期）\n' });
    expect(await runCli(repo, ['queue', 'submit', 'a.txt'])).toEqual({ code: 2, stdout: '', stderr: 'gongwen-lint: 需要 --redis URL（如 redis://127.0.0.1:6379）\n' });
    const port = await freePort();
    const r = await runCli(repo, ['queue', 'results', '--redis', `redis://127.0.0.1:${port}`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^gongwen-lint: 无法连接 Redis redis:\/\/127\.0\.0\.1:\d+：[^\n]+\n$/);
  }, 60_000);
});

describe.skipIf(!existsSync(REDIS))('queue: a document over the time limit', () => {
  let redis: Proc;
  let worker: Proc;
  let url: string;
  beforeAll(async () => {
    const port = await freePort();
    url = `redis://127.0.0.1:${port}`;
    redis = start(REDIS, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no']);
    await redis.waitFor(/Ready to accept connections/);
    worker = start(process.execPath, [bin, 'queue', 'worker', '--redis', url, '--time-limit', '0.001']);
    await worker.waitFor(/队列工作进程已就绪/);
  }, 180_000);
  afterAll(async () => {
    await stop(worker, 'SIGKILL');
    await stop(redis);
  });

  it('is tried again with backoff, then reported as that document’s error; the batch still ends', async () => {
    const docs = [join(repo, 'fixtures', 'acceptance', 'f01-fire-prevention-notice.txt'), join(repo, 'fixtures', 'acceptance', 'c01-clean-heat-notice.txt')];
    const r = await runCli(repo, ['queue', 'submit', '--redis', url, '--wait', '--no-config', '--format', 'json', ...docs]);
    expect(r.code).toBe(2);
    const out = JSON.parse(r.stdout);
    expect(out.results).toEqual([]);
    expect(out.errors).toEqual(docs.map((filePath) => ({ filePath, code: 'queue-failed', message: '检查失败（已试 3 次）：超过时间限制 0.001 秒' })));
  }, 300_000);
});
