/**
 * A year is written in full: ✓ 2022年 ✗ 22年; also in ranges: ✓ 2020—2025年 ✗ 2020～25年
 * (GB/T 15835—2011 5.1.4: "1990年" is not written "90年").
 *
 * "22年" also means "22 years", so a bare two-digit 年 is reported only where it must be a year:
 * - followed by a month, "22年5月", or by 度, "22年度" (a year, not a span: 22年度 is never "22
 *   years"), or by 底/初/末, "24年底" (a point in a year; not 年初步 or 年末期);
 * - as the second end of a range whose first end is a full year: 2020～25年, 2020-25年, 2020至25年.
 * Not when a digit, a decimal point or a Latin letter stands right before it, nor after 近/第/每/
 * 满/前/后/过去 (spans of years).
 *
 * The range form is fixed (the century comes from the first year); the "22年5月" form is not, since
 * the century is a guess.
 */
import { defineRule } from '../../rule.js';
import { proseLines } from '../punctuation/shared.js';

const SHORT_DATE = /(?<![\d.．A-Za-z０-９])(?<!近|第|每|满|前|后|过去|连续|超过|逾)(\d{2})年(?=\d{1,2}月|[一二三四五六七八九十]{1,2}月|度|[底初末](?![步期]))/g;
const SHORT_RANGE = /((?:19|20)\d{2})年?\s*[～~〜—–\-－至到]\s*(\d{2})年(?!\d)/g;

export default defineRule({
  meta: {
    id: 'number/year-in-full',
    category: 'number',
    clause: 'GB/T 15835—2011 5.1.4',
    citation: { en: 'GB/T 15835—2011 §5.1.4' },
    description: {
      zh: '年份应写全，不得简写为两位数字（如“22年”应写作“2022年”）',
      en: 'Write years in full: 2022年, not 22年',
    },
    severity: 'error',
    fixable: true,
    messages: {
      short: {
        zh: '年份“{text}”简写了，应写全四位年份',
        en: 'Shortened year “{text}”: write all four digits',
      },
      shortRange: {
        zh: '年份范围“{text}”中后一年份简写了，应写作“{full}”',
        en: 'The second year in “{text}” is shortened: write “{full}”',
      },
    },
    examples: {
      bad: ['22年5月召开会议。', '2020～25年规划', '完成22年度工作总结。', '预计24年底完成。'],
      good: ['2022年5月召开会议。', '工作了22年。', '近10年来', '2020—2025年规划', '连续22年度', '经过20年初步建成'],
    },
  },
  check(context) {
    for (const { line, text } of proseLines(context.lines, { gate: '年' })) {
      const inRange = new Set<number>();
      for (const m of text.matchAll(SHORT_RANGE)) {
        const first = Number(m[1]);
        let full = Math.floor(first / 100) * 100 + Number(m[2]);
        if (full <= first) full += 100;
        const start = m.index! + m[0].length - 3;
        inRange.add(start);
        context.report({
          line,
          start,
          end: start + 3,
          messageId: 'shortRange',
          data: { text: m[0], full: m[0].slice(0, -3) + `${full}年` },
          fix: { start, end: start + 2, text: String(full) },
        });
      }
      for (const m of text.matchAll(SHORT_DATE)) {
        const start = m.index!;
        if (inRange.has(start)) continue;
        context.report({ line, start, end: start + 3, messageId: 'short', data: { text: m[0] } });
      }
    }
  },
});
