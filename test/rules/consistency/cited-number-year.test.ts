import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/consistency/cited-number-year.js';
import { findings, lintWith } from '../../helpers/lint.js';

const header = '某市人民政府\n某政发〔2024〕5号\n关于做好防汛工作的通知\n各区人民政府：\n';

describe('consistency/cited-number-year', () => {
  it.each([
    [`${header}根据《某省防汛工作方案》（某政发〔2025〕3号），现通知如下。`, 5, 17, 23, '引用的发文字号年份2025年晚于本文的发文字号年份2024年，请核对（《党政机关公文处理工作条例》第二十条）'],
    [`${header}根据《某办法》（某政发[2026]1号），现通知如下。`, 5, 12, 18, '引用的发文字号年份2026年晚于本文的发文字号年份2024年，请核对（《党政机关公文处理工作条例》第二十条）'],
    // without an own number, the 成文日期's year
    ['关于做好防汛工作的通知\n各区人民政府：\n根据《某省防汛工作方案》（某政发〔2025〕3号），现通知如下。\n某市人民政府\n2024年6月3日', 3, 17, 23, '引用的发文字号年份2025年晚于本文的成文日期年份2024年，请核对（《党政机关公文处理工作条例》第二十条）'],
  ])('flags %s', (text, line, column, endColumn, message) => {
    expect(findings(lintWith(rule, text))).toEqual([
      { ruleId: 'consistency/cited-number-year', severity: 'error', line, column, endColumn, message },
    ]);
  });

  it.each([
    `${header}根据《某省防汛工作方案》（某政发〔2024〕3号）和《某办法》（某政发〔2023〕1号），现通知如下。`,
    '根据《某省防汛工作方案》（某政发〔2025〕3号），现通知如下。', // no year of its own to compare with
  ])('stays silent on %s', (text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });
});
