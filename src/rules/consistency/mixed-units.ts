/**
 * Two figures compared in one change ("由80万元增至1200000元") should be written in the same unit:
 * one with a magnitude word (万元) and the other without (元) is hard to read and often a slip.
 * 数据一致性（审核通则：同一比较中计量单位一致）— general knowledge [G]; a warning, since the values
 * may still be right. 万元 against 亿元 ("由8000万元增至1.2亿元") is normal usage and left alone.
 */
import { defineRule } from '../../rule.js';
import { textLines } from '../../util/doc.js';
import { CHANGE_SOURCE, quantityFrom } from '../../util/number.js';

const RE = new RegExp(CHANGE_SOURCE, 'g');

export default defineRule({
  meta: {
    id: 'consistency/mixed-units',
    category: 'consistency',
    clause: '《党政机关公文处理工作条例》第二十条（审核重点：数字、计量单位等用法是否规范）',
    citation: { zh: '《党政机关公文处理工作条例》第二十条', en: 'Regulations on Handling Party and Government Documents, art. 20' },
    description: {
      zh: '同一比较中的前后数值应使用相同的计量单位（如均用“万元”）',
      en: 'Figures compared with each other should use the same unit (both 万元, say)',
    },
    severity: 'warning',
    fixable: false,
    messages: {
      mixed: {
        zh: '比较的两个数值单位不一致：“{from}”与“{to}”，建议统一为“{unit}”',
        en: 'The compared figures use different units: “{from}” and “{to}”; write both in {unit}',
      },
    },
    examples: {
      bad: ['全年收入由80万元增至1200000元。'],
      good: ['全年收入由80万元增至120万元。', '全年收入由8000万元增至1.2亿元。'],
    },
  },
  check(context) {
    for (const { line } of textLines(context)) {
      for (const m of line.value.matchAll(RE)) {
        const q1 = quantityFrom(m, 1);
        const q2 = quantityFrom(m, 5);
        if (!q1 || !q2 || !q1.unit || q1.unit !== q2.unit || q1.unit === '%') continue;
        if (!!q1.magnitude === !!q2.magnitude) continue;
        const a = m.index! + m[0].indexOf(q1.number);
        const from = q1.number + q1.magnitude + q1.unit;
        const b = m.index! + m[0].indexOf(q2.number, m[0].indexOf(m[4]));
        const to = q2.number + q2.magnitude + q2.unit;
        context.report({
          line, start: a, end: b + to.length, messageId: 'mixed',
          data: { from, to, unit: (q1.magnitude || q2.magnitude) + q1.unit },
        });
      }
    }
  },
});
