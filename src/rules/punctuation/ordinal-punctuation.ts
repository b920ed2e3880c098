/**
 * Ordinals that begin with 第, 其 or 首 (第一, 其二, 首先, 其次) take a comma, not a 顿号: ✓ 第一，
 * ✗ 第一、 (GB/T 15834—2011 4.4.3.3: 逗号 after such ordinals; 4.5.3.3: the 顿号 goes only after bare
 * Chinese numerals such as 一、).
 *
 * Only at the head of a clause (start of the line or after a mark), and not when a numeral follows
 * the 顿号: "第一、二季度" and "第一、第二批" are lists of ordinals, where the 顿号 is right.
 */
import { defineRule } from '../../rule.js';
import { proseLines } from './shared.js';

const ORDINAL =
  /(^|[\s　：:；;。，,！？“（(])(第[一二三四五六七八九十]{1,3}|其[一二三四五六七八九十]|首先|其次|再次)、(?![一二三四五六七八九十两第\d])/gu;

export default defineRule({
  meta: {
    id: 'punctuation/ordinal-punctuation',
    category: 'punctuation',
    clause: 'GB/T 15834—2011 4.4.3.3、4.5.3.3',
    citation: { zh: 'GB/T 15834—2011 4.4.3.3', en: 'GB/T 15834—2011 §4.4.3.3' },
    description: {
      zh: '“第一”“其一”“首先”“其次”等序次语后用逗号，不用顿号',
      en: 'Ordinals such as 第一, 其一, 首先, 其次 take a comma, not a 顿号',
    },
    severity: 'error',
    fixable: true,
    messages: {
      dunhao: {
        zh: '序次语“{ordinal}”后应使用逗号“，”，不用顿号',
        en: 'Use a comma after the ordinal “{ordinal}”, not a 顿号',
      },
    },
    examples: {
      bad: ['第一、加强组织领导。', '首先、要提高认识。'],
      good: ['第一，加强组织领导。', '一、总体要求', '第一、二季度增长较快。', '获得第一、第二名。'],
    },
  },
  check(context) {
    for (const { line } of proseLines(context.lines)) {
      if (!line.value.includes('、')) continue;
      for (const m of line.value.matchAll(ORDINAL)) {
        const ordinal = m[2];
        const start = m.index! + m[1].length + ordinal.length;
        context.report({
          line,
          start,
          end: start + 1,
          messageId: 'dunhao',
          data: { ordinal },
          fix: { start, end: start + 1, text: '，' },
        });
      }
    }
  },
});
