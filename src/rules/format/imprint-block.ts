/**
 * The imprint block (版记, GB/T 9704—2012 7.4): 抄送机关 above 印发机关和印发日期. 信函 (10.1) carry no
 * 印发机关和印发日期.
 *
 * Gap: the separator lines (7.4.1, first and last thick, middle thin, as wide as the type area) are
 * paragraph borders or drawn shapes; the DOCX reader does not expose either, so they are not checked.
 */
import { defineRule } from '../../rule.js';
import { effectiveProfile, isFormal } from './shared.js';

export default defineRule({
  meta: {
    id: 'format/imprint-block',
    category: 'format',
    clause: 'GB/T 9704—2012 7.4',
    citation: { zh: 'GB/T 9704—2012 7.4.2', en: 'GB/T 9704—2012 §7.4.2' },
    description: {
      zh: '版记中抄送机关在上，印发机关和印发日期在下；信函格式版记不加印发机关和印发日期',
      en: 'In the imprint block copy-to comes before the print line; letters carry no print line',
    },
    severity: 'error',
    fixable: false,
    formats: ['docx'],
    messages: {
      order: {
        zh: '抄送机关应编排在印发机关和印发日期之上',
        en: 'The copy-to line goes above the print line',
      },
      letterPrint: {
        zh: '信函格式版记不加印发机关和印发日期',
        en: 'In the letter format the imprint block has no print line',
        clause: { zh: 'GB/T 9704—2012 10.1', en: 'GB/T 9704—2012 §10.1' },
      },
    },
  },
  check(context) {
    const profile = effectiveProfile(context);
    if (!isFormal(profile)) return;
    const print = context.elements('printLine')[0];
    const copy = context.elements('copyTo');
    if (print && profile === 'letter') context.report({ line: print.children[0], messageId: 'letterPrint' });
    if (!print) return;
    const printOrdinal = context.lines.findIndex((e) => e.element === print);
    for (const c of copy) {
      const at = context.lines.findIndex((e) => e.element === c);
      if (at > printOrdinal) context.report({ line: c.children[0], messageId: 'order' });
    }
  },
});
