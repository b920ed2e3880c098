/**
 * The body's references to attachments agree with the 附件说明: GB/T 9704—2012 7.3.4 (the note gives
 * the order number and name of every attachment) and 7.3.7 ("附件顺序号和名称应当与附件说明的表述一致").
 * - "详见附件3" in the body when the note lists only two attachments: an error (the writer cites an
 *   attachment that is not there, or the note dropped one);
 * - the note lists more attachments than the body cites, when the body cites at least two by number:
 *   a warning (a document need not cite every attachment, but an uncited one is often left
 *   over from an earlier draft).
 * References are 附件3, 附件三, 附件1、2, 附件1至3 / 附件1—3 in the main text (not inside the attachments
 * themselves, nor in the note). Judged only when there is a 附件说明.
 */
import { defineRule } from '../../rule.js';
import type { Line } from '../../tree/types.js';
import { textLines } from '../../util/doc.js';
import { parseInteger } from '../../util/number.js';

const N = '(?:\\d{1,2}|[一二三四五六七八九十]{1,3})';
/** Not a reference: 附件12万元 (a sum), 附件1.5 (a decimal). */
const NOT_AFTER = '(?![\\d万亿千百元年月日个项%.．])';
const REFERENCE = new RegExp(`附\\s*件\\s*(${N})${NOT_AFTER}((?:\\s*[、，和及与至到—～~-]\\s*${N}${NOT_AFTER})*)`, 'g');
const MORE = new RegExp(`([、，和及与至到—～~-])\\s*(${N})`, 'g');

const num = (s: string) => (/^\d+$/.test(s) ? Number(s) : parseInteger(s));

/** Items in the note: lines that open with a number, or one unnumbered name. */
function noteCount(lines: Line[]): number {
  let count = 0;
  for (const line of lines) {
    const v = line.value.replace(/^\s*(附\s*件\s*[:：])?\s*/, '');
    if (/^\d{1,2}\s*[.．、]/.test(v)) count++;
    else if (count === 0 && v.trim()) count = 1;
  }
  return count;
}

export default defineRule({
  meta: {
    id: 'consistency/attachment-reference',
    category: 'consistency',
    clause: 'GB/T 9704—2012 7.3.4、7.3.7',
    citation: { en: 'GB/T 9704—2012 §7.3.4, §7.3.7' },
    description: {
      zh: '正文提到的附件应在附件说明中列出，附件说明所列附件应在正文中提到',
      en: 'Attachments cited in the body are listed in the attachment note, and the note lists no attachment the body leaves uncited',
    },
    severity: 'error',
    fixable: false,
    messages: {
      notListed: {
        zh: '正文提到“{text}”，但附件说明只列出{count}个附件',
        en: 'The body cites “{text}” but the attachment note lists only {count} attachment(s)',
      },
      notCited: {
        zh: '附件说明列出{count}个附件，正文只提到{cited}，请核对是否多列了附件',
        en: 'The attachment note lists {count} attachments but the body cites only {cited}: check for a leftover attachment',
      },
    },
    examples: {
      bad: ['关于做好防汛工作的通知\n各区人民政府：\n请按要求填报（见附件3）。\n附件：1.防汛责任人名单\n2.物资储备清单\n某市人民政府\n2024年6月3日'],
      good: ['关于做好防汛工作的通知\n各区人民政府：\n请按要求填报名单（见附件1）和清单（见附件2）。\n附件：1.防汛责任人名单\n2.物资储备清单\n某市人民政府\n2024年6月3日'],
    },
  },
  check(context) {
    const note = context.elements('attachmentNote')[0];
    if (!note) return;
    const count = noteCount(note.children);
    if (count === 0) return;
    const cited = new Set<number>();
    let notListed = false;
    for (const { line } of textLines(context, { attachments: false })) {
      for (const m of line.value.matchAll(REFERENCE)) {
        const first = num(m[1]);
        if (first === undefined || first < 1) continue;
        const numbers = [first];
        let prev = first;
        for (const k of (m[2] ?? '').matchAll(MORE)) {
          const n = num(k[2]);
          if (n === undefined) break;
          if (/[至到—～~-]/.test(k[1])) for (let x = prev + 1; x < n && x - prev < 20; x++) numbers.push(x);
          numbers.push(n);
          prev = n;
        }
        for (const n of numbers) cited.add(n);
        const beyond = numbers.filter((n) => n > count);
        if (beyond.length) {
          notListed = true;
          context.report({ line, start: m.index!, end: m.index! + m[0].length, messageId: 'notListed', data: { text: m[0], count } });
        }
      }
    }
    // Once the body cites a number the note lacks, the numbering is off: that finding says enough.
    // A body that cites one attachment of two is common in correct documents ("（见附件1）"): the note
    // is judged only when the body cites at least two by number and still leaves one out.
    if (notListed || cited.size < 2 || count <= 2) return;
    const missing = [...Array(count).keys()].map((i) => i + 1).filter((n) => !cited.has(n));
    if (!missing.length) return;
    const line = note.children[0];
    const start = line.value.length - line.value.trimStart().length;
    context.report({
      line, start, end: line.value.trimEnd().length, messageId: 'notCited', severity: 'warning',
      data: { count, cited: [...cited].filter((n) => n <= count).sort((a, b) => a - b).map((n) => `附件${n}`).join('、') || '其他附件' },
    });
  },
});
