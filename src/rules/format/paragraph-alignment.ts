/**
 * Placement of single elements: 标题 centred (7.3.1 居中排布); 主送机关 flush left (7.3.2 居左顶格);
 * 附件 label flush left and the attachment title centred (7.3.7 顶格编排在版心左上角 / 居中编排); 署名 and 成文日期 on the right (7.3.5: 成文日期右空
 * 四字, 署名 centred over it), met by right alignment, or centring / a large indent that pushes
 * the line right. Warning: the exact placement is done many ways.
 */
import { defineRule } from '../../rule.js';
import type { Line } from '../../tree/types.js';
import { charTwips } from './body-indent.js';
import type { Report } from '../../rule.js';
import { DATE_RIGHT_INDENT_CHARS } from '../../standards/gbt9704.js';
import { CLAUSE, effectiveProfile, isFormal, judged, paragraphEdit } from './shared.js';

/** Centred. */
const centre = (lines: Line[], what: string): Partial<Report> => ({
  formatFix: lines.map((line) => paragraphEdit(line, { alignment: 'center' }, `${what}：居中`)),
});

/** Flush left: no indent, left-aligned when centred or right-aligned, typed leading spaces removed. */
function flushLeftFix(line: Line, what: string): Partial<Report> {
  const a = line.format?.alignment;
  const lead = /^[\u3000 \t]*/.exec(line.value)![0];
  return {
    formatFix: [paragraphEdit(line, {
      indent: { firstLineChars: 0, firstLine: 0, left: 0, leftChars: 0 },
      ...(a && /^(center|right|end|distribute)$/.test(a) ? { alignment: 'left' as const } : {}),
    }, `${what}：居左顶格`)],
    ...(lead ? { fix: { start: 0, end: lead.length, text: '' } } : {}),
  };
}

/** On the right, four characters in (unless a right indent is set already). */
function rightFix(line: Line, what: string): Partial<Report> {
  const ct = charTwips(line);
  return {
    formatFix: [paragraphEdit(line, {
      alignment: 'right',
      ...(line.format?.indentRight ? {} : { indent: { rightChars: DATE_RIGHT_INDENT_CHARS * 100, right: DATE_RIGHT_INDENT_CHARS * ct } }),
    }, `${what}：居右（右空四字）`)],
  };
}

const ORDER_NUMBER = /^\s*第\s*[\d〇零一二三四五六七八九十百千]+\s*号\s*$/;

const ALIGN_NAMES: Record<string, string> = {
  left: '左对齐', start: '左对齐', both: '两端对齐', justify: '两端对齐', center: '居中', right: '右对齐', end: '右对齐',
  distribute: '分散对齐',
};
const alignName = (a: string | undefined) => (a ? ALIGN_NAMES[a] ?? a : '左对齐（默认）');

function onTheRight(line: Line): boolean {
  const f = line.format ?? {};
  const a = f.alignment;
  if (a === 'right' || a === 'end') return true;
  const ct = charTwips(line);
  if (a === 'center') return true; // centred over the date, or a centred block: acceptable
  const pushed = (f.indentLeft ?? 0) + Math.max(0, f.indentFirstLine ?? 0) + ((f.indentFirstLineChars ?? 0) / 100) * ct;
  if (pushed >= ct * 8) return true;
  const lead = /^[\u3000 \t]*/.exec(line.value)![0];
  const typed = [...lead].reduce((n, c) => n + (c === '\u3000' ? 1 : c === '\t' ? 4 : 0.5), 0);
  return typed >= 8;
}

function flushLeft(line: Line): boolean {
  const f = line.format ?? {};
  if (f.alignment && /^(center|right|end|distribute)$/.test(f.alignment)) return false;
  const ct = charTwips(line);
  const first = f.indentFirstLineChars ? (f.indentFirstLineChars / 100) * ct : (f.indentFirstLine ?? 0);
  if ((f.indentLeft ?? 0) + first > ct * 0.5) return false;
  return !/^[\u3000\t]|^ {2}/.test(line.value);
}

export default defineRule({
  meta: {
    id: 'format/paragraph-alignment',
    category: 'format',
    clause: 'GB/T 9704—2012 7.3',
    citation: { zh: 'GB/T 9704—2012 7.3.1', en: 'GB/T 9704—2012 §7.3.1' },
    description: {
      zh: '标题居中；主送机关、附件标识居左顶格；署名和成文日期居右',
      en: 'Title centred; addressee and attachment label flush left; signature and date on the right',
    },
    severity: 'warning',
    fixable: true,
    formats: ['docx'],
    messages: {
      titleCentre: {
        zh: '标题为{found}，应居中排布',
        en: 'The title is {found}; it should be centred',
      },
      orderNumber: {
        zh: '令号为{found}，应居中编排在发文机关标志下空二行',
        en: 'The order number is {found}; it should be centred two lines below the issuer mark',
        clause: { zh: 'GB/T 9704—2012 10.2', en: 'GB/T 9704—2012 §10.2' },
      },
      attachmentTitleCentre: {
        zh: '附件标题为{found}，应居中编排',
        en: 'The attachment title is {found}; it should be centred',
        clause: { zh: 'GB/T 9704—2012 7.3.7', en: 'GB/T 9704—2012 §7.3.7' },
      },
      flushLeft: {
        zh: '{label}应居左顶格编排',
        en: '{label} should start flush left',
        clause: '{clause}',
      },
      right: {
        zh: '{label}为{found}，应编排在右侧（成文日期右空四字，署名以成文日期为准居中）',
        en: '{label} is {found}; it belongs on the right (date four characters from the right edge, signature centred over it)',
        clause: { zh: 'GB/T 9704—2012 7.3.5', en: 'GB/T 9704—2012 §7.3.5' },
      },
    },
  },
  check(context) {
    if (!isFormal(effectiveProfile(context))) return;
    const profile = effectiveProfile(context);
    const seen = new Set<unknown>();
    for (const { line, element, block } of context.lines) {
      if (!judged(line)) continue;
      const f = line.format ?? {};
      // 命令 (10.2): the order number (令号) stands centred under the issuer mark.
      if (profile === 'order' && ORDER_NUMBER.test(line.value) && f.alignment !== 'center') {
        context.report({ line, messageId: 'orderNumber', data: { found: alignName(f.alignment) }, ...centre([line], '令号') });
        continue;
      }
      switch (element.type) {
        case 'title':
          if ((block === 'mainBlock' || block === 'attachment') && f.alignment !== 'center' && !seen.has(element)) {
            seen.add(element);
            context.report({
              line,
              messageId: block === 'attachment' ? 'attachmentTitleCentre' : 'titleCentre',
              data: { found: alignName(f.alignment) },
              // A title over several lines is centred as a whole.
              ...centre(element.children.filter((l) => judged(l) && l.format?.alignment !== 'center'), block === 'attachment' ? '附件标题' : '标题'),
            });
          }
          break;
        case 'addressee':
          if (!flushLeft(line)) context.report({ line, messageId: 'flushLeft', data: { label: '主送机关', clause: CLAUSE.addressee }, ...flushLeftFix(line, '主送机关') });
          break;
        case 'attachmentLabel':
          if (!flushLeft(line)) context.report({ line, messageId: 'flushLeft', data: { label: '附件标识', clause: CLAUSE.attachment }, ...flushLeftFix(line, '附件标识') });
          break;
        case 'issuerSignature':
        case 'issueDate':
          if (!onTheRight(line)) {
            const label = element.type === 'issueDate' ? '成文日期' : '发文机关署名';
            context.report({ line, messageId: 'right', data: { label, found: alignName(f.alignment) }, ...rightFix(line, label) });
          }
          break;
        default:
      }
    }
  },
});
