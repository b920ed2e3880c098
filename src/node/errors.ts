/** Exceptions and rule crashes → one-line per-file errors. */
import type { FileError, LintResult } from '../engine/messages.js';
import { isInputError } from '../parsers/errors.js';

/** One line from any exception. */
function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split(/\r?\n/)[0] || String(error);
}

/** Turns a thrown error while linting one file into a FileError. */
export function fileError(filePath: string, error: unknown, locale: 'zh' | 'en' = 'zh'): FileError {
  if (isInputError(error)) return { filePath, code: error.code, message: error.message };
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return { filePath, code: 'not-found', message: locale === 'en' ? 'no such file' : '文件不存在' };
  if (code === 'EACCES' || code === 'EPERM') {
    return { filePath, code: 'unreadable', message: locale === 'en' ? 'permission denied' : '没有读取权限' };
  }
  if (code === 'EISDIR') return { filePath, code: 'unreadable', message: locale === 'en' ? 'is a folder' : '是文件夹' };
  if (typeof code === 'string' && code.startsWith('E')) {
    return { filePath, code: 'unreadable', message: (locale === 'en' ? 'cannot be read: ' : '无法读取：') + code };
  }
  return { filePath, code: 'internal', message: (locale === 'en' ? 'internal error: ' : '内部错误：') + firstLine(error) };
}

/** The FileErrors for rules that crashed on a result. */
export function ruleErrorsOf(result: LintResult, locale: 'zh' | 'en' = 'zh'): FileError[] {
  return (result.ruleErrors ?? []).map((e) => ({
    filePath: result.filePath,
    code: 'rule-error',
    ruleId: e.ruleId,
    message: locale === 'en' ? `rule ${e.ruleId} failed: ${e.message}` : `规则 ${e.ruleId} 运行出错：${e.message}`,
  }));
}
