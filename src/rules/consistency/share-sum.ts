/**
 * Shares of one whole cannot add up past 100%: "其中A占45%，B占38%，C占27%" (110%).
 * 数据一致性（审核通则）— general knowledge [G] (rule catalogue §7 "shares sum to ≤ 100%").
 *
 * Only when the shares are clearly parts of one whole, in one sentence: the sentence says 其中 or
 * 分别占, every share is "占 [the same whole] N%" where the whole is unnamed or a total (总数, 总量,
 * 比重 — "分别占全国的…" compares each item with its own national figure), and the sentence names at most one year (two years
 * are usually a comparison over time). Rounding: each share may be off by half a unit in its last
 * place.
 */
import { defineRule } from '../../rule.js';
import { textLines } from '../../util/doc.js';
import { decimals } from '../../util/number.js';
import { splitSentences } from '../../util/text.js';

const SHARE = /占(?:比)?(?:为|达|达到)?([^\d，。；、%]{0,12}?(?:的|比重|比例)?)\s*(\d+(?:\.\d+)?)\s*%/g;
const SEVERAL = /分别占(?:比)?(?:为|达)?([^\d，。；、%]{0,12}?(?:的|比重|比例)?)\s*((?:\d+(?:\.\d+)?\s*%\s*[、，和及与]\s*)+\d+(?:\.\d+)?\s*%)/g;

export default defineRule({
  meta: {
    id: 'consistency/share-sum',
    category: 'consistency',
    clause: '《党政机关公文处理工作条例》第二十条（审核重点：数字是否准确）',
    citation: { zh: '《党政机关公文处理工作条例》第二十条', en: 'Regulations on Handling Party and Government Documents, art. 20' },
    description: {
      zh: '同一总体各部分所占比例之和不应超过100%',
      en: 'Shares of one whole must not add up to more than 100%',
    },
    severity: 'error',
    fixable: false,
    messages: {
      over: {
        zh: '同一总体的各部分占比{parts}合计{sum}%，超过100%',
        en: 'The shares of one whole add up to {sum}% (over 100%): {parts}',
      },
    },
    examples: {
      bad: ['全市共有企业1000家，其中国有企业占45%，民营企业占38%，外资企业占27%。', '三类企业分别占45%、38%和27%。'],
      good: ['全市共有企业1000家，其中国有企业占25%，民营企业占58%，外资企业占17%。', '2019年国有企业占60%，2020年国有企业占55%。'],
    },
  },
  check(context) {
    for (const { line } of textLines(context)) {
      // every share is written with %: a line without one has nothing to add up (and is not split)
      if (!line.value.includes('%')) continue;
      for (const sentence of splitSentences(line.value)) {
        const text = sentence.text;
        const years = new Set(text.match(/\d{4}(?=\s*年)/g) ?? []);
        if (years.size > 1) continue;
        const shares: Array<{ value: string; start: number; end: number; whole: string }> = [];
        const several = [...text.matchAll(SEVERAL)];
        if (several.length === 1) {
          const m = several[0];
          const listAt = m.index! + m[0].length - m[2].length;
          for (const p of m[2].matchAll(/(\d+(?:\.\d+)?)\s*%/g)) {
            shares.push({ value: p[1], start: listAt + p.index!, end: listAt + p.index! + p[0].length, whole: m[1] });
          }
        } else if (several.length === 0 && /其中/.test(text)) {
          const from = text.indexOf('其中');
          for (const m of text.slice(from).matchAll(SHARE)) {
            const at = from + m.index! + m[0].length - m[2].length - 1;
            shares.push({ value: m[2], start: at, end: from + m.index! + m[0].length, whole: m[1].replace(/\s/g, '') });
          }
        } else continue;
        if (shares.length < 2) continue;
        if (new Set(shares.map((s) => s.whole)).size > 1) continue;
        // "分别占全国的37%、39%和29%": each item against its own national figure, not parts of one
        // whole. Only an unnamed whole or a named total (总数, 总量, 比重) is one whole.
        const whole = shares[0].whole;
        if (whole && !/总|比重|比例/.test(whole)) continue;
        const sum = shares.reduce((a, s) => a + Number(s.value), 0);
        const slack = shares.reduce((a, s) => a + 0.5 * 10 ** -decimals(s.value), 0);
        if (sum <= 100 + slack + 1e-9) continue;
        const dp = Math.max(...shares.map((s) => decimals(s.value)));
        const first = shares[0];
        const last = shares[shares.length - 1];
        context.report({
          line,
          start: sentence.start + first.start,
          end: sentence.start + last.end,
          messageId: 'over',
          data: { sum: sum.toFixed(dp), parts: shares.map((s) => `${s.value}%`).join('+') },
        });
      }
    }
  },
});
