import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/consistency/print-date.js';
import { facts, said, lintWith } from '../../helpers/lint.js';

const doc = (printLine: string) =>
  `关于做好防汛工作的通知\n各区人民政府：\n请做好防汛工作。\n某市人民政府\n2024年6月3日\n抄送：市委办公室。\n${printLine}`;

describe('consistency/print-date', () => {
  it.each([
    [doc('某市人民政府办公室        2024年6月1日印发'), 7, 18, 27, said('early', { printDate: '2024年6月1日', issueDate: '2024年6月3日' })],
    [doc('某市人民政府办公室 2023年12月30日印发'), 7, 11, 22, said('early', { printDate: '2023年12月30日', issueDate: '2024年6月3日' })],
  ])('flags %s', (text, line, column, endColumn, message) => {
    const messages = lintWith(rule, text);
    expect(facts(messages)).toEqual([
      { ruleId: 'consistency/print-date', severity: 'error', line, column, endColumn, ...message },
    ]);
    expect(messages[0].related).toMatchObject([{ line: 5, column: 1 }]);
  });

  it.each([
    doc('某市人民政府办公室        2024年6月3日印发'),
    doc('某市人民政府办公室        2024年6月4日印发'),
    '关于做好防汛工作的通知\n各区人民政府：\n请做好防汛工作。\n抄送：市委办公室。\n某市人民政府办公室 2024年6月1日印发', // no 成文日期
  ])('stays silent on %s', (text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });
});
