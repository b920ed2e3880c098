/**
 * A pure decimal keeps its leading zero: ✓ 0.46 ✗ .46 (GB/T 15835—2011 5.1.2). Reported where a
 * point followed by digits starts a number: at the start of the text or after a space, a Han
 * character or a Chinese mark (not after a digit, letter or another point: 3.46, v.2, 1..3, file.5).
 * The fix inserts the 0.
 */
import { defineRule } from '../../rule.js';
import { proseLines } from '../punctuation/shared.js';

const BARE = /(?<=^|[\s\p{Script=Han}，。、；：（“《—～\-+±])\.(\d+)(?![\d.]*\.)/gu;

export default defineRule({
  meta: {
    id: 'number/decimal',
    category: 'number',
    clause: 'GB/T 15835—2011 5.1.2',
    citation: { en: 'GB/T 15835—2011 §5.1.2' },
    description: {
      zh: '纯小数必须写出小数点前的“0”（如“0.46”，不写为“.46”）',
      en: 'A pure decimal keeps its leading zero: 0.46, not .46',
    },
    severity: 'error',
    fixable: true,
    messages: {
      noZero: {
        zh: '小数“{text}”缺少小数点前的“0”，应写作“0{text}”',
        en: 'The decimal “{text}” lacks its leading zero: write “0{text}”',
      },
    },
    examples: {
      bad: ['下降.46个百分点', '系数为.5'],
      good: ['下降0.46个百分点', '增长3.46%', '详见附件.docx'],
    },
  },
  check(context) {
    for (const { line, text } of proseLines(context.lines, { gate: '.' })) {
      for (const m of text.matchAll(BARE)) {
        const start = m.index!;
        context.report({
          line,
          start,
          end: start + m[0].length,
          messageId: 'noZero',
          data: { text: m[0] },
          fix: { start, end: start, text: '0' },
        });
      }
    }
  },
});
