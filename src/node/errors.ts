/** Exceptions and rule crashes → one-line per-file errors. */
import type { FileError, LintResult } from '../engine/messages.js';
import { englishInputError, isInputError, type InputError } from '../parsers/errors.js';

/** One line from any exception. */
function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split(/\r?\n/)[0] || String(error);
}

/** What the user can do about an input error, by code (zh, en). */
const ADVICE: Record<string, [string, string]> = {
  'corrupt-zip': ['请用 Word 或 WPS 打开（可选“打开并修复”）后另存为 .docx 再检查', 'open it in Word or WPS (Open and Repair), save as .docx and check again'],
  'bad-xml': ['请用 Word 或 WPS 打开后另存为 .docx 再检查', 'open it in Word or WPS, save as .docx and check again'],
  'not-docx': ['请另存为 .docx 再检查', 'save it as .docx and check again'],
  unsupported: ['请另存为 .docx 再检查', 'save it as .docx and check again'],
  'too-large': ['请拆分文件后再检查', 'split the file and check the parts'],
  'zip-bomb': ['请确认文件来源，用 Word 或 WPS 重新保存后再检查', 'check where it came from; re-save it in Word or WPS and check again'],
  'not-text': ['请另存为 UTF-8 文本再检查', 'save it as UTF-8 text and check again'],
  binary: ['请检查文件名后缀是否与内容相符', 'check that the file name extension matches the content'],
  unreadable: ['请检查文件是否完整、是否有读取权限', 'check that the file is complete and readable'],
  empty: ['请确认选对了文件', 'check that this is the right file'],
};

/** English for the input errors (their messages are Chinese), keeping the part or detail named. */
const EN: Record<string, string> = {
  'corrupt-zip': 'is damaged and cannot be read as .docx',
  'bad-xml': 'contains a part that is not valid XML',
  'not-docx': 'is not a .docx file',
  encrypted: 'is password-protected (encrypted) and cannot be read; remove the password, save as .docx and check again',
  'legacy-doc': 'is in the old Word 97-2003 (.doc) format; save it as .docx',
  'legacy-wps': 'is in an old WPS binary format; save it as .docx',
  'too-large': 'is too large to read',
  'zip-bomb': 'unpacks to far more than it holds (a suspected zip bomb) and was not read',
  empty: 'is empty',
  binary: 'is a binary file, not text',
  'not-text': 'is not text in a known encoding (UTF-8, UTF-16, GB18030)',
  unreadable: 'cannot be read',
  unsupported: 'is in an unsupported format',
};

/** An input error's message in the user's language, ending with what to do. */
export function inputErrorMessage(code: string, message: string, locale: 'zh' | 'en' = 'zh', error?: InputError): string {
  const advice = ADVICE[code];
  if (locale === 'en') {
    // The reader's own words in English where english.ts knows the form (they name the part and
    // the fault), else the code's general sentence.
    const exact = error ? englishInputError(error) : undefined;
    if (exact) return advice && !/save|open it|remove the password/.test(exact) ? `${exact}; ${advice[1]}` : exact;
    const part = /部件 (\S+?)(?:[ （，]|$)/.exec(message)?.[1];
    const base = EN[code] ?? 'cannot be read';
    return `${base}${part ? ` (${part})` : ''}${advice && !base.includes(';') ? `; ${advice[1]}` : ''}`;
  }
  return advice && !/请/.test(message) ? `${message}；${advice[0]}` : message;
}

/** Turns a thrown error while linting one file into a FileError. */
export function fileError(filePath: string, error: unknown, locale: 'zh' | 'en' = 'zh'): FileError {
  if (isInputError(error)) return { filePath, code: error.code, message: inputErrorMessage(error.code, error.message, locale, error) };
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
