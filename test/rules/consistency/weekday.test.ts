import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/consistency/weekday.js';
import { facts, said, lintWith } from '../../helpers/lint.js';

describe('consistency/weekday', () => {
  it.each([
    ['会议定于2024年11月15日（星期四）召开。', 1, 5, 21, said('mismatch', { year: 2024, month: 11, day: 15, actual: '五', written: '星期四', actualEn: 'Friday' })],
    // the year of a bare date comes from the same paragraph
    ['2024年11月8日（星期五）、11月15日（星期三）各召开一次。', 1, 17, 28, said('mismatch', { year: 2024, month: 11, day: 15, actual: '五', written: '星期三', actualEn: 'Friday' })],
    ['定于2024年11月15日星期三召开。', 1, 3, 17, said('mismatch', { year: 2024, month: 11, day: 15, actual: '五', written: '星期三', actualEn: 'Friday' })],
    ['会议定于2024年11月15日（周四）召开。', 1, 5, 20, said('mismatch', { year: 2024, month: 11, day: 15, actual: '五', written: '周四', actualEn: 'Friday' })],
    ['定于农历正月初八（2025年2月5日，星期四）召开。', 1, 10, 23, said('mismatch', { year: 2025, month: 2, day: 5, actual: '三', written: '星期四', actualEn: 'Wednesday' })],
    // else from the 成文日期
    ['关于开会的通知\n各单位：\n定于11月15日（星期四）召开。\n某局\n2024年11月1日', 3, 3, 14, said('mismatch', { year: 2024, month: 11, day: 15, actual: '五', written: '星期四', actualEn: 'Friday' })],
  ])('flags %s', (text, line, column, endColumn, message) => {
    expect(facts(lintWith(rule, text))).toEqual([
      { ruleId: 'consistency/weekday', severity: 'error', line, column, endColumn, ...message },
    ]);
  });

  it('takes the year from the configured reference date when there is no 成文日期 (a guess: warning)', () => {
    const messages = lintWith(rule, '定于11月15日（星期四）召开。', { config: { date: '2024-11-01' } });
    expect(facts(messages)).toEqual([
      { ruleId: 'consistency/weekday', severity: 'warning', line: 1, column: 3, endColumn: 14, ...said('guessed', { year: 2024, month: 11, day: 15, actual: '五', written: '星期四', actualEn: 'Friday' }) },
    ]);
  });

  it.each([
    '会议定于2024年11月15日（星期五）召开。',
    '定于11月15日（周五）召开。', // no year anywhere: not judged
    '2025年1月2日（星期四）召开。',
    '自2024年11月15日起，周一至周五开放。',
    // a January notice about late December of the previous year
    '关于开会的通知\n各单位：\n定于12月27日（星期五）召开。\n某局\n2025年1月5日',
  ])('stays silent on %s', (text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });
});
