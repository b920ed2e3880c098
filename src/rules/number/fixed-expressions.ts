/**
 * Set expressions keep their Chinese numerals (GB/T 15835—2011 4.2.3: 已定型的含汉字数字的词语):
 * ✓ 星期五 ✗ 星期5; ✓ “十四五”规划 ✗ “14五”规划; ✓ 十九届六中全会 ✗ 19届6中全会; ✓ 一带一路 ✗ 1带1路;
 * ✓ 三个代表, 四个全面, 四个意识, 四个自信, 两个维护, 两个确立, 五位一体 ✗ 3个代表, 4个全面 ….
 *
 * Only this closed list is checked (Arabic digits elsewhere are usually right: counts and measures take
 * them, 4.1.1). The fix writes the Chinese numerals.
 */
import { defineRule } from '../../rule.js';
import { proseLines } from '../punctuation/shared.js';

const ANY_DIGIT = /\d/;

const HANZI = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1–99 in Chinese numerals (十, 十四, 二十, 九十九). */
function hanzi(n: number): string {
  if (n < 10) return HANZI[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return (tens === 1 ? '' : HANZI[tens]) + '十' + (ones ? HANZI[ones] : '');
}

interface Pattern {
  re: RegExp;
  /** Writes the expression in Chinese numerals from the match. */
  fix: (m: RegExpMatchArray) => string;
}

const PATTERNS: Pattern[] = [
  // 星期5 → 星期五 (not 星期1-5 ranges of weekdays written with digits in tables: still wrong in text)
  { re: /星期([1-6])(?!\d)/g, fix: (m) => '星期' + HANZI[Number(m[1])] },
  // "14五" → 十四五 (the five-year plans)
  { re: /(?<!\d)(1[0-9])五(?=”|规划|时期|期间|末|初|以来)/g, fix: (m) => hanzi(Number(m[1])) + '五' },
  // 19届6中全会 → 十九届六中全会
  { re: /(?<!\d)(\d{1,2})届(\d)中全会/g, fix: (m) => `${hanzi(Number(m[1]))}届${HANZI[Number(m[2])]}中全会` },
  // 1带1路 → 一带一路
  { re: /1带1路/g, fix: () => '一带一路' },
  // 3个代表, 4个全面, 4个意识, 4个自信, 2个维护, 2个确立, 5位一体
  {
    re: /(?<![\d.])(?:3个代表(?!团|队|大会|处|名额|席位|人)|4个全面|4个意识|4个自信|2个维护|2个确立|5位一体|3严3实|2学1做)/g,
    fix: (m) => m[0].replace(/\d/g, (d) => (d === '2' ? '两' : HANZI[Number(d)])),
  },
];

export default defineRule({
  meta: {
    id: 'number/fixed-expressions',
    category: 'number',
    clause: 'GB/T 15835—2011 4.2.3',
    citation: { en: 'GB/T 15835—2011 §4.2.3' },
    description: {
      zh: '已定型的含汉字数字的词语（星期五、“十四五”、十九届六中全会、一带一路等）应使用汉字数字',
      en: 'Set expressions with Chinese numerals (星期五, 十四五, 十九届六中全会, 一带一路 …) keep them',
    },
    severity: 'error',
    fixable: true,
    messages: {
      arabic: {
        zh: '“{text}”是已定型的词语，应使用汉字数字，写作“{fixed}”',
        en: '“{text}” is a set expression: write it in Chinese numerals, “{fixed}”',
      },
    },
    examples: {
      bad: ['2024年11月15日（星期5）', '编制“14五”规划', '学习党的19届6中全会精神', '践行3个代表重要思想'],
      good: ['2024年11月15日（星期五）', '编制“十四五”规划', '学习党的十九届六中全会精神', '共建“一带一路”', '已有3个代表团抵达'],
    },
  },
  check(context) {
    for (const { line, text } of proseLines(context.lines, { gate: ANY_DIGIT })) {
      for (const { re, fix } of PATTERNS) {
        for (const m of text.matchAll(re)) {
          const start = m.index!;
          const fixed = fix(m);
          context.report({
            line,
            start,
            end: start + m[0].length,
            messageId: 'arabic',
            data: { text: m[0], fixed },
            fix: { start, end: start + m[0].length, text: fixed },
          });
        }
      }
    }
  },
});
