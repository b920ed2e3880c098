/**
 * Body paragraphs start two characters in and wrap flush left (GB/T 9704—2012 7.3.3: 每个自然段左空二字，
 * 回行顶格). Met by w:ind firstLineChars=200, or firstLine ≈ 2 × the font size (640 twips at 16 pt),
 * ±10% (or 640 twips, two 3号 characters, whatever the text's size: a wrong size is format/font-size's
 * finding), or by two ideographic spaces typed at the start. A hanging or left indent breaks 回行顶格.
 * Centred and right-aligned paragraphs (subtitles, captions), numbered lists, tables and text boxes
 * are not judged. Warning: Word and WPS store the same indent in several ways.
 */
import { defineRule } from '../../rule.js';
import type { Line } from '../../tree/types.js';
import { BODY_INDENT } from '../../standards/gbt9704.js';
import type { IndentProps } from '../../fix/model.js';
import { judged, paragraphEdit } from './shared.js';

export function charTwips(line: Line): number {
  const run = line.runs?.find((r) => r.text.trim() !== '');
  const hp = run?.sizeHalfPoints ?? line.format?.mark?.sizeHalfPoints ?? 32;
  return hp * 10;
}

/** First-line indent in characters (negative for hanging), from the resolved paragraph format. */
export function firstLineChars(line: Line): number {
  const f = line.format ?? {};
  if (f.indentHanging && f.indentHanging > 0) return -f.indentHanging / charTwips(line);
  if (f.indentFirstLineChars !== undefined && f.indentFirstLineChars !== 0) return f.indentFirstLineChars / 100;
  return (f.indentFirstLine ?? 0) / charTwips(line);
}

export function isBodyParagraph(entry: { line: Line; element: { type: string }; block: string }): boolean {
  const { line, element, block } = entry;
  if (element.type !== 'paragraph' || (block !== 'mainBlock' && block !== 'attachment') || !judged(line)) return false;
  const f = line.format ?? {};
  if (f.numbered) return false;
  if (f.alignment && /^(center|right|end|distribute)$/.test(f.alignment)) return false;
  return true;
}

export default defineRule({
  meta: {
    id: 'format/body-indent',
    category: 'format',
    clause: 'GB/T 9704—2012 7.3.3',
    citation: { en: 'GB/T 9704—2012 §7.3.3' },
    description: {
      zh: '正文每个自然段首行缩进二字，回行顶格（无悬挂缩进）',
      en: 'Body paragraphs indent the first line two characters and wrap flush left (no hanging indent)',
    },
    severity: 'warning',
    fixable: true,
    formats: ['docx'],
    messages: {
      firstLine: {
        zh: '正文段落首行缩进{found}，应首行缩进2字符',
        en: 'Body paragraph first-line indent is {found}; it should be 2 characters',
      },
      hanging: {
        zh: '正文段落设置了{found}，回行应顶格',
        en: 'Body paragraph has {found}; wrapped lines should start flush left',
      },
    },
  },
  check(context) {
    for (const entry of context.lines) {
      if (!isBodyParagraph(entry)) continue;
      const { line } = entry;
      const f = line.format ?? {};
      const ct = charTwips(line);
      const lead = /^[\u3000 \t]*/.exec(line.value)![0];
      const typed = [...lead].reduce((n, c) => n + (c === '\u3000' ? 1 : c === '\t' ? 2 : 0.5), 0);
      // The fix: two characters of indent (none when two are typed), wrapped lines flush left.
      const twoTyped = typed >= 1.8 && typed <= 2.2;
      const indent = (): IndentProps => ({
        ...(twoTyped ? { firstLineChars: 0, firstLine: 0 } : { firstLineChars: BODY_INDENT.charsHundredths, firstLine: BODY_INDENT.twips }),
        ...((f.indentLeft ?? 0) > 0 ? { left: 0, leftChars: 0 } : {}),
      });
      const fix = () => (twoTyped || typed < 0.2
        ? { formatFix: [paragraphEdit(line, { indent: indent() }, '正文：首行缩进2字符')] } : {});
      if ((f.indentHanging ?? 0) > ct * 0.25) {
        context.report({ line, messageId: 'hanging', data: { found: `悬挂缩进${round(f.indentHanging! / ct)}字符` }, ...fix() });
        continue;
      }
      if ((f.indentLeft ?? 0) > ct * 0.5) {
        context.report({ line, messageId: 'hanging', data: { found: `左缩进${round(f.indentLeft! / ct)}字符` }, ...fix() });
        continue;
      }
      const chars = firstLineChars(line);
      if (chars >= 1.8 && chars <= 2.2) continue;
      // A twips indent of two 3号 characters (640) is right whatever size the text has: when the text
      // is in the wrong size, format/font-size says so, and the indent is right once that is fixed.
      if (!f.indentFirstLineChars && f.indentFirstLine !== undefined && Math.abs(f.indentFirstLine - BODY_INDENT.twips) <= 64) continue;
      // Typed indent: two ideographic spaces (or four half-width spaces) on top of no indent.
      if (Math.abs(chars) < 0.2 && twoTyped) continue;
      const total = chars + typed;
      context.report({
        line,
        messageId: 'firstLine',
        data: { found: Math.abs(total) < 0.05 ? '为0' : `${round(total)}字符` },
        ...fix(),
      });
    }
  },
});

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
