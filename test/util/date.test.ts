import { describe, expect, it } from 'vitest';
import {
  chineseDate, findDates, isValidDate, isoYear, parseChineseDate, smallNumber, weekdayFromChar, weekdayOf, yearNumber,
} from '../../src/util/date.js';

describe('util/date', () => {
  it.each([
    ['2024年11月15日', '2024-11-15'],
    ['二〇二四年十一月五日', '2024-11-05'],
    ['成文于2024 年 2 月 29 日', '2024-02-29'],
    ['2023年2月29日', undefined],
    ['11月15日', undefined],
  ])('parseChineseDate(%s) = %s', (text, iso) => {
    expect(parseChineseDate(text)).toBe(iso);
  });

  it.each([
    ['5', 5], ['十', 10], ['十一', 11], ['二十', 20], ['三十一', 31], ['一', 1], ['十十', undefined],
  ])('smallNumber(%s) = %s', (text, n) => {
    expect(smallNumber(text)).toBe(n);
  });

  it('reads years and validates dates', () => {
    expect(yearNumber('二〇二四')).toBe(2024);
    expect(yearNumber('24')).toBeUndefined();
    expect(isValidDate(2024, 2, 29)).toBe(true);
    expect(isValidDate(2023, 2, 29)).toBe(false);
    expect(isValidDate(2024, 4, 31)).toBe(false);
    expect(isValidDate(2024, 13, 1)).toBe(false);
  });

  it.each([
    [2024, 11, 15, 5], [2024, 2, 29, 4], [2025, 1, 1, 3], [2000, 1, 1, 6], [2023, 12, 31, 0],
  ])('weekdayOf(%i, %i, %i) = %i', (y, m, d, w) => {
    expect(weekdayOf(y, m, d)).toBe(w);
  });

  it('maps weekday characters', () => {
    expect(['日', '天', '一', '六', '七'].map(weekdayFromChar)).toEqual([0, 0, 1, 6, undefined]);
  });

  it('finds dates in running text with their parts and offsets', () => {
    expect(findDates('定于2024年11月15日、11月20日和2025年3月召开，九月份总结。')).toEqual([
      { start: 2, end: 13, year: 2024, month: 11, day: 15, monthStart: 7, dayStart: 10, dayEnd: 12 },
      { start: 14, end: 20, month: 11, day: 20, monthStart: 14, dayStart: 17, dayEnd: 19 },
      { start: 21, end: 28, year: 2025, month: 3, monthStart: 26 },
    ]);
  });

  it('skips numbers that are not months', () => {
    expect(findDates('有效期13个月，增长2.5月均。')).toEqual([]);
  });

  it('formats and reads ISO dates', () => {
    expect(chineseDate('2024-06-03')).toBe('2024年6月3日');
    expect(isoYear('2024-06-03')).toBe(2024);
    expect(isoYear(undefined)).toBeUndefined();
  });
});
