/**
 * 印章 (seal): GB/T 9704—2012 7.3.5 — when the space left cannot hold the seal, line and character
 * spacing are adjusted so that seal and text share a page; “不得采取标识‘此页无正文’的方法解决”.
 * A line saying 此页无正文 (in brackets or not) is an error.
 */
import { defineRule } from '../../rule.js';

const CLAUSE = 'GB/T 9704—2012 7.3.5';
const MARK = /[（(【\[]?\s*此\s*页\s*无\s*正\s*文\s*[）)】\]]?/g;

export default defineRule({
  meta: {
    id: 'element/seal',
    category: 'element',
    clause: CLAUSE,
    description: {
      zh: '不得用“此页无正文”解决印章与正文不同页的问题，应调整行距、字距',
      en: 'Never mark a page “此页无正文”: adjust line and character spacing so seal and text share a page',
    },
    severity: 'error',
    fixable: false,
    messages: {
      noText: {
        zh: '不得标识“此页无正文”，应采取调整行距、字距的措施，使印章与正文同处一面',
        en: 'Do not mark “此页无正文”; adjust line and character spacing so the seal and the text share a page',
      },
    },
    examples: {
      bad: ['关于做好冬季安全生产工作的通知\n\n各区县人民政府：\n现将有关事项通知如下。\n（此页无正文）\n青山市人民政府\n2024年11月15日\n'],
      good: ['关于做好冬季安全生产工作的通知\n\n各区县人民政府：\n现将有关事项通知如下。\n\n青山市人民政府\n2024年11月15日\n'],
    },
  },
  check(context) {
    for (const { line } of context.lines) {
      for (const m of line.value.matchAll(MARK)) {
        const lead = m[0].length - m[0].trimStart().length;
        context.report({ line, start: m.index! + lead, end: m.index! + m[0].trimEnd().length, messageId: 'noText' });
      }
    }
  },
});
