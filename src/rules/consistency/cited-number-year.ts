/**
 * A document cited in the body cannot be later than the citing one: a cited 文号's year must not
 * exceed the year of the document's own 文号 (or, without one, of its 成文日期).
 * 数据一致性（审核通则）— general knowledge [G]; GB/T 9704—2012 7.2.5 defines the year in a 文号.
 */
import { defineRule } from '../../rule.js';
import { isoYear } from '../../util/date.js';
import { CITED_DOCUMENT_NUMBER_RE } from '../../parsers/structure/patterns.js';
import { ownNumberYear, textLines } from '../../util/doc.js';

export default defineRule({
  meta: {
    id: 'consistency/cited-number-year',
    category: 'consistency',
    clause: '《党政机关公文处理工作条例》第二十条（审核重点：时间、引文等是否准确）；GB/T 9704—2012 7.2.5',
    citation: { zh: '《党政机关公文处理工作条例》第二十条', en: 'Regulations on Handling Party and Government Documents, art. 20' },
    description: {
      zh: '正文引用的发文字号年份不应晚于本文的发文年份',
      en: 'A document number cited in the text must not be dated later than the document itself',
    },
    severity: 'error',
    fixable: false,
    messages: {
      later: {
        zh: '引用的发文字号年份{cited}年晚于本文的{ownSource}年份{own}年，请核对',
        en: 'The cited document number is dated {cited}, later than this document ({own}); check it',
      },
    },
    examples: {
      bad: ['某市人民政府\n某政发〔2024〕5号\n关于做好防汛工作的通知\n各区人民政府：\n根据《某省防汛工作方案》（某政发〔2025〕3号），现通知如下。'],
      good: ['某市人民政府\n某政发〔2024〕5号\n关于做好防汛工作的通知\n各区人民政府：\n根据《某省防汛工作方案》（某政发〔2024〕3号），现通知如下。'],
    },
  },
  check(context) {
    const own = ownNumberYear(context);
    const ownYear = own?.year ?? isoYear(context.issueDate);
    if (ownYear === undefined) return;
    const ownSource = own ? '发文字号' : '成文日期';
    for (const { line } of textLines(context)) {
      if (!line.value.includes('号')) continue; // the regex is slow to fail: most lines cite no number
      for (const m of line.value.matchAll(CITED_DOCUMENT_NUMBER_RE)) {
        const cited = Number(m[1]);
        if (cited <= ownYear) continue;
        const yearAt = m.index! + m[0].indexOf(m[1]);
        context.report({ line, start: yearAt - 1, end: yearAt + m[1].length + 1, messageId: 'later', data: { cited, own: ownYear, ownSource } });
      }
    }
  },
});
