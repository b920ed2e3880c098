import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/consistency/weekday.js';
import { findings, lintWith } from '../../helpers/lint.js';

describe('consistency/weekday', () => {
  it.each([
    ['会议定于2024年11月15日（星期四）召开。', 1, 5, 21, '2024年11月15日是星期五，不是“星期四”（《党政机关公文处理工作条例》第二十条）'],
    // the year of a bare date comes from the same paragraph
    ['2024年11月8日（星期五）、11月15日（星期三）各召开一次。', 1, 17, 28, '2024年11月15日是星期五，不是“星期三”（《党政机关公文处理工作条例》第二十条）'],
    ['定于2024年11月15日星期三召开。', 1, 3, 17, '2024年11月15日是星期五，不是“星期三”（《党政机关公文处理工作条例》第二十条）'],
    ['会议定于2024年11月15日（周四）召开。', 1, 5, 20, '2024年11月15日是星期五，不是“周四”（《党政机关公文处理工作条例》第二十条）'],
    ['定于农历正月初八（2025年2月5日，星期四）召开。', 1, 10, 23, '2025年2月5日是星期三，不是“星期四”（《党政机关公文处理工作条例》第二十条）'],
    // else from the 成文日期
    ['关于开会的通知\n各单位：\n定于11月15日（星期四）召开。\n某局\n2024年11月1日', 3, 3, 14, '2024年11月15日是星期五，不是“星期四”（《党政机关公文处理工作条例》第二十条）'],
  ])('flags %s', (text, line, column, endColumn, message) => {
    expect(findings(lintWith(rule, text))).toEqual([
      { ruleId: 'consistency/weekday', severity: 'error', line, column, endColumn, message },
    ]);
  });

  it('takes the year from the configured reference date when there is no 成文日期 (a guess: warning)', () => {
    const messages = lintWith(rule, '定于11月15日（星期四）召开。', { config: { date: '2024-11-01' } });
    expect(findings(messages)).toEqual([
      { ruleId: 'consistency/weekday', severity: 'warning', line: 1, column: 3, endColumn: 14, message: '按2024年计，11月15日是星期五，不是“星期四”；如不是2024年，请写明年份（《党政机关公文处理工作条例》第二十条）' },
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
