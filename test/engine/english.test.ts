/** English for the Chinese that reaches English messages through data and citations. */
import { describe, expect, it } from 'vitest';
import { englishCitation, englishData, englishValue, hanToNumber } from '../../src/engine/english.js';
import { lintSync } from '../../src/engine/lint.js';

describe('englishCitation', () => {
  it.each([
    ['《党政机关公文处理工作条例》第二十条', 'Regulations on the Handling of Party and Government Official Documents, art. 20'],
    ['《党政机关公文处理工作条例》第十五条', 'Regulations on the Handling of Party and Government Official Documents, art. 15'],
    ['《党政机关公文处理工作条例》第十九条（用字准确）', 'Regulations on the Handling of Party and Government Official Documents, art. 19'],
    ['《现代汉语词典》（第7版）；成语固定写法', 'Xiandai Hanyu Cidian (Contemporary Chinese Dictionary), 7th ed.; fixed form of the idiom'],
    ['国务院行政法规，国家法律法规数据库', 'administrative regulation of the State Council; National Database of Laws and Regulations'],
    ['GB/T 9704—2012 7.2.5', 'GB/T 9704—2012 7.2.5'],
    // Unknown as a whole or in part: left in Chinese rather than half translated.
    ['某省地方标准，国家法律法规数据库', '某省地方标准，国家法律法规数据库'],
  ])('%s → %s', (zh, en) => expect(englishCitation(zh)).toBe(en));

  it.each([['八', 8], ['十', 10], ['十五', 15], ['二十', 20], ['四十二', 42], ['百', undefined]])('hanToNumber(%s) = %s', (han, n) => {
    expect(hanToNumber(han)).toBe(n);
  });
});

describe('englishValue / englishData', () => {
  it.each([
    ['标题', 'title'], ['正文', 'body'], ['页脚', 'footer'], ['偶数页页脚', 'even-page footer'],
    ['三号（16磅）', 'size 3 (16 pt)'], ['小二（18磅）', 'size small 2 (18 pt)'], ['宋体', 'SimSun'],
    ['仿宋_GB2312、仿宋', '仿宋_GB2312, FangSong'], ['第8行', 'line 8'], ['第9段', 'paragraph 9'],
    ['红色（#FF0000）', 'red (#FF0000)'],
    ['上（天头）25.4 mm、左（订口）31.8 mm、右31.8 mm、下25.4 mm', 'top 25.4 mm, left 31.8 mm, right 31.8 mm, bottom 25.4 mm'],
  ])('%s → %s', (zh, en) => expect(englishValue(zh)).toBe(en));

  it('translates only keys that name things, never quoted document text', () => {
    expect(englishData({ label: '正文', text: '正文', found: '宋体', wrong: '标题' })).toEqual({ label: 'body', text: '正文', found: 'SimSun', wrong: '标题' });
  });

  it('an English finding cites its source in English', () => {
    const [m] = lintSync('截止6月底，完成任务。', { filename: 'a.txt', config: { locale: 'en' } }).messages;
    expect(m.ruleId).toBe('phrasing/context-pair');
    expect(m.message).toMatch(/\(Xiandai Hanyu Cidian \(Contemporary Chinese Dictionary\), 7th ed\.\)$/);
  });
});
