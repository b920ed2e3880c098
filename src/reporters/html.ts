/**
 * `--format html`: one self-contained page (inline CSS, no script, no external asset) that shows each
 * document as A4 pages laid out on the GB/T 9704—2012 grid, with every finding highlighted where it
 * is (a `<mark class="gl-f">` carrying `data-rule`, `data-severity` and the message in `title`) and
 * listed beside the pages with a link to its highlight, a summary per file, and a print stylesheet.
 *
 * Browser-safe (no `node:*`): the VS Code .docx view and other hosts call `formatHtml` directly.
 *
 * What is rendered:
 * - .txt/.md: the source lines as written (so that line:column are exact), each styled by the element
 *   the recogniser filed it under (title centred in 小标宋, 一、 headings in 黑体 …) — the tree comes
 *   from `result.tree` when the caller kept it, else the source is parsed again here (cheap, pure).
 * - .docx: one block per `w:p` ordinal (a gap in the ordinals is an empty paragraph: an empty line),
 *   with the paragraph's alignment and its first run's size, colour and weight. Without a tree (a
 *   caller that did not keep it) only the paragraphs named by findings are shown, from their snippets.
 * Pages are filled by a simulation of the browser's line breaking (full-width characters 1, Latin by glyph class,
 * kinsoku; the body grid is exactly 28 characters by letter-spacing; a test compares it with Chromium); split
 * across pages only outside any highlight, so each finding has exactly one highlight.
 * A finding that runs over several source lines is highlighted on its first line (to the line's end);
 * a finding that crosses another one (rare: the engine merges overlaps) is cut at the end of the
 * enclosing one, and marked `data-clipped`.
 */
import type { LintMessage, LintResult } from '../engine/messages.js';
import { parseDocument } from '../parsers/index.js';
import type { DocumentNode, Element, Line } from '../tree/types.js';
import { TOOL_NAME, VERSION, ruleDocUrl } from '../engine/version.js';
import { type ReporterOptions, displayPath } from './shared.js';
import {
  CHARS_PER_LINE, FONT_FAMILIES, LINES_PER_PAGE, MARGINS_MM, PAGE, SIZE, TYPE_AREA, type FontFamily,
} from '../standards/gbt9704.js';

/**
 * The page as the renderer draws it, from the one module of GB/T 9704—2012 numbers
 * (src/standards/gbt9704.ts: 5.1 A4; 5.2.1 margins and 版心 156 mm × 225 mm; 5.2.3 22 × 28; sizes).
 * Only the page number's distance below the type area (7.5: 一字线上距版心下边缘7 mm) is added here.
 */
export const GBT9704_PAGE = {
  widthMm: PAGE.widthMm,
  heightMm: PAGE.heightMm,
  marginTopMm: MARGINS_MM.top,
  marginLeftMm: MARGINS_MM.left,
  marginRightMm: MARGINS_MM.right,
  marginBottomMm: MARGINS_MM.bottom,
  typeWidthMm: TYPE_AREA.widthMm,
  typeHeightMm: TYPE_AREA.heightMm,
  linesPerPage: LINES_PER_PAGE,
  charsPerLine: CHARS_PER_LINE,
  bodyPt: SIZE.body / 2,
  titlePt: SIZE.title / 2,
  pageNumberPt: SIZE.pageNumber / 2,
  pageNumberBelowMm: 7,
} as const;

/** A CSS font chain: the family's usual installed names, then a CJK fallback that Linux has (Noto CJK). */
function chain(family: FontFamily, fallback: string): string {
  const f = FONT_FAMILIES[family];
  const names = [...new Set([f.canonical, ...f.aliases])].filter((n) => !/--|-\d$/.test(n)).slice(0, 10);
  return [...names.map((n) => `"${n}"`), fallback].join(', ');
}

/** Font chains: the fonts named by the standard (and their usual installed names), then a CJK fallback. */
export const GBT9704_FONTS = {
  fangsong: chain('fangsong', '"Noto Serif CJK SC", "Source Han Serif SC", serif'),
  xiaobiaosong: chain('xiaobiaosong', '"Noto Serif CJK SC", "Source Han Serif SC", serif'),
  heiti: chain('heiti', '"Noto Sans CJK SC", "Source Han Sans SC", sans-serif'),
  kaiti: chain('kaiti', '"Noto Serif CJK SC", "Source Han Serif SC", serif'),
  songti: chain('songti', '"Noto Serif CJK SC", "Source Han Serif SC", serif'),
} as const;

export interface HtmlOptions extends ReporterOptions {
  /** The page title (default: the tool name and the file names). */
  title?: string;
}

const MM_PER_PT = 25.4 / 72;
const P = GBT9704_PAGE;
const GRID_PT = P.typeHeightMm / P.linesPerPage / MM_PER_PT; // ≈ 28.99 pt per grid line

type FontKey = keyof typeof GBT9704_FONTS;

interface ParaStyle {
  font: FontKey;
  sizePt: number;
  align?: 'left' | 'center' | 'right' | 'justify';
  /** First-line indent in characters. */
  indent: number;
  bold?: boolean;
  color?: string;
}

interface Mark {
  /** Index of the message in the result. */
  index: number;
  start: number;
  end: number;
  clipped?: boolean;
}

interface Para {
  /** Source line number (.txt/.md) or paragraph ordinal (.docx). */
  line: number;
  text: string;
  kind: string;
  style: ParaStyle;
  marks: Mark[];
  /** The counter Word generates for a numbered paragraph (一、), drawn before the text, not part of it. */
  label?: string;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const BODY: ParaStyle = { font: 'fangsong', sizePt: P.bodyPt, indent: 0, align: 'justify' };

/** How an element is set (GB/T 9704—2012 7.2–7.4), for text inputs where the source has no formatting. */
function styleOfElement(type: string, depth: number | undefined, text: string): ParaStyle {
  const indented = /^[\s\u3000]/.test(text);
  switch (type) {
    case 'issuerMark':
      return { font: 'xiaobiaosong', sizePt: 26, align: 'center', indent: 0, color: '#d40000' };
    case 'title':
      return { font: 'xiaobiaosong', sizePt: P.titlePt, align: 'center', indent: 0 };
    case 'documentNumber':
    case 'redSeparator':
      return { ...BODY, align: 'center' };
    case 'issueDate':
    case 'issuerSignature':
    case 'seal':
      return { ...BODY, align: 'right', indent: 0 };
    case 'heading':
      return { ...BODY, font: depth === 1 ? 'heiti' : depth === 2 ? 'kaiti' : 'fangsong', indent: indented ? 0 : 2 };
    case 'paragraph':
    case 'attachmentNote':
    case 'remark':
      return { ...BODY, indent: indented ? 0 : 2 };
    case 'attachmentLabel':
      return { ...BODY, font: 'heiti', align: 'left' };
    default:
      return { ...BODY };
  }
}

/** Element type of each tree line, by the line object. */
function elementOfLines(tree: DocumentNode): Map<Line, Element> {
  const out = new Map<Line, Element>();
  const visit = (node: { type: string; children?: unknown[] }) => {
    for (const child of (node.children ?? []) as Array<{ type: string; children?: unknown[] }>) {
      if (child.type === 'line') out.set(child as unknown as Line, node as unknown as Element);
      else visit(child);
    }
  };
  visit(tree as unknown as { type: string; children: unknown[] });
  return out;
}

function treeOf(result: LintResult): DocumentNode | undefined {
  if (result.tree) return result.tree;
  if (result.source === undefined || result.format === 'docx') return undefined;
  try {
    return parseDocument(result.source, result.format === 'md' ? 'x.md' : 'x.txt').tree;
  } catch {
    return undefined;
  }
}

function textParas(result: LintResult): Para[] {
  const source = result.source ?? '';
  const lines = source.split(/\r\n|\r|\n/);
  const kinds = new Map<number, { type: string; depth?: number }>();
  const tree = treeOf(result);
  if (tree) {
    for (const [line, element] of elementOfLines(tree)) {
      const start = line.position?.start.line;
      const end = line.position?.end.line ?? start;
      if (start === undefined || end === undefined) continue;
      for (let n = start; n <= end; n++) if (!kinds.has(n)) kinds.set(n, { type: element.type, depth: element.depth });
    }
  }
  return lines.map((text, i) => {
    const k = kinds.get(i + 1);
    const type = text.trim() === '' ? 'blank' : k?.type ?? 'paragraph';
    return { line: i + 1, text, kind: type, style: styleOfElement(type, k?.depth, text), marks: [] };
  });
}

const ALIGN: Record<string, ParaStyle['align']> = { center: 'center', right: 'right', end: 'right', both: 'justify', distribute: 'justify', left: 'left', start: 'left' };

const norm = (name: string) => name.toLowerCase().replace(/[\s_-]/g, '');
const FAMILY_BY_NAME = new Map<string, FontFamily>(
  (Object.keys(FONT_FAMILIES) as FontFamily[]).flatMap((f) => [FONT_FAMILIES[f].canonical, ...FONT_FAMILIES[f].aliases].map((n) => [norm(n), f] as [string, FontFamily])),
);

/** The GB/T 9704 family a DOCX font name belongs to (by the standards module's aliases). */
function familyOf(font: string): FontFamily | undefined {
  return font ? FAMILY_BY_NAME.get(norm(font)) : undefined;
}

function docxStyle(line: Line, type: string, depth: number | undefined): ParaStyle {
  const base = styleOfElement(type, depth, line.value);
  const run = line.runs?.find((r) => r.text.trim()) ?? line.format?.mark;
  const font = run?.fontEastAsia ?? '';
  const style: ParaStyle = { ...base, indent: 0 };
  const family = familyOf(font);
  if (family) style.font = family;
  if (run?.sizeHalfPoints) style.sizePt = run.sizeHalfPoints / 2;
  if (run?.bold) style.bold = true;
  if (run?.color && /^[0-9A-F]{6}$/i.test(run.color) && run.color !== '000000') style.color = '#' + run.color;
  const align = line.format?.alignment;
  if (align) style.align = ALIGN[align] ?? base.align;
  const chars = line.format?.indentFirstLineChars;
  const twips = line.format?.indentFirstLine;
  if (chars !== undefined) style.indent = chars / 100;
  else if (twips !== undefined) style.indent = twips / 20 / style.sizePt;
  style.indent = Math.max(0, Math.min(style.indent, 8));
  return style;
}

function docxParas(result: LintResult): { paras: Para[]; partial: boolean } {
  const tree = result.tree;
  if (!tree) {
    // No tree: the paragraphs the findings name, from their snippets.
    const byLine = new Map<number, string>();
    for (const m of result.messages) if (m.line !== undefined && m.snippet !== undefined) byLine.set(m.line, m.snippet);
    const paras = [...byLine].sort((a, b) => a[0] - b[0]).map(([line, text]) => ({ line, text, kind: 'paragraph', style: { ...BODY }, marks: [] }));
    return { paras, partial: true };
  }
  const entries = [...elementOfLines(tree)].filter(([l]) => l.ordinal !== undefined).sort((a, b) => a[0].ordinal! - b[0].ordinal!);
  const paras: Para[] = [];
  let next = 1;
  for (const [line, element] of entries) {
    const ordinal = line.ordinal!;
    if (ordinal < next) continue; // the same paragraph twice (should not happen)
    // Empty paragraphs are not lines of the tree: show a gap as (at most three) empty lines.
    for (let n = Math.max(next, ordinal - 3); n < ordinal; n++) paras.push({ line: n, text: '', kind: 'blank', style: { ...BODY }, marks: [] });
    next = ordinal + 1;
    const para: Para = { line: ordinal, text: line.value, kind: element.type, style: docxStyle(line, element.type, element.depth), marks: [] };
    if (line.format?.numberingText) para.label = line.format.numberingText;
    paras.push(para);
  }
  return { paras, partial: false };
}

/** Marks per paragraph, properly nested (a crossing mark is cut at the end of the enclosing one). */
function placeMarks(paras: Para[], messages: readonly LintMessage[]): Set<number> {
  const byLine = new Map(paras.map((p) => [p.line, p]));
  const placed = new Set<number>();
  messages.forEach((m, index) => {
    if (m.line === undefined) return;
    const para = byLine.get(m.line);
    if (!para) return;
    const len = para.text.length;
    let start = Math.min(Math.max((m.column ?? 1) - 1, 0), len);
    let end = m.endLine !== undefined && m.endLine > m.line ? len : Math.min(Math.max((m.endColumn ?? m.column ?? 1) - 1, start), len);
    // Do not cut a surrogate pair.
    if (start > 0 && start < len && /[\udc00-\udfff]/.test(para.text[start])) start--;
    if (end > 0 && end < len && /[\udc00-\udfff]/.test(para.text[end])) end++;
    para.marks.push({ index, start, end });
    placed.add(index);
  });
  for (const para of paras) {
    para.marks.sort((a, b) => a.start - b.start || b.end - a.end || a.index - b.index);
    const open: Mark[] = [];
    for (const mk of para.marks) {
      while (open.length && open[open.length - 1].end <= mk.start && !(open[open.length - 1].end === mk.start && open[open.length - 1].start === mk.start)) open.pop();
      const top = open[open.length - 1];
      if (top && mk.end > top.end) {
        mk.end = top.end;
        mk.clipped = true;
      }
      open.push(mk);
    }
  }
  return placed;
}

/** Characters per line and grid lines per text line for a paragraph style. */
function metrics(style: ParaStyle): { cpl: number; rows: number } {
  const body = style.sizePt === P.bodyPt;
  const cpl = body ? P.charsPerLine : Math.max(1, Math.floor(P.typeWidthMm / (style.sizePt * MM_PER_PT)));
  const rows = Math.max(1, Math.ceil((style.sizePt * 1.15) / GRID_PT));
  return { cpl, rows };
}

/** Set one character wide by a CJK font: CJK, full-width forms, and the curly quotes, — and … of Chinese text. */
const isWide = (c: number) =>
  (c >= 0x2018 && c <= 0x201f) || c === 0x2014 || c === 0x2026 || (c >= 0x1100 && !(c >= 0xff61 && c <= 0xffdc) && !(c >= 0x2000 && c <= 0x206f));

/** Advance of one UTF-16 unit in characters (em) of the paragraph's size, as the CJK fallback sets it. */
function advance(c: number): number {
  if (c >= 0xdc00 && c <= 0xdfff) return 0;
  if (isWide(c)) return 1;
  if (c === 0x09) return 2;
  if (c >= 0x41 && c <= 0x5a) return 0.72;
  if ((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a)) return 0.58;
  return 0.45;
}

/** Marks that may not start a line (kinsoku), and ones that may not end it. */
const NO_START = new Set([...'，。、；：？！）》」』”’〕】…—%,.;:?!)]'].map((c) => c.charCodeAt(0)));
const NO_END = new Set([...'（《「『“‘〔【(['].map((c) => c.charCodeAt(0)));
const isWordChar = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/**
 * Where the lines of text[a, b) start when set `cpl` characters wide (the first line `indent`
 * characters in): greedy, like the browser — Latin words and digit runs are not broken, a line does
 * not start with a closing mark or end with an opening one (the character before moves down with it).
 */
function lineStarts(text: string, a: number, b: number, cpl: number, indent: number): number[] {
  const starts = [a];
  let used = indent;
  let i = a;
  while (i < b) {
    // a line break inside the paragraph (w:br, kept by pre-wrap)
    if (text.charCodeAt(i) === 0x0a) {
      if (i + 1 < b) starts.push(i + 1); // a trailing break adds no line
      used = 0;
      i++;
      continue;
    }
    // the next unbreakable piece: a Latin word / number, or one character
    let j = i + 1;
    if (isWordChar(text.charCodeAt(i))) while (j < b && isWordChar(text.charCodeAt(j))) j++;
    else if (j < b && text.charCodeAt(j) >= 0xdc00 && text.charCodeAt(j) <= 0xdfff) j++;
    let w = 0;
    for (let k = i; k < j; k++) w += advance(text.charCodeAt(k));
    if (used + w > cpl + 1e-6 && used > 0 && i > starts[starts.length - 1]) {
      let at = i;
      const lineStart = starts[starts.length - 1];
      // pull the previous character down rather than start with a closing mark / end with an opening one
      while (at > lineStart + 1 && (NO_START.has(text.charCodeAt(at)) || NO_END.has(text.charCodeAt(at - 1)))) at--;
      starts.push(at);
      used = 0;
      for (let k = at; k < i; k++) used += advance(text.charCodeAt(k));
    }
    used += w;
    i = j;
  }
  return starts;
}

interface Fragment {
  para: Para;
  start: number;
  end: number;
  /** Continuation of a paragraph begun on the previous page (no first-line indent). */
  cont: boolean;
}

function layout(f: Fragment): { starts: number[]; rows: number } {
  const { cpl, rows } = metrics(f.para.style);
  const label = f.cont || !f.para.label ? 0 : [...f.para.label].reduce((w, c) => w + advance(c.charCodeAt(0)), 0);
  return { starts: lineStarts(f.para.text, f.start, f.end, cpl, f.cont ? 0 : f.para.style.indent + label), rows };
}

/** Grid lines the fragment takes. */
function linesOf(f: Fragment): number {
  const { starts, rows } = layout(f);
  return starts.length * rows;
}

/** Offset where the fragment is cut so that its first part takes at most `lines` grid lines, outside any mark. */
function splitPoint(f: Fragment, lines: number): number {
  const { starts, rows } = layout(f);
  const keep = Math.floor(lines / rows);
  let i = keep >= starts.length ? f.end : starts[keep];
  if (keep < 1) return f.start;
  // Never inside a mark, nor on an empty one: move back to the outermost mark's start.
  for (let moved = true; moved; ) {
    moved = false;
    for (const m of f.para.marks) {
      if (m.start < i && i < m.end) {
        i = m.start;
        moved = true;
      } else if (m.start === m.end && m.start === i && i > f.start) {
        i--;
        moved = true;
      }
    }
    if (i > f.start && /[\udc00-\udfff]/.test(f.para.text[i] ?? '')) {
      i--;
      moved = true;
    }
  }
  return i;
}

function paginate(paras: Para[]): Fragment[][] {
  const pages: Fragment[][] = [[]];
  let used = 0;
  const queue: Fragment[] = paras.map((para) => ({ para, start: 0, end: para.text.length, cont: false }));
  while (queue.length) {
    const f = queue.shift()!;
    const need = linesOf(f);
    const left = P.linesPerPage - used;
    if (need <= left) {
      pages[pages.length - 1].push(f);
      used += need;
      continue;
    }
    const cut = left > 0 && f.end > f.start ? splitPoint(f, left) : f.start;
    if (cut > f.start && cut < f.end) {
      pages[pages.length - 1].push({ ...f, end: cut });
      queue.unshift({ para: f.para, start: cut, end: f.end, cont: true });
    } else if (used === 0) {
      // Nothing fits on an empty page (one very long highlight, or a huge line): let it overflow.
      pages[pages.length - 1].push(f);
      used = P.linesPerPage;
      continue;
    } else queue.unshift(f);
    pages.push([]);
    used = 0;
  }
  // Drop a blank-only last page (a trailing empty line).
  while (pages.length > 1 && pages[pages.length - 1].every((f) => f.para.text.trim() === '')) pages.pop();
  return pages;
}

function renderFragment(f: Fragment, result: LintResult, fileId: string): string {
  const { para } = f;
  const s = para.style;
  const css: string[] = [];
  if (s.font !== 'fangsong') css.push(`font-family:var(--gl-${s.font})`);
  if (s.sizePt !== P.bodyPt) {
    const { rows } = metrics(s);
    css.push(`font-size:${s.sizePt}pt;letter-spacing:0;line-height:calc(var(--gl-grid) * ${rows})`);
  }
  if (s.align && s.align !== 'justify') css.push(`text-align:${s.align}`);
  const indent = f.cont ? 0 : s.indent;
  // On the body grid a character is 156 mm / 28 wide (a little less than 1em of 3号).
  if (indent) css.push(`text-indent:calc(${s.sizePt === P.bodyPt ? 'var(--gl-char)' : '1em'} * ${+indent.toFixed(2)})`);
  if (s.bold) css.push('font-weight:700');
  if (s.color) css.push(`color:${s.color}`);
  // Splits never fall inside a mark or on an empty one, so each mark lies in exactly one fragment.
  const own = para.marks.filter(
    (m) => m.start >= f.start && m.end <= f.end && (m.start < f.end || (m.start === m.end && f.end === para.text.length)),
  );
  let out = '';
  let pos = f.start;
  const stack: Mark[] = [];
  const text = para.text;
  const close = (upTo: number) => {
    while (stack.length && stack[stack.length - 1].end <= upTo) {
      const top = stack.pop()!;
      out += escapeHtml(text.slice(pos, top.end)) + '</mark>';
      pos = top.end;
    }
  };
  for (const m of own) {
    close(m.start);
    out += escapeHtml(text.slice(pos, m.start));
    pos = m.start;
    const msg = result.messages[m.index];
    const attrs = [
      `class="gl-f gl-${msg.severity}${m.start === m.end ? ' gl-empty' : ''}"`,
      `id="${fileId}-f${m.index + 1}"`,
      `data-rule="${escapeHtml(msg.ruleId)}"`,
      `data-severity="${msg.severity}"`,
      `data-index="${m.index + 1}"`,
      `title="${escapeHtml(`${msg.ruleId}：${msg.message}`)}"`,
    ];
    if (m.clipped) attrs.push('data-clipped="true"');
    out += `<mark ${attrs.join(' ')}>`;
    stack.push(m);
    if (m.start === m.end) close(m.start);
  }
  close(f.end);
  out += escapeHtml(text.slice(pos, f.end));
  if (para.label && !f.cont) out = `<span class="gl-num">${escapeHtml(para.label)}</span>` + out;
  const cls = `gl-p gl-k-${para.kind}${f.cont ? ' gl-cont' : ''}`;
  return `<p class="${cls}" data-line="${para.line}" data-rows="${linesOf(f)}"${css.length ? ` style="${css.join(';')}"` : ''}>${out || '<br>'}</p>`;
}

function pageNumber(n: number): string {
  // 7.5: 4号半角宋体阿拉伯数字, 数字左右各放一条一字线; 单页码居右空一字, 双页码居左空一字.
  return `<div class="gl-pn gl-pn-${n % 2 ? 'odd' : 'even'}">— ${n} —</div>`;
}

function summaryText(r: LintResult, en: boolean): string {
  const total = r.errorCount + r.warningCount;
  const fixable = r.fixableErrorCount + r.fixableWarningCount;
  if (!total) return en ? 'No problems' : '未发现问题';
  return en
    ? `${total} problem${total === 1 ? '' : 's'} (${r.errorCount} error${r.errorCount === 1 ? '' : 's'}, ${r.warningCount} warning${r.warningCount === 1 ? '' : 's'}), ${fixable} fixable with --fix`
    : `${total} 个问题（${r.errorCount} 个错误，${r.warningCount} 个警告），其中 ${fixable} 个可用 --fix 自动修复`;
}

function renderFile(r: LintResult, fileIndex: number, options: HtmlOptions): string {
  const en = options.locale === 'en';
  const fileId = `gl${fileIndex + 1}`;
  const shown = displayPath(r.filePath, options.cwd);
  const { paras, partial } = r.format === 'docx' ? docxParas(r) : { paras: textParas(r), partial: false };
  const placed = placeMarks(paras, r.messages);
  const pages = paginate(paras);
  const pagesHtml = pages
    .map(
      (frags, i) =>
        `<div class="gl-page" id="${fileId}-p${i + 1}"><div class="gl-type">${frags.map((f) => renderFragment(f, r, fileId)).join('')}</div>${pageNumber(i + 1)}</div>`,
    )
    .join('');
  const sev = (s: string) => (s === 'error' ? (en ? 'error' : '错误') : en ? 'warning' : '警告');
  const items = r.messages
    .map((m, i) => {
      const pos = m.line === undefined ? (en ? 'document' : '全文') : `${m.line}:${m.column ?? 1}`;
      const where = placed.has(i)
        ? `<a class="gl-pos" href="#${fileId}-f${i + 1}">${pos}</a>`
        : `<a class="gl-pos" href="#${fileId}-p1">${pos}</a>`;
      const fix = m.fix?.length === 1 && m.fix[0].text !== undefined
        ? ` <span class="gl-fix">→ “${escapeHtml(m.fix[0].text)}”</span>`
        : '';
      return `<li class="gl-item gl-${m.severity}" data-rule="${escapeHtml(m.ruleId)}" data-index="${i + 1}">${where} <span class="gl-sev">${sev(m.severity)}</span> <span class="gl-msg">${escapeHtml(m.message)}</span>${fix} <a class="gl-rule" href="${escapeHtml(ruleDocUrl(m.ruleId))}">${escapeHtml(m.ruleId)}</a></li>`;
    })
    .join('');
  const ruleErrors = (r.ruleErrors ?? [])
    .map((e) => `<li class="gl-item gl-error">${escapeHtml(e.ruleId)}：${escapeHtml(e.message)}</li>`)
    .join('');
  const kind = r.kind ? ` · ${escapeHtml(r.kind)}` : '';
  const note = partial
    ? `<p class="gl-note">${en ? 'Only the paragraphs with findings are shown.' : '仅显示有问题的段落。'}</p>`
    : '';
  return `<section class="gl-file" id="${fileId}" data-file="${escapeHtml(shown)}">
<div class="gl-pages">${pagesHtml}</div>
<aside class="gl-side">
<h2 class="gl-name">${escapeHtml(shown)}</h2>
<p class="gl-summary" data-errors="${r.errorCount}" data-warnings="${r.warningCount}">${escapeHtml(summaryText(r, en))}</p>
<p class="gl-meta">${r.format}${kind}${r.encoding ? ` · ${escapeHtml(r.encoding)}` : ''} · ${pages.length} ${en ? 'page(s)' : '页'}</p>${note}
<ol class="gl-list">${items}${ruleErrors}</ol>
</aside>
</section>`;
}

const CSS = `
:root{--gl-fangsong:${GBT9704_FONTS.fangsong};--gl-xiaobiaosong:${GBT9704_FONTS.xiaobiaosong};--gl-heiti:${GBT9704_FONTS.heiti};--gl-kaiti:${GBT9704_FONTS.kaiti};--gl-songti:${GBT9704_FONTS.songti};
--gl-grid:calc(${P.typeHeightMm}mm / ${P.linesPerPage});--gl-char:calc(${P.typeWidthMm}mm / ${P.charsPerLine});}
*{box-sizing:border-box}
body{margin:0;background:#e8e8e8;color:#111;font:14px/1.5 system-ui,"Noto Sans CJK SC",sans-serif}
header.gl-head{padding:10px 20px;background:#fff;border-bottom:1px solid #ccc}
header.gl-head h1{font-size:16px;margin:0}
.gl-file{display:flex;align-items:flex-start;gap:20px;padding:20px}
.gl-pages{flex:none;display:flex;flex-direction:column;gap:16px}
.gl-page{position:relative;width:${P.widthMm}mm;height:${P.heightMm}mm;background:#fff;box-shadow:0 1px 4px rgba(0,0,0,.3);
padding:${P.marginTopMm}mm ${P.marginRightMm}mm ${P.marginBottomMm}mm ${P.marginLeftMm}mm}
.gl-type{width:${P.typeWidthMm}mm;height:${P.typeHeightMm}mm;font-family:var(--gl-fangsong);font-size:${P.bodyPt}pt;
letter-spacing:calc(${P.typeWidthMm}mm / ${P.charsPerLine} - ${P.bodyPt}pt);line-height:var(--gl-grid);text-align:justify;
overflow-wrap:anywhere;white-space:pre-wrap}
.gl-p{margin:0;min-height:var(--gl-grid)}
.gl-pn{position:absolute;top:calc(${P.marginTopMm + P.typeHeightMm + P.pageNumberBelowMm}mm);left:${P.marginLeftMm}mm;width:${P.typeWidthMm}mm;
font:${P.pageNumberPt}pt/1 var(--gl-songti);padding:0 1em}
.gl-pn-odd{text-align:right}.gl-pn-even{text-align:left}
mark.gl-f{background:rgba(255,214,0,.45);color:inherit;border-bottom:2px solid #c00;text-decoration:none}
mark.gl-warning{background:rgba(0,140,255,.18);border-bottom-color:#e08a00}
mark.gl-empty::before{content:"‸";color:#c00;font-weight:700}
mark.gl-f:target{outline:2px solid #06c;outline-offset:1px}
.gl-side{flex:1;min-width:260px;max-width:560px;position:sticky;top:10px;max-height:calc(100vh - 20px);overflow:auto;background:#fff;
padding:12px 16px;border:1px solid #ccc;border-radius:4px}
.gl-name{font-size:15px;margin:0 0 4px;word-break:break-all}
.gl-summary{margin:0;font-weight:600}.gl-meta,.gl-note{margin:2px 0 8px;color:#555;font-size:12px}
.gl-list{margin:0;padding-left:1.6em}.gl-item{margin:0 0 6px}
.gl-sev{font-size:12px;padding:0 4px;border-radius:3px;color:#fff;background:#c00}.gl-warning .gl-sev{background:#e08a00}
.gl-pos{font-family:ui-monospace,monospace}.gl-rule{font-family:ui-monospace,monospace;font-size:12px;color:#555}
.gl-fix{color:#070}
.gl-errors{margin:20px;padding:12px 16px;background:#fff;border:1px solid #c00}
@page{size:A4;margin:0}
@media print{
body{background:#fff}header.gl-head{display:none}
.gl-file{display:block;padding:0}.gl-pages{display:block}
.gl-page{box-shadow:none;break-after:page;page-break-after:always}
.gl-side{position:static;max-height:none;overflow:visible;border:0;max-width:none;padding:20mm 26mm 20mm 28mm;break-after:page}
mark.gl-f{-webkit-print-color-adjust:exact;print-color-adjust:exact}
a{color:inherit;text-decoration:none}
}`;

/** The whole report as one HTML document. */
export function formatHtml(results: readonly LintResult[], options: HtmlOptions = {}): string {
  const en = options.locale === 'en';
  const names = results.map((r) => displayPath(r.filePath, options.cwd));
  const title = options.title ?? `${TOOL_NAME} — ${names.join(', ') || (en ? 'report' : '检查报告')}`;
  const errors = options.errors?.length
    ? `<section class="gl-errors"><h2>${en ? 'Files that could not be checked' : '无法检查的文件'}</h2><ul>${options.errors
        .map((e) => `<li>${escapeHtml(displayPath(e.filePath, options.cwd))}：${escapeHtml(e.message)}</li>`)
        .join('')}</ul></section>`
    : '';
  const total = results.reduce((n, r) => n + r.errorCount + r.warningCount, 0);
  const head = `${escapeHtml(TOOL_NAME)} ${VERSION} · ${results.length} ${en ? 'file(s)' : '个文件'} · ${total} ${en ? 'problem(s)' : '个问题'}`;
  return `<!DOCTYPE html>
<html lang="${en ? 'en' : 'zh-CN'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${TOOL_NAME} ${VERSION}">
<title>${escapeHtml(title)}</title>
<style>${CSS}</style>
</head>
<body>
<header class="gl-head"><h1>${head}</h1></header>
${results.map((r, i) => renderFile(r, i, options)).join('\n')}
${errors}
</body>
</html>
`;
}
