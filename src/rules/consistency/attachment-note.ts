/**
 * The 附件说明 lists the attachments by number and name; each attachment's label (附件N) and title
 * must match its item, and there must be as many items as attachments. GB/T 9704—2012 7.3.4
 * (附件说明) and 7.3.7 (附件: "附件序号和名称前后标注应一致").
 * Judged only when the document carries at least one attachment (a draft may send them as separate
 * files); fewer attachments than items is a warning for the same reason. Titles are compared without spaces and punctuation; a title that one line of the note only
 * begins (a wrapped item) is accepted.
 */
import { defineRule } from '../../rule.js';
import type { Block, Element, Line } from '../../tree/types.js';
import { hanCount, normalizeForCompare } from '../../util/text.js';

interface NoteItem {
  number: number;
  title: string;
  line: Line;
  start: number;
  end: number;
}

function noteItems(note: Element): NoteItem[] {
  const items: NoteItem[] = [];
  for (const line of note.children) {
    const v = line.value;
    const prefix = /^\s*(附\s*件\s*[:：])?\s*/.exec(v)!;
    const at = prefix[0].length;
    const numbered = /^(\d{1,2})\s*[.．、]\s*/.exec(v.slice(at));
    let end = v.length;
    while (end > at && /[\s。；;，,]/.test(v[end - 1])) end--;
    if (numbered) {
      const start = at + numbered[0].length;
      items.push({ number: Number(numbered[1]), title: v.slice(start, end), line, start, end });
    } else if (items.length === 0 && end > at) {
      items.push({ number: 1, title: v.slice(at, end), line, start: at, end });
    }
  }
  return items;
}

function same(a: string, b: string): boolean {
  const x = normalizeForCompare(a);
  const y = normalizeForCompare(b);
  return x === y || (x.length >= 4 && y.length >= 4 && (x.startsWith(y) || y.startsWith(x)));
}

export default defineRule({
  meta: {
    id: 'consistency/attachment-note',
    category: 'consistency',
    clause: 'GB/T 9704—2012 7.3.4、7.3.7',
    description: {
      zh: '附件说明的序号、名称和数量应与所附附件一致',
      en: 'The attachment note must match the attachments in number, name and count',
    },
    severity: 'error',
    fixable: false,
    messages: {
      count: {
        zh: '附件说明列出{noteCount}个附件，文后实际附有{attachmentCount}个附件（GB/T 9704—2012 7.3.7）',
        en: 'The attachment note lists {noteCount} attachments but {attachmentCount} are attached (GB/T 9704—2012 §7.3.7)',
      },
      missing: {
        zh: '“{label}”在附件说明中没有对应的序号（GB/T 9704—2012 7.3.7）',
        en: '“{label}” has no item with its number in the attachment note (GB/T 9704—2012 §7.3.7)',
      },
      title: {
        zh: '附件{number}的标题“{title}”与附件说明中的名称“{noteTitle}”不一致（GB/T 9704—2012 7.3.7）',
        en: 'Attachment {number} is titled “{title}” but the note calls it “{noteTitle}” (GB/T 9704—2012 §7.3.7)',
      },
    },
    examples: {
      bad: [
        '关于做好防汛工作的通知\n各区人民政府：\n请做好防汛工作。\n附件：1.防汛责任人名单\n2.物资储备清单\n某市人民政府\n2024年6月3日\n附件1\n防汛责任人名单\n张三\n附件2\n防汛物资调拨清单\n沙袋',
        '关于做好防汛工作的通知\n各区人民政府：\n请做好防汛工作。\n附件：1.防汛责任人名单\n2.物资储备清单\n某市人民政府\n2024年6月3日\n附件1\n防汛责任人名单\n张三',
      ],
      good: ['关于做好防汛工作的通知\n各区人民政府：\n请做好防汛工作。\n附件：1.防汛责任人名单\n2.物资储备清单\n某市人民政府\n2024年6月3日\n附件1\n防汛责任人名单\n张三\n附件2\n物资储备清单\n沙袋'],
    },
  },
  check(context) {
    const note = context.elements('attachmentNote')[0];
    const attachments = context.tree.children.filter((b): b is Block => b.type === 'attachment');
    if (!note || attachments.length === 0) return;
    const items = noteItems(note);
    if (items.length === 0) return;
    if (items.length !== attachments.length) {
      context.report({
        line: note.children[0], messageId: 'count',
        data: { noteCount: items.length, attachmentCount: attachments.length },
        // Fewer attached than listed: the rest may travel as separate files (warning).
        severity: attachments.length < items.length ? 'warning' : 'error',
      });
    }
    attachments.forEach((att, index) => {
      const label = att.children.find((c): c is Element => c.type === 'attachmentLabel');
      if (!label) return;
      const labelLine = label.children[0];
      const n = /(\d{1,2})/.exec(labelLine.value);
      const number = n ? Number(n[1]) : attachments.length === 1 ? 1 : index + 1;
      const item = items.find((i) => i.number === number);
      if (!item) {
        const trimmed = labelLine.value.trim();
        const start = labelLine.value.indexOf(trimmed);
        context.report({ line: labelLine, start, end: start + trimmed.length, messageId: 'missing', data: { label: trimmed } });
        return;
      }
      const titleEl = att.children.find((c): c is Element => c.type === 'title');
      const titleLine = titleEl?.children[0];
      if (!titleLine) return;
      const title = titleLine.value.trim();
      // "（100名）" under the label is a note, not the title; "附件2" is the next label.
      // A line with a colon or sentence punctuation is content (组长：…), not a title.
      if (/^[（(].*[）)]$/.test(title) || /^附\s*件\s*\d*$/.test(title) || hanCount(title) < 4) return;
      if (/[:：。，；]/.test(title) || same(title, item.title)) return;
      const start = titleLine.value.indexOf(title);
      context.report({
        line: titleLine, start, end: start + title.length, messageId: 'title',
        data: { number, title, noteTitle: item.title },
        related: [{ line: item.line, start: item.start, end: item.end, message: '附件说明' }],
      });
    });
  },
});
