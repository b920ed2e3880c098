/**
 * Arabic numerals are written half-width: ✓ 2024年 123人 ✗ ２０２４年 １２３人. GB/T 15835—2011 5.1
 * writes every Arabic numeral in its examples half-width, and a full-width digit breaks the typeface
 * (it is set in the Chinese font), searching and the figures' alignment. A warning: the standard has
 * no sentence saying so [G].
 *
 * A run of full-width digits (with its full-width point) is one finding; the fix writes the
 * half-width digits. Tables are judged too: their figures are the ones compared and summed.
 */
import { defineRule } from '../../rule.js';
import { proseLines } from '../punctuation/shared.js';

const FULL = /[０-９]+(?:[．.][０-９]+)?/g;
const half = (s: string) => s.replace(/[０-９．]/g, (c) => (c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));

export default defineRule({
  meta: {
    id: 'number/halfwidth-digits',
    category: 'number',
    clause: 'GB/T 15835—2011 5.1',
    citation: { en: 'GB/T 15835—2011 §5.1' },
    description: {
      zh: '阿拉伯数字使用半角形式（如“2024”，不写为全角的“２０２４”）',
      en: 'Arabic numerals are half-width: 2024, not ２０２４',
    },
    severity: 'warning',
    fixable: true,
    messages: {
      fullwidth: {
        zh: '数字“{text}”是全角字符，应使用半角阿拉伯数字“{fixed}”',
        en: 'The number “{text}” is in full-width characters: write “{fixed}”',
      },
    },
    examples: {
      bad: ['全市共有１２３家企业。', '于２０２４年3月启动。'],
      good: ['全市共有123家企业。'],
    },
  },
  check(context) {
    for (const { line, text } of proseLines(context.lines, { gate: /[０-９]/ })) {
      for (const m of text.matchAll(FULL)) {
        const start = m.index!;
        const fixed = half(m[0]);
        context.report({
          line, start, end: start + m[0].length, messageId: 'fullwidth',
          data: { text: m[0], fixed },
          fix: { start, end: start + m[0].length, text: fixed },
        });
      }
    }
  },
});
