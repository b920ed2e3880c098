/**
 * 计量用阿拉伯数字 (Arabic digits for measurements): GB/T 15835—2011 4.1.1 “在使用数字进行计量的场合，
 * 为达到醒目、易于辨识的效果，应采用阿拉伯数字……当数值伴随有计量单位时，如：长度、容积、面积、体积、质量、
 * 温度……应采用阿拉伯数字”. Counts in Chinese numerals are everyday official style (三个方面, 两项, 十条),
 * and 4.3 allows Chinese numerals for a solemn effect, so only the clear case is reported, as a warning:
 * a Chinese-numeral number with 百 or 千 (≥ 100) before a unit of measurement or money —
 * ✗ 三百五十公里 → 350公里, ✗ 一千二百吨, ✗ 五百万元 → 500万元.
 *
 * Not reported: estimates (三四百公里, 三百多公里, 几百吨, 数千亩, 上千吨, 三百公里左右: Chinese numerals are
 * right there, 4.2.2); 百分之…; ordinals (第一百…); a 千 that may be the unit's prefix (三千米, 五千克:
 * 3 km or 3000 m); text inside quotes and 书名号 (names); fixed words such as 千里, 百米.
 */
import { defineRule } from '../../rule.js';
import { parseInteger } from '../../util/number.js';
import { proseLines } from '../punctuation/shared.js';

const CLAUSE = 'GB/T 15835—2011 4.1.1';
const GATE = /[百千]/;
const UNIT =
  '平方公里|平方千米|平方米|立方米|公里|千米|厘米|毫米|米|公顷|亩|吨|千克|公斤|克|毫升|升|千瓦时|千瓦|兆瓦|摄氏度|海里|万元|亿元|元';
const MEASURE = new RegExp(
  `(?<![第几数上成近逾超一二三四五六七八九十百千万两〇零○])([一二三四五六七八九两][〇零○一二三四五六七八九十百千两]*)(万|亿)?(${UNIT})(?!左右|上下|多)`,
  'g',
);

function arabic(numeral: string, magnitude: string): string | undefined {
  const n = parseInteger(numeral);
  if (n === undefined || n < 100) return undefined;
  return `${n}${magnitude}`;
}

/** Spans inside “” ‘’ 《》 〈〉: names and quotations. */
function quotedSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const m of text.matchAll(/《[^《》]*》|“[^“”]*”|‘[^‘’]*’|〈[^〈〉]*〉/g)) spans.push([m.index!, m.index! + m[0].length]);
  return spans;
}

export default defineRule({
  meta: {
    id: 'number/arabic-for-measures',
    category: 'number',
    clause: CLAUSE,
    citation: { en: 'GB/T 15835—2011 §4.1.1' },
    description: {
      zh: '带计量单位的计量数值应使用阿拉伯数字，如“350公里”，不写“三百五十公里”',
      en: 'A measurement with a unit is written in Arabic digits: 350公里, not 三百五十公里',
    },
    severity: 'warning',
    fixable: false,
    messages: {
      measure: {
        zh: '计量数值“{text}”应使用阿拉伯数字，写作“{want}”',
        en: 'The measurement “{text}” is written in Arabic digits: “{want}”',
      },
    },
    examples: {
      bad: ['新建农村公路三百五十公里。', '全年安排补助资金五百万元。'],
      good: [
        '新建农村公路350公里。',
        '重点抓好三个方面的工作，落实两项制度。',
        '新建农村公路三百多公里。',
        '累计完成百分之九十以上。',
        '全程三千米。',
        '学习《一千零一夜》。',
      ],
    },
  },
  check(context) {
    for (const { line, element, text } of proseLines(context.lines, { gate: GATE })) {
      if (element.type !== 'paragraph' && element.type !== 'heading') continue;
      let quoted: Array<[number, number]> | undefined;
      for (const m of text.matchAll(MEASURE)) {
        const [whole, numeral, magnitude = '', unit] = m;
        if (!/[百千]/.test(numeral)) continue;
        // 三千米 / 五千克: 千 may belong to the unit (3 km) — ambiguous.
        if (numeral.endsWith('千') && !magnitude && /^[米克瓦]/.test(unit)) continue;
        const want = arabic(numeral, magnitude);
        if (!want) continue;
        const start = m.index!;
        quoted ??= quotedSpans(text);
        if (quoted.some(([a, b]) => start >= a && start < b)) continue;
        context.report({ line, start, end: start + whole.length, messageId: 'measure', data: { text: whole, want: want + unit } });
      }
    }
  },
});
