/**
 * The command line: `gongwen-lint [paths…]`. Returns the exit code: 0 no errors, 1 errors found (or
 * more warnings than --max-warnings), 2 a file could not be read / a usage or config error. User
 * input never produces a stack trace: every problem is one line `gongwen-lint: <path>: <message>`.
 */
import { statSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PRESETS, type Config } from '../config.js';
import type { FileError, LintResult } from '../engine/messages.js';
import { VERSION } from '../engine/version.js';
import { format, formatJsonParts, FORMATS, type FormatName } from '../reporters/index.js';
import { displayPath } from '../reporters/shared.js';
import { allRules } from '../rules/index.js';
import { resolveRules } from '../engine/resolve.js';
import { writeFileAtomic } from '../node/encoding.js';
import { expandPaths } from '../node/files.js';
import { isIgnored } from '../node/glob.js';
import { FIXED_DOCX, fixFile, type FixFileResult } from '../node/fix.js';
import { lintBytes, resolveConfig } from '../node/index.js';
import { fixText } from '../engine/fix-text.js';
import { decodeText } from '../parsers/decode.js';
import { fileError } from '../node/errors.js';
import { formatOf, parseDocument } from '../parsers/index.js';
import { helpText } from './help.js';
import { AUTO_MIN_FILES, checkFiles, limitHeapGrowth, resolveConcurrency, startPoolEarly, tuneForShortRun } from '../node/pool.js';
import { cacheFilePath, LintCache } from '../node/cache.js';
import { addPhase, createTiming, formatTiming, now, type Timing } from '../engine/timing.js';

export interface CliIO {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  stdin: AsyncIterable<Uint8Array | string>;
  cwd: string;
  env: Record<string, string | undefined>;
}

function defaultIO(): CliIO {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd: process.cwd(), env: process.env };
}

class UsageError extends Error {}

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  config: { type: 'string', short: 'c' },
  'no-config': { type: 'boolean' },
  'ignore-pattern': { type: 'string', multiple: true },
  rule: { type: 'string', multiple: true },
  preset: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  'max-warnings': { type: 'string' },
  stdin: { type: 'boolean' },
  'stdin-filename': { type: 'string' },
  date: { type: 'string' },
  locale: { type: 'string' },
  fix: { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
  'fix-output': { type: 'string' },
  'print-config': { type: 'boolean' },
  'list-rules': { type: 'boolean' },
  concurrency: { type: 'string' },
  cache: { type: 'boolean' },
  'cache-location': { type: 'string' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  version: { type: 'boolean', short: 'v' },
  help: { type: 'boolean', short: 'h' },
  timing: { type: 'boolean' },
} as const;

type Values = {
  [K in keyof typeof OPTIONS]?: (typeof OPTIONS)[K] extends { multiple: true }
    ? string[]
    : (typeof OPTIONS)[K]['type'] extends 'string'
      ? string
      : boolean;
};

function oneLine(text: string): string {
  return text.replace(/\s*\r?\n\s*/g, ' ').trim();
}

async function readAll(stream: AsyncIterable<Uint8Array | string>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk);
  return Buffer.concat(chunks);
}

function filterQuiet(r: LintResult): LintResult {
  const messages = r.messages.filter((m) => m.severity === 'error');
  return { ...r, messages, warningCount: 0, fixableWarningCount: 0 };
}

export async function main(argv: readonly string[], io: CliIO = defaultIO()): Promise<number> {
  const t = (zh: string, en: string) => (locale === 'en' ? en : zh);
  let locale: 'zh' | 'en' = io.env.GONGWEN_LINT_LOCALE === 'en' ? 'en' : 'zh';
  const fail = (message: string) => {
    io.stderr.write(`gongwen-lint: ${oneLine(message)}\n`);
    return 2;
  };

  // Subcommands: their own flags, their own help.
  if (argv[0] === 'serve') {
    const { serveMain } = await import('./serve.js');
    return serveMain(argv.slice(1), io, locale);
  }

  // `gongwen-lint queue …`: the distributed batch (BullMQ on Redis), loaded only when asked for.
  if (argv[0] === 'queue') return (await import('../node/queue/cli.js')).queueMain(argv.slice(1), io);

  let values: Values;
  let positionals: string[];
  try {
    const parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
    values = parsed.values as Values;
    positionals = parsed.positionals;
    if (values.locale !== undefined) {
      if (values.locale !== 'zh' && values.locale !== 'en') throw new UsageError(`--locale 只能是 zh 或 en（收到 “${values.locale}”）`);
      locale = values.locale;
    }
  } catch (error) {
    const text = error instanceof UsageError ? error.message : cleanParseError((error as Error).message, locale);
    return fail(`${text}${locale === 'en' ? ' (see --help)' : '（用 --help 查看用法）'}`);
  }

  if (values.help) {
    io.stdout.write(helpText(locale));
    return 0;
  }
  if (values.version) {
    io.stdout.write(`${VERSION}\n`);
    return 0;
  }

  try {
    return await execute(values, positionals, io, locale, t, fail);
  } catch (error) {
    if (error instanceof UsageError) return fail(`${error.message}${t('（用 --help 查看用法）', ' (see --help)')}`);
    if ((error as Error)?.name === 'ConfigError') return fail((error as Error).message);
    throw error;
  }
}

/**
 * The CLI in-process, for tests and embedding: `run(argv, { stdout, stderr, stdin, cwd })` → exit code.
 * Whatever is left out comes from the process (stdin defaults to an empty stream, env to process.env).
 */
export function run(argv: readonly string[], io: Partial<CliIO> = {}): Promise<number> {
  const empty = (async function* (): AsyncGenerator<Uint8Array> {})();
  return main(argv, {
    stdout: io.stdout ?? process.stdout,
    stderr: io.stderr ?? process.stderr,
    stdin: io.stdin ?? empty,
    cwd: io.cwd ?? process.cwd(),
    env: io.env ?? process.env,
  });
}

function cleanParseError(message: string, locale: 'zh' | 'en'): string {
  const unknown = /Unknown option '([^']+)'/.exec(message);
  if (unknown) return locale === 'en' ? `unknown option ${unknown[1]}` : `未知选项 ${unknown[1]}`;
  const missing = /Option '([^']+?)(?: <value>)?' argument missing/.exec(message);
  if (missing) return locale === 'en' ? `option ${missing[1]} needs a value` : `选项 ${missing[1].replace(/^-\w, /, '')} 需要一个值`;
  const noValue = /Option '([^']+)' does not take an argument/.exec(message);
  if (noValue) return locale === 'en' ? `option ${noValue[1]} takes no value` : `选项 ${noValue[1]} 不带值`;
  return oneLine(message);
}

async function execute(
  values: Values,
  positionals: string[],
  io: CliIO,
  locale: 'zh' | 'en',
  t: (zh: string, en: string) => string,
  fail: (message: string) => number,
): Promise<number> {
  // ---- validate flags
  const formatName = (values.format ?? 'stylish') as FormatName;
  if (!FORMATS.includes(formatName)) throw new UsageError(t(`--format 只能是 ${FORMATS.join(' | ')}`, `--format must be ${FORMATS.join(' | ')}`));
  if (values.preset !== undefined && !(PRESETS as readonly string[]).includes(values.preset)) {
    throw new UsageError(t(`--preset 只能是 ${PRESETS.join(' | ')}`, `--preset must be ${PRESETS.join(' | ')}`));
  }
  if (values.date !== undefined && !/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(values.date)) {
    throw new UsageError(t('--date 的格式应为 YYYY-MM-DD', '--date must be YYYY-MM-DD'));
  }
  let maxWarnings: number | undefined;
  if (values['max-warnings'] !== undefined) {
    if (!/^\d+$/.test(values['max-warnings'])) throw new UsageError(t('--max-warnings 应为非负整数', '--max-warnings must be a non-negative integer'));
    maxWarnings = Number(values['max-warnings']);
  }
  if (values.stdin && positionals.length) throw new UsageError(t('--stdin 不能与文件路径同用', '--stdin cannot be combined with paths'));
  if (values['stdin-filename'] && !values.stdin) throw new UsageError(t('--stdin-filename 需与 --stdin 同用', '--stdin-filename needs --stdin'));
  if (values['fix-output'] && !values.fix && !values['fix-dry-run']) throw new UsageError(t('--fix-output 需与 --fix 同用', '--fix-output needs --fix'));
  if (values.concurrency !== undefined && resolveConcurrency(values.concurrency, 1) === undefined) {
    throw new UsageError(t('--concurrency 只能是 auto、off 或正整数', '--concurrency must be auto, off or a positive whole number'));
  }

  // ---- config: file (given or found upward) + flags
  const overrides: Config = {};
  if (values.preset) overrides.preset = values.preset;
  if (values.locale) overrides.locale = values.locale as 'zh' | 'en';
  if (values.date) overrides.date = values.date;
  for (const spec of values.rule ?? []) {
    // --rule id:severity (or id=severity)
    const m = /^([a-z]+\/[a-z0-9-]+)\s*[:=]\s*(off|warn|warning|error)$/.exec(spec.trim());
    if (!m) throw new UsageError(t(`--rule 的格式应为 规则名:off|warn|error（收到 “${spec}”）`, `--rule must be rule-id:off|warn|error (got “${spec}”)`));
    if (!allRules.some((r) => r.meta.id === m[1])) throw new UsageError(t(`没有规则 ${m[1]}（--list-rules 可列出全部规则）`, `no rule ${m[1]} (see --list-rules)`));
    overrides.rules = { ...overrides.rules, [m[1]]: m[2] as 'off' | 'warn' | 'error' };
  }
  const loaded = await resolveConfig({
    cwd: io.cwd,
    configFile: values.config,
    noConfigFile: values['no-config'],
    config: overrides,
  });
  const config = loaded.config;
  if (!values.locale && config.locale) locale = config.locale;
  const tt = (zh: string, en: string) => (locale === 'en' ? en : zh);

  if (values['print-config']) {
    io.stdout.write(JSON.stringify(resolvedConfig(config), null, 2) + '\n');
    return 0;
  }
  if (values['list-rules']) {
    io.stdout.write(listRules(config, locale));
    return 0;
  }

  const forced = io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0' && io.env.FORCE_COLOR !== 'false';
  const color = values['no-color']
    ? false
    : values.color || forced
      ? true
      : Boolean(io.stdout.isTTY) && !io.env.NO_COLOR && !values.output;
  const reportOptions = { locale, cwd: io.cwd, color, rules: allRules };
  const errors: FileError[] = [];
  const results: LintResult[] = [];
  // A draft or two (src/node/pool.ts tuneForShortRun); not in the build's training run, whose code
  // cache V8 accepts only in a process with the flags it was made under (bin/load-cli.js).
  const shortRun = (bytes: number) => {
    if (io.env.GONGWEN_LINT_V8_DEFAULTS !== '1') tuneForShortRun(bytes);
  };
  // --timing (or TIMING=1, as ESLint): time per phase and per rule, a table on stderr at the end
  const timing = values.timing || io.env.TIMING === '1' ? createTiming() : undefined;
  const fixing = Boolean(values.fix || values['fix-dry-run']);
  const dryRun = Boolean(values['fix-dry-run']);
  const dryRunLines: string[] = [];
  const notes: string[] = [];

  if (values.stdin) {
    const name = values['stdin-filename'] ?? 'stdin.txt';
    const filePath = resolve(io.cwd, name);
    if ((io.stdin as { isTTY?: boolean }).isTTY) {
      throw new UsageError(tt('--stdin 需要从管道或重定向读入文稿', '--stdin needs the document piped or redirected in'));
    }
    const bytes = await readAll(io.stdin);
    shortRun(bytes.length);
    // A .docx piped in without a name would be read as text and called binary: say what to add.
    if (!values['stdin-filename'] && bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4) {
      throw new UsageError(tt('标准输入是 .docx（zip）文件：请加上 --stdin-filename 文件名.docx', 'stdin holds a .docx (zip) file: add --stdin-filename NAME.docx'));
    }
    if (fixing && formatOf(name) !== 'docx') {
      // With --stdin, --fix writes the fixed text to stdout (the report goes to --output only).
      try {
        const decoded = decodeText(bytes);
        const fixed = fixText(decoded.text, { filename: filePath, config });
        fixed.result.filePath = filePath;
        results.push(fixed.result);
        if (!dryRun) io.stdout.write(fixed.output);
        else for (const e of fixed.applied) dryRunLines.push(`${displayPath(filePath, io.cwd)}:${e.line}:${e.column}  ${e.ruleId}  “${e.before}” → “${e.text}”`);
      } catch (error) {
        errors.push(fileError(filePath, error, locale));
      }
      if (!dryRun) {
        for (const e of errors) io.stderr.write(`gongwen-lint: ${displayPath(e.filePath, io.cwd)}: ${oneLine(e.message)}\n`);
        if (values.output) await writeOutput(resolve(io.cwd, values.output), format(formatName, results, { ...reportOptions, color: false, errors }));
        return errors.length ? 2 : results.some((r) => r.errorCount > 0) ? 1 : 0;
      }
    } else {
      const out = await lintBytes(bytes, filePath, config, undefined, { timing });
      if (out.result) results.push(out.result);
      errors.push(...out.errors);
    }
  } else {
    // A batch's worker pool starts now, loading its modules while the files are found (src/node/pool.ts).
    // Not with --cache: the files may all be answered from it, and then no thread is needed at all.
    const earlyPool =
      fixing || timing || values.cache ? undefined : startPoolEarly(values.concurrency, positionals.length ? positionals : ['.'], io.cwd, config);
    const expanded = await expandPaths(positionals.length ? positionals : ['.'], {
      cwd: io.cwd,
      ignores: config.ignores,
      ignoreBase: loaded.baseDir,
      locale,
    });
    errors.push(...expanded.errors);
    // --ignore-pattern: relative to the cwd (config `ignores` are relative to the config file).
    const extra = values['ignore-pattern'] ?? [];
    const files = extra.length
      ? expanded.files.filter((f) => {
          const rel = relative(io.cwd, f).split('\\').join('/');
          return rel.startsWith('..') || !isIgnored(rel, extra);
        })
      : expanded.files;
    const docxCount = files.filter((f) => formatOf(f) === 'docx').length;
    if (values['fix-output'] && docxCount !== 1) {
      throw new UsageError(tt('--fix-output 只能用于单个 .docx 文件', '--fix-output works with exactly one .docx file'));
    }
    if (files.length <= AUTO_MIN_FILES) shortRun(batchBytes(files, io.cwd)); // checked or fixed
    const progress = io.stderr.isTTY && files.length > 1 && !('CI' in io.env);
    let width = 0;
    const showProgress = (done: number, file: string) => {
      if (!progress) return;
      const text = `${tt('检查中', 'Checking')} ${done}/${files.length} ${displayPath(file, io.cwd)}`;
      const clipped = text.length > 100 ? text.slice(0, 97) + '…' : text;
      io.stderr.write('\r' + clipped + ' '.repeat(Math.max(0, width - clipped.length)));
      width = clipped.length;
    };
    if (!fixing) {
      // Checking only: from the cache, and on every core for a batch (src/node/pool.ts).
      const cache = values.cache
        ? await LintCache.open({ path: cacheFilePath(values['cache-location'], io.cwd), config, locale })
        : undefined;
      if (cache?.warning) io.stderr.write(`gongwen-lint: ${displayPath(cache.path, io.cwd)}: ${cache.warning}\n`);
      if (files.length > AUTO_MIN_FILES) limitHeapGrowth(); // memory flat with the batch's size
      const outcomes = await checkFiles(files, {
        config,
        locale,
        cache,
        // --timing times this thread's work: the files are checked here, one after another
        concurrency: timing ? 1 : resolveConcurrency(values.concurrency, files.length, await autoBatchBytes(values.concurrency, files, io.cwd)),
        onDone: (i, file) => showProgress(i + 1, file),
        timing,
        dropSource: formatName === 'json' || formatName === 'stylish',
        pool: earlyPool,
      });
      for (const out of outcomes) {
        if (out.result) results.push(out.result);
        errors.push(...out.errors);
      }
      const unsaved = await cache?.save();
      if (unsaved && cache) notes.push(`${displayPath(cache.path, io.cwd)}: ${unsaved}`);
    }
    let done = 0;
    for (const file of fixing ? files : []) {
      showProgress(done + 1, file);
      // A NAME.fixed.docx from an earlier --fix is linted, not fixed again into NAME.fixed.fixed.docx.
      if (fixing && !FIXED_DOCX.test(file)) {
        const fixed: FixFileResult = await fixFile(file, {
          config,
          dryRun,
          output: values['fix-output'] ? resolve(io.cwd, values['fix-output']) : undefined,
        });
        if (fixed.result) results.push(fixed.result);
        errors.push(...fixed.errors);
        if (fixed.notice) notes.push(`${displayPath(file, io.cwd)}: ${fixed.notice}`);
        const shown = displayPath(file, io.cwd);
        if (dryRun) {
          for (const c of fixed.changes) {
            const pos = c.line !== undefined ? `:${c.line}${c.column !== undefined ? `:${c.column}` : ''}` : '';
            dryRunLines.push(`${shown}${pos}  ${c.ruleId ?? ''}  ${c.description}`.replace(/ {3,}/g, '  '));
          }
        } else if (fixed.written && formatOf(file) === 'docx') {
          const n = fixed.fixedCount ?? fixed.changes.length;
          const left = fixed.unfixedCount ?? 0;
          // Fixable findings the package would not let --fix apply are said, so the counts add up.
          const leftZh = left ? `；另有 ${left} 个可修复的问题因文件结构不完整未能修复，请用 Word 或 WPS 打开后另存为 .docx 再试` : '';
          const leftEn = left ? `; ${left} more fixable problem${left === 1 ? '' : 's'} could not be fixed because the package is incomplete: open it in Word or WPS, save as .docx and try again` : '';
          notes.push(tt(`已写入 ${displayPath(fixed.written, io.cwd)}：修复 ${n} 个问题（${fixed.changes.length} 处修改）${leftZh}`, `wrote ${displayPath(fixed.written, io.cwd)}: ${n} problem${n === 1 ? '' : 's'} fixed (${fixed.changes.length} changes)${leftEn}`));
        } else if (fixed.written) {
          notes.push(tt(`已修复 ${shown}（${fixed.changes.length} 处）`, `fixed ${shown} (${fixed.changes.length} edits)`));
        }
      } else {
        const out = await lintFile(file, config, locale, timing);
        if (out.result) results.push(out.result);
        errors.push(...out.errors);
      }
      done++;
    }
    if (progress && width) io.stderr.write('\r' + ' '.repeat(width) + '\r');
  }

  // ---- per-file errors: one line each, after the batch
  for (const e of errors) io.stderr.write(`gongwen-lint: ${displayPath(e.filePath, io.cwd)}: ${oneLine(e.message)}\n`);
  for (const n of notes) io.stderr.write(`gongwen-lint: ${n}\n`);

  const totalWarnings = results.reduce((n, r) => n + r.warningCount, 0);
  const shownResults = values.quiet ? results.map(filterQuiet) : results;
  if (formatName === 'html') await attachDocxTrees(shownResults);
  const reportStart = timing ? now() : 0;
  // JSON to stdout is written a file at a time (below): the report of a large batch is never one string.
  const jsonParts = formatName === 'json' && !values.output ? formatJsonParts(shownResults, { ...reportOptions, errors }) : undefined;
  const report = jsonParts ? '' : format(formatName, shownResults, { ...reportOptions, color: values.output ? false : color, errors });
  if (timing) {
    addPhase(timing, 'report', reportStart);
    io.stderr.write(formatTiming(timing));
  }

  if (dryRun) {
    const list = dryRunLines.length
      ? dryRunLines.join('\n') + '\n'
      : tt('没有可自动修复的内容。\n', 'Nothing to fix.\n');
    const header = tt('将作如下修改（未写入）：\n', 'Would change (nothing written):\n');
    // The list goes to stdout for the terminal format, to stderr when stdout carries JSON/SARIF.
    if (formatName === 'stylish' && !values.output) io.stdout.write(header + list);
    else io.stderr.write(header + list);
  }

  if (values.output) {
    try {
      await writeOutput(resolve(io.cwd, values.output), report);
    } catch (error) {
      return fail(`${values.output}: ${tt('无法写入', 'cannot write')}（${(error as NodeJS.ErrnoException).code ?? (error as Error).message}）`);
    }
  } else if (jsonParts) {
    for (const part of jsonParts) if (io.stdout.write(part) === false) await drained(io.stdout);
  } else if (report) io.stdout.write(report);

  const errorCount = results.reduce((n, r) => n + r.errorCount, 0);
  const warningsCounted = values.quiet ? 0 : totalWarnings;
  let code = errorCount > 0 ? 1 : 0;
  if (maxWarnings !== undefined && warningsCounted > maxWarnings) {
    io.stderr.write(
      `gongwen-lint: ${tt(`警告 ${warningsCounted} 个，超过了 --max-warnings ${maxWarnings}`, `${warningsCounted} warnings exceed --max-warnings ${maxWarnings}`)}\n`,
    );
    code = 1;
  }
  if (errors.length) code = 2;
  return code;
}

/**
 * Waits until a stream that refused more (a pipe whose reader is slower) has written what it holds,
 * so that a report written in parts is not buffered whole in memory after all. Also ends when the
 * stream closes or fails (bin/gongwen-lint.js deals with a reader that went away).
 */
function drained(stream: CliIO['stdout']): Promise<void> {
  const s = stream as Partial<NodeJS.WritableStream>;
  if (typeof s.once !== 'function' || typeof s.removeListener !== 'function') return Promise.resolve();
  return new Promise((done) => {
    const finish = () => {
      for (const event of ['drain', 'close', 'error']) s.removeListener!(event, finish);
      done();
    };
    for (const event of ['drain', 'close', 'error']) s.once!(event, finish);
  });
}

async function lintFile(file: string, config: Config, locale: 'zh' | 'en', timing?: Timing) {
  let bytes: Uint8Array;
  const start = timing ? now() : 0;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return { errors: [fileError(file, error, locale)] };
  } finally {
    if (timing) addPhase(timing, 'read', start);
  }
  return lintBytes(bytes, file, config, undefined, { timing });
}

/** --format html draws every paragraph of a .docx: it needs the tree, which linting does not keep. */
async function attachDocxTrees(results: LintResult[]): Promise<void> {
  for (const r of results) {
    if (r.tree || r.format !== 'docx') continue;
    try {
      r.tree = parseDocument(await readFile(r.filePath), r.filePath).tree;
    } catch {
      // unreadable now (or stdin): the report shows the paragraphs named by findings
    }
  }
}

async function writeOutput(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFileAtomic(path, text);
}

/**
 * The config in effect, spelt out: every default filled in and every rule with its effective level
 * and options (ESLint's --print-config). It is itself a valid config file, so it can be saved and
 * edited.
 */
export function resolvedConfig(config: Config): Config {
  const on = new Map(resolveRules(allRules, config).map((r) => [r.rule.meta.id, r]));
  const rules: NonNullable<Config['rules']> = {};
  for (const rule of allRules) {
    const r = on.get(rule.meta.id);
    if (!r) rules[rule.meta.id] = 'off';
    else {
      const level = r.severity === 'warning' ? 'warn' : 'error';
      rules[rule.meta.id] = Object.keys(r.options).length ? [level, r.options] : level;
    }
  }
  const out: Config = {
    preset: config.preset ?? 'recommended',
    locale: config.locale ?? 'zh',
    profile: config.profile ?? 'auto',
  };
  if (config.date) out.date = config.date;
  out.ignores = config.ignores ?? [];
  out.protectedTerms = config.protectedTerms ?? [];
  out.lexicons = config.lexicons ?? [];
  out.rules = rules;
  return out;
}

function listRules(config: Config, locale: 'zh' | 'en'): string {
  const on = new Map(resolveRules(allRules, config).map((r) => [r.rule.meta.id, r.severity]));
  const rows = allRules.map((r) => {
    const sev = on.get(r.meta.id) ?? 'off';
    const fix = r.meta.fixable ? (locale === 'en' ? 'fixable' : '可修复') : '';
    return `${r.meta.id}\t${sev}\t${fix}\t${r.meta.description[locale] ?? r.meta.description.zh}`;
  });
  return rows.join('\n') + '\n';
}

/**
 * The batch's size in bytes, which `auto` concurrency weighs (a pool is not worth starting for a
 * handful of small drafts); Infinity when it does not matter (a number or off, or few files). A file
 * that cannot be read counts 0: its own error line comes when it is checked.
 */
async function autoBatchBytes(spec: string | undefined, files: readonly string[], cwd: string): Promise<number> {
  if ((spec !== undefined && spec !== 'auto') || files.length <= AUTO_MIN_FILES) return Infinity;
  return batchBytes(files, cwd);
}

/**
 * The files' sizes in bytes, summed; a file that cannot be read counts 0 (its error comes when it is
 * checked). statSync: one system call each, where fs/promises' stat took a trip through libuv's
 * threads per file (~20 ms of a run on the corpus answered from the cache).
 */
function batchBytes(files: readonly string[], cwd: string): number {
  let sum = 0;
  for (const f of files) {
    try {
      sum += statSync(resolve(cwd, f)).size;
    } catch {
      // counts 0
    }
  }
  return sum;
}
