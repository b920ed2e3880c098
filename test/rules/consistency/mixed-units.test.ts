import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/consistency/mixed-units.js';
import { findings, lintWith } from '../../helpers/lint.js';

describe('consistency/mixed-units', () => {
  it.each([
    ['全年收入由80万元增至1200000元。', 1, 6, 20, '比较的两个数值单位不一致：“80万元”与“1200000元”，建议统一为“万元”（《党政机关公文处理工作条例》第二十条）'],
    ['从1500000元减少到80万元。', 1, 2, 17, '比较的两个数值单位不一致：“1500000元”与“80万元”，建议统一为“万元”（《党政机关公文处理工作条例》第二十条）'],
  ])('flags %s', (text, line, column, endColumn, message) => {
    expect(findings(lintWith(rule, text))).toEqual([
      { ruleId: 'consistency/mixed-units', severity: 'warning', line, column, endColumn, message },
    ]);
  });

  it.each([
    '全年收入由80万元增至120万元。',
    '全年收入由8000万元增至1.2亿元。', // 万元 against 亿元 is normal usage
    '由80万元增至120万人。', // not the same quantity
  ])('stays silent on %s', (text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });
});
