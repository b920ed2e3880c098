/**
 * In a range, %, 万 and 亿 are written on both ends: ✓ 15%～30% ✗ 15～30%, ✓ 9亿～16亿 ✗ 9～16亿,
 * ✓ 13万元～17万元 ✗ 13～17万元 (GB/T 15835—2011 5.1.3 gives exactly these as "不写为"). A unit of
 * measure may be dropped from the first end (100—150kg is fine), so only %, ‰, 万 and 亿 are checked.
 *
 * The fix writes the mark after the first number: 15～30% → 15%～30%, 3～5万 → 3万～5万.
 */
import { defineRule } from '../../rule.js';
import { proseLines } from '../punctuation/shared.js';

const MAYBE_RANGE = /\d\s*[～~〜—–\-－]\s*\d/;
const LEADING_ZERO = /^0\d/;

const RANGE = /(?<![\d.A-Za-z%‰万亿])(\d+(?:\.\d+)?)(\s*[～~〜—–\-－]\s*)(\d+(?:\.\d+)?)(%|‰|％|万|亿)/g;

export default defineRule({
  meta: {
    id: 'number/range-units',
    category: 'number',
    clause: 'GB/T 15835—2011 5.1.3',
    citation: { en: 'GB/T 15835—2011 §5.1.3' },
    description: {
      zh: '表示数值范围时，前后两个数值的“%”“万”“亿”都要写出（如“15%～30%”，不写为“15～30%”）',
      en: 'In a range, write %, 万 and 亿 on both numbers: 15%～30%, not 15～30%',
    },
    severity: 'error',
    fixable: true,
    messages: {
      dropped: {
        zh: '数值范围“{text}”前一个数值省略了“{unit}”，应写作“{fixed}”',
        en: 'The range “{text}” drops “{unit}” from the first number: write “{fixed}”',
      },
    },
    examples: {
      bad: ['增长15～30%。', '投资3～5万元。', '规模9～16亿元'],
      good: ['增长15%～30%。', '投资3万～5万元。', '重量100～150kg', '2021—2025年'],
    },
  },
  check(context) {
    for (const { line, text } of proseLines(context.lines, { gate: MAYBE_RANGE })) {
      for (const m of text.matchAll(RANGE)) {
        const [whole, first, dash, second, unit] = m;
        if (LEADING_ZERO.test(first)) continue; // a code or phone number (010-…), not a quantity
        const start = m.index!;
        const at = start + first.length;
        context.report({
          line,
          start,
          end: start + whole.length,
          messageId: 'dropped',
          data: { text: whole, unit, fixed: first + unit + dash + second + unit },
          fix: { start: at, end: at, text: unit },
        });
      }
    }
  },
});
