import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/punctuation/invisible-characters.js';
import { applyFixes, lintWith, said } from '../../helpers/lint.js';

const id = 'punctuation/invisible-characters';
const msg = (n: string) => said('invisible', { name: n });

describe(id, () => {
  it.each([
    ['加强\u200B领导', 3, '零宽空格 U+200B', 'error', '加强领导'],
    ['加强\u200D领导', 3, '零宽连接符 U+200D', 'error', '加强领导'],
    ['依法\u00AD治理', 3, '软连字符 U+00AD', 'error', '依法治理'],
    ['全面\uFEFF推进', 3, '字节顺序标记 U+FEFF', 'error', '全面推进'],
    ['全面\u00A0推进', 3, '不间断空格 U+00A0', 'warning', '全面 推进'],
  ])('flags %j', (text, column, name, severity, fixed) => {
    const messages = lintWith(rule, text);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ ruleId: id, severity, line: 1, column, endColumn: column + 1, ...msg(name) });
    expect(applyFixes(text, messages)).toBe(fixed);
  });

  it.each(['加强领导', '\u00A0\u00A0一、总体要求', '附件\u00A0\u00A0\u00A0名单', '全面推进\u00A0'])('stays silent on %j', (text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });
});
