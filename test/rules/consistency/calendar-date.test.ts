import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/consistency/calendar-date.js';
import { findings, lintWith } from '../../helpers/lint.js';

describe('consistency/calendar-date', () => {
  it.each([
    ['会议定于2024年4月31日召开。', 1, 5, 15, '日期“2024年4月31日”不存在：4月只有30天（《党政机关公文处理工作条例》第二十条）'],
    ['请于2月30日前报送。', 1, 3, 8, '日期“2月30日”不存在：2月只有29天（《党政机关公文处理工作条例》第二十条）'],
    ['2024年13月起施行。', 1, 1, 9, '日期“2024年13月”中的月份13不存在，月份应为1～12（《党政机关公文处理工作条例》第二十条）'],
    ['2023年2月29日前完成。', 1, 1, 11, '日期“2023年2月29日”不存在：2月只有28天（《党政机关公文处理工作条例》第二十条）'],
    ['定于二〇二四年二月三十日召开。', 1, 3, 13, '日期“二〇二四年二月三十日”不存在：2月只有29天（《党政机关公文处理工作条例》第二十条）'],
    ['第一行。\n请于6月31日前报送。', 2, 3, 8, '日期“6月31日”不存在：6月只有30天（《党政机关公文处理工作条例》第二十条）'],
    ['检查时间为2023年2月1日至2月29日。', 1, 16, 21, '日期“2月29日”不存在：2月只有28天（《党政机关公文处理工作条例》第二十条）'],
  ])('flags %s', (text, line, column, endColumn, message) => {
    expect(findings(lintWith(rule, text))).toEqual([
      { ruleId: 'consistency/calendar-date', severity: 'error', line, column, endColumn, message },
    ]);
  });

  it.each([
    '会议定于2024年4月30日召开。',
    '请于2月29日前报送。',
    '2024年2月29日前完成。',
    '九月份开展检查。',
    '有效期为13个月。',
    '增长2.13月均值。',
    '定于农历二月三十日举行。',
  ])('stays silent on %s', (text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });
});
