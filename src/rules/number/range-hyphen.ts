/**
 * A range of numbers is not joined by the short hyphen: ✓ 3～5个 ✗ 3-5个. GB/T 15834—2011 4.13.3
 * gives the hyphen "-" to codes, ISO dates, phone and standard numbers, and the range of values to
 * the 浪纹线 "～" (a span of time, 3—5月, may also take the 一字线 "—"). Spans of four-digit years
 * (2021-2025年) are punctuation/range-dash's.
 *
 * Only "number - number + a measure word or unit" is judged (3-5个, 10-20万元, 3-5月, 1.5-2倍), and
 * never after a Latin letter, a digit, a point, a slash or another hyphen (GB/T 9704-2012, 010-1234,
 * 2024-3-5, A-3-5). The full-width hyphen "－" is left alone: published documents write ages
 * 14－35周岁 with it. The fix writes "～" (or "—" before a month, a day or a time of day).
 */
import { defineRule } from '../../rule.js';
import { proseLines } from '../punctuation/shared.js';

/** Measure words and units that make "a-b" a range of values (the longest first where they share a start). */
const UNITS = [
  '周岁', '岁', '个百分点', '个月', '个', '项', '名', '人次', '人', '天', '日', '年', '月', '周', '次', '家', '所', '倍',
  '万元', '亿元', '万', '亿', '元', '%', '％', '小时', '时', '分钟', '秒', '公里', '千米', '平方米', '立方米', '米', '厘米', '毫米',
  '公斤', '千克', '克', '吨', '亩', '公顷', '台', '辆', '户', '间', '座', '层', '级', '类', '期', '届', '场', '批', '件', '条',
  '篇', '页', '份', '处', '种', '套', '张', '本', '册', '课时', '学时', '周期', '年级', '班', '床', '棵', '株', '头', '只',
];
const UNIT = UNITS.map((u) => u.replace(/[%％]/g, (c) => `\\${c}`)).join('|');
const RANGE = new RegExp(`(?<![\\dA-Za-z.．/\\\\_\\-－#])(\\d+(?:\\.\\d+)?)([-‐–])(\\d+(?:\\.\\d+)?)(?=${UNIT})(?![\\d\\-])`, 'g');
const TIME_AFTER = /^(?:月|日|时(?!间)|点)/;
const LEADING_ZERO = /^0\d/;

export default defineRule({
  meta: {
    id: 'number/range-hyphen',
    category: 'number',
    clause: 'GB/T 15834—2011 4.13.3',
    citation: { en: 'GB/T 15834—2011 §4.13.3' },
    description: {
      zh: '数值范围用浪纹线“～”连接，不用短横线“-”（如“3～5个”，不写为“3-5个”）',
      en: 'A range of values takes the wave dash “～”, not the hyphen: 3～5个, not 3-5个',
    },
    severity: 'error',
    fixable: true,
    messages: {
      hyphen: {
        zh: '数值范围“{text}”用了短横线，应写作“{fixed}”',
        en: 'The range “{text}” uses a hyphen: write “{fixed}”',
      },
    },
    examples: {
      bad: ['每组3-5人。', '投资10-20万元。', '于3-5月开展检查。'],
      good: ['每组3～5人。', '执行GB/T 9704-2012标准', '联系电话：010-12345678', '2024-11-15', '青年年龄范围是14－35周岁'],
    },
  },
  check(context) {
    for (const { line, text } of proseLines(context.lines, { gate: /\d[-‐–]\d/ })) {
      for (const m of text.matchAll(RANGE)) {
        const [whole, first, dash, second] = m;
        if (LEADING_ZERO.test(first) || LEADING_ZERO.test(second)) continue; // a code, not a quantity
        // A range goes up; 表3-2 / 图1-3 number a table or figure.
        if (Number(second) <= Number(first) || /[表图式]$/.test(text.slice(0, m.index!))) continue;
        const start = m.index!;
        const unit = text.slice(start + whole.length).match(new RegExp(`^(?:${UNIT})`))![0];
        // Spans of years (2021-2025年) are punctuation/range-dash's.
        if (unit === '年' && first.length === 4) continue;
        const mark = TIME_AFTER.test(unit) ? '—' : '～';
        const at = start + first.length;
        context.report({
          line,
          start,
          end: start + whole.length + unit.length,
          messageId: 'hyphen',
          data: { text: whole + unit, fixed: first + mark + second + unit },
          fix: { start: at, end: at + dash.length, text: mark },
        });
      }
    }
  },
});
