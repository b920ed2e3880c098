/**
 * Two neighbouring numbers that together give an estimate take no 顿号: ✓ 三四个 ✗ 三、四个
 * (GB/T 15834—2011 4.5.3.4; GB/T 15835—2011 5.2.1). When the two numbers are a shortened list
 * (一、二年级 = first and second grade), the 顿号 is right (same clause), so only consecutive Chinese
 * numerals followed by a counter word (个 天 人 次 名 位 件 种 倍 家 岁 小时 年 …) are reported,
 * never before 月/日/年级/季度/等奖/期/批/届/号, and not after 第 (第三、四条 is a list).
 *
 * 九、十 is left alone: without the 顿号 it reads 九十 (ninety).
 * The standard says 通常, so this is a warning; the fix drops the 顿号.
 * (Arabic digits, 3、4个, are number/approximate-in-hanzi's.)
 */
import { defineRule } from '../../rule.js';
import { proseLines } from './shared.js';

const BLANK = /^[\s\u3000]*$/;

const DIGITS = '一二三四五六七八九';
const PAIR =
  /(?<![第一二三四五六七八九十百千万两])([一二三四五六七八九])、([二三四五六七八九])(?=(?:个|天|人|次|名|位|件|种|倍|家|岁|小时|分钟|周|年(?!级)|项|所|公里|米|万|亿|千|百|十|成)|多)/g;

export default defineRule({
  meta: {
    id: 'punctuation/approximate-number-dunhao',
    category: 'punctuation',
    clause: 'GB/T 15834—2011 4.5.3.4',
    citation: { en: 'GB/T 15834—2011 §4.5.3.4' },
    description: {
      zh: '相邻两数字连用表示概数时，中间通常不用顿号（如“三四个”）',
      en: 'Two neighbouring numbers forming an estimate take no 顿号 (三四个, not 三、四个)',
    },
    severity: 'warning',
    fixable: true,
    messages: {
      dunhao: {
        zh: '“{text}”表示概数，两数之间通常不用顿号，应写作“{fixed}”',
        en: '“{text}” is an estimate: no 顿号 between the numbers, write “{fixed}”',
      },
    },
    examples: {
      bad: ['每组三、四个人。'],
      good: ['每组三四个人。', '一、二年级', '第三、四条', '三、五个'],
    },
  },
  check(context) {
    for (const { line } of proseLines(context.lines)) {
      if (!line.value.includes('、')) continue;
      for (const m of line.value.matchAll(PAIR)) {
        const a = DIGITS.indexOf(m[1]);
        const b = DIGITS.indexOf(m[2]);
        if (b !== a + 1) continue;
        // a level-1 heading "一、" at the start of a line is a counter, not an estimate
        if (m.index === 0 || BLANK.test(line.value.slice(0, m.index))) continue;
        const start = m.index!;
        // 一、二 reads 一两 as an estimate (一两个), not 一二
        const fixed = a === 0 ? '一两' : m[1] + m[2];
        context.report({
          line,
          start,
          end: start + 3,
          messageId: 'dunhao',
          data: { text: m[0], fixed },
          fix: { start, end: start + 3, text: fixed },
        });
      }
    }
  },
});
