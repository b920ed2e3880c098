import { describe, expect, it } from 'vitest';
import { decimals, hanNumeral, parseArabic, parseInteger, QUANTITY_SOURCE, quantityFrom } from '../../src/util/number.js';

describe('util/number', () => {
  it.each([
    ['三', 3], ['两', 2], ['十', 10], ['十二', 12], ['二十', 20], ['九十九', 99], ['一百零五', 105], ['一百二十', 120],
    ['12', 12], ['二三', undefined], ['十百', undefined], ['', undefined], ['三个', undefined],
  ])('parseInteger(%s) = %s', (text, n) => {
    expect(parseInteger(text)).toBe(n);
  });

  it.each([[1, '一'], [10, '十'], [12, '十二'], [20, '二十'], [35, '三十五']])('hanNumeral(%i) = %s', (n, text) => {
    expect(hanNumeral(n)).toBe(text);
  });

  it('reads Arabic numbers and their precision', () => {
    expect(parseArabic('1,200.5')).toBe(1200.5);
    expect(parseArabic('1.2.3')).toBeUndefined();
    expect(decimals('40')).toBe(0);
    expect(decimals('12.50')).toBe(2);
  });

  it.each([
    ['80万元', 800000, '万', '元'],
    ['1.2亿元', 120000000, '亿', '元'],
    ['1200000元', 1200000, '', '元'],
    ['45%', 45, '', '%'],
    ['300人', 300, '', '人'],
  ])('quantity %s', (text, value, magnitude, unit) => {
    const m = new RegExp(QUANTITY_SOURCE).exec(text)!;
    expect(quantityFrom(m)).toMatchObject({ value, magnitude, unit, start: 0, end: text.length });
  });
});
