import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/consistency/cited-number-year.js';
import { facts, said, lintWith } from '../../helpers/lint.js';

const header = '某市人民政府\n某政发〔2024〕5号\n关于做好防汛工作的通知\n各区人民政府：\n';

describe('consistency/cited-number-year', () => {
  it.each([
    [`${header}根据《某省防汛工作方案》（某政发〔2025〕3号），现通知如下。`, 5, 17, 23, said('later', { cited: 2025, own: 2024, ownSource: '发文字号' })],
    [`${header}根据《某办法》（某政发[2026]1号），现通知如下。`, 5, 12, 18, said('later', { cited: 2026, own: 2024, ownSource: '发文字号' })],
    // without an own number, the 成文日期's year
    ['关于做好防汛工作的通知\n各区人民政府：\n根据《某省防汛工作方案》（某政发〔2025〕3号），现通知如下。\n某市人民政府\n2024年6月3日', 3, 17, 23, said('later', { cited: 2025, own: 2024, ownSource: '成文日期' })],
  ])('flags %s', (text, line, column, endColumn, message) => {
    expect(facts(lintWith(rule, text))).toEqual([
      { ruleId: 'consistency/cited-number-year', severity: 'error', line, column, endColumn, ...message },
    ]);
  });

  it.each([
    `${header}根据《某省防汛工作方案》（某政发〔2024〕3号）和《某办法》（某政发〔2023〕1号），现通知如下。`,
    '根据《某省防汛工作方案》（某政发〔2025〕3号），现通知如下。', // no year of its own to compare with
  ])('stays silent on %s', (text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });
});
