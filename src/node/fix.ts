/**
 * `--fix` for one file. .txt/.md: safe text fixes applied until stable, written back atomically in
 * the file's own encoding (UTF-8/UTF-16 with or without BOM, GB18030), line endings untouched (fixes
 * only replace the ranges they name). .docx: `fixDocx` writes NAME.fixed.docx beside the original
 * (or `output`); the original is never overwritten.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { Config } from '../config.js';
import { fixText } from '../engine/fix-text.js';
import { lint } from '../engine/lint.js';
import type { FileError, LintResult } from '../engine/messages.js';
import { fixDocx } from '../fix/docx/index.js';
import { withZipComment, zipComment } from '../fix/docx/zip.js';
import { decodeText } from '../parsers/decode.js';
import { formatOf } from '../parsers/index.js';
import type { Rule } from '../rule.js';
import { encodeText, writeFileAtomic } from './encoding.js';
import { fileError, ruleErrorsOf } from './errors.js';

export interface FixFileOptions {
  config?: Config;
  rules?: Rule[];
  /** Work out the changes, write nothing. */
  dryRun?: boolean;
  /** .docx: where to write (default NAME.fixed.docx beside the input). */
  output?: string;
}

export interface FixChange {
  line?: number;
  column?: number;
  ruleId?: string;
  description: string;
}

export interface FixFileResult {
  filePath: string;
  changed: boolean;
  changes: FixChange[];
  /** .docx: the findings fixed (each one counted fixable by the lint summary). */
  fixedCount?: number;
  /**
   * .docx: fixable findings (counted by the summary) whose edits could not all be applied, because
   * the package lacks what they need (no [Content_Types].xml, a paragraph whose text does not match).
   * fixedCount + unfixedCount is the summary's fixable count.
   */
  unfixedCount?: number;
  /** Something the user should know about where the output went (e.g. NAME.fixed-2.docx, and why). */
  notice?: string;
  /** The file written (txt/md: the input itself; docx: the .fixed.docx). */
  written?: string;
  /** Lint result after fixing (txt/md: the file itself; docx: the .fixed.docx written, or the original on a dry run). */
  result?: LintResult;
  errors: FileError[];
}

export function fixedDocxPath(filePath: string, n = 1): string {
  const ext = extname(filePath);
  return join(dirname(filePath), `${basename(filePath, ext)}.fixed${n > 1 ? `-${n}` : ''}${ext || '.docx'}`);
}

/** Names --fix gives its .docx output, so a folder run does not fix them again. */
export const FIXED_DOCX = /\.fixed(-\d+)?\.docx$/i;

// --fix marks its .docx output in the zip comment with the source's name and a hash of the file as
// written. Word and WPS drop the comment when they save, so a file that still carries the mark with a
// matching hash is one --fix wrote and nobody changed since: only such a file is ever replaced.
const MARK = /^gongwen-lint --fix v1 source=(\S+) sha256=([0-9a-f]{64})$/;
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function marked(bytes: Uint8Array, source: string): Uint8Array {
  const plain = withZipComment(bytes, undefined);
  return withZipComment(plain, `gongwen-lint --fix v1 source=${encodeURIComponent(basename(source))} sha256=${sha256(plain)}`);
}

/** 'free': nothing there; 'ours': an unchanged earlier output for this source; 'foreign': anything else. */
async function targetState(target: string, source: string): Promise<'free' | 'ours' | 'foreign'> {
  let bytes: Uint8Array;
  try {
    const st = await fs.stat(target);
    if (!st.isFile()) return 'foreign';
    bytes = await fs.readFile(target);
  } catch (error) {
    // Nothing there (or no folder to hold it: the write then says so): free. Unreadable: not ours.
    const code = (error as NodeJS.ErrnoException)?.code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? 'free' : 'foreign';
  }
  const m = MARK.exec(zipComment(bytes) ?? '');
  if (!m) return 'foreign';
  let name: string;
  try { name = decodeURIComponent(m[1]); } catch { return 'foreign'; }
  return name === basename(source) && sha256(withZipComment(bytes, undefined)) === m[2] ? 'ours' : 'foreign';
}

/**
 * A failed write of --fix's output, in the user's language: it names the path that could not be
 * written (for .docx not the document, which was read fine) and says what to do. The original is
 * untouched either way (writes go to a temporary file renamed into place).
 */
function writeError(filePath: string, target: string, error: unknown, locale: 'zh' | 'en'): FileError {
  const code = (error as NodeJS.ErrnoException)?.code ?? '';
  const why: Record<string, [string, string]> = {
    ENOENT: ['文件夹不存在', 'the folder does not exist'],
    ENOTDIR: ['路径中有一段不是文件夹', 'part of the path is not a folder'],
    EEXIST: ['路径中有一段不是文件夹', 'part of the path is not a folder'], // mkdir over a file
    EACCES: ['没有写入权限', 'permission denied'],
    EPERM: ['没有写入权限', 'permission denied'],
    EROFS: ['磁盘只读', 'read-only file system'],
    ENOSPC: ['磁盘已满', 'no space left on the disk'],
    EISDIR: ['同名的是文件夹', 'a folder has that name'],
  };
  const [zh, en] = why[code] ?? [`写入失败 ${code || firstLine(error)}`, `write failed: ${code || firstLine(error)}`];
  const other = target !== filePath;
  return {
    filePath,
    code: 'write-failed',
    message: locale === 'en'
      ? `cannot write ${target} (${en}); nothing was changed${other ? ': give another --fix-output or free that folder' : ': check the file is writable'}`
      : `无法写入 ${target}（${zh}），未作任何改动；${other ? '请另指定 --fix-output 或检查该文件夹' : '请检查该文件是否可写'}`,
  };
}

const firstLine = (error: unknown) => String((error as Error)?.message ?? error).split(/\r?\n/)[0];

function quote(text: string): string {
  return text === '' ? '（空）' : `“${text.replace(/\r/g, '\\r').replace(/\n/g, '\\n')}”`;
}

export async function fixFile(filePath: string, options: FixFileOptions = {}): Promise<FixFileResult> {
  const config = options.config ?? {};
  const locale = config.locale ?? 'zh';
  const out: FixFileResult = { filePath, changed: false, changes: [], errors: [] };
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(filePath);
  } catch (error) {
    out.errors.push(fileError(filePath, error, locale));
    return out;
  }
  if (formatOf(filePath) === 'docx') return fixDocxFile(filePath, bytes, options, out);
  try {
    const decoded = decodeText(bytes);
    if (decoded.text.trim() === '') {
      // Let the linter say what is wrong with it, the same words as without --fix.
      await lint(bytes, { filename: filePath, config, rules: options.rules });
    }
    const fixed = fixText(decoded.text, { filename: filePath, config, rules: options.rules });
    const result = fixed.result;
    result.filePath = filePath;
    result.encoding = decoded.encoding;
    out.result = result;
    out.errors.push(...ruleErrorsOf(result, locale));
    out.changed = fixed.changed;
    out.changes = fixed.applied.map((e) => ({
      line: e.line,
      column: e.column,
      ruleId: e.ruleId,
      description: `${quote(e.before)} → ${quote(e.text)}`,
    }));
    if (fixed.changed && !options.dryRun) {
      const encoded = encodeText(fixed.output, decoded.encoding, decoded.bom);
      try {
        await writeFileAtomic(filePath, encoded);
        out.written = filePath;
      } catch (error) {
        out.errors.push(writeError(filePath, filePath, error, locale));
        out.changed = false;
      }
    }
  } catch (error) {
    out.errors.push(
      (error as Error)?.name === 'EncodeError'
        ? { filePath, code: 'encode', message: (error as Error).message }
        : fileError(filePath, error, locale),
    );
  }
  return out;
}

async function fixDocxFile(filePath: string, bytes: Uint8Array, options: FixFileOptions, out: FixFileResult): Promise<FixFileResult> {
  const config = options.config ?? {};
  const locale = config.locale ?? 'zh';
  try {
    // Lint the original first: a corrupt package is an input error, reported the usual way.
    // keepTree: the fixer reuses this result instead of parsing and linting the document again
    const result = await lint(bytes, { filename: filePath, config, rules: options.rules, keepTree: true });
    out.result = result;
    out.errors.push(...ruleErrorsOf(result, locale));
  } catch (error) {
    out.errors.push(fileError(filePath, error, locale));
    return out;
  }
  const en = locale === 'en';
  let target = options.output ? resolve(options.output) : fixedDocxPath(filePath);
  if (resolve(target) === resolve(filePath)) {
    out.errors.push({
      filePath,
      code: 'fix-output',
      message: en ? 'will not overwrite the original .docx; give another --fix-output' : '不会覆盖原 .docx 文件，请另指定 --fix-output',
    });
    return out;
  }
  if (options.output && !/\.docx$/i.test(target)) {
    out.errors.push({
      filePath,
      code: 'fix-output',
      message: en ? `--fix-output must name a .docx file (got ${basename(target)})` : `--fix-output 应为 .docx 文件名（现为 ${basename(target)}），请改用 .docx 结尾的路径`,
    });
    return out;
  }
  // Never replace a file --fix did not write for this document, or one changed since it did.
  const state = await targetState(target, filePath);
  if (state === 'foreign' && options.output) {
    out.errors.push({
      filePath,
      code: 'fix-output-exists',
      message: en
        ? `${target} already exists and is not an unchanged earlier --fix output of this document; nothing written: give another --fix-output or move that file away`
        : `${target} 已存在，且不是本工具先前为此文稿写出、之后未改动的修复结果，未覆盖；请另指定 --fix-output，或先移走该文件`,
    });
    return out;
  }
  if (state === 'foreign') {
    const taken = target;
    let n = 2;
    for (; n < 100; n++) {
      target = fixedDocxPath(filePath, n);
      if ((await targetState(target, filePath)) !== 'foreign') break;
    }
    if (n >= 100) {
      out.errors.push({ filePath, code: 'fix-output-exists', message: en ? 'too many earlier .fixed-N.docx files; move some away' : '已有太多 .fixed-N.docx 文件，请先移走一些' });
      return out;
    }
    out.notice = en
      ? `${basename(taken)} was changed since --fix wrote it (or was not written by it): kept as it is, the fixed file is ${basename(target)}`
      : `${basename(taken)} 在上次修复后被改动过（或不是本工具写出的），已保留原样；本次修复结果写入 ${basename(target)}`;
  }
  try {
    const fixed = fixDocx(bytes, { config, filename: filePath, result: out.result });
    if (out.result) delete out.result.tree; // reporters get results without trees, as from lint
    out.changes = fixed.changes.map((c) => ({ line: c.line, ruleId: c.ruleId, description: c.description }));
    out.fixedCount = fixed.fixed.length;
    out.unfixedCount = fixed.unapplied.length;
    out.changed = fixed.changes.length > 0;
    if (!options.dryRun) {
      try {
        await fs.mkdir(dirname(target), { recursive: true });
        await writeFileAtomic(target, marked(fixed.bytes, filePath));
      } catch (error) {
        out.errors.push(writeError(filePath, target, error, locale));
        return out;
      }
      out.written = target;
      // Report what is left in the fixed document (as --fix does for text), under its own name.
      const after = await lint(fixed.bytes, { filename: target, config, rules: options.rules });
      out.result = after;
      out.errors.push(...ruleErrorsOf(after, locale).filter((e) => !out.errors.some((o) => o.ruleId === e.ruleId)));
    }
  } catch (error) {
    const e = fileError(filePath, error, locale);
    if (e.code === 'internal') {
      e.code = 'fix-failed';
      // A fault of the fixer, not of the input: nothing was written, the original is untouched.
      const detail = ((error as Error)?.message ?? String(error)).split(/\r?\n/)[0];
      e.message = locale === 'en'
        ? `.docx fix failed (nothing written, the original is untouched): ${detail}; check without --fix, and please report this file`
        : `.docx 修复失败（未写入任何文件，原文件未改动）：${detail}；可不加 --fix 检查，并请将此文件反馈给开发者`;
    }
    out.errors.push(e);
  }
  return out;
}
