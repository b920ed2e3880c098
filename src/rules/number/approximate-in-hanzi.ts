/**
 * Approximate numbers are written in Chinese numerals, without a 顿号 (GB/T 15835—2011 4.2.2, 5.2.1;
 * GB/T 15834—2011 4.5.3.4): ✓ 三四个 ✗ 3、4个 ✗ 3-4个; numbers with 几 likewise: ✓ 二十几 ✗ 20几.
 *
 * "3、4个" is reported only for two consecutive single digits (n, n+1) followed by a counter word
 * (个 天 人 次 名 位 件 种 倍 家 岁 小时 …), not after 第 (第3、4条 lists items 3 and 4), and not
 * before 月/日/年级/季度, where "1、2月" lists two months. The fix writes both digits in Chinese
 * (3、4个 → 三四个, 1、2个 → 一两个); only single digits match, so "9、10" (which would read 九十) never does.
 * "20几" is reported for Arabic digits directly followed by 几; the fix covers whole tens (20几 → 二十几).
 */
import { defineRule } from '../../rule.js';
import { proseLines } from '../punctuation/shared.js';

const PAIR = /(?<![\d.第])(\d)、(\d)(?=(?:个|天|人|次|名|位|件|种|倍|家|岁|小时|分钟|周|年(?!级)|项|所|条(?!\d)|公里|米|万|亿|千|百)|多)/g;
const JI = /(?<![\d.])(\d+)几/g;
const HANZI = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

function tensInHanzi(n: number): string | undefined {
  if (n < 10 || n > 90 || n % 10 !== 0) return undefined;
  return (n === 10 ? '' : HANZI[n / 10]) + '十';
}

export default defineRule({
  meta: {
    id: 'number/approximate-in-hanzi',
    category: 'number',
    clause: 'GB/T 15835—2011 4.2.2',
    citation: { en: 'GB/T 15835—2011 §4.2.2' },
    description: {
      zh: '数字连用表示的概数、含“几”的概数应使用汉字数字，两数之间不用顿号（如“三四个”“二十几”）',
      en: 'Approximate numbers (三四个, 二十几) are written in Chinese numerals, without a 顿号',
    },
    severity: 'error',
    fixable: true,
    messages: {
      pair: {
        zh: '“{text}”表示概数，应使用汉字数字且不用顿号，如“{fixed}”',
        en: '“{text}” is an approximate number: write it in Chinese numerals without a 顿号, e.g. “{fixed}”',
      },
      ji: {
        zh: '含“几”的概数“{text}”应使用汉字数字，如“{fixed}”',
        en: 'The approximate number “{text}” takes Chinese numerals, e.g. “{fixed}”',
      },
    },
    examples: {
      bad: ['每组3、4个人。', '已有20几家企业。'],
      good: ['每组三四个人。', '已有二十几家企业。', '第3、4条', '1、2月份', '1、3个'],
    },
  },
  check(context) {
    for (const { line, text } of proseLines(context.lines)) {
      for (const m of text.matchAll(PAIR)) {
        const a = Number(m[1]);
        const b = Number(m[2]);
        if (b !== a + 1 || a === 0) continue;
        const start = m.index!;
        // 1、2 reads 一两 (一两个, 一两万), not 一二
        const hanzi = a === 1 ? '一两' : HANZI[a] + HANZI[b];
        context.report({
          line,
          start,
          end: start + 3,
          messageId: 'pair',
          data: { text: m[0], fixed: hanzi },
          fix: { start, end: start + 3, text: hanzi },
        });
      }
      for (const m of text.matchAll(JI)) {
        const start = m.index!;
        const tens = tensInHanzi(Number(m[1]));
        context.report({
          line,
          start,
          end: start + m[0].length,
          messageId: 'ji',
          data: { text: m[0], fixed: tens ? tens + '几' : '二十几' },
          ...(tens ? { fix: { start, end: start + m[1].length, text: tens } } : {}),
        });
      }
    }
  },
});
