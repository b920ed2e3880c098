/**
 * The weekday written after a date must be that date's weekday: "2024年11月15日（星期五）".
 * General knowledge [G] (rule catalogue §4 weekday-check).
 *
 * Year: the date's own; else the nearest full year written before it in the same paragraph (after
 * it when none before); else the 成文日期's year or the configured reference date's year — in that
 * last case, a weekday that fits the year before or after is accepted too (a January notice may
 * refer to a date late in the previous year). A year taken only from the configured date (no year in
 * the paragraph, no 成文日期) is a guess: the finding is then a warning, and the message names the year.
 */
import { defineRule } from '../../rule.js';
import { findDates, isValidDate, isoYear, weekdayFromChar, weekdayOf, WEEKDAY_CHARS } from '../../util/date.js';

// "（星期五）", "星期五", "周五"; after a comma only inside brackets: "（2025年2月5日，星期三）" (not
// "自11月15日起，周一至周五…").
const WEEKDAY_AFTER = /^\s*([（(]\s*|[，,]\s*(?=星期[一二三四五六日天]\s*[）)]))?(星期|周|礼拜)([一二三四五六日天])/;

export default defineRule({
  meta: {
    id: 'consistency/weekday',
    category: 'consistency',
    clause: '《党政机关公文处理工作条例》第二十条（审核重点：时间是否准确）',
    citation: { zh: '《党政机关公文处理工作条例》第二十条', en: 'Regulations on Handling Party and Government Documents, art. 20' },
    description: {
      zh: '日期后标注的星期须与日历相符',
      en: 'The weekday given with a date must match the calendar',
    },
    severity: 'error',
    fixable: false,
    messages: {
      mismatch: {
        zh: '{year}年{month}月{day}日是星期{actual}，不是“{written}”',
        en: '{year}-{month}-{day} is a {actualEn}, not “{written}”',
      },
      guessed: {
        zh: '按{year}年计，{month}月{day}日是星期{actual}，不是“{written}”；如不是{year}年，请写明年份',
        en: 'Taking the year as {year}, {month}-{day} is a {actualEn}, not “{written}”; if the year is another, write it',
      },
    },
    examples: {
      bad: ['会议定于2024年11月15日（星期四）召开。', '定于农历正月初八（2025年2月5日，星期四）召开。', '2024年11月8日（星期五）、11月15日（星期三）各召开一次。'],
      good: ['会议定于2024年11月15日（星期五）召开。', '定于11月15日（周五）召开。', '自2024年11月15日起，周一至周五开放。'],
    },
  },
  check(context) {
    const fallback = isoYear(context.issueDate) ?? isoYear(context.referenceDate);
    for (const { line, element } of context.lines) {
      if (element.type === 'directive') continue;
      const dates = findDates(line.value);
      for (const d of dates) {
        if (d.day === undefined) continue;
        const w = WEEKDAY_AFTER.exec(line.value.slice(d.end));
        if (!w) continue;
        const written = weekdayFromChar(w[3])!;
        let years: number[] = [];
        let guessed = false;
        if (d.year !== undefined) years = [d.year];
        else {
          const before = dates.filter((o) => o.year !== undefined && o.end <= d.start).pop();
          const after = dates.find((o) => o.year !== undefined && o.start >= d.end);
          const y = before?.year ?? after?.year;
          if (y !== undefined) years = [y];
          else if (fallback !== undefined) {
            years = [fallback, fallback - 1, fallback + 1];
            guessed = context.issueDate === undefined;
          }
        }
        if (!years.length) continue;
        if (years.some((y) => isValidDate(y, d.month, d.day!) && weekdayOf(y, d.month, d.day!) === written)) continue;
        const year = years[0];
        if (!isValidDate(year, d.month, d.day)) continue; // consistency/calendar-date says it
        const actual = weekdayOf(year, d.month, d.day);
        let end = d.end + w[0].length;
        if (w[1] && /[（(]/.test(w[1]) && /^\s*[）)]/.test(line.value.slice(end))) end = line.value.indexOf(line.value.slice(end).trim()[0], end) + 1;
        context.report({
          line,
          start: d.start,
          end,
          messageId: guessed ? 'guessed' : 'mismatch',
          data: {
            year, month: d.month, day: d.day, actual: WEEKDAY_CHARS[actual], written: w[2] + w[3],
            actualEn: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][actual],
          },
          ...(guessed ? { severity: 'warning' as const } : {}),
        });
      }
    }
  },
});
