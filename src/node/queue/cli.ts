/**
 * `gongwen-lint queue worker|submit|results` (see src/node/queue/index.ts). Same conventions as the
 * main CLI: one line per problem on stderr, exit 0 no errors · 1 errors found · 2 a document could not
 * be checked (or is not checked yet), or a usage, config or connection error.
 */
import { parseArgs } from 'node:util';
import { PRESETS, type Config } from '../../config.js';
import type { FileError, LintResult } from '../../engine/messages.js';
import { format, FORMATS, type FormatName } from '../../reporters/index.js';
import { displayPath } from '../../reporters/shared.js';
import { allRules } from '../../rules/index.js';
import { expandPaths } from '../files.js';
import { resolveConfig } from '../index.js';
import type { CliIO } from '../../cli/main.js';

const OPTIONS = {
  redis: { type: 'string' },
  concurrency: { type: 'string' },
  'lock-duration': { type: 'string' },
  'time-limit': { type: 'string' },
  verbose: { type: 'boolean' },
  wait: { type: 'boolean' },
  format: { type: 'string', short: 'f' },
  config: { type: 'string', short: 'c' },
  'no-config': { type: 'boolean' },
  preset: { type: 'string' },
  locale: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

class UsageError extends Error {}

export function queueHelp(locale: 'zh' | 'en'): string {
  return locale === 'en'
    ? `Usage:
  gongwen-lint queue worker  --redis URL [--concurrency N] [--time-limit S] [--lock-duration MS] [--verbose]
  gongwen-lint queue submit  --redis URL [--wait] [--format F] [--config FILE | --no-config] [--preset P] PATHS…
  gongwen-lint queue results --redis URL [--wait] [--format F] [BATCH]   (default: the last batch)

worker: checks queued documents until stopped (SIGINT/SIGTERM finish the jobs in hand). --concurrency:
documents at once, one thread each (default 1); --time-limit: seconds per document (default 120);
--lock-duration: a job of a worker that died goes back to the queue after this many ms (default 30000).
submit: queues the documents as one batch and prints its id; --wait prints the report when all are checked.
`
    : `用法：
  gongwen-lint queue worker  --redis URL [--concurrency N] [--time-limit 秒] [--lock-duration 毫秒] [--verbose]
  gongwen-lint queue submit  --redis URL [--wait] [--format 格式] [--config 文件 | --no-config] [--preset 名称] 路径…
  gongwen-lint queue results --redis URL [--wait] [--format 格式] [批次号]   （默认最近一批）

worker：持续检查队列中的文稿，收到 SIGINT/SIGTERM 时做完手头的任务再退出。--concurrency 同时检查的文稿数
（每份一个线程，默认 1）；--time-limit 每份文稿的时限（秒，默认 120）；--lock-duration 工作进程意外退出后，
其任务在这么多毫秒后回到队列（默认 30000）。
submit：把文稿作为一批提交并输出批次号；加 --wait 则等全部检查完后输出报告。
`;
}

function positiveInt(value: string | undefined, name: string, t: (zh: string, en: string) => string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[1-9]\d{0,6}$/.test(value)) throw new UsageError(t(`${name} 应为正整数`, `${name} must be a positive whole number`));
  return Number(value);
}

export async function queueMain(argv: readonly string[], io: CliIO): Promise<number> {
  let locale: 'zh' | 'en' = io.env.GONGWEN_LINT_LOCALE === 'en' ? 'en' : 'zh';
  const t = (zh: string, en: string) => (locale === 'en' ? en : zh);
  const fail = (message: string) => {
    io.stderr.write(`gongwen-lint: ${message.replace(/\s*\r?\n\s*/g, ' ').trim()}\n`);
    return 2;
  };
  try {
    const { values, positionals } = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
    if (values.locale === 'en' || values.locale === 'zh') locale = values.locale;
    else if (values.locale !== undefined) throw new UsageError(t('--locale 只能是 zh 或 en', '--locale must be zh or en'));
    const [command, ...paths] = positionals;
    if (values.help || command === undefined) {
      io.stdout.write(queueHelp(locale));
      return values.help ? 0 : 2;
    }
    if (!['worker', 'submit', 'results'].includes(command)) throw new UsageError(t(`没有 queue ${command} 命令（worker、submit 或 results）`, `no queue command ${command} (worker, submit or results)`));
    const url = values.redis ?? io.env.GONGWEN_LINT_REDIS;
    if (!url) throw new UsageError(t('需要 --redis URL（如 redis://127.0.0.1:6379）', 'needs --redis URL (e.g. redis://127.0.0.1:6379)'));
    if (!/^rediss?:\/\//.test(url)) throw new UsageError(t(`--redis 应为 redis://主机:端口（收到 “${url}”）`, `--redis must be redis://host:port (got “${url}”)`));
    const formatName = (values.format ?? 'stylish') as FormatName;
    if (!FORMATS.includes(formatName)) throw new UsageError(t(`--format 只能是 ${FORMATS.join(' | ')}`, `--format must be ${FORMATS.join(' | ')}`));
    const queue = await import('./index.js');

    if (command === 'worker') {
      const concurrency = positiveInt(values.concurrency, '--concurrency', t);
      const lockDuration = positiveInt(values['lock-duration'], '--lock-duration', t);
      const seconds = values['time-limit'];
      if (seconds !== undefined && !(Number(seconds) > 0)) throw new UsageError(t('--time-limit 应为正数（秒）', '--time-limit must be a positive number of seconds'));
      const worker = await queue.startWorker(url, {
        concurrency,
        lockDuration,
        timeLimitMs: seconds === undefined ? undefined : Number(seconds) * 1000,
        log: values.verbose ? (line) => io.stderr.write(`gongwen-lint: ${line}\n`) : undefined,
      });
      io.stderr.write(`gongwen-lint: ${t(`队列工作进程已就绪（${url}，同时检查 ${concurrency ?? 1} 份）`, `queue worker ready (${url}, ${concurrency ?? 1} at a time)`)}\n`);
      await new Promise<void>((done) => {
        const stop = () => done();
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      await worker.close();
      return 0;
    }

    const conn = await queue.connect(url, { failFast: true }).catch((error: Error) => {
      throw new UsageError(t(`无法连接 Redis ${url}：${error.message}`, `cannot connect to Redis ${url}: ${error.message}`));
    });
    try {
      let batchId: string;
      let files: string[] = [];
      let expandErrors: FileError[] = [];
      if (command === 'submit') {
        if (!paths.length) throw new UsageError(t('queue submit 需要文件或文件夹', 'queue submit needs files or folders'));
        const overrides: Config = {};
        if (values.preset !== undefined) {
          if (!(PRESETS as readonly string[]).includes(values.preset)) throw new UsageError(t(`--preset 只能是 ${PRESETS.join(' | ')}`, `--preset must be ${PRESETS.join(' | ')}`));
          overrides.preset = values.preset as Config['preset'];
        }
        if (values.locale) overrides.locale = locale;
        const loaded = await resolveConfig({ cwd: io.cwd, configFile: values.config, noConfigFile: values['no-config'], config: overrides });
        const expanded = await expandPaths(paths, { cwd: io.cwd, ignores: loaded.config.ignores, ignoreBase: loaded.baseDir, locale });
        files = expanded.files;
        expandErrors = expanded.errors;
        const sent = await queue.submit(conn, files, loaded.config, locale);
        batchId = sent.batchId;
        io.stderr.write(
          `gongwen-lint: ${t(`批次 ${batchId}：新提交 ${sent.added} 份，已有结果或在队列中 ${sent.existing} 份`, `batch ${batchId}: ${sent.added} queued, ${sent.existing} already queued or done`)}\n`,
        );
        if (!values.wait) {
          for (const e of expandErrors) io.stderr.write(`gongwen-lint: ${displayPath(e.filePath, io.cwd)}: ${e.message}\n`);
          io.stdout.write(`${batchId}\n`);
          return expandErrors.length ? 2 : 0;
        }
      } else {
        const given = paths[0] ?? (await queue.lastBatch(conn));
        if (!given) throw new UsageError(t('还没有提交过批次', 'no batch has been submitted'));
        batchId = given;
      }
      let outcomes;
      try {
        outcomes = await queue.collect(conn, batchId, { wait: values.wait, locale });
      } catch (error) {
        if (error instanceof queue.UnknownBatchError) throw new UsageError(error.message);
        throw error;
      }
      const results: LintResult[] = [];
      const errors: FileError[] = [...expandErrors];
      for (const o of outcomes) {
        if (o.result) results.push(o.result);
        errors.push(...o.errors);
      }
      for (const e of errors) io.stderr.write(`gongwen-lint: ${displayPath(e.filePath, io.cwd)}: ${e.message.replace(/\s*\r?\n\s*/g, ' ')}\n`);
      const report = format(formatName, results, { locale, cwd: io.cwd, color: false, rules: allRules, errors });
      if (report) io.stdout.write(report);
      return errors.length ? 2 : results.some((r) => r.errorCount > 0) ? 1 : 0;
    } finally {
      await conn.close();
    }
  } catch (error) {
    if (error instanceof UsageError) return fail(error.message);
    if ((error as Error)?.name === 'ConfigError') return fail((error as Error).message);
    const text = (error as Error)?.message ?? String(error);
    if (/ECONNREFUSED|ENOTFOUND|ETIMEDOUT|Connection is closed|max retries/i.test(text)) return fail(t(`Redis 连接失败：${text}`, `Redis connection failed: ${text}`));
    if (/^(Unknown option|Option ')/.test(text)) return fail(`${text}${t('（用 gongwen-lint queue --help 查看用法）', ' (see gongwen-lint queue --help)')}`);
    throw error;
  }
}
