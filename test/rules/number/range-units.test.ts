import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/number/range-units.js';
import { applyFixes, lintWith, said } from '../../helpers/lint.js';

const id = 'number/range-units';
const msg = (t: string, u: string, f: string) => said('dropped', { text: t, unit: u, fixed: f });

describe(id, () => {
  it.each([
    ['增长15～30%。', 3, 9, msg('15～30%', '%', '15%～30%'), '增长15%～30%。'],
    ['投资3～5万元。', 3, 7, msg('3～5万', '万', '3万～5万'), '投资3万～5万元。'],
    ['规模9～16亿元', 3, 8, msg('9～16亿', '亿', '9亿～16亿'), '规模9亿～16亿元'],
    ['提高0.5—1.5%', 3, 11, msg('0.5—1.5%', '%', '0.5%—1.5%'), '提高0.5%—1.5%'],
  ])('flags %s', (text, column, endColumn, message, fixed) => {
    const messages = lintWith(rule, text);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ ruleId: id, severity: 'error', line: 1, column, endColumn, ...message });
    expect(applyFixes(text, messages)).toBe(fixed);
  });

  it.each(['增长15%～30%。', '投资3万～5万元。', '重量100～150kg', '2021—2025年', '温度5～10℃', '电话010-1234万'])(
    'stays silent on %s',
    (text) => {
      expect(lintWith(rule, text)).toEqual([]);
    },
  );
});
