/**
 * 印发机关和印发日期 (print line): GB/T 9704—2012 7.4.3 “印发机关左空一字，印发日期右空一字，用阿拉伯数字将年、
 * 月、日标全，年份应标全称，月、日不编虚位（即 1 不编为 01），后加‘印发’二字”.
 */
import { defineRule } from '../../rule.js';
import { parseChineseDate } from '../../util/date.js';
import { effectiveProfile } from '../format/shared.js';
import { inSourceOrder } from './shared.js';

const CLAUSE = 'GB/T 9704—2012 7.4.3';
const DATE = /([\d〇零○O一二三四五六七八九]{2,4})[ \t\u3000]*年[ \t\u3000]*([\d〇零一二三四五六七八九十]{1,3})[ \t\u3000]*月[ \t\u3000]*([\d〇零一二三四五六七八九十]{1,3})[ \t\u3000]*日(?=[ \t\u3000]*印[ \t\u3000]*发)/;

/** The date of a print line written without 印发, template placeholders included (202X年X月X日). */
const PRINT_DATE_ANY = /(?:[\d０-９]{2,4}|[\d０-９]{2,3}[Xx×Ｘ]{1,2}|[Xx×Ｘ]{4}|[〇零○O一二三四五六七八九]{2,4})[ \t\u3000]*年[ \t\u3000]*(?:[\d０-９〇零一二三四五六七八九十]{1,3}|[Xx×Ｘ]{1,2})[ \t\u3000]*月[ \t\u3000]*(?:[\d０-９〇零一二三四五六七八九十]{1,3}|[Xx×Ｘ]{1,2})[ \t\u3000]*日\s*$/;

export default defineRule({
  meta: {
    id: 'element/print-line',
    category: 'element',
    clause: CLAUSE,
    description: {
      zh: '印发机关和印发日期：印发日期用阿拉伯数字标全年、月、日，不编虚位，后加“印发”',
      en: 'Print line: printing organ, then the print date in Arabic digits (full year, no leading zeros) + 印发',
    },
    severity: 'error',
    fixable: true,
    messages: {
      date: {
        zh: '印发日期应用阿拉伯数字将年、月、日标全，不编虚位，“{got}”应写作“{want}”',
        en: 'The print date is written in Arabic digits, in full, without leading zeros: “{got}” should be “{want}”',
      },
      shortYear: {
        zh: '印发日期的年份应标全称（四位数字），不能写作“{got}”',
        en: 'The year of the print date is written in full, not “{got}”',
      },
      noWord: {
        zh: '印发日期后应加“印发”二字',
        en: 'The print date is followed by 印发',
      },
      inLetter: {
        zh: '信函格式版记不加印发机关和印发日期',
        en: 'In the letter format the imprint block has no print line',
        clause: { zh: 'GB/T 9704—2012 10.1', en: 'GB/T 9704—2012 §10.1' },
      },
      noDate: {
        zh: '印发机关后应标印发日期（用阿拉伯数字将年、月、日标全，后加“印发”）',
        en: 'The print line gives the print date (Arabic digits, in full) before 印发',
      },
    },
    examples: {
      bad: ['关于做好冬季安全生产工作的通知\n\n各区县人民政府：\n现将有关事项通知如下。\n\n青山市人民政府\n2024年11月15日\n\n抄送：市委办公室。\n青山市人民政府办公室 2024年11月05日印发\n'],
      good: ['关于做好冬季安全生产工作的通知\n\n各区县人民政府：\n现将有关事项通知如下。\n\n青山市人民政府\n2024年11月15日\n\n抄送：市委办公室。\n青山市人民政府办公室 2024年11月5日印发\n'],
    },
  },
  check(context) {
    // The recogniser only takes a line with a full date as the print line; one without a date or with
    // a short year is looked for where it stands: right after the copy-to list, or as the last line of
    // a document that has an issue date.
    // 信函格式 (10.1): no print line at all. In a .docx format/imprint-block says so (with the layout it
    // reads); a text draft is a 信函 when the recogniser reads it from the text (isLetterByText).
    if (context.format !== 'docx' && effectiveProfile(context) === 'letter') {
      for (const print of context.elements('printLine')) {
        const line = print.children[0];
        const start = line.value.length - line.value.trimStart().length;
        context.report({ line, start, end: line.value.trimEnd().length, messageId: 'inLetter' });
      }
      return;
    }
    const ordered = inSourceOrder(context.lines);
    const candidates = ordered.filter((e, k) => e.element.type === 'printLine' || (
      e.element.type === 'paragraph' && /^[^。，；：！？]{2,40}印[ \t\u3000]*发[ \t\u3000]*$/.test(e.line.value.trim())
      && (ordered[k - 1]?.element.type === 'copyTo' || (k === ordered.length - 1 && context.elements('issueDate').length > 0))));
    for (const { line } of candidates) {
      const v = line.value;
      if (!/印[ \t\u3000]*发/.test(v)) {
        // Recognised without the word (a template's "XX单位办公室⇥202X年X月X日" after the copy-to).
        const d = PRINT_DATE_ANY.exec(v);
        const end = v.trimEnd().length;
        const start = d ? d.index : v.length - v.trimStart().length;
        context.report({ line, start, end, messageId: 'noWord', severity: 'warning' });
        continue;
      }
      const m = DATE.exec(v);
      if (!m) {
        const end = v.trimEnd().length;
        if (!/\d|年/.test(v)) context.report({ line, start: end - 2 >= 0 ? end - 2 : 0, end, messageId: 'noDate' });
        continue;
      }
      const start = m.index;
      const end = start + m[0].length;
      if (m[1].length === 2) {
        context.report({ line, start, end: start + m[1].length, messageId: 'shortYear', data: { got: m[0] } });
        continue;
      }
      if (m[1].length !== 4) continue;
      const iso = parseChineseDate(m[0]);
      if (!iso) continue;
      const [y, mo, d] = iso.split('-').map(Number);
      const want = `${y}年${mo}月${d}日`;
      if (want !== m[0]) {
        context.report({ line, start, end, messageId: 'date', data: { got: m[0], want }, fix: { start, end, text: want } });
      }
    }
  },
});
