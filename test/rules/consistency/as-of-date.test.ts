import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/consistency/as-of-date.js';
import { findings, lintWith } from '../../helpers/lint.js';

const doc = (body: string) => `关于防汛工作的报告\n市政府：\n${body}\n某区人民政府\n2024年11月15日`;

describe('consistency/as-of-date', () => {
  it.each([
    [doc('截至2024年12月31日，已累计转移群众1200人。'), 3, 1, 14, '“截至2024年12月31日”晚于成文日期2024年11月15日，统计截至日期不应晚于成文日期（《党政机关公文处理工作条例》第二十条）'],
    [doc('截至2024年底，全区共建成避险点30个。'), 3, 1, 9, '“截至2024年底”晚于成文日期2024年11月15日，统计截至日期不应晚于成文日期（《党政机关公文处理工作条例》第二十条）'],
    [doc('今年以来，全区防汛形势平稳。截至2024年12月31日，共转移群众1200人；截至2024年10月31日，已累计转移群众1000人。'), 3, 15, 28, '“截至2024年12月31日”晚于成文日期2024年11月15日，统计截至日期不应晚于成文日期（《党政机关公文处理工作条例》第二十条）'],
  ])('flags %s', (text, line, column, endColumn, message) => {
    expect(findings(lintWith(rule, text))).toEqual([
      { ruleId: 'consistency/as-of-date', severity: 'error', line, column, endColumn, message },
    ]);
  });

  it.each([
    doc('截至2024年10月31日，已累计转移群众1200人。'),
    doc('截至2024年11月，已累计转移群众1200人。'), // a month not yet over: its first day counts
    '关于申报项目的通知\n各单位：\n申报截止2024年12月31日，请按时报送。\n某区人民政府\n2024年11月15日', // a deadline
    doc('截至2025年底，要累计完成改造100处。'), // a target
    '截至2024年12月31日，已累计转移群众1200人。', // no 成文日期
  ])('stays silent on %s', (text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });
});
