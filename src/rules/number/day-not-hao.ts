/**
 * A date names its day with 日, not the spoken 号: ✓ 4月1日 ✗ 4月1号. GB/T 9704—2012 7.3.5.4 writes
 * the 成文日期 with 年、月、日, and GB/T 15835—2011 writes every date of its examples so; 号 for a day
 * is speech.
 *
 * Only a month and a day of the month with 号 after them (4月1号, 四月一号, 12月31号) are judged —
 * and not when the 号 is part of a name that follows (5月1号文件, 3月8号楼, 7月1号令, 12号线).
 */
import { defineRule } from '../../rule.js';
import { proseLines } from '../punctuation/shared.js';

const HAN_DAY = '(?:三十一|三十|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])';
const HAN_MONTH = '(?:十[一二]?|[一二三四五六七八九])';
const DATE_HAO = new RegExp(
  `(?<![\\d.])(?:(?:1[0-2]|0?[1-9])月(?:3[01]|[12]\\d|0?[1-9])|(?<![一二三四五六七八九十])${HAN_MONTH}月${HAN_DAY})号(?![文令楼院线台机馆栋房室码位仓库口窗])`,
  'g',
);

export default defineRule({
  meta: {
    id: 'number/day-not-hao',
    category: 'number',
    clause: 'GB/T 9704—2012 7.3.5.4',
    citation: { en: 'GB/T 9704—2012 §7.3.5.4' },
    description: {
      zh: '日期中的“日”不写作口语的“号”（如“4月1日”，不写为“4月1号”）',
      en: 'A date writes 日 for the day, not the spoken 号: 4月1日, not 4月1号',
    },
    severity: 'error',
    fixable: true,
    messages: {
      hao: {
        zh: '日期“{text}”用了口语的“号”，应写作“{fixed}”',
        en: 'The date “{text}” uses the spoken 号: write “{fixed}”',
      },
    },
    examples: {
      bad: ['请于4月1号前报送。', '会议定于十二月三号召开。'],
      good: ['请于4月1日前报送。', '按照5月1号文件要求', '地铁12号线', '国办发〔2024〕5号'],
    },
  },
  check(context) {
    for (const { line, text } of proseLines(context.lines, { gate: '号' })) {
      for (const m of text.matchAll(DATE_HAO)) {
        const start = m.index!;
        const end = start + m[0].length;
        context.report({
          line, start, end, messageId: 'hao',
          data: { text: m[0], fixed: `${m[0].slice(0, -1)}日` },
          fix: { start: end - 1, end, text: '日' },
        });
      }
    }
  },
});
