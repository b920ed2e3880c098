/**
 * 密级和保密期限 (classification and period): GB/T 9704—2012 7.2.2 “如需标注密级和保密期限，一般用 3 号黑体字，
 * 顶格编排在版心左上角第二行；保密期限中的数字用阿拉伯数字标注”; 密级 is 绝密, 机密 or 秘密, joined to the
 * period by ★ (机密★1年).
 */
import { defineRule } from '../../rule.js';
import { chineseNumber, headerLines } from './shared.js';

const CLAUSE = 'GB/T 9704—2012 7.2.2';
const LINE = /^([ \t\u3000]*)(绝密|机密|秘密)([ \t\u3000]*)([★☆*＊])?([ \t\u3000]*)(.*?)[ \t\u3000]*$/;

export default defineRule({
  meta: {
    id: 'element/classification',
    category: 'element',
    clause: CLAUSE,
    description: {
      zh: '密级为绝密、机密、秘密，与保密期限间用“★”隔开，保密期限中的数字用阿拉伯数字',
      en: 'Classification 绝密/机密/秘密, joined to the period by “★”; the period in Arabic digits',
    },
    severity: 'error',
    fixable: true,
    messages: {
      star: {
        zh: '密级与保密期限之间应用“★”，不用“{got}”',
        en: 'Classification and period are joined by “★”, not “{got}”',
      },
      period: {
        zh: '保密期限中的数字应使用阿拉伯数字，“{got}”应写作“{want}”',
        en: 'The period is written in Arabic digits: “{got}” should be “{want}”',
      },
    },
    examples: {
      bad: ['000128\n机密★一年\n青山市人民政府文件\n青政发〔2024〕12号\n\n关于做好冬季安全生产工作的通知\n\n各区县人民政府：\n现将有关事项通知如下。\n'],
      good: ['000128\n机密★1年\n青山市人民政府文件\n青政发〔2024〕12号\n\n关于做好冬季安全生产工作的通知\n\n各区县人民政府：\n现将有关事项通知如下。\n'],
    },
  },
  check(context) {
    for (const { line, element } of headerLines(context.lines)) {
      if (element.type !== 'classification' && element.type !== 'issuerMark' && element.type !== 'paragraph') continue;
      const m = LINE.exec(line.value);
      if (!m) continue;
      const starAt = m[1].length + m[2].length + m[3].length;
      if (m[4] && m[4] !== '★') {
        context.report({ line, start: starAt, end: starAt + 1, messageId: 'star', data: { got: m[4] }, fix: { start: starAt, end: starAt + 1, text: '★' } });
      }
      const period = m[6];
      const p = /^([一二三四五六七八九十]{1,3})[ \t\u3000]*(年|个月|月)$/.exec(period);
      if (m[4] && p) {
        const n = chineseNumber(p[1]);
        if (n === undefined) continue;
        const start = starAt + 1 + m[5].length;
        const want = `${n}${p[2]}`;
        context.report({ line, start, end: start + period.length, messageId: 'period', data: { got: period, want }, fix: { start, end: start + period.length, text: want } });
      }
    }
  },
});
