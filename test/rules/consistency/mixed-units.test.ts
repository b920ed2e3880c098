import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/consistency/mixed-units.js';
import { facts, said, lintWith } from '../../helpers/lint.js';

describe('consistency/mixed-units', () => {
  it.each([
    ['全年收入由80万元增至1200000元。', 1, 6, 20, said('mixed', { from: '80万元', to: '1200000元', unit: '万元' })],
    ['从1500000元减少到80万元。', 1, 2, 17, said('mixed', { from: '1500000元', to: '80万元', unit: '万元' })],
  ])('flags %s', (text, line, column, endColumn, message) => {
    expect(facts(lintWith(rule, text))).toEqual([
      { ruleId: 'consistency/mixed-units', severity: 'warning', line, column, endColumn, ...message },
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
