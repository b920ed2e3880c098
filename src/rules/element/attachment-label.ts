/**
 * 附件 (attachment) labels: GB/T 9704—2012 7.3.7 “‘附件’二字及附件顺序号用3号黑体字顶格编排在版心左上角第一行。
 * 附件标题居中编排在版心第三行。附件顺序号和附件标题应当与附件说明的表述一致”.
 *
 * - the label's number must be the one the 附件说明 gives the attachment (error): “附件2” as the first
 *   attachment, “附件3” when the note lists two, a missing number when the note numbers them;
 * - the number in Chinese numerals (附件一) differs from the note's Arabic 1. (error, safe fix);
 * - a numbered label carries the title on its line (附件1：名称): a warning, the title goes on its own
 *   line (“附件：名称” without number is how web editions print the head of an attachment: left alone);
 * - the attachment's title differs from the name in the note: a warning, since attachment titles are
 *   recognised loosely (spaces, 书名号 and closing marks are ignored in the comparison, and a title
 *   that is the start of the name — wrapped onto lines the recogniser did not take — matches).
 */
import { defineRule } from '../../rule.js';
import type { Line } from '../../tree/types.js';
import { attachmentNoteItems, chineseNumber, looseName } from './shared.js';

const CLAUSE = 'GB/T 9704—2012 7.3.7';
const LABEL = /^([ \t\u3000]*附[ \t\u3000]*件[ \t\u3000]*)(\d{1,2}|[一二三四五六七八九十]{1,3})?([ \t\u3000]*[:：][ \t\u3000]*(.*))?$/;

export default defineRule({
  meta: {
    id: 'element/attachment-label',
    category: 'element',
    clause: CLAUSE,
    description: {
      zh: '附件标识“附件N”的顺序号和附件标题应与附件说明一致',
      en: 'Attachment labels (附件N) and titles match the attachment note',
    },
    severity: 'error',
    fixable: true,
    messages: {
      number: {
        zh: '附件顺序号应与附件说明一致，此处应为“附件{want}”，不是“{got}”',
        en: 'The attachment number matches the attachment note: “附件{want}” expected, not “{got}”',
      },
      arabic: {
        zh: '附件顺序号应与附件说明一致使用阿拉伯数字，“{got}”应写作“{want}”',
        en: 'The attachment number is in Arabic digits as in the note: “{got}” should be “{want}”',
      },
      notInNote: {
        zh: '附件说明只列了{count}个附件，没有“{got}”',
        en: 'The attachment note lists {count} attachment(s); there is no “{got}” in it',
      },
      titleOnLabel: {
        zh: '“附件”及顺序号单独成行，附件标题另行居中编排',
        en: 'The label “附件N” stands alone on its line; the attachment title goes on its own line',
      },
      title: {
        zh: '附件标题应与附件说明的表述一致，附件说明中为“{name}”',
        en: 'The attachment title matches the attachment note, which says “{name}”',
      },
    },
    examples: {
      bad: [
        '关于做好冬季安全生产工作的通知\n\n各区县人民政府：\n现将有关事项通知如下。\n\n附件：1.安全检查表\n2.隐患整改台账\n\n青山市人民政府\n2024年11月15日\n\n附件2\n\n安全检查表\n\n检查内容。\n',
      ],
      good: [
        '关于做好冬季安全生产工作的通知\n\n各区县人民政府：\n现将有关事项通知如下。\n\n附件：1.安全检查表\n2.隐患整改台账\n\n青山市人民政府\n2024年11月15日\n\n附件1\n\n安全检查表\n\n检查内容。\n',
      ],
    },
  },
  check(context) {
    const note = context.elements('attachmentNote')[0];
    const items = note ? attachmentNoteItems(note.children) : [];
    const numbered = items.length > 1 || items.some((i) => i.n !== undefined);
    const attachments = context.tree.children.filter((b) => b.type === 'attachment');
    attachments.forEach((att, k) => {
      const labelEl = att.children.find((c) => c.type === 'attachmentLabel');
      if (!labelEl || labelEl.type === 'body') return;
      const line: Line = labelEl.children[0];
      const value = labelEl.children.map((l) => l.value).join('');
      const m = LABEL.exec(labelEl.children.length > 1 ? value : line.value);
      if (!m) return;
      const numText = m[2];
      const n = numText === undefined ? undefined : chineseNumber(numText);
      const numStart = m[1].length;
      const labelEnd = numStart + (numText?.length ?? 0);
      const labelStart = m[1].length - m[1].trimStart().length;
      const got = line.value.slice(labelStart, labelEnd).trim();
      if (labelEl.children.length === 1 && numText && /[一二三四五六七八九十]/.test(numText) && n !== undefined) {
        context.report({ line, start: numStart, end: labelEnd, messageId: 'arabic', data: { got, want: `附件${n}` }, fix: { start: numStart, end: labelEnd, text: String(n) } });
      }
      let numberWrong = false;
      if (items.length > 0) {
        const expected = items[k]?.n ?? (numbered ? k + 1 : undefined);
        if (n !== undefined && n > items.length && numbered) {
          context.report({ line, start: labelStart, end: labelEnd, messageId: 'notInNote', data: { count: items.length, got } });
          numberWrong = true;
        } else if (expected !== undefined && n !== expected) {
          context.report({ line, start: labelStart, end: labelEnd, messageId: 'number', data: { want: expected, got } });
          numberWrong = true;
        }
      }
      // Only a numbered label: “附件：名称” at the head of an attachment is how web editions print it.
      if (m[3] && m[4] && numText) {
        context.report({ line, start: labelStart, end: line.value.trimEnd().length, messageId: 'titleOnLabel', severity: 'warning' });
      }
      // The title: on its own line(s) after the label, or after the colon on the label line.
      // (When the number is wrong, which title was meant is a guess: no comparison.)
      const item = n !== undefined ? items.find((i) => i.n === n) ?? items[k] : items[k];
      if (!item || numberWrong) return;
      const titleEl = att.children.find((c) => c.type === 'title');
      const titleText = m[4] ?? (titleEl && titleEl.type === 'title' ? titleEl.children.map((l) => l.value.trim()).join('') : undefined);
      // A “title” with sentence marks in it is body text the recogniser took for one.
      if (!titleText || (!titleEl && !m[4]) || /[：:，,。；;]/.test(titleText)) return;
      const [a, b] = [looseName(titleText), looseName(item.name)];
      // A title wrapped over lines the recogniser did not take is a prefix of the name: not a mismatch.
      if (a !== b && !b.startsWith(a) && !a.startsWith(b)) {
        const tLine = m[4] ? line : (titleEl as { children: Line[] }).children[0];
        const start = m[4] ? line.value.indexOf(m[4]) : tLine.value.length - tLine.value.trimStart().length;
        context.report({
          line: tLine, start, end: tLine.value.trimEnd().length, messageId: 'title', data: { name: item.name }, severity: 'warning',
          related: [{ line: item.line, start: item.start, end: item.end, message: '附件说明' }],
        });
      }
    });
  },
});
