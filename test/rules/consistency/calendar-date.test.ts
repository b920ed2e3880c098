import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/consistency/calendar-date.js';
import { facts, said, lintWith } from '../../helpers/lint.js';

describe('consistency/calendar-date', () => {
  it.each([
    ['会议定于2024年4月31日召开。', 1, 5, 15, said('day', { date: '2024年4月31日', month: 4, max: 30 })],
    ['请于2月30日前报送。', 1, 3, 8, said('day', { date: '2月30日', month: 2, max: 29 })],
    ['2024年13月起施行。', 1, 1, 9, said('month', { date: '2024年13月', month: 13 })],
    ['2023年2月29日前完成。', 1, 1, 11, said('day', { date: '2023年2月29日', month: 2, max: 28 })],
    ['定于二〇二四年二月三十日召开。', 1, 3, 13, said('day', { date: '二〇二四年二月三十日', month: 2, max: 29 })],
    ['第一行。\n请于6月31日前报送。', 2, 3, 8, said('day', { date: '6月31日', month: 6, max: 30 })],
    ['检查时间为2023年2月1日至2月29日。', 1, 16, 21, said('day', { date: '2月29日', month: 2, max: 28 })],
  ])('flags %s', (text, line, column, endColumn, message) => {
    expect(facts(lintWith(rule, text))).toEqual([
      { ruleId: 'consistency/calendar-date', severity: 'error', line, column, endColumn, ...message },
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
