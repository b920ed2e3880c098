/**
 * Word (Office.js, WordApi 1.4+): Word.run, body.getOoxml(), body.paragraphs, Paragraph.search,
 * Range.insertText / insertComment / select, font.highlightColor, body.getComments().
 * Word addresses text by search, not by offset: a span is found as the k-th occurrence of its text
 * in its paragraph, k counted in the paragraph text as read, and the paragraph must still read so.
 */
import { normalizeHostText, type Target, type TextEdit } from '../mapping.js';
import { wholeParagraph } from './wps.js';
import { COMMENT_PREFIX, type AnnotationMode, type HostAdapter, type HostFormatEdit } from './types.js';

declare const Word: any;

const ALIGN: Record<string, string> = { left: 'Left', center: 'Centered', right: 'Right', both: 'Justified' };
/** Word's search takes at most 255 characters. */
const MAX_SEARCH = 255;

/** k: how many non-overlapping occurrences of `needle` start before `at` (search's own counting). */
export function occurrenceIndex(haystack: string, needle: string, at: number): number {
  let k = 0;
  for (let i = haystack.indexOf(needle); i >= 0 && i < at; i = haystack.indexOf(needle, i + Math.max(1, needle.length))) k++;
  return k;
}

/** A span Word can search for: an empty one (insertion point) is widened by a neighbouring character. */
export function searchable(t: TextEdit | Target): { target: Target; prefix: string; suffix: string } | undefined {
  if (t.text.length > 0) return t.text.length <= MAX_SEARCH ? { target: t, prefix: '', suffix: '' } : undefined;
  if (t.paragraphText.length === 0) return undefined;
  if (t.start > 0) {
    const c = t.paragraphText[t.start - 1];
    return { target: { ...t, start: t.start - 1, text: c }, prefix: c, suffix: '' };
  }
  const c = t.paragraphText[t.end];
  return { target: { ...t, end: t.end + 1, text: c }, prefix: '', suffix: c };
}

export class WordHost implements HostAdapter {
  readonly name = 'word' as const;
  readonly formatKinds: ReadonlySet<string> = new Set(['run', 'paragraph']);
  private commentIds = new Set<string>();
  private highlights: Array<{ target: Target; before: string | null }> = [];

  async read() {
    return Word.run(async (context: any) => {
      const body = context.document.body;
      const ooxml = body.getOoxml();
      const paragraphs = body.paragraphs;
      paragraphs.load('items');
      await context.sync();
      return { ooxml: ooxml.value as string, paragraphs: paragraphs.items.map((p: any) => String(p.text ?? '')) };
    });
  }

  /** The Word.Range of a target inside a Word.run context, or undefined when the text moved. */
  private async rangeOf(context: any, t: Target): Promise<any | undefined> {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load('items');
    await context.sync();
    const p = paragraphs.items[t.paragraph];
    if (!p || normalizeHostText(String(p.text ?? '')) !== t.paragraphText) return undefined;
    const k = occurrenceIndex(t.paragraphText, t.text, t.start);
    const found = p.search(t.text.replace(/\^/g, '^^'), { matchCase: true, matchWildcards: false });
    found.load('items');
    await context.sync();
    return found.items[k];
  }

  async select(t: Target) {
    const s = searchable(t);
    if (!s) return false;
    return Word.run(async (context: any) => {
      const r = await this.rangeOf(context, s.target);
      if (!r) return false;
      r.select();
      await context.sync();
      return true;
    });
  }

  async applyEdits(edits: TextEdit[]) {
    let applied = 0;
    let failed = 0;
    await Word.run(async (context: any) => {
      const now = new Map<number, string>(); // as in WpsHost.applyEdits
      for (const e of edits) {
        const paragraphText = now.get(e.paragraph) ?? e.paragraphText;
        const s = searchable({ ...e, paragraphText });
        const r = s && await this.rangeOf(context, s.target);
        if (!s || !r) { failed++; continue; }
        r.insertText(s.prefix + e.replacement + s.suffix, 'Replace');
        await context.sync();
        now.set(e.paragraph, paragraphText.slice(0, e.start) + e.replacement + paragraphText.slice(e.end));
        applied++;
      }
    });
    return { applied, failed };
  }

  async applyFormat(edits: HostFormatEdit[]) {
    let applied = 0;
    let failed = 0;
    await Word.run(async (context: any) => {
      for (const { edit, target } of edits) {
        // Office.js has no East Asian font name, page setup only in desktop API sets: run size/colour
        // and paragraph alignment/indent/spacing are applied; the rest is left for the CLI's --fix.
        if (!target || (edit.kind !== 'run' && edit.kind !== 'paragraph')) { failed++; continue; }
        const s = searchable(edit.kind === 'paragraph' ? wholeParagraph(target) : target);
        const r = s && await this.rangeOf(context, s.target);
        if (!r) { failed++; continue; }
        if (edit.kind === 'run') {
          const { sizeHalfPoints, color, fontAscii } = edit.set;
          if (sizeHalfPoints) r.font.size = sizeHalfPoints / 2;
          if (color) r.font.color = `#${color}`;
          if (fontAscii) r.font.name = fontAscii;
        } else {
          const p = r.paragraphs.getFirst();
          const { alignment, indent, spacing } = edit.set;
          if (alignment && ALIGN[alignment]) p.alignment = ALIGN[alignment];
          if (indent?.firstLine !== undefined) p.firstLineIndent = indent.firstLine / 20;
          if (indent?.left !== undefined) p.leftIndent = indent.left / 20;
          if (spacing && spacing.lineRule !== 'auto') p.lineSpacing = spacing.line / 20;
        }
        await context.sync();
        applied++;
      }
    });
    return { applied, failed };
  }

  async annotate(items: Array<{ target: Target; comment: string }>, mode: AnnotationMode) {
    let n = 0;
    await Word.run(async (context: any) => {
      for (const { target, comment } of items) {
        const t = target.start === target.end ? wholeParagraph(target) : target;
        const s = searchable(t);
        const r = s && await this.rangeOf(context, s.target);
        if (!r) continue;
        if (mode === 'highlight') {
          r.font.load('highlightColor');
          await context.sync();
          this.highlights.push({ target: t, before: r.font.highlightColor ?? null });
          r.font.highlightColor = 'Yellow';
        } else {
          const c = r.insertComment(COMMENT_PREFIX + comment);
          c.load('id');
          await context.sync();
          this.commentIds.add(String(c.id));
        }
        await context.sync();
        n++;
      }
    });
    return n;
  }

  async clear() {
    let n = 0;
    await Word.run(async (context: any) => {
      if (this.commentIds.size) {
        const comments = context.document.body.getComments();
        comments.load('items');
        await context.sync();
        for (const c of comments.items) {
          if (this.commentIds.has(String(c.id))) { c.delete(); n++; }
        }
        await context.sync();
        this.commentIds.clear();
      }
      for (const h of this.highlights.splice(0).reverse()) {
        const s = searchable(h.target);
        const r = s && await this.rangeOf(context, s.target);
        if (!r) continue;
        r.font.highlightColor = h.before;
        await context.sync();
        n++;
      }
    });
    return n;
  }
}
