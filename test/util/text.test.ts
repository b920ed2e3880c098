import { describe, expect, it } from 'vitest';
import { hanCount, normalizeForCompare, splitSentences } from '../../src/util/text.js';

describe('util/text', () => {
  it('splits sentences at 。！？, keeping closing quotes and brackets, skipping spaces', () => {
    expect(splitSentences('一是加强领导；二是完善制度。 他说：“好。”（完）')).toEqual([
      { text: '一是加强领导；二是完善制度。', start: 0, end: 14 },
      { text: '他说：“好。”', start: 15, end: 22 },
      { text: '（完）', start: 22, end: 25 },
    ]);
  });

  it('splits at ； too with semicolons (the shared splitter)', () => {
    expect(splitSentences('一是加强领导；二是完善制度。', { semicolons: true }).map((s) => s.text)).toEqual([
      '一是加强领导；',
      '二是完善制度。',
    ]);
  });

  it('counts Han characters and normalises for comparison', () => {
    expect(hanCount('2024年11月，A类')).toBe(3);
    expect(normalizeForCompare('要加强领导， 形成“合力”。')).toBe('要加强领导形成合力');
  });

  it.each([
    '要加强领导， 形成“合力”。',
    '全部保留的文字',
    '。开头和结尾都是标点！',
    '２０２４年Ａ类ⅷ项①，x_y-z 3.5%',
    '𠀀字与😀表情，混在一起。',
    '',
    '，。、',
  ])('normalises exactly as the regex it replaces: %s', (text) => {
    expect(normalizeForCompare(text)).toBe(text.replace(/[^\p{L}\p{N}]/gu, ''));
  });
});
