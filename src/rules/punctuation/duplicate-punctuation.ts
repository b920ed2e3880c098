/**
 * No stacked point marks: "通知如下：。", "完成任务。，确保". GB/T 15834 gives each pause one mark;
 * ？！ and ？？ (emphatic questions) are allowed, and so are an ellipsis or a closing bracket/quote
 * between marks, which are not stacked points. URLs, e-mail addresses and file names are left alone.
 */
import { defineRule } from '../../rule.js';
import { proseLines } from './shared.js';

const STACKED = /[，。；：、,;:]{2,}|[，。；：、][？！]|[？！][，。；：、]/g;

export default defineRule({
  meta: {
    id: 'punctuation/duplicate-punctuation',
    category: 'punctuation',
    clause: 'GB/T 15834—2011 4（点号用法）',
    citation: { zh: 'GB/T 15834—2011 4', en: 'GB/T 15834—2011 §4' },
    description: {
      zh: '点号不得叠用（如“：。”“。，”）',
      en: 'No stacked point marks (such as “：。” or “。，”)',
    },
    severity: 'error',
    fixable: true,
    messages: {
      stacked: {
        zh: '标点“{marks}”叠用，只保留一个',
        en: 'Stacked punctuation “{marks}”: keep one mark',
      },
    },
    examples: {
      bad: ['现将有关事项通知如下：。', '要按时完成任务。，确保质量。'],
      good: ['现将有关事项通知如下：', '这是为什么？！', '真的吗？？'],
    },
  },
  check(context) {
    // document numbers and directives are not prose; URLs and file names are masked ("a,,b")
    for (const { line, text } of proseLines(context.lines)) {
      for (const m of text.matchAll(STACKED)) {
        const start = m.index!;
        const marks = m[0];
        // The mark to keep: the last one ends the clause as the writer finally meant it, except a
        // colon before a full stop ("如下：。"), where the colon introduces what follows.
        const keep = marks.includes('：') ? '：' : marks[marks.length - 1];
        context.report({
          line,
          start,
          end: start + marks.length,
          messageId: 'stacked',
          data: { marks },
          fix: { start, end: start + marks.length, text: keep },
        });
      }
    }
  },
});
