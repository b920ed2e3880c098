/**
 * `gongwen-lint serve`: a local HTTP API over the same core as the CLI, for tools and add-ins on the
 * user's machine (fastify 5). Why each guard is here:
 * - bound to 127.0.0.1 unless told otherwise, because drafts must not leave the machine;
 * - a per-install token (`x-gongwen-token`) because any local process or web page can reach loopback;
 * - a Host-header allowlist because DNS rebinding lets a web page talk to 127.0.0.1 under its own name;
 * - a CORS allowlist so only the add-in origins (not every page in the browser) read results;
 * - a body limit (413) and a concurrency limit (503 + Retry-After) so one client cannot starve others;
 * - every failure is a JSON error `{ error: { code, message } }`, never a stack.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { mergeConfig, validateConfig, type Config } from '../config.js';
import { lexiconConfigProblems } from '../lexicon/index.js';
import type { FileError, LintResult } from '../engine/messages.js';
import { VERSION } from '../engine/version.js';
import { toJsonReport } from '../reporters/json.js';
import { toSarif } from '../reporters/sarif.js';
import { allRules } from '../rules/index.js';
import { lintBytes } from './index.js';

export const DEFAULT_PORT = 7337;
export const DEFAULT_BODY_LIMIT = 20 * 1024 * 1024;
export const TOKEN_HEADER = 'x-gongwen-token';

export interface ServeOptions {
  /** The per-install secret every request but health must carry. */
  token: string;
  /** Config every request starts from (the config file found for the server's folder). */
  config?: Config;
  /** Port the Host header may name besides the listening one (tests use inject, which sends none). */
  port?: number;
  /** Extra host names (without port) accepted in the Host header, e.g. a machine name. */
  allowHosts?: string[];
  /** Origins whose pages may call the API from a browser (the add-in task panes). */
  allowOrigins?: string[];
  /** Largest request body, in bytes (413 above). */
  bodyLimit?: number;
  /** Lint requests in flight at once (503 + Retry-After above). */
  maxConcurrent?: number;
  /**
   * What checks one document; default the in-process core (`lintBytes`). A worker pool or a test's
   * slow stand-in plugs in here without touching the HTTP layer.
   */
  check?: typeof lintBytes;
}

/** Loopback names a Host header may carry; anything else is a rebinding attempt or a mistake. */
const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost', '[::1]'];

/**
 * Origins the Office/WPS task panes are served from during development and by default: Office's
 * dev server (https://localhost:3000) and wpsjs's debug server (http://127.0.0.1:3889). An office
 * that hosts the pane elsewhere adds its origin with --allow-origin.
 */
export const DEFAULT_ALLOW_ORIGINS = ['https://localhost:3000', 'http://127.0.0.1:3889', 'http://localhost:3889'];

type Locale = 'zh' | 'en';

/** The document types the core reads; the name decides how the bytes are parsed. */
const DOCUMENT_NAME = /\.(docx|txt|md|markdown)$/i;

class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

const MESSAGES = {
  'bad-host': { zh: 'Host 头不在允许列表中（仅限本机地址）', en: 'Host header not allowed (loopback only)' },
  'bad-origin': { zh: '来源（Origin）不在允许列表中，可用 --allow-origin 添加', en: 'Origin not allowed; add it with --allow-origin' },
  'no-token': { zh: `缺少或错误的令牌：请在 ${TOKEN_HEADER} 头中带上 serve 启动时打印的令牌`, en: `missing or wrong token: send the token printed at start in the ${TOKEN_HEADER} header` },
  'too-large': { zh: '请求体过大', en: 'request body too large' },
  busy: { zh: '服务器忙，请稍后重试', en: 'server busy, retry later' },
  'not-found': { zh: '没有这个接口（可用：POST /v1/lint、GET /v1/rules、GET /v1/health）', en: 'no such endpoint (available: POST /v1/lint, GET /v1/rules, GET /v1/health)' },
  'bad-json': { zh: '请求体不是有效的 JSON', en: 'request body is not valid JSON' },
  'bad-media-type': { zh: '不支持的 Content-Type：请用 application/json，或直接发送 .docx/.txt/.md 的内容', en: 'unsupported Content-Type: send application/json or the raw .docx/.txt/.md bytes' },
  'no-filename': { zh: '缺少文件名：JSON 中的 filename，或查询参数 ?filename=，用于判断格式（.docx/.txt/.md）', en: 'missing filename (JSON field filename or ?filename=), needed to tell .docx/.txt/.md apart' },
  'bad-filename': { zh: '文件名应以 .docx、.txt、.md 或 .markdown 结尾', en: 'filename must end in .docx, .txt, .md or .markdown' },
  'no-document': { zh: '缺少文稿：JSON 中给 text（.txt/.md 的文字）或 base64（.docx 的内容），或直接发送文件内容', en: 'missing document: JSON text (for .txt/.md) or base64 (for .docx), or send the file bytes as the body' },
  'bad-base64': { zh: 'base64 字段不是有效的 Base64', en: 'base64 field is not valid Base64' },
  'bad-format': { zh: 'format 只能是 json 或 sarif', en: 'format must be json or sarif' },
  'bad-config': { zh: '配置无效', en: 'invalid config' },
  'bad-request': { zh: '请求无效', en: 'bad request' },
  internal: { zh: '内部错误', en: 'internal error' },
} as const;

type Code = keyof typeof MESSAGES;

function apiError(status: number, code: Code, locale: Locale, detail?: string, headers?: Record<string, string>): ApiError {
  const base = MESSAGES[code][locale];
  return new ApiError(status, code, detail ? `${base}${locale === 'en' ? ': ' : '：'}${detail}` : base, headers);
}

function localeOf(request: FastifyRequest): Locale {
  const q = (request.query as Record<string, unknown> | undefined)?.locale;
  if (q === 'en' || q === 'zh') return q;
  const accept = request.headers['accept-language'];
  return typeof accept === 'string' && /^en\b/i.test(accept) ? 'en' : 'zh';
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** A fresh token: 32 random bytes, URL-safe. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Host header without its port, lower-cased ("[::1]:7337" → "[::1]"). */
function hostName(host: string): string {
  const m = /^(\[[^\]]*\]|[^:]*)(?::\d+)?$/.exec(host.trim().toLowerCase());
  return m ? m[1] : host;
}

interface LintBody {
  filename?: unknown;
  text?: unknown;
  base64?: unknown;
  config?: unknown;
  format?: unknown;
}

/** Builds the server (not listening): `inject` for tests, `listen` for `gongwen-lint serve`. */
export function createServer(options: ServeOptions): FastifyInstance {
  const bodyLimit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const maxConcurrent = Math.max(1, options.maxConcurrent ?? 16);
  const hosts = new Set([...LOOPBACK_HOSTS, ...(options.allowHosts ?? []).map((h) => h.toLowerCase())]);
  const origins = new Set(options.allowOrigins ?? DEFAULT_ALLOW_ORIGINS);
  const baseConfig = options.config ?? {};
  const check = options.check ?? lintBytes;
  let inFlight = 0;

  const app = Fastify({
    logger: false,
    bodyLimit,
    // Slow-loris and stuck clients: a request must arrive within 30 s, and a connection idles 60 s at most.
    requestTimeout: 30_000,
    connectionTimeout: 60_000,
    // JSON with __proto__/constructor keys is refused rather than merged into objects.
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
  });

  // The raw bytes of any non-JSON body: a .docx, or text in whatever encoding (GB18030 included),
  // decoded by the same reader the CLI uses.
  app.removeContentTypeParser(['text/plain']);
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit }, (_request, body, done) => done(null, body));

  app.addHook('onRequest', async (request, reply) => {
    const locale = localeOf(request);
    // DNS rebinding: a page on evil.example resolved to 127.0.0.1 still sends Host: evil.example.
    // fastify.inject sends "localhost:80", so tests pass through the same check.
    const host = request.headers.host;
    if (!host || !hosts.has(hostName(host))) throw apiError(403, 'bad-host', locale);

    const origin = request.headers.origin;
    if (origin !== undefined) {
      if (!origins.has(origin)) throw apiError(403, 'bad-origin', locale, origin);
      reply.header('access-control-allow-origin', origin);
      reply.header('vary', 'Origin');
      if (request.method === 'OPTIONS') {
        reply.header('access-control-allow-methods', 'GET, POST, OPTIONS');
        reply.header('access-control-allow-headers', `content-type, ${TOKEN_HEADER}, x-gongwen-filename`);
        reply.header('access-control-max-age', '600');
        return reply.code(204).send();
      }
    }
    if (request.method === 'OPTIONS') return reply.code(204).send();
    // Health answers without the token, so an add-in can tell "no server" from "wrong token".
    if (request.url === '/v1/health' || request.url.startsWith('/v1/health?')) return;
    const token = request.headers[TOKEN_HEADER];
    if (typeof token !== 'string' || !sameSecret(token, options.token)) throw apiError(401, 'no-token', locale);
  });

  app.get('/v1/health', async () => ({ status: 'ok', version: VERSION, inFlight, maxConcurrent }));

  app.get('/v1/rules', async (request) => {
    const locale = localeOf(request);
    return {
      version: VERSION,
      rules: allRules.map((r) => ({
        id: r.meta.id,
        category: r.meta.category,
        clause: r.meta.clause,
        description: r.meta.description[locale],
        severity: r.meta.severity,
        fixable: r.meta.fixable,
        presets: ['all', ...(r.meta.presets ?? ['recommended'])],
      })),
    };
  });

  app.post('/v1/lint', async (request, reply) => {
    const locale = localeOf(request);
    const query = (request.query ?? {}) as Record<string, unknown>;
    const { bytes, filename, config, formatName } = readLintRequest(request, query, locale);

    if (inFlight >= maxConcurrent) throw apiError(503, 'busy', locale, undefined, { 'retry-after': '1' });
    inFlight++;
    let out: { result?: LintResult; errors: FileError[] };
    try {
      out = await check(bytes, filename, mergeConfig(baseConfig, config, { locale: (config.locale ?? baseConfig.locale ?? locale) as Locale }));
    } finally {
      inFlight--;
    }
    const unreadable = out.errors.find((e) => e.code !== 'rule-error');
    if (!out.result || unreadable) {
      const e = unreadable ?? out.errors[0];
      // The document could not be read (corrupt, encrypted, not Word …): the request was fine.
      return reply.code(422).send({ error: { code: e?.code ?? 'unreadable', message: `${filename}: ${e?.message ?? ''}`, filename } });
    }
    const result = { ...out.result, filePath: filename };
    if (formatName === 'sarif') {
      reply.type('application/sarif+json; charset=utf-8');
      return toSarif([result], { locale, rules: allRules });
    }
    const report = toJsonReport([result], { locale, rules: allRules });
    return { ...report, errors: out.errors.map((e) => ({ code: e.code, ruleId: e.ruleId, message: e.message })) };
  });

  app.setNotFoundHandler((request, reply) => {
    const e = apiError(404, 'not-found', localeOf(request));
    reply.code(404).send({ error: { code: e.code, message: e.message } });
  });

  app.setErrorHandler((error: Error & { statusCode?: number; code?: string; validation?: unknown }, request, reply) => {
    const locale = localeOf(request);
    let e: ApiError;
    if (error instanceof ApiError) e = error;
    else if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || error.statusCode === 413) e = apiError(413, 'too-large', locale, `> ${bodyLimit} bytes`);
    else if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || error.statusCode === 415) e = apiError(415, 'bad-media-type', locale);
    else if (error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error instanceof SyntaxError) e = apiError(400, 'bad-json', locale);
    else if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) e = apiError(error.statusCode, 'bad-request', locale);
    else e = apiError(500, 'internal', locale);
    for (const [k, v] of Object.entries(e.headers)) reply.header(k, v);
    reply.code(e.statusCode).send({ error: { code: e.code, message: e.message } });
  });

  return app;
}

function readLintRequest(request: FastifyRequest, query: Record<string, unknown>, locale: Locale) {
  const contentType = String(request.headers['content-type'] ?? '').toLowerCase();
  let bytes: Uint8Array | string | undefined;
  let filename: unknown = query.filename ?? request.headers['x-gongwen-filename'];
  let config: unknown = {};
  let formatName: unknown = query.format;
  if (/^application\/(.*\+)?json\b/.test(contentType)) {
    const body = request.body as LintBody | null;
    if (!body || typeof body !== 'object' || Array.isArray(body)) throw apiError(400, 'bad-request', locale, locale === 'en' ? 'the body must be a JSON object' : '请求体应为 JSON 对象');
    filename = body.filename ?? filename;
    config = body.config ?? {};
    formatName = body.format ?? formatName;
    if (typeof body.text === 'string') bytes = body.text;
    else if (typeof body.base64 === 'string') {
      if (!/^[A-Za-z0-9+/\s]*={0,2}\s*$/.test(body.base64)) throw apiError(400, 'bad-base64', locale);
      bytes = new Uint8Array(Buffer.from(body.base64, 'base64'));
    }
  } else if (Buffer.isBuffer(request.body)) {
    bytes = new Uint8Array(request.body);
    if (typeof query.config === 'string') {
      try {
        config = JSON.parse(query.config);
      } catch {
        throw apiError(400, 'bad-config', locale, locale === 'en' ? '?config is not JSON' : '?config 不是 JSON');
      }
    }
  }
  if (typeof filename !== 'string' || !filename.trim()) throw apiError(400, 'no-filename', locale);
  // Only the base name counts: a client path says nothing about this machine's files.
  const base = filename.split(/[\\/]/).pop()!.slice(0, 255);
  if (!DOCUMENT_NAME.test(base)) throw apiError(400, 'bad-filename', locale);
  if (bytes === undefined || (typeof bytes !== 'string' && bytes.length === 0 && /\.docx$/i.test(base))) throw apiError(400, 'no-document', locale);
  if (formatName === undefined) {
    const accept = String(request.headers.accept ?? '');
    formatName = /application\/sarif\+json/.test(accept) ? 'sarif' : 'json';
  }
  if (formatName !== 'json' && formatName !== 'sarif') throw apiError(400, 'bad-format', locale);
  if (config === null || typeof config !== 'object' || Array.isArray(config)) throw apiError(400, 'bad-config', locale, locale === 'en' ? 'config must be an object' : 'config 应为对象');
  const problems = [...validateConfig(config, allRules), ...lexiconConfigProblems((config as Config).lexicons)];
  if (problems.length) throw apiError(400, 'bad-config', locale, problems.slice(0, 3).join('; '));
  return { bytes, filename: base, config: config as Config, formatName: formatName as 'json' | 'sarif' };
}

export interface ListenOptions extends ServeOptions {
  host?: string;
}

/** Starts listening; resolves to the server and the URL it answers on. */
export async function startServer(options: ListenOptions): Promise<{ app: FastifyInstance; url: string; port: number }> {
  const host = options.host ?? '127.0.0.1';
  const allowHosts = [...(options.allowHosts ?? [])];
  // Bound to a non-loopback address on purpose: the address itself is a name clients will send.
  if (!LOOPBACK_HOSTS.includes(host) && host !== '0.0.0.0' && host !== '::') allowHosts.push(host);
  const app = createServer({ ...options, allowHosts });
  await app.listen({ host, port: options.port ?? DEFAULT_PORT });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : (options.port ?? DEFAULT_PORT);
  const shown = host.includes(':') ? `[${host}]` : host;
  return { app, url: `http://${shown}:${port}`, port };
}
