/**
 * The local HTTP API: every guard through fastify.inject, one bounded load run over real loopback, and
 * the `serve` subcommand spawned as users start it (stopped by PID).
 */
import { spawn } from 'node:child_process';
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lint } from '../../src/index.js';
import { createServer, startServer, TOKEN_HEADER } from '../../src/node/serve.js';

const TOKEN = 'test-token-0123456789abcdef';
const root = join(import.meta.dirname, '..', '..');
const draftDocx = readFileSync(join(root, 'fixtures', 'draft.docx'));
const BAD_TEXT = '截止6月底，共完成××项。';

function app(extra: Partial<Parameters<typeof createServer>[0]> = {}) {
  return createServer({ token: TOKEN, ...extra });
}
const auth = { [TOKEN_HEADER]: TOKEN };

describe('serve: endpoints', () => {
  const server = app();
  afterAll(() => server.close());

  it('GET /v1/health answers without a token', async () => {
    const res = await server.inject({ method: 'GET', url: '/v1/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok' });
  });

  it('GET /v1/rules lists every rule with its clause', async () => {
    const res = await server.inject({ method: 'GET', url: '/v1/rules', headers: auth });
    expect(res.statusCode).toBe(200);
    const ids = res.json().rules.map((r: { id: string }) => r.id);
    expect(ids).toContain('element/document-number');
    expect(res.json().rules.find((r: { id: string }) => r.id === 'element/document-number').clause).toBe('GB/T 9704—2012 7.2.5');
  });

  it('POST /v1/lint with JSON text returns the same findings as the core', async () => {
    const res = await server.inject({ method: 'POST', url: '/v1/lint', headers: auth, payload: { filename: 'a.txt', text: BAD_TEXT } });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    const expected = await lint(BAD_TEXT, { filename: 'a.txt' });
    expect(body.results[0].messages.map((m: { ruleId: string; column: number }) => [m.ruleId, m.column])).toEqual(
      expected.messages.map((m) => [m.ruleId, m.column]),
    );
    expect(body.results[0].messages.map((m: { ruleId: string }) => m.ruleId)).toEqual(['phrasing/context-pair', 'placeholder/filler-mark']);
  });

  it('POST /v1/lint with raw .docx bytes, SARIF by ?format', async () => {
    const res = await server.inject({
      method: 'POST', url: '/v1/lint?filename=draft.docx&format=sarif', headers: { ...auth, 'content-type': 'application/octet-stream' }, payload: draftDocx,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/application\/sarif\+json/);
    const ruleIds = res.json().runs[0].results.map((r: { ruleId: string }) => r.ruleId);
    expect(ruleIds).toContain('element/document-number');
    expect(ruleIds).toContain('format/page-size');
  });

  it('POST /v1/lint with base64 .docx in JSON and SARIF by Accept', async () => {
    const res = await server.inject({
      method: 'POST', url: '/v1/lint', headers: { ...auth, accept: 'application/sarif+json' },
      payload: { filename: 'draft.docx', base64: draftDocx.toString('base64') },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().version).toBe('2.1.0');
  });

  it('GB18030 text sent raw is decoded as the CLI decodes it', async () => {
    const gbk = Buffer.from([0xbd, 0xd8, 0xd6, 0xb9, 0x36, 0xd4, 0xc2, 0xb5, 0xd7]); // 截止6月底
    const res = await server.inject({ method: 'POST', url: '/v1/lint?filename=a.txt', headers: { ...auth, 'content-type': 'text/plain' }, payload: gbk });
    expect(res.statusCode).toBe(200);
    expect(res.json().results[0].messages[0]).toMatchObject({ ruleId: 'phrasing/context-pair', line: 1, column: 1 });
  });

  it('the request config applies (a rule turned off, English messages)', async () => {
    const res = await server.inject({
      method: 'POST', url: '/v1/lint', headers: auth,
      payload: { filename: 'a.txt', text: BAD_TEXT, config: { rules: { 'placeholder/filler-mark': 'off' }, locale: 'en' } },
    });
    const messages = res.json().results[0].messages;
    expect(messages.map((m: { ruleId: string }) => m.ruleId)).toEqual(['phrasing/context-pair']);
    expect(messages[0].message).toMatch(/^[\x00-\x7f“”‘’—]/);
  });
});

describe('serve: hostile and broken requests get one JSON error, never a stack', () => {
  const server = app({ bodyLimit: 64 * 1024 });
  afterAll(() => server.close());

  const cases: Array<[string, InjectOptions, number, string]> = [
    ['no token', { method: 'POST', url: '/v1/lint', payload: { filename: 'a.txt', text: 'x' } }, 401, 'no-token'],
    ['wrong token', { method: 'GET', url: '/v1/rules', headers: { [TOKEN_HEADER]: 'nope' } }, 401, 'no-token'],
    ['DNS rebinding Host', { method: 'GET', url: '/v1/health', headers: { host: 'evil.example:7337' } }, 403, 'bad-host'],
    ['origin not allowed', { method: 'GET', url: '/v1/rules', headers: { ...auth, origin: 'https://evil.example' } }, 403, 'bad-origin'],
    ['invalid JSON', { method: 'POST', url: '/v1/lint', headers: { ...auth, 'content-type': 'application/json' }, payload: '{bad' }, 400, 'bad-json'],
    ['JSON array', { method: 'POST', url: '/v1/lint', headers: { ...auth, 'content-type': 'application/json' }, payload: '[1]' }, 400, 'bad-request'],
    ['prototype poisoning', { method: 'POST', url: '/v1/lint', headers: { ...auth, 'content-type': 'application/json' }, payload: '{"__proto__":{"x":1},"filename":"a.txt","text":"x"}' }, 400, 'bad-json'],
    ['no filename', { method: 'POST', url: '/v1/lint', headers: auth, payload: { text: 'x' } }, 400, 'no-filename'],
    ['unsupported filename', { method: 'POST', url: '/v1/lint', headers: auth, payload: { filename: 'a.pdf', text: 'x' } }, 400, 'bad-filename'],
    ['no document', { method: 'POST', url: '/v1/lint', headers: auth, payload: { filename: 'a.docx' } }, 400, 'no-document'],
    ['bad base64', { method: 'POST', url: '/v1/lint', headers: auth, payload: { filename: 'a.docx', base64: '***' } }, 400, 'bad-base64'],
    ['bad format', { method: 'POST', url: '/v1/lint', headers: auth, payload: { filename: 'a.txt', text: 'x', format: 'xml' } }, 400, 'bad-format'],
    ['bad config', { method: 'POST', url: '/v1/lint', headers: auth, payload: { filename: 'a.txt', text: 'x', config: { rules: { 'no/such-rule': 'off' } } } }, 400, 'bad-config'],
    ['too large', { method: 'POST', url: '/v1/lint?filename=a.txt', headers: { ...auth, 'content-type': 'text/plain' }, payload: Buffer.alloc(65 * 1024, 0x41) }, 413, 'too-large'],
    ['corrupt .docx', { method: 'POST', url: '/v1/lint?filename=a.docx', headers: { ...auth, 'content-type': 'application/octet-stream' }, payload: Buffer.from('PK\x03\x04garbage') }, 422, 'corrupt-zip'],
    ['not a zip', { method: 'POST', url: '/v1/lint?filename=a.docx', headers: { ...auth, 'content-type': 'application/octet-stream' }, payload: Buffer.from('hello') }, 422, 'not-docx'],
    ['unknown route', { method: 'GET', url: '/v1/nothing', headers: auth }, 404, 'not-found'],
    ['wrong method', { method: 'DELETE', url: '/v1/lint', headers: auth }, 404, 'not-found'],
  ];

  it.each(cases)('%s → %s %s', async (_name, request, status, code) => {
    const res = await server.inject(request);
    expect(res.statusCode).toBe(status);
    const body = res.json();
    expect(Object.keys(body)).toEqual(['error']);
    expect(body.error.code).toBe(code);
    expect(typeof body.error.message).toBe('string');
    expect(body.error.message).not.toMatch(/\n\s+at /);
  });

  it('the unreadable document is named in the error', async () => {
    const res = await server.inject({ method: 'POST', url: '/v1/lint?filename=report.docx', headers: { ...auth, 'content-type': 'application/octet-stream' }, payload: Buffer.from('hello') });
    expect(res.json().error.message).toMatch(/^report\.docx: /);
  });

  it('a client path is reduced to its base name', async () => {
    const res = await server.inject({ method: 'POST', url: '/v1/lint', headers: auth, payload: { filename: '../../etc/a.txt', text: 'x' } });
    expect(res.json().results[0].filePath).toBe('a.txt');
  });

  it('CORS: an allowed origin gets its preflight answered and the header echoed', async () => {
    const s = app({ allowOrigins: ['https://addin.example'] });
    const pre = await s.inject({ method: 'OPTIONS', url: '/v1/lint', headers: { origin: 'https://addin.example', 'access-control-request-method': 'POST' } });
    expect(pre.statusCode).toBe(204);
    expect(pre.headers['access-control-allow-origin']).toBe('https://addin.example');
    expect(String(pre.headers['access-control-allow-headers'])).toContain(TOKEN_HEADER);
    const res = await s.inject({ method: 'POST', url: '/v1/lint', headers: { ...auth, origin: 'https://addin.example' }, payload: { filename: 'a.txt', text: 'x' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBe('https://addin.example');
    await s.close();
  });

  it('English errors with ?locale=en', async () => {
    const res = await server.inject({ method: 'GET', url: '/v1/rules?locale=en' });
    expect(res.json().error.message).toMatch(/^missing or wrong token/);
  });
});

describe('serve: concurrency limit', () => {
  it('answers 503 with Retry-After while the allowed number of checks are in flight', async () => {
    let release!: () => void;
    const gate = new Promise<void>((done) => (release = done));
    let started = 0;
    const server = app({
      maxConcurrent: 2,
      // A check that holds until the test lets it go, so "in flight" is certain, not a race.
      check: async () => {
        started++;
        await gate;
        return { result: await lint('正文。', { filename: 'a.txt' }), errors: [] };
      },
    });
    const send = () => server.inject({ method: 'POST', url: '/v1/lint', headers: auth, payload: { filename: 'a.txt', text: 'x' } });
    const first = [send(), send()];
    while (started < 2) await new Promise((r) => setTimeout(r, 5));
    const refused = await send();
    expect(refused.statusCode).toBe(503);
    expect(refused.headers['retry-after']).toBe('1');
    expect(refused.json().error.code).toBe('busy');
    release();
    expect((await Promise.all(first)).map((r) => r.statusCode)).toEqual([200, 200]);
    // Capacity comes back once they finish.
    expect((await send()).statusCode).toBe(200);
    await server.close();
  });
});

describe('serve: over real loopback', () => {
  let url = '';
  let close: () => Promise<void> = async () => undefined;
  beforeAll(async () => {
    const started = await startServer({ token: TOKEN, port: 0 });
    url = started.url;
    close = () => started.app.close();
  });
  afterAll(() => close());

  it('binds to 127.0.0.1 by default', () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('a bounded load run: 48 .docx checks at concurrency 8, no failure, identical results', async () => {
    const total = 48;
    const concurrency = 8;
    let next = 0;
    const statuses: number[] = [];
    const counts = new Set<number>();
    const worker = async () => {
      while (next < total) {
        next++;
        const res = await fetch(`${url}/v1/lint?filename=draft.docx`, {
          method: 'POST', headers: { ...auth, 'content-type': 'application/octet-stream' }, body: draftDocx,
          signal: AbortSignal.timeout(30_000),
        });
        statuses.push(res.status);
        const body = await res.json();
        counts.add(body.results[0].messages.length);
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    expect(statuses).toHaveLength(total);
    expect(statuses.every((s) => s === 200)).toBe(true);
    expect(counts.size).toBe(1);
  });
});

describe('gongwen-lint serve (spawned)', () => {
  it('prints its URL and token, answers, and stops on SIGTERM', async () => {
    const home = mkdtempSync(join(tmpdir(), 'gw-serve-'));
    const child = spawn(process.execPath, [join(root, 'bin', 'gongwen-lint.js'), 'serve', '--port', '0', '--no-config'], {
      env: { ...process.env, XDG_CONFIG_HOME: home, GONGWEN_LINT_TOKEN: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      let out = '';
      await new Promise<void>((done, fail) => {
        const timer = setTimeout(() => fail(new Error(`no URL printed: ${out}`)), 20_000);
        child.stdout.on('data', (chunk) => {
          out += chunk;
          if (/x-gongwen-token: \S+\n/.test(out)) {
            clearTimeout(timer);
            done();
          }
        });
        let err = '';
        child.stderr.on('data', (chunk) => (err += chunk));
        child.on('exit', (code) => fail(new Error(`exited ${code}: ${out}${err}`)));
      });
      const base = /serve: (http:\/\/127\.0\.0\.1:\d+)/.exec(out)![1];
      const token = /x-gongwen-token: (\S+)/.exec(out)![1];
      // The per-install token was kept for the next start.
      expect(readFileSync(join(home, 'gongwen-lint', 'serve-token'), 'utf8').trim()).toBe(token);
      const res = await fetch(`${base}/v1/lint`, {
        method: 'POST', headers: { [TOKEN_HEADER]: token, 'content-type': 'application/json' },
        body: JSON.stringify({ filename: 'a.txt', text: BAD_TEXT }),
      });
      expect(res.status).toBe(200);
      expect((await res.json()).results[0].errorCount).toBe(2);
    } finally {
      child.kill('SIGTERM');
    }
    const code = await new Promise((done) => child.on('exit', done));
    expect(code).toBe(0);
  });

  it('a bad flag is one line and exit 2', async () => {
    const child = spawn(process.execPath, [join(root, 'bin', 'gongwen-lint.js'), 'serve', '--port', 'abc'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (c) => (err += c));
    const code = await new Promise((done) => child.on('exit', done));
    expect(code).toBe(2);
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toMatch(/--port/);
  });
});
