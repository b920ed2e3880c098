/**
 * A year written in Chinese numerals uses 〇 (U+3007) for zero: ✓ 二〇二四年 ✗ 二零二四年, ✗ 二O二四年
 * (Latin O), ✗ 二○二四年 (U+25CB, a geometric circle), ✗ 二0二四年 (GB/T 15835—2011 5.2.5: as a number
 * that names — a year — 0 is written 〇; 零 is for quantities, "三千零五十二").
 *
 * Only four-character years followed by 年, so quantities such as 一千零二年 (a span) and names are not
 * touched. The fix replaces each wrong zero with 〇.
 */
import { defineRule } from '../../rule.js';
import { proseLines } from '../punctuation/shared.js';
import { matchAllOf } from '../../util/regex-scan.js';

const YEAR = /(?<![一二三四五六七八九十百千万〇零○OoΟ0-9])[一二三四五六七八九〇零○OoΟ0]{4}(?=年)/g;
const WRONG_ZERO = /[零○OoΟ0]/g;
const HAS_DIGIT = /[一二三四五六七八九]/;

export default defineRule({
  meta: {
    id: 'number/ling-vs-circle',
    category: 'number',
    clause: 'GB/T 15835—2011 5.2.5',
    citation: { en: 'GB/T 15835—2011 §5.2.5' },
    description: {
      zh: '用汉字数字书写年份时，“0”写作“〇”，不用“零”“O”“○”',
      en: 'A year in Chinese numerals writes zero as 〇, not 零, O or ○',
    },
    severity: 'error',
    fixable: true,
    messages: {
      wrongZero: {
        zh: '年份“{text}年”中的“{zero}”应写作“〇”',
        en: 'In the year “{text}年”, write “{zero}” as “〇”',
      },
    },
    examples: {
      bad: ['二零二四年十一月', '二O二四年', '二○二四年'],
      good: ['二〇二四年十一月', '一九九八年', '三千零五十二人'],
    },
  },
  check(context) {
    for (const { line } of proseLines(context.lines)) {
      // The 成文日期 is the element rules' (it takes Arabic digits, GB/T 9704—2012 7.3.5.5).
      // (a year is followed by 年: a line without one is not searched; matchAllOf tests the
      // lookbehind only where four numerals stand, not at every position)
      if (!line.value.includes('年')) continue;
      for (const m of matchAllOf(line.value, YEAR)) {
        const text = m[0];
        if (!HAS_DIGIT.test(text)) continue;
        const zeros = [...text.matchAll(WRONG_ZERO)];
        if (zeros.length === 0) continue;
        // Latin O / digit 0 must sit among Han numerals on both sides to be a zero, e.g. 二O二四
        const start = m.index!;
        context.report({
          line,
          start,
          end: start + text.length,
          messageId: 'wrongZero',
          data: { text, zero: zeros[0][0] },
          fix: zeros.map((z) => ({ start: start + z.index!, end: start + z.index! + 1, text: '〇' })),
        });
      }
    }
  },
});
