/**
 * The ellipsis is “……” (two U+2026, GB/T 15834—2011 4.11.2). Wrong forms: ASCII dots "...",
 * stacked full stops "。。。", middle dots "···", full-width dots "．．．", a single "…" or three of
 * them. An ellipsis already says "and so on", so "……等" / "……等等" is redundant.
 *
 * Runs of five or more "…" are left alone: they are table-of-contents leaders, not ellipses.
 * Four "…" (two ellipses) are allowed, as the standard allows them for a whole omitted paragraph.
 */
import { defineRule } from '../../rule.js';
import { isCjkPunct, isHan, proseLines } from './shared.js';

const ANY_DOTS = /[.。·．…]/;

const WRONG = /\.{3,}|。{3,}|·{3,}|．{3,}|…+/g;
const REDUNDANT = /(?:……|…|\.{3,6}|。{3})(等等|等)/g;

export default defineRule({
  meta: {
    id: 'punctuation/ellipsis',
    category: 'punctuation',
    clause: 'GB/T 15834—2011 4.11',
    citation: { en: 'GB/T 15834—2011 §4.11' },
    description: {
      zh: '省略号应为“……”，不用“...”“。。。”或单个“…”；省略号后不再加“等”',
      en: 'The ellipsis is “……”, not "...", "。。。" or a single "…"; no 等 after it',
    },
    severity: 'error',
    fixable: true,
    messages: {
      wrongForm: {
        zh: '省略号写成了“{text}”，应为“……”',
        en: 'Ellipsis written as “{text}”: use “……”',
      },
      redundant: {
        zh: '省略号与“{word}”重复，二者只用其一',
        en: 'Ellipsis followed by “{word}” is redundant: use one or the other',
      },
    },
    examples: {
      bad: ['加强学习...提高能力', '包括土地、资金。。。', '讲政治…顾大局', '水、电、气……等'],
      good: ['包括土地、资金、人才……', '水、电、气等', '详见第一章……………………1'],
    },
  },
  check(context) {
    for (const { line, text } of proseLines(context.lines, { gate: ANY_DOTS })) {
      for (const m of text.matchAll(WRONG)) {
        const s = m[0];
        if (s === '……' || s === '…………' || (s[0] === '…' && s.length >= 5)) continue;
        const start = m.index!;
        // "x1, x2, …, xn": a single … inside a formula or a Latin list is not Chinese text
        if (s === '…' && !isHan(text[start - 1]) && !isHan(text[start + 1]) && !isCjkPunct(text[start - 1])) continue;
        context.report({
          line,
          start,
          end: start + s.length,
          messageId: 'wrongForm',
          data: { text: s },
          fix: { start, end: start + s.length, text: '……' },
        });
      }
      for (const m of text.matchAll(REDUNDANT)) {
        const word = m[1];
        const start = m.index! + m[0].length - word.length;
        context.report({ line, start, end: start + word.length, messageId: 'redundant', data: { word } });
      }
    }
  },
});
