/**
 * A stated rate of change must follow from the figures it joins: "由80万元增至120万元，增长50%"
 * (not 40%). 数据一致性（审核通则）— general knowledge [G] (rule catalogue §7 "growth rates match
 * their before/after figures").
 *
 * Tolerance: one unit in the last written place (40% ±1, 33.3% ±0.1), for rounding or truncation.
 * Figures in % joined by "…个百分点" are compared by difference; a change in % stated as "%" that
 * matches the difference, not the ratio, is a warning (百分点 is meant). Units with different
 * magnitudes (万元 / 元) are converted first. A rate on another base (年均, 同比, 比上年) is skipped.
 */
import { defineRule } from '../../rule.js';
import { textLines } from '../../util/doc.js';
import { CHANGE_SOURCE, decimals, DECREASE_VERB, parseArabic, quantityFrom } from '../../util/number.js';
import { splitSentences } from '../../util/text.js';

const RE = new RegExp(
  `${CHANGE_SOURCE}[^。；;]{0,12}?(增长|增加|提高|提升|上升|下降|减少|降低|回落|减幅|增幅|降幅)(?:了|为|达|达到)?\\s*(\\d+(?:\\.\\d+)?)\\s*(%|个百分点)`,
  'g',
);

function fmt(n: number, dp: number): string {
  return n.toFixed(Math.max(dp, 1)).replace(/\.0$/, '');
}

export default defineRule({
  meta: {
    id: 'consistency/growth-rate',
    category: 'consistency',
    clause: '数据一致性（审核通则：增减幅度与前后数值相符）',
    description: {
      zh: '增减幅度应与前后数值相符（百分点与百分比不混用）',
      en: 'A stated rate of change must match its before and after figures (percentage points are not %)',
    },
    severity: 'error',
    fixable: false,
    messages: {
      rate: {
        zh: '由{from}到{to}，变化幅度应约为{expected}%，而文中写作{stated}',
        en: 'From {from} to {to} the change is about {expected}%, not {stated}',
      },
      points: {
        zh: '由{from}到{to}，相差{expected}个百分点，而文中写作{stated}',
        en: 'From {from} to {to} is a change of {expected} percentage points, not {stated}',
      },
      usePoints: {
        zh: '由{from}到{to}是{expected}个百分点的变化，“{stated}”应写作“{expected}个百分点”',
        en: 'From {from} to {to} is {expected} percentage points: write “{expected}个百分点”, not “{stated}”',
      },
      direction: {
        zh: '由{from}到{to}是{actual}，而文中写作“{verb}”',
        en: 'From {from} to {to} is a {actualEn}, but the text says “{verb}”',
      },
    },
    examples: {
      bad: ['全年收入由80万元增至120万元，增长40%。', '覆盖率由45%提高到48%，提高5个百分点。', '覆盖率由45%提高到48%，提高3%。'],
      good: ['全年收入由80万元增至120万元，增长50%。', '覆盖率由45%提高到48%，提高3个百分点。', '人数由300人增加到400人，增长33.3%。'],
    },
  },
  check(context) {
    for (const { line } of textLines(context)) {
      for (const sentence of splitSentences(line.value, { semicolons: true })) {
        for (const m of sentence.text.matchAll(RE)) {
          const base = sentence.start + m.index!;
          const q1 = quantityFrom(m, 1);
          const q2 = quantityFrom(m, 5);
          if (!q1 || !q2) continue;
          const verb1 = m[4];
          const verb2 = m[8];
          const statedText = m[9];
          const stated = Number(statedText);
          const isPoints = m[10] === '个百分点';
          const dp = decimals(statedText);
          const tol = 10 ** -dp + 1e-9;
          const unit1 = q1.unit || q2.unit;
          const unit2 = q2.unit || q1.unit;
          if (unit1 !== unit2 && !(unit1 === '%' || unit2 === '%') && unit1 && unit2) continue;
          const from = sentence.text.slice(m.index! + m[0].indexOf(q1.number), m.index! + m[0].indexOf(q1.number) + q1.number.length + q1.magnitude.length + q1.unit.length);
          const toAt = m[0].indexOf(q2.number, m[0].indexOf(verb1));
          const to = m[0].slice(toAt, toAt + q2.number.length + q2.magnitude.length + q2.unit.length);
          const statedAt = m[0].lastIndexOf(statedText);
          const start = base + statedAt;
          const end = start + statedText.length + m[10].length;
          const stated0 = statedText + m[10];
          if (q1.value === q2.value || q1.value === 0) continue;
          // "年均增长", "比上年增长", "同比增长": another base, not these two figures.
          const gap = m[0].slice(toAt + to.length, m[0].lastIndexOf(verb2));
          if (/比|较|均|每|年|月|其中|分别/.test(gap)) continue;
          const down = q2.value < q1.value;
          const saysDown = DECREASE_VERB.test(verb2) || verb2 === '降幅';
          const saysUp = /增|提|上升/.test(verb2);
          if ((down && saysUp) || (!down && saysDown)) {
            context.report({
              line, start: base + m[0].lastIndexOf(verb2), end: base + m[0].lastIndexOf(verb2) + verb2.length, messageId: 'direction',
              data: { from, to, actual: down ? '下降' : '增长', actualEn: down ? 'decrease' : 'increase', verb: verb2 },
            });
            continue;
          }
          const percentFigures = q1.unit === '%' && q2.unit === '%';
          const diff = Math.abs(q2.value - q1.value);
          const ratio = (diff / q1.value) * 100;
          if (isPoints) {
            if (!percentFigures || Math.abs(diff - stated) <= tol) continue;
            context.report({ line, start, end, messageId: 'points', data: { from, to, expected: fmt(diff, dp), stated: stated0 } });
            continue;
          }
          if (Math.abs(ratio - stated) <= tol) continue;
          if (percentFigures && Math.abs(diff - stated) <= tol) {
            context.report({ line, start, end, messageId: 'usePoints', data: { from, to, expected: fmt(diff, dp), stated: stated0 }, severity: 'warning' });
            continue;
          }
          context.report({ line, start, end, messageId: 'rate', data: { from, to, expected: fmt(ratio, dp), stated: stated0 } });
        }
      }
    }
  },
});
