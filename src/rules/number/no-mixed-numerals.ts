/**
 * Arabic digits and Chinese numerals are not mixed in one number: ✗ 3千人 → 3000人 / 三千人,
 * ✗ 1百零8 (GB/T 15835—2011 5.3). The exception is a large number whose 万 or 亿 is written in
 * Chinese: ✓ 3.45亿 ✓ 5万人 ✓ 10亿零817万5288人.
 *
 * So 千, 百 and 十 right after Arabic digits are reported, except where they start a unit word:
 * 千米 千克 千瓦 千伏 千帕 千焦 千卡 千赫 千兆 千字节 千吨, 百分 (百分之, 百分点), 百万/千万 before 元 etc.
 * are still mixed and reported. The fix for 千/百 after an integer or a decimal writes the plain
 * Arabic number: 3千 → 3000, 2.5千 → 2500 (3千万 → 3000万).
 */
import { defineRule } from '../../rule.js';
import { proseLines } from '../punctuation/shared.js';

const MAYBE_MIXED = /\d[千百十]/;

const MIXED = /(?<![\d.A-Za-z])(\d+(?:\.\d+)?)([千百十])(?!米|克|瓦|伏|帕|焦|卡|赫|兆|字节|吨|分之|分点|分比|分位|分数|分号|分制|强|佳|大|人团|人计划|家)/g;
const FACTOR: Record<string, number> = { 千: 1000, 百: 100, 十: 10 };

export default defineRule({
  meta: {
    id: 'number/no-mixed-numerals',
    category: 'number',
    clause: 'GB/T 15835—2011 5.3',
    citation: { en: 'GB/T 15835—2011 §5.3' },
    description: {
      zh: '同一数值不得混用阿拉伯数字和汉字数字（“万”“亿”除外），如“3千”应写作“3000”或“三千”',
      en: 'Do not mix Arabic digits and Chinese numerals in one number (万 and 亿 excepted): 3000, not 3千',
    },
    severity: 'error',
    fixable: true,
    messages: {
      mixed: {
        zh: '“{text}”混用了阿拉伯数字和汉字数字，应写作“{fixed}”',
        en: '“{text}” mixes Arabic digits and Chinese numerals: write “{fixed}”',
      },
    },
    examples: {
      bad: ['培训3千人次。', '新增5百个岗位。'],
      good: ['培训3000人次。', '总额3.45亿元，惠及5万人。', '全长12千米。', '增长3个百分点。', '世界500强'],
    },
  },
  check(context) {
    for (const { line, text } of proseLines(context.lines, { gate: MAYBE_MIXED })) {
      for (const m of text.matchAll(MIXED)) {
        const [whole, digits, unit] = m;
        const value = Number(digits) * FACTOR[unit];
        const exact = Number.isInteger(value) ? String(value) : undefined;
        const start = m.index!;
        context.report({
          line,
          start,
          end: start + whole.length,
          messageId: 'mixed',
          data: { text: whole, fixed: exact ?? '阿拉伯数字或汉字数字' },
          ...(exact ? { fix: { start, end: start + whole.length, text: exact } } : {}),
        });
      }
    }
  },
});
