/** Every error names the file (the CLI prefixes it) and says what to do, in the user's language. */
import { describe, expect, it } from 'vitest';
import { fileError } from '../../src/node/errors.js';
import { InputError } from '../../src/parsers/errors.js';

describe('input errors say what to do, in the locale', () => {
  const bad = new InputError('bad-xml', '部件 word/document.xml 不是有效的 XML（第 3 行第 5 列：Unexpected close tag）');
  it.each([
    ['zh', bad, '部件 word/document.xml 不是有效的 XML（第 3 行第 5 列：Unexpected close tag）；请用 Word 或 WPS 打开后另存为 .docx 再检查'],
    ['en', bad, 'part word/document.xml is not valid XML (line 3, column 5: Unexpected close tag); open it in Word or WPS, save as .docx and check again'],
    ['zh', new InputError('legacy-doc', '是 Word 97-2003（.doc）旧格式，请另存为 .docx'), '是 Word 97-2003（.doc）旧格式，请另存为 .docx'],
    ['en', new InputError('corrupt-zip', '文件已损坏，无法作为 .docx 读取（bad header）'), 'is damaged and cannot be read as .docx (bad header); open it in Word or WPS (Open and Repair), save as .docx and check again'],
    ['en', new InputError('encrypted', '文档设置了打开密码（已加密），无法读取；请取消密码后另存为 .docx 再检查'), 'is password-protected (encrypted): remove the password, save as .docx and check again'],
  ] as const)('%s: %s', (locale, error, message) => {
    const e = fileError('/d/a.docx', error, locale);
    expect(e).toEqual({ filePath: '/d/a.docx', code: error.code, message });
    if (locale === 'en') expect(e.message).not.toMatch(/\p{Script=Han}/u);
  });
});
