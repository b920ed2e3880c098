/**
 * Items each in quotes or each in 书名号 are not separated by 顿号: ✓《条例》《规定》 ✗《条例》、《规定》
 * (GB/T 15834—2011 4.5.3.5). When something else stands between the items (a bracketed note after
 * a title, as in 《条例》（2019年修订）、《规定》), the 顿号 is right, and this rule does not see it: it
 * only looks at a 顿号 right between a closing and an opening mark of the same kind.
 *
 * The standard says 通常 (normally), so this is a warning. The fix (drop the 顿号) is the standard's
 * own recommended form.
 *
 * Only in preset `all` (issue 9): central documents write 《A》、《B》 and “A”、“B” all the time (363
 * findings on the published gov-docs corpus, more than every other warning together), so in
 * `recommended` the rule would mostly disagree with how official prose is actually written.
 */
import { defineRule } from '../../rule.js';
import { proseLines } from './shared.js';

const BETWEEN = /”、“|》、《/g;

export default defineRule({
  meta: {
    id: 'punctuation/dunhao-between-quotes',
    category: 'punctuation',
    clause: 'GB/T 15834—2011 4.5.3.5',
    citation: { en: 'GB/T 15834—2011 §4.5.3.5' },
    description: {
      zh: '并列的引号之间、并列的书名号之间通常不用顿号',
      en: 'No 顿号 between items each in quotes or each in title marks',
    },
    severity: 'warning',
    presets: [],
    fixable: true,
    messages: {
      dunhao: {
        zh: '并列的{kind}之间通常不用顿号，应删去“、”',
        en: 'No 顿号 between items each in {kindEn}: delete “、”',
      },
    },
    examples: {
      bad: ['学习《条例》、《规定》。', '坚持“两个确立”、“两个维护”。'],
      good: ['学习《条例》《规定》。', '学习《条例》（2019年修订）、《规定》。', '坚持“两个确立”“两个维护”。'],
    },
  },
  check(context) {
    for (const { line } of proseLines(context.lines)) {
      for (const m of line.value.matchAll(BETWEEN)) {
        const start = m.index! + 1;
        const quotes = m[0][0] === '”';
        context.report({
          line,
          start,
          end: start + 1,
          messageId: 'dunhao',
          data: { kind: quotes ? '引号' : '书名号', kindEn: quotes ? 'quotes' : 'title marks' },
          fix: { start, end: start + 1, text: '' },
        });
      }
    }
  },
});
