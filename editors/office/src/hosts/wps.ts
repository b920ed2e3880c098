/**
 * WPS 文字 (JS 加载项) through the WPS JS API, as typed by wps-jsapi-declare:
 * window.Application.ActiveDocument, Paragraphs.Item(i).Range, Range.Text/Start/End,
 * Document.Range(start, end), Range.WordOpenXML, Comments.Add(Range, Text), Range.HighlightColorIndex,
 * Range.Select(). The API is synchronous (COM-like); the adapter wraps it in promises.
 */
/// <reference types="wps-jsapi-declare" />
import { normalizeHostText, type Target, type TextEdit } from '../mapping.js';
import { COMMENT_PREFIX, type AnnotationMode, type HostAdapter, type HostFormatEdit } from './types.js';

const WD_YELLOW = 7;          // WdColorIndex.wdYellow
const WD_NO_HIGHLIGHT = 0;    // WdColorIndex.wdNoHighlight
const WD_UNDEFINED = 9999999; // mixed
const ALIGN: Record<string, number> = { left: 0, center: 1, right: 2, both: 3 }; // WdParagraphAlignment
const LINE_RULE: Record<string, number> = { atLeast: 3, exact: 4, auto: 5 };      // WdLineSpacing (auto → multiple)

export function isWps(): boolean {
  const app = (globalThis as any).Application ?? (globalThis as any).wps?.Application ?? (globalThis as any).wps;
  return Boolean(app && typeof app === 'object' && 'ActiveDocument' in app);
}

export class WpsHost implements HostAdapter {
  readonly name = 'wps' as const;
  // page-number footers (kind pageNumbers) need fields in odd/even footers: left to the CLI's --fix
  readonly formatKinds: ReadonlySet<string> = new Set(['run', 'paragraph', 'section', 'style']);
  private comments: any[] = [];
  private highlights: Array<{ range: any; before: number }> = [];

  private get app(): any {
    const g = globalThis as any;
    return g.Application ?? g.wps?.Application ?? g.wps;
  }

  private get doc(): any {
    const doc = this.app?.ActiveDocument;
    if (!doc) throw new Error('没有打开的文档');
    return doc;
  }

  async read() {
    const doc = this.doc;
    const ooxml: string = doc.Content?.WordOpenXML ?? doc.WordOpenXML;
    const count: number = doc.Paragraphs.Count;
    const paragraphs: string[] = [];
    for (let i = 1; i <= count; i++) paragraphs.push(String(doc.Paragraphs.Item(i).Range.Text ?? ''));
    return { ooxml, paragraphs };
  }

  /**
   * The document range of a target, checked: the paragraph must still read as it did, and the span
   * must hold the expected text. Offsets can be off by hidden characters (field codes) that Range.Text
   * does not show; then the span is looked for nearby.
   */
  private rangeOf(t: Target): any | undefined {
    const doc = this.doc;
    if (t.paragraph + 1 > doc.Paragraphs.Count) return undefined;
    const para = doc.Paragraphs.Item(t.paragraph + 1).Range;
    if (normalizeHostText(String(para.Text)) !== t.paragraphText) return undefined;
    const length = t.end - t.start;
    const base = para.Start + t.start;
    for (const d of [0, ...Array.from({ length: 64 }, (_, i) => (i % 2 ? -1 : 1) * (Math.floor(i / 2) + 1))]) {
      const s = base + d;
      if (s < para.Start || s + length > para.End) continue;
      const r = doc.Range(s, s + length);
      if (String(r.Text ?? '') === t.text) return r;
      if (length === 0) return r;
    }
    return undefined;
  }

  async select(t: Target) {
    const r = this.rangeOf(t);
    if (!r) return false;
    r.Select();
    return true;
  }

  async applyEdits(edits: TextEdit[]) {
    let applied = 0;
    let failed = 0;
    // edits come last-first: an edit leaves the text before it alone, so the paragraph as it now
    // reads is the check for the next edit in the same paragraph
    const now = new Map<number, string>();
    for (const e of edits) {
      const paragraphText = now.get(e.paragraph) ?? e.paragraphText;
      const r = this.rangeOf({ ...e, paragraphText });
      if (!r) { failed++; continue; }
      r.Text = e.replacement;
      now.set(e.paragraph, paragraphText.slice(0, e.start) + e.replacement + paragraphText.slice(e.end));
      applied++;
    }
    return { applied, failed };
  }

  async applyFormat(edits: HostFormatEdit[]) {
    let applied = 0;
    let failed = 0;
    const doc = this.doc;
    for (const { edit, target } of edits) {
      try {
        if (edit.kind === 'run' && target) {
          const r = this.rangeOf(target);
          if (!r) { failed++; continue; }
          setFont(r.Font, edit.set);
        } else if (edit.kind === 'paragraph' && target) {
          const r = this.rangeOf(target);
          if (!r) { failed++; continue; }
          setParagraph(r.ParagraphFormat, edit.set);
        } else if (edit.kind === 'section' && edit.section !== undefined) {
          const ps = doc.Sections.Item(edit.section + 1).PageSetup;
          const { pageSize, margins } = edit.set;
          if (pageSize) { ps.PageWidth = pageSize.width / 20; ps.PageHeight = pageSize.height / 20; }
          if (margins) {
            ps.TopMargin = margins.top / 20; ps.BottomMargin = margins.bottom / 20;
            ps.LeftMargin = margins.left / 20; ps.RightMargin = margins.right / 20;
            if (margins.header !== undefined) ps.HeaderDistance = margins.header / 20;
            if (margins.footer !== undefined) ps.FooterDistance = margins.footer / 20;
          }
        } else if (edit.kind === 'style' && (edit.styleName || edit.styleId)) {
          const style = doc.Styles.Item(edit.styleName ?? edit.styleId);
          if (edit.set.run) setFont(style.Font, edit.set.run);
          if (edit.set.paragraph) setParagraph(style.ParagraphFormat, edit.set.paragraph);
        } else { failed++; continue; }
        applied++;
      } catch {
        failed++;
      }
    }
    return { applied, failed };
  }

  async annotate(items: Array<{ target: Target; comment: string }>, mode: AnnotationMode) {
    let n = 0;
    for (const { target, comment } of items) {
      const r = this.rangeOf(target.start === target.end ? wholeParagraph(target) : target);
      if (!r) continue;
      if (mode === 'highlight') {
        const before = Number(r.HighlightColorIndex);
        r.HighlightColorIndex = WD_YELLOW;
        this.highlights.push({ range: r, before: before === WD_UNDEFINED ? WD_NO_HIGHLIGHT : before });
      } else {
        this.comments.push(this.doc.Comments.Add(r, COMMENT_PREFIX + comment));
      }
      n++;
    }
    return n;
  }

  async clear() {
    let n = 0;
    for (const c of this.comments.splice(0)) {
      try { c.Delete(); n++; } catch { /* already gone (the user deleted it) */ }
    }
    for (const h of this.highlights.splice(0).reverse()) {
      try { h.range.HighlightColorIndex = h.before; n++; } catch { /* range gone */ }
    }
    return n;
  }
}

/** An insertion point has nothing to comment on: the comment goes on its paragraph. */
export function wholeParagraph(t: Target): Target {
  return { ...t, start: 0, end: t.paragraphText.length, text: t.paragraphText };
}

function setFont(font: any, set: Record<string, any>) {
  if (set.fontEastAsia) font.NameFarEast = set.fontEastAsia;
  if (set.fontAscii) font.NameAscii = set.fontAscii;
  if (set.sizeHalfPoints) font.Size = set.sizeHalfPoints / 2;
  if (set.color) font.Color = parseInt(set.color.slice(4, 6) + set.color.slice(2, 4) + set.color.slice(0, 2), 16); // BGR
}

function setParagraph(pf: any, set: Record<string, any>) {
  if (set.alignment && set.alignment in ALIGN) pf.Alignment = ALIGN[set.alignment];
  const ind = set.indent;
  if (ind) {
    if (ind.firstLineChars !== undefined) pf.CharacterUnitFirstLineIndent = ind.firstLineChars / 100;
    else if (ind.firstLine !== undefined) pf.FirstLineIndent = ind.firstLine / 20;
    if (ind.left !== undefined) pf.LeftIndent = ind.left / 20;
    if (ind.right !== undefined) pf.RightIndent = ind.right / 20;
  }
  if (set.spacing) {
    pf.LineSpacingRule = LINE_RULE[set.spacing.lineRule] ?? 4;
    pf.LineSpacing = set.spacing.lineRule === 'auto' ? (set.spacing.line / 240) * 12 : set.spacing.line / 20;
  }
}
