/**
 * A span of years takes the 一字线 "—" (GB/T 15834—2011 4.13.3.2: the start and end of a period of
 * time): ✓ 2021—2025年 ✗ 2021-2025年. The short hyphen "-" is for codes, ISO dates, phone numbers and
 * standard numbers (4.13.3.1), which this rule does not touch: it only looks at two four-digit years
 * (1800–2199) joined by a hyphen or en dash and followed by 年, or written 2021年-2025年.
 *
 * A warning: GB/T 15835—2011 5.1.3 also lets numeric ranges take "～", and some house styles do, so
 * the mark is the writer's call as long as it is not the hyphen.
 *
 * Not judged inside 书名号: a cited title is quoted as it was issued (《中长期青年发展规划（2016－2025年）》
 * is that plan's name, hyphen and all); changing it would mis-cite it (issue 9).
 */
import { defineRule } from '../../rule.js';
import { proseLines } from './shared.js';

const DASH = /[-－–‐]/;
/** A cited title, 〈〉 nested inside allowed: 《…（2021-2025年）》. */
const TITLE = /《[^《》\n]*》/g;

const YEARS = /(?<![\d\w./-])((?:1[89]|2[01])\d{2})(年?)\s*([-－–‐])\s*((?:1[89]|2[01])\d{2})(?=年)/g;

export default defineRule({
  meta: {
    id: 'punctuation/range-dash',
    category: 'punctuation',
    clause: 'GB/T 15834—2011 4.13.3',
    citation: { en: 'GB/T 15834—2011 §4.13.3' },
    description: {
      zh: '表示年份起止用一字线“—”，不用短横线“-”',
      en: 'A span of years takes the em dash “—”, not the hyphen “-”',
    },
    severity: 'warning',
    fixable: true,
    messages: {
      hyphen: {
        zh: '年份起止“{text}”用了短横线，应使用一字线“—”',
        en: 'The span of years “{text}” uses a hyphen: use the em dash “—”',
      },
    },
    examples: {
      bad: ['本规划（2021-2025年）', '2021年-2025年'],
      good: ['《规划（2021—2025年）》', '执行GB/T 9704-2012标准', '联系电话：010-12345678', '2024-11-15'],
    },
  },
  check(context) {
    for (const { line, text } of proseLines(context.lines, { gate: DASH })) {
      const titles = text.includes('《') ? [...text.matchAll(TITLE)].map((t) => [t.index!, t.index! + t[0].length]) : [];
      for (const m of text.matchAll(YEARS)) {
        if (Number(m[4]) <= Number(m[1])) continue;
        if (titles.some(([from, to]) => m.index! > from! && m.index! < to!)) continue;
        const dashAt = m.index! + m[1].length + m[2].length + (m[0].slice(m[1].length + m[2].length).search(DASH));
        context.report({
          line,
          start: m.index!,
          end: m.index! + m[0].length + 1,
          messageId: 'hyphen',
          data: { text: m[0] + '年' },
          fix: { start: dashAt, end: dashAt + 1, text: '—' },
        });
      }
    }
  },
});
