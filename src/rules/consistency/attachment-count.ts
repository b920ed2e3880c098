/**
 * The 附件说明 lists as many attachments as the document carries. GB/T 9704—2012 7.3.4 (附件说明),
 * 7.3.7 (附件: "附件顺序号和名称应当与附件说明的表述一致").
 *
 * Each label's number and title against its note item is element/attachment-label's; this rule
 * judges only the count, where that rule cannot:
 * - fewer attachments than items: a warning (the rest may travel as separate files, and published
 *   editions often drop them);
 * - more attachments than a single unnumbered item ("附件：名称" with 附件1, 附件2 following): an error
 *   (a numbered note's extra labels are element/attachment-label's notInNote).
 * Judged only when the document carries at least one attachment.
 */
import { defineRule } from '../../rule.js';
import type { Element } from '../../tree/types.js';

/** Items of the note: lines that open with a number, or the single unnumbered name. */
function noteItems(note: Element): { count: number; numbered: boolean } {
  let count = 0;
  let numbered = false;
  for (const line of note.children) {
    const v = line.value.replace(/^\s*(附\s*件\s*[:：])?\s*/, '');
    if (/^\d{1,2}\s*[.．、]/.test(v)) {
      count++;
      numbered = true;
    } else if (count === 0 && v.trim()) count = 1;
  }
  return { count, numbered };
}

export default defineRule({
  meta: {
    id: 'consistency/attachment-count',
    category: 'consistency',
    clause: 'GB/T 9704—2012 7.3.4、7.3.7',
    citation: { zh: 'GB/T 9704—2012 7.3.7', en: 'GB/T 9704—2012 §7.3.7' },
    description: {
      zh: '附件说明所列附件数应与文后所附附件数一致',
      en: 'The attachment note lists as many attachments as the document carries',
    },
    severity: 'error',
    fixable: false,
    messages: {
      count: {
        zh: '附件说明列出{noteCount}个附件，文后实际附有{attachmentCount}个附件',
        en: 'The attachment note lists {noteCount} attachments but {attachmentCount} are attached',
      },
    },
    examples: {
      bad: [
        '关于做好防汛工作的通知\n各区人民政府：\n请做好防汛工作。\n附件：防汛责任人名单\n某市人民政府\n2024年6月3日\n附件1\n防汛责任人名单\n张三\n附件2\n物资储备清单\n沙袋',
        '关于做好防汛工作的通知\n各区人民政府：\n请做好防汛工作。\n附件：1.防汛责任人名单\n2.物资储备清单\n某市人民政府\n2024年6月3日\n附件1\n防汛责任人名单\n张三',
      ],
      good: [
        '关于做好防汛工作的通知\n各区人民政府：\n请做好防汛工作。\n附件：1.防汛责任人名单\n2.物资储备清单\n某市人民政府\n2024年6月3日\n附件1\n防汛责任人名单\n张三\n附件2\n物资储备清单\n沙袋',
        '关于做好防汛工作的通知\n各区人民政府：\n请做好防汛工作。\n附件：1.防汛责任人名单\n2.物资储备清单\n某市人民政府\n2024年6月3日',
      ],
    },
  },
  check(context) {
    const note = context.elements('attachmentNote')[0];
    const attachments = context.tree.children.filter((b) => b.type === 'attachment').length;
    if (!note || attachments === 0) return;
    const { count, numbered } = noteItems(note);
    if (count === 0 || count === attachments) return;
    if (count < attachments && numbered) return; // element/attachment-label reports each extra label
    const line = note.children[0];
    const start = line.value.length - line.value.trimStart().length;
    context.report({
      line, start, end: line.value.trimEnd().length, messageId: 'count',
      data: { noteCount: count, attachmentCount: attachments },
      severity: attachments < count ? 'warning' : 'error',
    });
  },
});
