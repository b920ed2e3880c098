/**
 * 冒号套用 (nested colons): GB/T 15834—2011 4.7.3.1 “一个句子内部一般不应套用冒号。在列举式或条文式表述中，
 * 如不得不套用冒号时，宜另起段落来显示各个层次。” ✗ “会议要求：各单位要做到以下几点：一是……”.
 *
 * A sentence (splitSentences: up to 。！？；) with two colons outside quotes, 书名号, brackets and
 * parentheses draws a warning (一般) at the second. Not colons: times and ratios between digits
 * (10:30, 8：30, 1：500), URLs and other exempt spans. Not judged: field lists (“联系人：张三，电话：……”,
 * “时间：……　地点：……”), where each colon follows a short label; 版头/版记 elements, notes, remarks,
 * table cells and the addressee; colons in quoted speech; a sentence without a closing mark (captions,
 * table rows flattened into text) or with spaces between the colons (fields). No colon after 说 in indirect speech
 * (4.7.3.2) is not checked: it cannot be told from direct speech without the quotes.
 */
import { splitSentences } from '../../parsers/chinese/index.js';
import { defineRule } from '../../rule.js';
import type { ElementType } from '../../tree/types.js';
import { proseLines } from './shared.js';

const CLAUSE = 'GB/T 15834—2011 4.7.3.1';
const OPEN = '“‘《〈（(〔【「『[';
const CLOSE = '”’》〉）)〕】」』]';
/** Elements that are running text; others are labels, lists or notes. */
const PROSE: ReadonlySet<ElementType> = new Set<ElementType>(['paragraph', 'heading']);
const TERMINATED = /[。！？；;!?][”’）)」』]*$/;
/** A short field label right before a colon: “联系人”, “电话”, “时间”, “地　点”. */
const LABEL = /(?:^|[，,、；;\s\u3000])[\p{Script=Han}\s\u3000A-Za-z]{1,8}$/u;

export default defineRule({
  meta: {
    id: 'punctuation/colon-scope',
    category: 'punctuation',
    clause: CLAUSE,
    description: {
      zh: '一个句子内部一般不套用冒号；不得不套用时宜另起段落显示层次',
      en: 'A sentence normally has no colon nested inside another colon’s scope; put the levels in separate paragraphs',
    },
    severity: 'warning',
    fixable: false,
    messages: {
      nested: {
        zh: '一个句子内部一般不应套用冒号，宜改用其他标点或另起段落显示层次',
        en: 'A sentence normally does not nest colons; use other marks or put the levels in separate paragraphs',
      },
    },
    examples: {
      bad: ['会议要求：各单位要认真做到以下几点：一是压实责任，二是加强检查。'],
      good: [
        '会议要求：各单位要压实责任，加强检查。',
        '联系人：张三，联系电话：0571-12345678。',
        '会议于10:30开始，主持人说：“现在开会。”',
      ],
    },
  },
  check(context) {
    for (const { line, element, text } of proseLines(context.lines, { gate: /[：:]/, tables: false })) {
      if (!PROSE.has(element.type)) continue;
      for (const sentence of splitSentences(text)) {
        const colons: number[] = [];
        let depth = 0;
        for (let k = sentence.start; k < sentence.end; k++) {
          const ch = text[k];
          if (OPEN.includes(ch)) depth++;
          else if (CLOSE.includes(ch)) depth = Math.max(0, depth - 1);
          else if (depth === 0 && (ch === '：' || ch === ':')) {
            // 10:30, 8：30, 1：500 — a time or a ratio (full-width digits too).
            if (/[\d０-９]/.test(text[k - 1] ?? '') && /[\d０-９]/.test(text[k + 1] ?? '')) continue;
            colons.push(k);
          }
        }
        if (colons.length < 2) continue;
        // Table rows flattened into text, captions, titles: no closing mark, or fields set apart by spaces.
        if (!TERMINATED.test(text.slice(sentence.start, sentence.end))) continue;
        if (/[\s\u3000]/.test(text.slice(colons[0], colons[1]))) continue;
        // A field list: every colon follows a short label.
        if (colons.every((c) => LABEL.test(text.slice(sentence.start, c)))) continue;
        context.report({ line, start: colons[1], end: colons[1] + 1, messageId: 'nested' });
      }
    }
  },
});
