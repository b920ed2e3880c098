/**
 * The official-document tree: one unist-compatible tree for every input (.docx, .md, .txt).
 *
 * Shape (names from ../shared/reference/glossary.md):
 *
 *   document
 *   ├─ headerBlock   版头: copyNumber, classification, urgency, issuerMark, documentNumber, signer
 *   ├─ mainBlock     主体: title, addressee, body (heading | paragraph | table), attachmentNote,
 *   │                      issuerSignature, issueDate, remark
 *   ├─ attachment*   附件: attachmentLabel, title?, body …
 *   └─ imprintBlock  版记: copyTo, printLine
 *
 * Every element node holds one or more `line` leaves: a `line` is one source paragraph (a .txt line, a
 * Markdown block, a DOCX `w:p`). Rules read `line.value` and report offsets into it; the engine turns
 * those into positions in the source (see src/tree/position.ts).
 */
import type { Node, Parent, Point, Position } from 'unist';

export type { Point, Position };

export type SourceFormat = 'txt' | 'md' | 'docx';

/** 条例 第八条: the fifteen kinds, plus `speech` (讲话稿), which the same offices draft. */
export type DocumentKind =
  | 'resolution' | 'decision' | 'order' | 'communique' | 'announcement' | 'publicNotice'
  | 'opinions' | 'notice' | 'circular' | 'report' | 'request' | 'reply' | 'motion' | 'letter'
  | 'minutes' | 'speech';

/** The Chinese word for each kind, as it ends a title. */
export const KIND_WORDS: Record<DocumentKind, string> = {
  resolution: '决议', decision: '决定', order: '命令', communique: '公报', announcement: '公告',
  publicNotice: '通告', opinions: '意见', notice: '通知', circular: '通报', report: '报告',
  request: '请示', reply: '批复', motion: '议案', letter: '函', minutes: '纪要', speech: '讲话',
};

// ---------------------------------------------------------------------------------------------
// The formatting layer (DOCX only). Values are *resolved*: docDefaults → paragraph style chain →
// character style → direct formatting. Undefined means "not set anywhere", i.e. the application
// default applies.

export interface RunFormat {
  /** East Asian font (w:rFonts/@w:eastAsia, theme fonts resolved). */
  fontEastAsia?: string;
  /** Latin font (w:rFonts/@w:ascii). */
  fontAscii?: string;
  /** Size in half-points (w:sz): 32 = 16 pt = 3号. */
  sizeHalfPoints?: number;
  bold?: boolean;
  italic?: boolean;
  /** Hex RRGGBB upper case, or 'auto'. */
  color?: string;
}

export interface Run extends RunFormat {
  text: string;
  /** Offset of this run's text within the line's value. */
  offset: number;
  /** Set on runs inside w:ins (tracked insertion). Deleted text is not in the line's value. */
  inserted?: boolean;
  /** A field this run belongs to, e.g. 'PAGE'. */
  field?: string;
  /**
   * The properties set on the run itself (its w:rPr or its character style), not taken from the
   * paragraph's style chain or the document defaults. Absent: all inherited. Tells a fault of the
   * style (fix the style) from a fault of direct formatting (fix the run).
   */
  direct?: { font?: true; size?: true; color?: true };
}

export interface ParagraphFormat {
  styleId?: string;
  styleName?: string;
  /** w:jc: left | center | right | both | distribute … */
  alignment?: string;
  /** Twips (1/20 pt). */
  indentFirstLine?: number;
  /** Hundredths of a character (w:firstLineChars), when given. */
  indentFirstLineChars?: number;
  indentHanging?: number;
  indentLeft?: number;
  indentRight?: number;
  /** w:spacing/@w:line and @w:lineRule (auto = 240ths of a line; exact/atLeast = twips). */
  lineSpacing?: number;
  lineRule?: 'auto' | 'exact' | 'atLeast';
  spaceBefore?: number;
  spaceAfter?: number;
  /** Paragraph mark's run formatting (used when the paragraph has no runs). */
  mark?: RunFormat;
  /** Heading outline level from the style (0-based), when the style declares one. */
  outlineLevel?: number;
  /** Numbering (w:numPr) present: the visible counter is generated, not in the text. */
  numbered?: boolean;
  /**
   * The label Word generates for a numbered paragraph (e.g. "一、", "（一）", "1."), computed from
   * numbering.xml and the counters so far. Not part of `value`.
   */
  numberingText?: string;
  pageBreakBefore?: boolean;
  /** w:framePr/@w:xAlign (left | center | right | inside | outside), when the paragraph is in a frame. */
  frameXAlign?: string;
  /** Paragraph borders (w:pBdr): line style (w:val), width in eighths of a point (w:sz), colour. */
  borderTop?: { style: string; size?: number; color?: string };
  borderBottom?: { style: string; size?: number; color?: string };
  /**
   * Straight lines drawn as shapes anchored in this paragraph (DrawingML line/connector, VML v:line):
   * the red rules of a 版头 drawn with Word's line tool. Colour as RRGGBB when given; double when the
   * line is compound (DrawingML a:ln/@cmpd, VML v:stroke/@linestyle other than single).
   */
  drawnLines?: Array<{ color?: string; double?: boolean }>;
}

export interface PageSetup {
  /** Twips. */
  width?: number;
  height?: number;
  orientation?: 'portrait' | 'landscape';
  marginTop?: number;
  marginBottom?: number;
  marginLeft?: number;
  marginRight?: number;
  marginHeader?: number;
  marginFooter?: number;
  gutter?: number;
  /** w:docGrid */
  gridType?: string;
  linePitch?: number;
  charSpace?: number;
  titlePage?: boolean;
}

export interface HeaderFooterPart {
  kind: 'header' | 'footer';
  /** default | even | first */
  type: string;
  /** Part name inside the package, e.g. word/footer1.xml */
  part: string;
  lines: Array<{ value: string; runs: Run[]; format: ParagraphFormat }>;
  /** Field codes found (PAGE, NUMPAGES …). */
  fields: string[];
}

export interface Section {
  page: PageSetup;
  headers: HeaderFooterPart[];
  footers: HeaderFooterPart[];
  /** Ordinal (1-based) of the last body paragraph of the section. */
  endLine: number;
}

export interface Comment {
  id: string;
  author?: string;
  text: string;
}

export interface TrackedChange {
  kind: 'insertion' | 'deletion' | 'formatChange' | 'move';
  author?: string;
  date?: string;
  /** Ordinal of the paragraph it sits in. */
  line: number;
  text: string;
}

/** A paragraph style as defined (its own properties, not inherited ones). */
export interface StyleInfo {
  name?: string;
  basedOn?: string;
  /** East Asian font set by the style itself (theme fonts resolved). */
  fontEastAsia?: string;
  sizeHalfPoints?: number;
  color?: string;
}

/** Document-wide facts only DOCX has. */
export interface DocxInfo {
  /** Paragraph styles by w:styleId. */
  styles?: Record<string, StyleInfo>;
  sections: Section[];
  /** w:evenAndOddHeaders in settings.xml */
  evenAndOddHeaders: boolean;
  comments: Comment[];
  trackedChanges: TrackedChange[];
  /** Parts of the package (for the fixer and for diagnostics). */
  parts: string[];
}

// ---------------------------------------------------------------------------------------------
// Nodes

/** One source paragraph: a .txt line, a Markdown block or a DOCX w:p. */
export interface Line extends Node {
  type: 'line';
  /** The text as it will go out (tracked deletions removed, insertions kept). */
  value: string;
  /** .docx: 1-based ordinal of the w:p among all w:p under w:body (the SARIF startLine). */
  ordinal?: number;
  /** Where the paragraph stands: body, table cell or text box. */
  container?: 'body' | 'table' | 'textbox';
  /** DOCX runs with resolved formatting. */
  runs?: Run[];
  format?: ParagraphFormat;
  /**
   * Mapping from offsets in `value` to offsets in the source file, for .md where markup is dropped:
   * sorted pairs [valueOffset, sourceOffset]; between two pairs the mapping is linear.
   */
  sourceMap?: Array<[number, number]>;
  /** .md only: the Markdown block the line came from (plain paragraphs: undefined; html = an HTML comment). */
  markdown?: 'heading' | 'listItem' | 'tableCell' | 'blockquote' | 'html';
  /** .md only: ATX/setext heading depth (1–6) when `markdown` is 'heading'. */
  markdownDepth?: number;
}

export type ElementType =
  | 'copyNumber' | 'classification' | 'urgency' | 'issuerMark' | 'documentNumber' | 'signer'
  | 'redSeparator'
  | 'title' | 'addressee' | 'heading' | 'paragraph' | 'table' | 'attachmentNote' | 'issuerSignature'
  | 'issueDate' | 'remark' | 'attachmentLabel' | 'copyTo' | 'printLine' | 'pageNumber' | 'blank'
  | 'directive'
  /** 印章: a seal placeholder line in a draft (〔此处加盖印章〕 / red “（盖章）”) between signature and date. */
  | 'seal'
  /**
   * 纪要格式 (GB/T 9704—2012 10.3, "可以根据实际制定"): a line under the 纪要标志 that is the
   * organ's own — the issue (第5期) or the line naming the office and the date (××办公室　2024年3月5日).
   */
  | 'minutesLine';

/** An element of the document: one of the glossary's elements, holding its lines. */
export interface Element extends Parent {
  type: ElementType;
  /** Heading depth 1–4 (一、 （一） 1. （1）). */
  depth?: 1 | 2 | 3 | 4;
  /**
   * The element is a template's bracketed slot, not filled in: [主送单位]： [发文单位] [日期] 【标题】.
   * The recogniser files the slot under the element it stands for; the placeholder rule reports it.
   */
  templateSlot?: true;
  children: Line[];
}

export interface Body extends Parent {
  type: 'body';
  children: Element[];
}

export interface Block extends Parent {
  type: 'headerBlock' | 'mainBlock' | 'imprintBlock' | 'attachment';
  children: Array<Element | Body>;
}

export interface DocumentNode extends Parent {
  type: 'document';
  /** The kind of document, from the title (or undefined when none is recognised). */
  kind?: DocumentKind;
  /** The word that names the kind in the title, as written (e.g. 请示报告 for a wrong kind). */
  kindWord?: string;
  format: SourceFormat;
  children: Block[];
  /** DOCX only. */
  docx?: DocxInfo;
  /**
   * The layout of the 版头 when its marks say it (GB/T 9704—2012 7.2 文件格式: a "…文件" mark; 10.1
   * 信函格式: a mark without 文件 over a red double rule, or a 发文字号 set flush right under it; 10.3
   * 纪要格式: a "…纪要" mark), whatever the title's kind: a 通知 may be sent in the 信函格式, a 函 under a
   * "…文件" mark is in the 文件格式. Undefined when the 版头 does not say.
   */
  layout?: 'file' | 'letter' | 'minutes';
}
