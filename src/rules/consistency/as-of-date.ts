/**
 * Figures given "截至 <date>" report a state already reached, so the date cannot be after the
 * 成文日期: "截至2024年12月31日，已累计完成…" in a document dated 2024年11月15日 is wrong.
 * 数据一致性（审核通则）— general knowledge [G] (rule catalogue §7).
 *
 * Deadlines and targets also use 截至/截止 ("截止2025年3月31日前报送", "截至2025年底要完成"): a
 * sentence with any future or obligation word is left alone, and the sentence must carry a word of
 * accomplished fact (已, 累计, 共). A date without its year (截至11月30日) is read in the 成文日期's
 * year, and judged only when that puts it a few weeks after the 成文日期 (not 截至12月底 in January).
 * The 成文日期 is the closing date element, in .txt/.md and .docx alike (a right-aligned paragraph,
 * a date in Chinese numerals, a date split over runs, a date under a seal line).
 */
import { defineRule } from '../../rule.js';
import { chineseDate, iso, isValidDate, parseChineseDate } from '../../util/date.js';
import { textLines } from '../../util/doc.js';
import { splitSentences } from '../../util/text.js';

const AS_OF = /截[至止](?:到)?\s*(?:(\d{4})\s*年\s*)?(?:(\d{1,2})\s*月\s*(?:(\d{1,2})\s*日|(底|末))?|(底|末))/g;
/**
 * A date without its year (截至11月30日) is read in the year of the 成文日期, and judged only when it
 * falls at most this many days after it: "截至12月底" in a report of January means last December.
 */
const YEARLESS_WINDOW_DAYS = 92;
const FUTURE = /将|要|力争|预计|计划|确保|争取|目标|应当|应|须|务必|前|以前|之前|截止时间|截止日期|为止|期限|报送|提交|申报|报名/;
const DONE = /已|累计|共(?!同|享)[^，。；]{0,8}?\d|总计|合计|完成了|实现了/;

export default defineRule({
  meta: {
    id: 'consistency/as-of-date',
    category: 'consistency',
    clause: '《党政机关公文处理工作条例》第二十条（审核重点：时间是否准确）',
    citation: { zh: '《党政机关公文处理工作条例》第二十条', en: 'Regulations on Handling Party and Government Documents, art. 20' },
    description: {
      zh: '“截至某日”的统计日期不应晚于成文日期',
      en: 'A date given with 截至 (as of) must not be after the issue date',
    },
    severity: 'error',
    fixable: false,
    messages: {
      after: {
        zh: '“{text}”晚于成文日期{issueDate}，统计截至日期不应晚于成文日期',
        en: '“{text}” is after the issue date {issueDate}: figures cannot be as of a later date',
      },
    },
    examples: {
      bad: ['关于防汛工作的报告\n市政府：\n截至2024年12月31日，已累计转移群众1200人。\n某区人民政府\n2024年11月15日'],
      good: [
        '关于防汛工作的报告\n市政府：\n截至2024年10月31日，已累计转移群众1200人。\n某区人民政府\n2024年11月15日',
        '关于申报项目的通知\n各单位：\n申报截止2024年12月31日，请按时报送。\n某区人民政府\n2024年11月15日',
      ],
    },
  },
  check(context) {
    // A 纪要 dates itself in the line under its mark (××办公室　2024年3月5日): that date, when there is
    // no closing 成文日期.
    const issueDate = context.issueDate ?? context.lines
      .filter((e) => e.element.type === 'minutesLine')
      .map((e) => parseChineseDate(e.line.value))
      .find((d) => d !== undefined);
    if (!issueDate) return;
    for (const { line } of textLines(context, { attachments: false })) {
      for (const sentence of splitSentences(line.value, { semicolons: true })) {
        for (const m of sentence.text.matchAll(AS_OF)) {
          const rest = sentence.text.slice(m.index! + m[0].length);
          if (FUTURE.test(sentence.text.replace(m[0], '')) || !DONE.test(rest)) continue;
          // 截至底 with no year names no date.
          if (!m[1] && !m[2]) continue;
          const y = m[1] ? Number(m[1]) : Number(issueDate.slice(0, 4));
          const mo = m[2] ? Number(m[2]) : 12;
          let d = m[3] ? Number(m[3]) : new Date(Date.UTC(y, mo, 0)).getUTCDate();
          if (!isValidDate(y, mo, d)) continue;
          // 月底/年底: the earliest reading is the last day; a bare month (截至6月) its first day.
          if (m[2] && !m[3] && !m[4]) d = 1;
          const date = iso(y, mo, d);
          if (date <= issueDate) continue;
          if (!m[1] && (Date.parse(date) - Date.parse(issueDate)) / 86_400_000 > YEARLESS_WINDOW_DAYS) continue;
          const start = sentence.start + m.index!;
          context.report({ line, start, end: start + m[0].length, messageId: 'after', data: { text: m[0], issueDate: chineseDate(issueDate) } });
        }
      }
    }
  },
});
