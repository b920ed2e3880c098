/**
 * 主送机关 (addressee) ends with a full-width colon “：”. GB/T 9704—2012 7.3.2 places the addressee
 * “回行时仍顶格，最后一个机关名称后标全角冒号”.
 *
 * The catalogue tags this requirement [S] (secondary sources only), so the rule is a warning.
 * A half-width “:” is reported with a safe fix. An addressee with no colon at all is not recognised as one,
 * so it is looked for defensively: the first body paragraph right after the title that is a short
 * list of organs (starts with 各…, or ends with an organ word) with no sentence punctuation.
 */
import { defineRule } from '../../rule.js';
import { inSourceOrder, trimmedSpan } from './shared.js';

const ORGAN_END = /(人民政府|政府|委员会|常委会|党委|党组|办公厅|办公室|各部门|各单位|直属机构|各部委|部|厅|局|委|办|署|院|中心|公司|单位)$/;

export default defineRule({
  meta: {
    id: 'element/addressee-colon',
    category: 'element',
    clause: 'GB/T 9704—2012 7.3.2',
    description: {
      zh: '主送机关最后一个机关名称后标全角冒号“：”',
      en: 'The addressee line ends with a full-width colon “：”',
    },
    severity: 'warning',
    fixable: true,
    messages: {
      halfWidth: {
        zh: '主送机关后应标全角冒号“：”，不用半角“:”',
        en: 'The addressee ends with a full-width colon “：”, not a half-width “:”',
      },
      missing: {
        zh: '主送机关最后一个机关名称后应标全角冒号“：”',
        en: 'The last organ of the addressee is followed by a full-width colon “：”',
      },
    },
    examples: {
      bad: [
        '青山市人民政府关于做好冬季安全生产工作的通知\n\n各区县人民政府，市政府各部门:\n现将有关事项通知如下。\n',
        '青山市人民政府关于做好冬季安全生产工作的通知\n\n各区县人民政府，市政府各部门\n现将有关事项通知如下。\n',
      ],
      good: ['青山市人民政府关于做好冬季安全生产工作的通知\n\n各区县人民政府，市政府各部门：\n现将有关事项通知如下。\n'],
    },
  },
  check(context) {
    for (const el of context.elements('addressee')) {
      const line = el.children[el.children.length - 1];
      const [, end] = trimmedSpan(line.value);
      if (line.value[end - 1] === ':') {
        context.report({ line, start: end - 1, end, messageId: 'halfWidth', fix: { start: end - 1, end, text: '：' } });
      }
    }
    if (context.elements('addressee').length > 0) return;
    // No addressee recognised: the line right after the main title, when it is a bare list of organs.
    const title = context.elements('title')[0];
    if (!title) return;
    const ordered = inSourceOrder(context.lines);
    const lastTitleLine = title.children[title.children.length - 1];
    const at = ordered.findIndex((e) => e.line === lastTitleLine);
    const next = ordered[at + 1];
    const after = ordered[at + 2];
    if (!next || !after || next.element.type !== 'paragraph' || next.block !== 'mainBlock') return;
    const text = next.line.value.trim();
    if (text.length < 4 || text.length > 80 || /[。；;！!？?：:“”"《》（）()]/.test(text)) return;
    const organs = text.split(/[，,、]/);
    const isList = (/^各/.test(text) || ORGAN_END.test(text)) && organs.every((o) => o.trim().length >= 2 && o.trim().length <= 20);
    // … and the next line reads as body text (a sentence), not as the rest of a title.
    if (!isList || !/[。；：]/.test(after.line.value)) return;
    const [, end] = trimmedSpan(next.line.value);
    context.report({ line: next.line, start: end, end, messageId: 'missing', fix: { start: end, end, text: '：' } });
  },
});
