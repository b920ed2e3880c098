/**
 * Dates in running text are written 2024年11月15日 (GB/T 15835—2011 5.1.4). The all-numeric form
 * 2024-11-15 (GB/T 7408) belongs in tables, notes and the like, so in body text it is a warning;
 * 2024.11.15 and 2024/11/15 are no standard form at all and are errors.
 *
 * Skipped: table cells, the numeric form in a 附注 (remark), URLs and file names (shared.ts masks), strings glued to letters or more
 * digits (version numbers, codes), and numbers that are not a real calendar date. The fix rewrites
 * the date as 2024年11月15日.
 */
import { defineRule } from '../../rule.js';
import { isValidDate } from '../../util/date.js';
import { proseLines } from '../punctuation/shared.js';

const MAYBE_DATE = /\d[.\-/．]\d/;

const DATE = /(?<![\w.\-/:])((?:19|20)\d{2})([.\-/．])(\d{1,2})\2(\d{1,2})(?![\w.\-/:])/g;

export default defineRule({
  meta: {
    id: 'number/iso-date',
    category: 'number',
    clause: 'GB/T 15835—2011 5.1.4',
    citation: { en: 'GB/T 15835—2011 §5.1.4' },
    description: {
      zh: '正文中的日期写作“2024年11月15日”；“2024-11-15”只用于表格、注释等，“2024.11.15”不规范',
      en: 'Dates in body text are written 2024年11月15日; 2024-11-15 only in tables and notes; never 2024.11.15',
    },
    severity: 'error',
    fixable: true,
    messages: {
      dotted: {
        zh: '日期“{text}”写法不规范，正文中应写作“{fixed}”',
        en: 'The date “{text}” is not a standard form: write “{fixed}”',
      },
      numeric: {
        zh: '全数字日期“{text}”宜用于表格、注释，正文中一般写作“{fixed}”',
        en: 'The all-numeric date “{text}” belongs in tables and notes: in body text write “{fixed}”',
      },
    },
    examples: {
      bad: ['会议于2024.11.15召开。', '截至2024/3/1。', '于2024-11-15前报送。'],
      good: ['会议于2024年11月15日召开。', '版本号1.2.3', '比分2024-13-45'],
    },
  },
  check(context) {
    for (const { line, element, text } of proseLines(context.lines, { gate: MAYBE_DATE, tables: false })) {
      for (const m of text.matchAll(DATE)) {
        const [whole, y, sep, mo, d] = m;
        if (!isValidDate(Number(y), Number(mo), Number(d))) continue;
        // the numeric form is allowed in notes (附注)
        if (sep === '-' && element.type === 'remark') continue;
        const start = m.index!;
        const fixed = `${Number(y)}年${Number(mo)}月${Number(d)}日`;
        context.report({
          line,
          start,
          end: start + whole.length,
          messageId: sep === '-' ? 'numeric' : 'dotted',
          data: { text: whole, fixed },
          ...(sep === '-' ? { severity: 'warning' as const } : {}),
          fix: { start, end: start + whole.length, text: fixed },
        });
      }
    }
  },
});
