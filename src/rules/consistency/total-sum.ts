/**
 * A stated total against its listed parts: "共计120人，其中男性70人、女性60人" (130 ≠ 120).
 * 数据一致性（审核通则）— general knowledge [G] (rule catalogue §7 "Totals equal the sum of their parts").
 *
 * Parts after 其中 often overlap (党员, 女性, 少数民族) or list only some categories, so:
 * - parts that are complementary by name (男/女, 城镇/农村, 中央/地方, 国内/国外 …) must add up to the
 *   total exactly (error);
 * - other parts are reported only when they add up to more than the total, as a warning.
 * Parts must carry the total's unit; bracketed notes are skipped. The total is the figure right
 * before "，其中" (共计/总计/合计 may stand before it, but need not: "项目总投资1500万元，其中：…").
 */
import { defineRule } from '../../rule.js';
import { textLines } from '../../util/doc.js';
import { QUANTITY_SOURCE, quantityFrom, type Quantity } from '../../util/number.js';
import { splitSentences } from '../../util/text.js';

const TOTAL = new RegExp(`(?:(?:共计|总计|合计|共有|共(?![同享建治商赢识性]))[\\u4e00-\\u9fa5]{0,6}?)?(?<![\\d.])\\s*${QUANTITY_SOURCE}[^，。；,;]{0,8}[，,]\\s*其中[，,：:]?`, 'g');
const PART = new RegExp(`([\\u4e00-\\u9fa5]{1,8}?)(?:为|有|达)?\\s*${QUANTITY_SOURCE}`, 'g');
const PAIRS: Array<[RegExp, RegExp]> = [
  [/^男/, /^女/], [/^女/, /^男/], [/^城镇|^城市/, /^农村|^乡村/], [/^中央/, /^地方/], [/^国内|^境内/, /^国外|^境外/],
  [/^公办/, /^民办/], [/^已/, /^未/],
];

export default defineRule({
  meta: {
    id: 'consistency/total-sum',
    category: 'consistency',
    clause: '数据一致性（审核通则：合计数与分项数相符）',
    description: {
      zh: '合计数应与所列分项之和相符',
      en: 'A stated total must match the sum of its listed parts',
    },
    severity: 'error',
    fixable: false,
    messages: {
      mismatch: {
        zh: '合计为{total}，但所列分项之和为{sum}（{parts}）',
        en: 'The total is {total} but the parts add up to {sum} ({parts})',
      },
      over: {
        zh: '合计为{total}，但所列分项之和已达{sum}（{parts}），请核对是否有重复计算',
        en: 'The total is {total} but the listed parts already add up to {sum} ({parts}); check for overlap',
      },
    },
    examples: {
      bad: ['参会人员共计120人，其中男性70人、女性60人。'],
      good: ['参会人员共计120人，其中男性70人、女性50人。', '全系统共有职工500人，其中党员120人、女性200人。'],
    },
  },
  check(context) {
    for (const { line } of textLines(context)) {
      for (const sentence of splitSentences(line.value, { semicolons: true })) {
        const text = sentence.text;
        for (const m of text.matchAll(TOTAL)) {
          const total = quantityFrom(m, 1, sentence.start);
          if (!total || !total.unit || total.unit === '%') continue;
          const listStart = m.index! + m[0].length;
          // The list runs to the end of the sentence; bracketed notes are blanked out.
          const list = text.slice(listStart).replace(/[（(][^）)]*[）)]/g, (s) => '\u3000'.repeat(s.length));
          const parts: Array<Quantity & { label: string }> = [];
          for (const p of list.matchAll(PART)) {
            const q = quantityFrom(p, 2, sentence.start + listStart);
            if (!q) continue;
            const sep = list.slice(0, p.index!).match(/[，、,和及]\s*$|^\s*$/);
            if (!sep) break;
            if ((q.unit || total.unit) !== total.unit) break;
            parts.push({ ...q, label: p[1] });
          }
          if (parts.length < 2) continue;
          const sum = parts.reduce((a, p) => a + p.value, 0);
          const complementary = parts.length === 2 && PAIRS.some(([a, b]) => a.test(parts[0].label) && b.test(parts[1].label));
          if (Math.abs(sum - total.value) < 1e-9) continue;
          if (!complementary && sum <= total.value) continue;
          const show = (q: Quantity) => `${q.number}${q.magnitude}${q.unit || total.unit}`;
          const scale = total.value / Number(total.number.replace(/,/g, ''));
          const sumText = `${+(sum / scale).toFixed(6)}${total.magnitude}${total.unit}`;
          context.report({
            line,
            start: total.start + (m[0].indexOf(total.number)),
            end: total.start + m[0].indexOf(total.number) + total.number.length + total.magnitude.length + total.unit.length,
            messageId: complementary ? 'mismatch' : 'over',
            data: { total: show(total), sum: sumText, parts: parts.map((p) => p.label + show(p)).join('、') },
            severity: complementary ? 'error' : 'warning',
            related: [{ line, start: parts[0].start, end: parts[parts.length - 1].end, message: '分项' }],
          });
        }
      }
    }
  },
});
