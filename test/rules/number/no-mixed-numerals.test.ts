import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/number/no-mixed-numerals.js';
import { applyFixes, lintWith, said } from '../../helpers/lint.js';

const id = 'number/no-mixed-numerals';
const msg = (t: string, f: string) => said('mixed', { text: t, fixed: f });

describe(id, () => {
  it.each([
    ['培训3千人次。', 3, 5, msg('3千', '3000'), '培训3000人次。'],
    ['新增5百个岗位。', 3, 5, msg('5百', '500'), '新增500个岗位。'],
    ['投入2.5千万元', 3, 7, msg('2.5千', '2500'), '投入2500万元'],
    ['约3百万人', 2, 4, msg('3百', '300'), '约300万人'],
  ])('flags %s', (text, column, endColumn, message, fixed) => {
    const messages = lintWith(rule, text);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ ruleId: id, severity: 'error', line: 1, column, endColumn, ...message });
    expect(applyFixes(text, messages)).toBe(fixed);
  });

  it.each([
    '培训3000人次。',
    '总额3.45亿元，惠及5万人。',
    '全长12千米，重30千克，功率500千瓦。',
    '1000千伏特高压',
    '增长3个百分点。',
    '世界500强',
    '人口10亿零817万5288人',
  ])('stays silent on %s', (text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });
});
