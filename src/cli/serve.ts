/**
 * `gongwen-lint serve`: starts the local HTTP API (src/node/serve.ts) and prints where it listens and
 * the token clients must send. The token is per install: made once and kept, readable by the user
 * only, under the user's config folder, so the add-in can be set up once.
 */
import { mkdir, readFile, writeFile, chmod } from 'node:fs/promises';
import { availableParallelism, homedir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { resolveConfig } from '../node/index.js';
import { createLintPool } from '../node/pool.js';
import { DEFAULT_BODY_LIMIT, DEFAULT_PORT, newToken, startServer, TOKEN_HEADER } from '../node/serve.js';
import type { CliIO } from './main.js';

const OPTIONS = {
  host: { type: 'string' },
  port: { type: 'string', short: 'p' },
  token: { type: 'string' },
  'token-file': { type: 'string' },
  'allow-origin': { type: 'string', multiple: true },
  'allow-host': { type: 'string', multiple: true },
  'body-limit': { type: 'string' },
  'max-concurrent': { type: 'string' },
  workers: { type: 'string' },
  config: { type: 'string', short: 'c' },
  'no-config': { type: 'boolean' },
  locale: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export function serveHelp(locale: 'zh' | 'en'): string {
  return locale === 'en'
    ? `gongwen-lint serve [options]        local HTTP API (POST /v1/lint, GET /v1/rules, GET /v1/health)
  --host ADDR          address to bind (default 127.0.0.1; anything else is reachable from the network)
  --port N             port (default ${DEFAULT_PORT}; 0 picks a free one)
  --token T            token clients send in ${TOKEN_HEADER} (default: the per-install token, or GONGWEN_LINT_TOKEN)
  --token-file F       where the per-install token is kept (default ~/.config/gongwen-lint/serve-token)
  --allow-origin O     an origin whose pages may call the API (repeatable; default the Office/WPS dev origins)
  --allow-host H       a host name accepted in the Host header besides loopback (repeatable)
  --body-limit BYTES   largest request (default ${DEFAULT_BODY_LIMIT})
  --max-concurrent N   checks in flight at once before 503 (default 16)
  --workers auto|off|N worker threads checking documents (default auto: one per core)
  --config FILE, --no-config
`
    : `gongwen-lint serve [选项]        本机 HTTP 接口（POST /v1/lint、GET /v1/rules、GET /v1/health）
  --host 地址          监听地址（默认 127.0.0.1；其他地址会向网络开放）
  --port 端口          端口（默认 ${DEFAULT_PORT}；0 表示任选空闲端口）
  --token 令牌         客户端在 ${TOKEN_HEADER} 头中发送的令牌（默认：本机安装令牌，或环境变量 GONGWEN_LINT_TOKEN）
  --token-file 文件    本机安装令牌的存放位置（默认 ~/.config/gongwen-lint/serve-token）
  --allow-origin 来源  允许从浏览器调用的页面来源（可多次；默认为 Office/WPS 加载项调试来源）
  --allow-host 主机名  Host 头中除本机地址外允许的主机名（可多次）
  --body-limit 字节数  请求体上限（默认 ${DEFAULT_BODY_LIMIT}）
  --max-concurrent N   同时检查的请求数上限，超出返回 503（默认 16）
  --workers auto|off|N 检查文稿的工作线程数（默认 auto：每个 CPU 核一个）
  --config 文件、--no-config
`;
}

function positiveInt(value: string | undefined, name: string, locale: 'zh' | 'en', min = 1): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < min) {
    throw new Error(locale === 'en' ? `${name} must be an integer ≥ ${min}` : `${name} 应为不小于 ${min} 的整数`);
  }
  return Number(value);
}

/** The per-install token: read from the file, or made and saved (mode 600) on first start. */
async function installToken(file: string): Promise<string> {
  try {
    const text = (await readFile(file, 'utf8')).trim();
    if (/^[A-Za-z0-9_-]{16,}$/.test(text)) return text;
  } catch {
    // absent: make one below
  }
  const token = newToken();
  await mkdir(join(file, '..'), { recursive: true });
  await writeFile(file, token + '\n', { mode: 0o600 });
  await chmod(file, 0o600).catch(() => undefined);
  return token;
}

/** Runs `serve` until SIGINT/SIGTERM; returns the exit code. */
export async function serveMain(argv: readonly string[], io: CliIO, locale: 'zh' | 'en'): Promise<number> {
  const fail = (message: string) => {
    io.stderr.write(`gongwen-lint serve: ${message}\n`);
    return 2;
  };
  let values: { [K in keyof typeof OPTIONS]?: (typeof OPTIONS)[K] extends { multiple: true } ? string[] : (typeof OPTIONS)[K]['type'] extends 'string' ? string : boolean };
  try {
    const parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: false, strict: true });
    values = parsed.values as typeof values;
  } catch (error) {
    const m = /'([^']+)'/.exec((error as Error).message);
    return fail(locale === 'en' ? `bad option ${m?.[1] ?? ''} (see serve --help)` : `选项有误 ${m?.[1] ?? ''}（用 serve --help 查看用法）`);
  }
  if (values.locale === 'en' || values.locale === 'zh') locale = values.locale;
  if (values.help) {
    io.stdout.write(serveHelp(locale));
    return 0;
  }
  let port: number | undefined;
  let bodyLimit: number | undefined;
  let maxConcurrent: number | undefined;
  try {
    port = positiveInt(values.port, '--port', locale, 0);
    if (port !== undefined && port > 65535) throw new Error(locale === 'en' ? '--port must be ≤ 65535' : '--port 不能大于 65535');
    bodyLimit = positiveInt(values['body-limit'], '--body-limit', locale);
    maxConcurrent = positiveInt(values['max-concurrent'], '--max-concurrent', locale);
  } catch (error) {
    return fail((error as Error).message);
  }

  let config;
  try {
    config = (await resolveConfig({ cwd: io.cwd, configFile: values.config, noConfigFile: values['no-config'] })).config;
  } catch (error) {
    return fail((error as Error).message.split('\n')[0]);
  }

  const tokenFile = values['token-file'] ?? join(io.env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'gongwen-lint', 'serve-token');
  let token = values.token || io.env.GONGWEN_LINT_TOKEN || undefined;
  if (token !== undefined && token.length < 16) return fail(locale === 'en' ? 'the token must be at least 16 characters' : '令牌至少 16 个字符');
  try {
    token ??= await installToken(tokenFile);
  } catch (error) {
    return fail(`${tokenFile}: ${locale === 'en' ? 'cannot keep the token' : '无法保存令牌'} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }

  // Checks run on a warm worker pool (the batch pool of --concurrency), so a long document does not
  // hold up the others and every core is used; `off` checks in the server's own thread.
  const threads = values.workers === 'off' ? 1 : values.workers === undefined || values.workers === 'auto' ? availableParallelism() : Number(values.workers);
  if (!Number.isInteger(threads) || threads < 1 || threads > 256) return fail(locale === 'en' ? '--workers must be auto, off or a number from 1 to 256' : '--workers 只能是 auto、off 或 1～256 的整数');
  const pool = values.workers === 'off' ? undefined : await createLintPool(threads, config);
  const check = pool
    ? async (bytes: Uint8Array | string, filePath: string, taskConfig: typeof config) =>
        pool.run({ filePath, bytes: typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes, config: taskConfig })
    : undefined;

  const host = values.host ?? '127.0.0.1';
  let started;
  try {
    started = await startServer({
      host, port: port ?? undefined, token, config,
      allowOrigins: values['allow-origin'], allowHosts: values['allow-host'], bodyLimit, maxConcurrent, check,
    });
  } catch (error) {
    await pool?.close();
    const code = (error as NodeJS.ErrnoException).code;
    return fail(code === 'EADDRINUSE'
      ? (locale === 'en' ? `port ${port ?? DEFAULT_PORT} is in use (choose another with --port)` : `端口 ${port ?? DEFAULT_PORT} 已被占用（用 --port 换一个）`)
      : `${locale === 'en' ? 'cannot listen' : '无法监听'} ${host}: ${code ?? (error as Error).message}`);
  }
  if (!['127.0.0.1', 'localhost', '::1'].includes(host)) {
    io.stderr.write(locale === 'en'
      ? `gongwen-lint serve: warning: listening on ${host}, not only this machine; documents sent here cross the network\n`
      : `gongwen-lint serve: 警告：监听 ${host}，不只本机可以访问，发来的文稿会经过网络\n`);
  }
  // One line a script can parse (the URL), then the token on its own line.
  io.stdout.write(`gongwen-lint serve: ${started.url}\n${TOKEN_HEADER}: ${token}\n`);

  await new Promise<void>((done) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      started.app.close().then(() => pool?.close()).then(done, done);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  return 0;
}
