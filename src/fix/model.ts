/**
 * The format-fix model: what a format finding asks to change, as plain JSON, so that every applier —
 * the DOCX fixer (src/fix/docx), the WPS/Word add-in through the host API, a SARIF consumer
 * (result.properties.formatFixes) — applies the same edits without knowing which rule asked.
 *
 * A format rule attaches its edits to the report (`formatFix`), as a text rule attaches `fix`; the
 * engine copies them onto the LintMessage. An applier applies each edit it can address and leaves
 * the rest; a finding counts as fixed when all its edits were applied. Identical edits carried by
 * several findings (e.g. one footer for three page-number findings) are applied once.
 *
 * Addressing:
 * - paragraph: the 1-based ordinal of the w:p among all paragraphs under w:body in document order
 *   (the LintMessage's `line` for .docx; table cells and text boxes included, empty paragraphs too),
 *   with `expect`, the paragraph's text as the linter read it (tracked deletions removed): an applier
 *   must not edit a paragraph whose text differs (it would be the wrong one).
 * - run: a paragraph plus UTF-16 offsets [start, end) into that text; the applier splits a run at
 *   those offsets when it must.
 * - section: the 0-based index of the section (w:sectPr in document order).
 * - style: the style's id (w:styleId) and, for hosts that address styles by name, its name.
 *
 * Units are OOXML's: lengths in twips, sizes in half-points, colours RRGGBB, alignment w:jc values.
 */

/** Run formatting to set. Unset fields are left as they are. */
export interface RunProps {
  /** East Asian font (w:rFonts/@w:eastAsia; a host's "Chinese font", e.g. Word's `nameFarEast`). */
  fontEastAsia?: string;
  /** Latin font (w:rFonts/@w:ascii and @w:hAnsi). */
  fontAscii?: string;
  /** Size in half-points (w:sz and w:szCs). */
  sizeHalfPoints?: number;
  /** RRGGBB (w:color/@w:val; theme colour attributes removed). */
  color?: string;
}

/** An indent to set. A first-line value removes any hanging indent; a left value replaces w:start. */
export interface IndentProps {
  /** Hundredths of a character (w:firstLineChars), written beside `firstLine` for applications that read it first. */
  firstLineChars?: number;
  /** Twips (w:firstLine). */
  firstLine?: number;
  left?: number;
  leftChars?: number;
  right?: number;
  rightChars?: number;
}

export interface ParagraphProps {
  /** w:jc value. */
  alignment?: 'left' | 'center' | 'right' | 'both';
  indent?: IndentProps;
  /** Line spacing: `line` in twips when lineRule is exact/atLeast, 240ths of a line when auto. */
  spacing?: { line: number; lineRule: 'exact' | 'atLeast' | 'auto' };
}

export interface SectionProps {
  /** Twips; `width` > `height` keeps a landscape section landscape. */
  pageSize?: { width: number; height: number };
  /** Twips; `left` is without the gutter (the applier keeps w:gutter). header/footer only when to be written. */
  margins?: { top: number; right: number; bottom: number; left: number; header?: number; footer?: number };
  /** w:docGrid */
  grid?: { type: string; linePitch: number };
}

export interface RunEdit {
  kind: 'run';
  paragraph: number;
  expect: string;
  start: number;
  end: number;
  set: RunProps;
  /** What the change does, for people (the fixer's change list, a task pane). Never read by appliers. */
  description?: string;
}

export interface ParagraphEdit {
  kind: 'paragraph';
  paragraph: number;
  expect: string;
  set: ParagraphProps;
  description?: string;
}

export interface SectionEdit {
  kind: 'section';
  section: number;
  set: SectionProps;
  description?: string;
}

/**
 * Page numbers in the footers: odd pages `odd`, even pages `even`, the number as a PAGE field between
 * `before` and `after`, in `font`/`sizeHalfPoints`, `indentChars` characters in from the edge.
 * Implies different odd and even footers (w:evenAndOddHeaders) and a decimal number format.
 * `firstPage`: 'number' — the first page (when set to differ) shows the number too; 'blank' — the
 * first page of the first section shows none (信函); 'keep' — leave first-page footers as they are.
 */
export interface PageNumberEdit {
  kind: 'pageNumbers';
  set: {
    before: string;
    after: string;
    font: string;
    sizeHalfPoints: number;
    odd: 'left' | 'right';
    even: 'left' | 'right';
    indentChars: number;
    indentTwips: number;
    firstPage: 'number' | 'blank' | 'keep';
  };
  description?: string;
}

/** The same properties set on a style, for every paragraph that takes them from it. */
export interface StyleEdit {
  kind: 'style';
  styleId: string;
  styleName?: string;
  set: { run?: RunProps; paragraph?: ParagraphProps };
  description?: string;
}

export type FormatEdit = RunEdit | ParagraphEdit | SectionEdit | PageNumberEdit | StyleEdit;

/** A stable key: two findings carrying equal edits get one application. */
export function editKey(edit: FormatEdit): string {
  const { description: _d, ...rest } = edit;
  return stableJson(rest);
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const keys = Object.keys(value as object).filter((k) => (value as Record<string, unknown>)[k] !== undefined).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
