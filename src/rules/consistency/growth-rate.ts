/**
 * A stated rate of change must follow from the figures it joins: "由80万元增至120万元，增长50%"
 * (not 40%). 数据一致性（审核通则）— general knowledge [G] (rule catalogue §7 "growth rates match
 * their before/after figures").
 *
 * Tolerance: one unit in the last written place (40% ±1, 33.3% ±0.1), for rounding or truncation.
 * Figures in % joined by "…个百分点" are compared by difference; a change in % stated as "%" that
 * matches the difference, not the ratio, is a warning (百分点 is meant). Units with different
 * magnitudes (万元 / 元) are converted first. A rate on another base (年均, 同比, 比上年 without its
 * figure) is skipped; "120万元，比上年的80万元增长50%" names its base and is judged. A real rate
 * ("扣除价格因素实际增长7.5%", "按可比价格计算") is not the ratio of the nominal figures: skipped.
 */
import { defineRule, type RuleContext } from '../../rule.js';
import type { Line } from '../../tree/types.js';
import { textLines } from '../../util/doc.js';
import { CHANGE_SOURCE, decimals, DECREASE_VERB, QUANTITY_SOURCE, quantityFrom, type Quantity } from '../../util/number.js';
import { splitSentences } from '../../util/text.js';

const RE = new RegExp(
  `${CHANGE_SOURCE}[^。；;]{0,12}?(增长|增加|提高|提升|上升|下降|减少|降低|回落|减幅|增幅|降幅)(?:了|为|达|达到)?\\s*(\\d+(?:\\.\\d+)?)\\s*(%|个百分点)`,
  'g',
);

/** "今年120万元，比上年的80万元增长40%": the later figure first, then the base after 比/较. */
const RE_COMPARED = new RegExp(
  `${QUANTITY_SOURCE}\\s*[，,]\\s*(?:比|较)(?:上年|去年|上年同期|去年同期|\\d{4}\\s*年(?:同期)?)的\\s*${QUANTITY_SOURCE}\\s*` +
    `(增长|增加|提高|提升|上升|下降|减少|降低|回落)(?:了)?\\s*(\\d+(?:\\.\\d+)?)\\s*(%|个百分点)`,
  'g',
);

function fmt(n: number, dp: number): string {
  return n.toFixed(Math.max(dp, 1)).replace(/\.0$/, '');
}

export default defineRule({
  meta: {
    id: 'consistency/growth-rate',
    category: 'consistency',
    clause: '《党政机关公文处理工作条例》第二十条（审核重点：数字是否准确）',
    citation: { zh: '《党政机关公文处理工作条例》第二十条', en: 'Regulations on Handling Party and Government Documents, art. 20' },
    description: {
      zh: '增减幅度应与前后数值相符（百分点与百分比不混用）',
      en: 'A stated rate of change must match its before and after figures (percentage points are not %)',
    },
    severity: 'error',
    fixable: false,
    messages: {
      rate: {
        zh: '由{from}到{to}，变化幅度约为{expected}%，文中却写作{stated}',
        en: 'From {from} to {to} the change is about {expected}%, not {stated}',
      },
      points: {
        zh: '由{from}到{to}，相差{expected}个百分点，文中却写作{stated}',
        en: 'From {from} to {to} is a change of {expected} percentage points, not {stated}',
      },
      usePoints: {
        zh: '由{from}到{to}是{expected}个百分点的变化，“{stated}”应写作“{expected}个百分点”',
        en: 'From {from} to {to} is {expected} percentage points: write “{expected}个百分点”, not “{stated}”',
      },
      direction: {
        zh: '由{from}到{to}是{actual}，文中却写作“{verb}”',
        en: 'From {from} to {to} is a {actualEn}, but the text says “{verb}”',
      },
    },
    examples: {
      bad: ['全年收入由80万元增至120万元，增长40%。', '全年收入120万元，比上年的80万元增长40%。', '覆盖率由45%提高到48%，提高5个百分点。', '覆盖率由45%提高到48%，提高3%。'],
      good: ['全年收入由80万元增至120万元，增长50%。', '全年收入120万元，比上年的80万元增长50%。', '覆盖率由45%提高到48%，提高3个百分点。', '人数由300人增加到400人，增长33.3%。'],
    },
  },
  check(context) {
    for (const { line } of textLines(context)) {
      for (const sentence of splitSentences(line.value, { semicolons: true })) {
        const t = sentence.text;
        // both patterns end in a stated rate (% or 个百分点): without one the regexes cannot match
        if (!t.includes('%') && !t.includes('个百分点')) continue;
        for (const m of t.matchAll(RE)) {
          const q1 = quantityFrom(m, 1);
          const q2 = quantityFrom(m, 5);
          if (!q1 || !q2) continue;
          const fromAt = m[0].indexOf(q1.number);
          const toAt = m[0].indexOf(q2.number, m[0].indexOf(m[4]));
          const verbAt = m[0].lastIndexOf(m[8]);
          // "年均增长", "比上年增长", "同比增长": another base, not these two figures.
          const gap = m[0].slice(toAt + written(q2).length, verbAt);
          // 同比 / 比上年 with a change from last year's figure ("从1.5亿元增加到1.8亿元，同比增长25%")
          // is the same base; with a figure from an earlier year ("由2015年的…") it is not.
          const sameBase = /^[，,]?\s*(?:同比|比上年|较上年|比去年|较去年)$/.test(gap) && !/\d{4}\s*年/.test(m[0]);
          // "扣除价格因素实际增长", "按可比价格计算增长": a real rate, not the ratio of the nominal figures.
          if (/实际|扣除|可比|不变价|价格因素|名义|折合|按.{0,6}计算/.test(gap)) continue;
          if (!sameBase && /比|较|均|每|年|月|其中|分别/.test(gap)) continue;
          judge(context, line, sentence.start + m.index!, {
            q1, q2, fromAt, toAt, verb: m[8], verbAt, stated: m[9], statedAt: m[0].lastIndexOf(m[9] + m[10]), unit: m[10],
          });
        }
        for (const m of t.matchAll(RE_COMPARED)) {
          const q2 = quantityFrom(m, 1);
          const q1 = quantityFrom(m, 4);
          if (!q1 || !q2) continue;
          const toAt = m[0].indexOf(q2.number);
          const fromAt = m[0].indexOf(q1.number, toAt + written(q2).length);
          judge(context, line, sentence.start + m.index!, {
            q1, q2, fromAt, toAt, verb: m[7], verbAt: m[0].lastIndexOf(m[7]), stated: m[8], statedAt: m[0].lastIndexOf(m[8] + m[9]), unit: m[9],
          });
        }
      }
    }
  },
});

function written(q: Quantity): string {
  return q.number + q.magnitude + q.unit;
}

interface Change {
  q1: Quantity;
  q2: Quantity;
  /** Offsets within the match. */
  fromAt: number;
  toAt: number;
  verb: string;
  verbAt: number;
  stated: string;
  statedAt: number;
  unit: string;
}

function judge(context: RuleContext, line: Line, base: number, c: Change): void {
  const { q1, q2 } = c;
  const unit1 = q1.unit || q2.unit;
  const unit2 = q2.unit || q1.unit;
  if (unit1 !== unit2 && unit1 && unit2) return;
  if (q1.value === q2.value || q1.value === 0) return;
  const from = written(q1);
  const to = written(q2);
  const stated = Number(c.stated);
  const dp = decimals(c.stated);
  const tol = 10 ** -dp + 1e-9;
  const start = base + c.statedAt;
  const end = start + c.stated.length + c.unit.length;
  const stated0 = c.stated + c.unit;
  const down = q2.value < q1.value;
  const saysDown = DECREASE_VERB.test(c.verb) || c.verb === '降幅';
  const saysUp = /增|提|上升/.test(c.verb);
  if ((down && saysUp) || (!down && saysDown)) {
    context.report({
      line, start: base + c.verbAt, end: base + c.verbAt + c.verb.length, messageId: 'direction',
      data: { from, to, actual: down ? '下降' : '增长', actualEn: down ? 'decrease' : 'increase', verb: c.verb },
    });
    return;
  }
  const percentFigures = q1.unit === '%' && q2.unit === '%';
  const diff = Math.abs(q2.value - q1.value);
  const ratio = (diff / q1.value) * 100;
  if (c.unit === '个百分点') {
    if (!percentFigures || Math.abs(diff - stated) <= tol) return;
    context.report({ line, start, end, messageId: 'points', data: { from, to, expected: fmt(diff, dp), stated: stated0 } });
    return;
  }
  if (Math.abs(ratio - stated) <= tol) return;
  if (percentFigures && Math.abs(diff - stated) <= tol) {
    context.report({ line, start, end, messageId: 'usePoints', data: { from, to, expected: fmt(diff, dp), stated: stated0 }, severity: 'warning' });
    return;
  }
  context.report({ line, start, end, messageId: 'rate', data: { from, to, expected: fmt(ratio, dp), stated: stated0 } });
}
