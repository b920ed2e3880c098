import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/element/attachment-note.js';
import { applyFixes, findings, lintWith } from '../../helpers/lint.js';
import { doc } from './doc.js';

const ID = 'element/attachment-note';
const C = '（GB/T 9704—2012 7.3.4）';

describe(ID, () => {
  it.each([
    ['a half-width colon', { 19: '附件:1.安全检查表' }, 19, 3, 4, `“附件”后应标全角冒号“：”，不用半角“:”${C}`, true],
    ['a full stop after a name', { 19: '附件：1.安全检查表。' }, 19, 11, 12, `附件名称后不加标点符号，应删去“。”${C}`, true],
    ['a semicolon after a name on a later line', { 20: '2.隐患整改台账；' }, 20, 9, 10, `附件名称后不加标点符号，应删去“；”${C}`, true],
    ['1、 as the number', { 19: '附件：1、安全检查表' }, 19, 4, 6, `附件顺序号应写作“1.”，不写作“1、”${C}`, true],
    ['a skipped number', { 20: '3.隐患整改台账' }, 20, 1, 2, `附件顺序号不连续：此处应为“2”，不是“3”${C}`, false],
    ['an unnumbered first of several', { 19: '附件：安全检查表' }, 19, 4, 9, `有多个附件时应使用阿拉伯数字标注附件顺序号（如“附件：1.XXXXX”）${C}`, false],
  ] as Array<[string, Record<number, string>, number, number, number, string, boolean]>)('flags %s', (_name, overrides, line, column, endColumn, message, fixable) => {
    const text = doc(overrides);
    const messages = lintWith(rule, text);
    expect(findings(messages)).toEqual([{ ruleId: ID, line, column, endColumn, message, severity: 'error' }]);
    if (fixable) expect(applyFixes(text, messages)).toBe(doc());
    else expect(messages[0].fix).toBeUndefined();
  });

  it('warns on a name in title marks', () => {
    const messages = lintWith(rule, doc({ 19: '附件：《青山市安全检查办法》', 20: '' }));
    expect(findings(messages)).toEqual([
      { ruleId: ID, line: 19, column: 4, endColumn: 15, message: `附件说明中的附件名称一般不加书名号《》${C}`, severity: 'warning' },
    ]);
  });

  it.each([
    ['the clean document', doc()],
    ['one attachment without a number', doc({ 19: '附件：安全检查表', 20: '' })],
    ['one attachment whose name starts with a year', doc({ 19: '附件：2024年安全检查表', 20: '' })],
    ['a full-width point after the number', doc({ 19: '附件：1．安全检查表', 20: '2．隐患整改台账' })],
  ])('stays silent on %s', (_name, text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });
});
