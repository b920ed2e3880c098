/**
 * A stated total against its listed parts: "共计120人，其中男性70人、女性60人" (130 ≠ 120).
 * 数据一致性（审核通则）— general knowledge [G] (rule catalogue §7 "Totals equal the sum of their parts").
 *
 * Parts after 其中 often overlap (党员, 女性, 少数民族) or list only some categories, so:
 * - parts that are complementary by name (男/女, 城镇/农村, 中央/地方, 国内/国外 …) must add up to the
 *   total exactly (error);
 * - parts that add up to more than the total are certainly wrong (error) when one part alone exceeds
 *   the total, when they are states that exclude each other (已投产 / 在建 / 未开工), or when they
 *   itemise a sum of money after "其中：" (budget lines: 设备购置 / 软件系统 / 场地改造) with no label
 *   naming a cross-cutting attribute. Otherwise they may overlap (小微企业贷款 / 涉农贷款, 脱贫村 /
 *   易地搬迁村, 争取上级资金 / 用于设备购置): a warning;
 * - parts that only look complementary (城区/城郊, 市区/郊区 — a county may also have 乡镇) that add up
 *   to less than the total: a warning;
 * - other parts (党员 / 女性 may overlap) are reported only when they add up to more than the total,
 *   as a warning. A shortfall is left alone: 其中 often names only some categories ("29万公里，其中
 *   高速铁路5.6万公里、普速铁路7.1万公里" — the rest are roads and waterways).
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
/** Pairs that usually split a whole but may leave a third part out (城区 / 城郊, 乡镇 elsewhere). */
const LOOSE_PAIRS: Array<[RegExp, RegExp]> = [
  [/^(?:主)?城区|^市区|^中心城区/, /^城郊|^郊区|^近郊|^远郊/],
];
const pairOf = (pairs: Array<[RegExp, RegExp]>, parts: Array<{ label: string }>) =>
  parts.length === 2 && pairs.some(([a, b]) => (a.test(parts[0].label) && b.test(parts[1].label)) || (b.test(parts[0].label) && a.test(parts[1].label)));
/** States that exclude each other: a thing is 已建成 or 在建, not both. */
const STATE = /^(?:已|未|在建|新建|改建|扩建|续建|部分)/;
/** Labels of cross-cutting attributes, which overlap the other parts. */
const OVERLAP = /党员|预备|团员|女|少数民族|干部|职称|学历|博士|硕士|本科|岁|以上|以下|高新|重点|示范|骨干|困难|贫困|残疾|留守|新增|新建|累计|其他|另有|含|包括/;

export default defineRule({
  meta: {
    id: 'consistency/total-sum',
    category: 'consistency',
    clause: '《党政机关公文处理工作条例》第二十条（审核重点：数字是否准确）',
    citation: { zh: '《党政机关公文处理工作条例》第二十条', en: 'Regulations on Handling Party and Government Documents, art. 20' },
    description: {
      zh: '合计数应与所列分项之和相符',
      en: 'A stated total must match the sum of its listed parts',
    },
    severity: 'error',
    fixable: false,
    messages: {
      mismatch: {
        zh: `合计为{total}，但其中{parts}之和为{sum}`,
        en: `The total is {total} but its parts {parts} add up to {sum}`,
      },
      more: {
        zh: `总数为{total}，但其中{parts}之和已达{sum}，超过总数`,
        en: `The total is {total} but its parts {parts} already add up to {sum}, more than the total`,
      },
      less: {
        zh: `总数为{total}，但其中{parts}之和只有{sum}；如二者已涵盖全部，请核对`,
        en: `The total is {total} but its parts {parts} add up to only {sum}; if they cover the whole, check the figures`,
      },
      over: {
        zh: `总数为{total}，但其中{parts}之和已达{sum}，请核对是否有重复计算`,
        en: `The total is {total} but the listed parts {parts} already add up to {sum}; check for overlap`,
      },
    },
    examples: {
      bad: ['参会人员共计120人，其中男性70人、女性60人。'],
      good: ['参会人员共计120人，其中男性70人、女性50人。', '全系统共有职工500人，其中党员120人、女性200人。'],
    },
  },
  check(context) {
    for (const { line } of textLines(context)) {
      // every total announces its parts with 其中 (TOTAL requires it): other lines are not split
      if (!line.value.includes('其中')) continue;
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
          if (Math.abs(sum - total.value) < 1e-9) continue;
          const complementary = pairOf(PAIRS, parts);
          const loose = !complementary && pairOf(LOOSE_PAIRS, parts);
          let messageId: 'mismatch' | 'more' | 'less' | 'over';
          let severity: 'error' | 'warning';
          if (complementary) [messageId, severity] = ['mismatch', 'error'];
          else if (sum > total.value) {
            const budget = /[：:]$/.test(m[0]) && /元$/.test(total.unit) && !parts.some((p) => OVERLAP.test(p.label));
            const states = parts.every((p) => STATE.test(p.label)) && new Set(parts.map((p) => p.label.slice(0, 2))).size === parts.length;
            const certain = loose || budget || states || parts.some((p) => p.value > total.value + 1e-9);
            [messageId, severity] = certain ? ['more', 'error'] : ['over', 'warning'];
          }
          else if (loose) [messageId, severity] = ['less', 'warning'];
          else continue;
          const show = (q: Quantity) => `${q.number}${q.magnitude}${q.unit || total.unit}`;
          const scale = total.value / Number(total.number.replace(/,/g, ''));
          const sumText = `${+(sum / scale).toFixed(6)}${total.magnitude}${total.unit}`;
          context.report({
            line,
            start: total.start + (m[0].indexOf(total.number)),
            end: total.start + m[0].indexOf(total.number) + total.number.length + total.magnitude.length + total.unit.length,
            messageId,
            data: { total: show(total), sum: sumText, parts: parts.map((p) => p.label + show(p)).join('、') },
            severity,
            related: [{ line, start: parts[0].start, end: parts[parts.length - 1].end, message: '分项' }],
          });
        }
      }
    }
  },
});
