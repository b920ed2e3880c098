/**
 * 标题 (title) punctuation. GB/T 9704—2012 7.3.1 places the title; that a title takes no closing
 * punctuation, and inside uses only 书名号, quotation marks, parentheses and the 顿号 between parallel
 * organs, is settled practice (catalogue: [G]), so:
 * - a mark at the end of the title is an error (safe fix: remove it);
 * - other marks inside the title (，；：！？ …) are a warning;
 * - headings are not checked: published documents end numbered items that stand alone with 。
 *   (一、同意设立……试验区。 三、有关要求。 — 74 such lines in the reference corpus), and a run-in
 *   heading (一、总体要求。各地要……) needs its 。. The recogniser cannot tell a numbered sentence from
 *   a heading, so a check here would fire on correct prose.
 *
 * The recogniser never takes a line ending in 。；，！？：, or holding sentence marks, as a title; so
 * when no title is recognised, the first line of the main block is checked when it clearly is one
 * (contains 关于, ends — before the marks — in a kind word, has a 版头 above or an addressee below).
 */
import { kindOfTitle } from '../../parsers/structure.js';
import { defineRule } from '../../rule.js';
import { inSourceOrder } from './shared.js';

const CLAUSE = 'GB/T 9704—2012 7.3.1';
const END = /[。．.，,；;：:！!？?、]+$/;
const INTERNAL = /[，,；;：:！!？?。]/g;

export default defineRule({
  meta: {
    id: 'element/title-end-punctuation',
    category: 'element',
    clause: CLAUSE,
    description: {
      zh: '标题末尾不加标点；标题中除书名号、引号、括号和并列机关间的顿号外一般不用标点',
      en: 'No punctuation at the end of the title; inside it, normally only title marks, quotes, parentheses and the enumeration comma',
    },
    severity: 'error',
    fixable: true,
    messages: {
      end: {
        zh: '标题末尾不加标点符号，应删去“{mark}”',
        en: 'A title takes no punctuation at its end: remove “{mark}”',
      },
      internal: {
        zh: '标题中一般不用“{mark}”，除书名号、引号、括号和并列机关间的顿号外不用标点',
        en: 'A title normally has no “{mark}”: only title marks, quotes, parentheses and enumeration commas',
      },
    },
    examples: {
      bad: ['青山市人民政府关于做好冬季安全生产工作的通知。\n\n各区县人民政府：\n现将有关事项通知如下。\n'],
      good: [
        '青山市人民政府关于印发《青山市安全生产办法》的通知\n\n各区县人民政府：\n现将有关事项通知如下。\n一、总体要求。各地要压实责任。\n',
      ],
    },
  },
  check(context) {
    // Only the main title: attachment titles are recognised loosely (any short line after 附件N).
    const title = context.elements('title').find((t) => context.lines.some((e) => e.element === t && e.block === 'mainBlock'));
    let lines = title?.children;
    if (!lines) {
      // No main title recognised (the recogniser refuses lines with sentence marks): the first line of
      // the main block, when it clearly is a title — it contains 关于 and, before any closing marks,
      // ends in a kind word — and a 版头 stands above it or an addressee (…：) follows it.
      const ordered = inSourceOrder(context.lines);
      const at = ordered.findIndex((e) => e.block === 'mainBlock' && e.element.type !== 'directive');
      const first = ordered[at];
      const next = ordered[at + 1];
      if (first && first.element.type === 'paragraph') {
        const bare = first.line.value.trim().replace(END, '');
        const headed = ordered.some((e) => e.block === 'headerBlock') || (!!next && /[：:]\s*$/.test(next.line.value));
        if (headed && bare.length <= 60 && /关于/.test(bare) && kindOfTitle(bare).word && !/[。！!？?]/.test(bare)) lines = [first.line];
      }
    }
    if (!lines) return;
    const last = lines[lines.length - 1];
    const text = last.value.trimEnd();
    const p = END.exec(text);
    if (p && !/……$/.test(text)) {
      context.report({ line: last, start: p.index, end: text.length, messageId: 'end', data: { mark: p[0] }, fix: { start: p.index, end: text.length, text: '' } });
    }
    for (const line of lines) {
      const body = line === last && p ? line.value.slice(0, p.index) : line.value;
      for (const m of body.matchAll(INTERNAL)) {
        context.report({ line, start: m.index!, end: m.index! + 1, messageId: 'internal', data: { mark: m[0] }, severity: 'warning' });
      }
    }
  },
});
