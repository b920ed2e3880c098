/**
 * The 印发日期 in the 版记 is the day the document was sent to print: not before the 成文日期.
 * GB/T 9704—2012 7.4.3 (印发机关和印发日期), 7.3.5 (成文日期).
 */
import { defineRule } from '../../rule.js';
import { chineseDate, parseChineseDate } from '../../util/date.js';
import { issueDateEntry } from '../../util/doc.js';

export default defineRule({
  meta: {
    id: 'consistency/print-date',
    category: 'consistency',
    clause: 'GB/T 9704—2012 7.4.3',
    citation: { en: 'GB/T 9704—2012 §7.4.3' },
    description: {
      zh: '印发日期不应早于成文日期',
      en: 'The print date must not be earlier than the issue date',
    },
    severity: 'error',
    fixable: false,
    messages: {
      early: {
        zh: '印发日期{printDate}早于成文日期{issueDate}，请核对',
        en: 'The print date {printDate} is earlier than the issue date {issueDate}',
      },
    },
    examples: {
      bad: ['关于做好防汛工作的通知\n各区人民政府：\n请做好防汛工作。\n某市人民政府\n2024年6月3日\n抄送：市委办公室。\n某市人民政府办公室        2024年6月1日印发'],
      good: ['关于做好防汛工作的通知\n各区人民政府：\n请做好防汛工作。\n某市人民政府\n2024年6月3日\n抄送：市委办公室。\n某市人民政府办公室        2024年6月4日印发'],
    },
  },
  check(context) {
    const issueDate = context.issueDate;
    if (!issueDate) return;
    for (const { line, element } of context.lines) {
      if (element.type !== 'printLine') continue;
      const printDate = parseChineseDate(line.value);
      if (!printDate || printDate >= issueDate) continue;
      const m = /(\d{4}|[〇零○O一二三四五六七八九]{4})\s*年.*?日/.exec(line.value)!;
      const entry = issueDateEntry(context);
      context.report({
        line,
        start: m.index,
        end: m.index + m[0].length,
        messageId: 'early',
        data: { printDate: chineseDate(printDate), issueDate: chineseDate(issueDate) },
        related: entry ? [{ line: entry.line, start: 0, end: entry.line.value.length, message: '成文日期' }] : undefined,
      });
    }
  },
});
