/**
 * Dates that do not exist: 2月30日, 4月31日, 13月, 2023年2月29日. General knowledge [G]: the
 * calendar itself; GB/T 15835—2011 governs how dates are written, not whether they exist.
 * A month alone (九月) is ignored; a date without a year takes the year last written before it in the
 * paragraph ("2023年1月至2月29日"), else 2月29日 is accepted (it exists in leap years);
 * lunar dates (农历二月三十日) are left alone.
 */
import { defineRule } from '../../rule.js';
import { findDates, isValidDate } from '../../util/date.js';

export default defineRule({
  meta: {
    id: 'consistency/calendar-date',
    category: 'consistency',
    clause: '《党政机关公文处理工作条例》第二十条（审核重点：时间是否准确）',
    citation: { zh: '《党政机关公文处理工作条例》第二十条', en: 'Regulations on Handling Party and Government Documents, art. 20' },
    description: {
      zh: '日期须真实存在（无2月30日、4月31日、13月）',
      en: 'Dates must exist (no 30 February, 31 April or month 13)',
    },
    severity: 'error',
    fixable: false,
    messages: {
      month: {
        zh: '日期“{date}”中的月份{month}不存在，月份应为1～12',
        en: 'Date “{date}”: month {month} does not exist (months are 1–12)',
      },
      day: {
        zh: '日期“{date}”不存在：{month}月只有{max}天',
        en: 'Date “{date}” does not exist: month {month} has only {max} days',
      },
    },
    examples: {
      bad: ['会议定于2024年4月31日召开。', '请于2月30日前报送。', '2024年13月起施行。', '2023年2月29日前完成。'],
      good: ['会议定于2024年4月30日召开。', '定于农历二月三十日举行。', '请于2月29日前报送。', '2024年2月29日前完成。', '九月份开展检查。'],
    },
  },
  check(context) {
    for (const { line, element } of context.lines) {
      if (element.type === 'directive') continue;
      const dates = findDates(line.value);
      for (const d of dates) {
        // 农历二月三十日 is a lunar date: lunar months have 29 or 30 days.
        if (/(农历|阴历|夏历|旧历)$/.test(line.value.slice(Math.max(0, d.start - 4), d.start))) continue;
        const date = line.value.slice(d.start, d.end);
        if (d.month < 1 || d.month > 12) {
          context.report({ line, start: d.start, end: d.end, messageId: 'month', data: { date, month: d.month } });
          continue;
        }
        if (d.day === undefined) continue;
        // Without a year: the nearest year written before it in the paragraph, else a leap year
        // (2月29日 may exist).
        const before = d.year === undefined ? dates.filter((o) => o.year !== undefined && o.end <= d.start).pop() : undefined;
        const year = d.year ?? before?.year ?? 2024;
        if (!isValidDate(year, d.month, d.day)) {
          const max = new Date(Date.UTC(year, d.month, 0)).getUTCDate();
          context.report({ line, start: d.start, end: d.end, messageId: 'day', data: { date, month: d.month, max } });
        }
      }
    }
  },
});
