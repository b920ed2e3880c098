import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/number/range-hyphen.js';
import { applyFixes, facts, lintWith, said } from '../../helpers/lint.js';

const id = 'number/range-hyphen';
const msg = (t: string, f: string) => said('hyphen', { text: t, fixed: f });

describe(id, () => {
  it.each([
    ['每组3-5人。', 3, 7, msg('3-5人', '3～5人'), '每组3～5人。'],
    ['涉及3-5个部门。', 3, 7, msg('3-5个', '3～5个'), '涉及3～5个部门。'],
    ['投资10-20万元。', 3, 10, msg('10-20万元', '10～20万元'), '投资10～20万元。'],
    ['提高1.5-2倍', 3, 9, msg('1.5-2倍', '1.5～2倍'), '提高1.5～2倍'],
    ['于3-5月开展检查。', 2, 6, msg('3-5月', '3—5月'), '于3—5月开展检查。'],
    ['每天工作8–10小时。', 5, 11, msg('8–10小时', '8～10小时'), '每天工作8～10小时。'],
  ])('flags %s', (text, column, endColumn, message, fixed) => {
    const messages = lintWith(rule, text);
    expect(facts(messages)).toEqual([{ ruleId: id, severity: 'error', line: 1, column, endColumn, ...message }]);
    expect(applyFixes(text, messages)).toBe(fixed);
  });

  it.each([
    '每组3～5人。',
    '于3—5月开展检查。',
    '执行GB/T 9704-2012标准。',
    '联系电话：010-12345678。',
    '于2024-11-15召开。',
    '《规划（2021-2025年）》', // punctuation/range-dash's
    '本规划所指的青年，年龄范围是14－35周岁。', // full-width hyphen: left alone
    '编号A-3-5号。',
    '见表3-2所列项目。',
  ])('stays silent on %s', (text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });
});
