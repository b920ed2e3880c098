/**
 * 成文日期 (issue date): GB/T 9704—2012 7.3.5.4 “用阿拉伯数字将年、月、日标全，年份应标全称，月、日不编虚位
 * （即 1 不编为 01）”. The Chinese-numeral form (二〇二四年十一月五日) belongs to the superseded GB/T
 * 9704—1999; dates before 2012-07-01 (when the 2012 standard took effect) are left alone.
 * The recogniser only accepts a four-digit year as a date, so a short year never reaches this rule.
 */
import { defineRule } from '../../rule.js';
import { parseChineseDate } from '../../util/date.js';

const CLAUSE = 'GB/T 9704—2012 7.3.5.4';
const DATE = /([\d〇零○O一二三四五六七八九]{4})[ \t\u3000]*年[ \t\u3000]*([\d〇零一二三四五六七八九十]{1,3})[ \t\u3000]*月[ \t\u3000]*([\d〇零一二三四五六七八九十]{1,3})[ \t\u3000]*日/;

export default defineRule({
  meta: {
    id: 'element/issue-date',
    category: 'element',
    clause: CLAUSE,
    description: {
      zh: '成文日期用阿拉伯数字将年、月、日标全，月、日不编虚位',
      en: 'Issue date in Arabic digits, full year, month and day without leading zeros',
    },
    severity: 'error',
    fixable: true,
    messages: {
      chineseNumerals: {
        zh: '成文日期应使用阿拉伯数字，“{got}”应写作“{want}”',
        en: 'The issue date is written in Arabic digits: “{got}” should be “{want}”',
      },
      zeroPadding: {
        zh: '成文日期的月、日不编虚位，“{got}”应写作“{want}”',
        en: 'Month and day of the issue date have no leading zeros: “{got}” should be “{want}”',
      },
    },
    examples: {
      bad: [
        '关于做好冬季安全生产工作的通知\n\n各区县人民政府：\n现将有关事项通知如下。\n\n青山市人民政府\n2024年03月05日\n',
        '关于做好冬季安全生产工作的通知\n\n各区县人民政府：\n现将有关事项通知如下。\n\n青山市人民政府\n二〇二四年三月五日\n',
      ],
      good: ['关于做好冬季安全生产工作的通知\n\n各区县人民政府：\n现将有关事项通知如下。\n\n青山市人民政府\n2024年3月5日\n'],
    },
  },
  check(context) {
    for (const el of context.elements('issueDate')) {
      for (const line of el.children) {
        const m = DATE.exec(line.value);
        if (!m) continue;
        const iso = parseChineseDate(m[0]);
        if (!iso) continue;
        const [y, mo, d] = iso.split('-').map(Number);
        const start = m.index;
        const end = start + m[0].length;
        const want = `${y}年${mo}月${d}日`;
        if (/[^\d]/.test(m[1] + m[2] + m[3])) {
          if (y < 2012 || (y === 2012 && mo < 7)) continue;
          context.report({ line, start, end, messageId: 'chineseNumerals', data: { got: m[0], want }, fix: { start, end, text: want } });
        } else if (/^0/.test(m[2]) || /^0/.test(m[3])) {
          context.report({ line, start, end, messageId: 'zeroPadding', data: { got: m[0], want }, fix: { start, end, text: want } });
        }
      }
    }
  },
});
