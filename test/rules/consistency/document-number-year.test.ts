import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/consistency/document-number-year.js';
import { facts, said, lintWith } from '../../helpers/lint.js';

const doc = (number: string, date: string) =>
  `某市人民政府\n${number}\n关于做好防汛工作的通知\n各区人民政府：\n请做好防汛工作。\n某市人民政府\n${date}`;

describe('consistency/document-number-year', () => {
  it.each([
    [doc('某政发〔2023〕5号', '2024年6月3日'), 2, 4, 10, said('mismatch', { numberYear: 2023, issueYear: 2024 })],
    [doc('某政发[2025]5号', '2024年6月3日'), 2, 4, 10, said('mismatch', { numberYear: 2025, issueYear: 2024 })],
  ])('flags %s', (text, line, column, endColumn, message) => {
    const messages = lintWith(rule, text);
    expect(facts(messages)).toEqual([
      { ruleId: 'consistency/document-number-year', severity: 'error', line, column, endColumn, ...message },
    ]);
    expect(messages[0].related).toMatchObject([{ line: 7, column: 1, endColumn: 10, message: '成文日期' }]);
  });

  it.each([
    doc('某政发〔2024〕5号', '2024年6月3日'),
    doc('某政发〔2024〕5号', '二〇二四年六月三日'),
    '某市人民政府\n某政发〔2023〕5号\n关于做好防汛工作的通知\n各区人民政府：\n请做好防汛工作。', // no 成文日期
    // a reply citing the request's number near the top is not the own number
    '关于做好防汛工作的批复\n某区人民政府：\n你区《关于防汛工作的请示》（某政〔2023〕5号）收悉。\n某市人民政府\n2024年6月3日',
  ])('stays silent on %s', (text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });
});
