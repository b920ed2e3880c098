/**
 * The year in the document's own 发文字号 is the year it was issued: 〔2024〕 with a 成文日期 in 2024.
 * GB/T 9704—2012 7.2.5 (发文字号 "年份"), 7.3.5 (成文日期).
 */
import { defineRule } from '../../rule.js';
import { isoYear } from '../../util/date.js';
import { issueDateEntry, ownNumberYear } from '../../util/doc.js';

export default defineRule({
  meta: {
    id: 'consistency/document-number-year',
    category: 'consistency',
    clause: 'GB/T 9704—2012 7.2.5、7.3.5.4',
    citation: { zh: 'GB/T 9704—2012 7.2.5', en: 'GB/T 9704—2012 §7.2.5' },
    description: {
      zh: '发文字号中的年份应与成文日期的年份一致',
      en: 'The year in the document number must be the year of the issue date',
    },
    severity: 'error',
    fixable: false,
    messages: {
      mismatch: {
        zh: '发文字号年份为{numberYear}年，成文日期却在{issueYear}年，二者应一致',
        en: 'The document number says {numberYear} but the issue date is in {issueYear}; they must agree',
      },
    },
    examples: {
      bad: ['某市人民政府\n某政发〔2023〕5号\n关于做好防汛工作的通知\n各区人民政府：\n请做好防汛工作。\n某市人民政府\n2024年6月3日'],
      good: ['某市人民政府\n某政发〔2024〕5号\n关于做好防汛工作的通知\n各区人民政府：\n请做好防汛工作。\n某市人民政府\n2024年6月3日'],
    },
  },
  check(context) {
    const own = ownNumberYear(context);
    const issueYear = isoYear(context.issueDate);
    if (!own || issueYear === undefined || own.year === issueYear) return;
    context.report({
      line: own.entry.line,
      start: own.start,
      end: own.end,
      messageId: 'mismatch',
      data: { numberYear: own.year, issueYear },
      related: issueDateEntry(context) ? [{ line: issueDateEntry(context)!.line, start: 0, end: issueDateEntry(context)!.line.value.length, message: '成文日期' }] : undefined,
    });
  },
});
