/**
 * Walks a story (the document body, a header, a footer, a comment) paragraph by paragraph.
 *
 * Ordinals: every w:p gets the next ordinal when its start tag is met, so a paragraph inside a text
 * box anchored in paragraph n gets n+1, n+2 … and the next body paragraph comes after them. Of an
 * mc:AlternateContent only one branch is walked (and counted): the first mc:Choice that has text, else
 * the mc:Fallback if it has text, else the first mc:Choice (or the Fallback when there is no Choice).
 *
 * Text as it will go out: w:t of runs outside w:del/w:moveFrom; w:tab and w:ptab → "\t"; w:br
 * (text wrapping) and w:cr → "\n"; page and column breaks → nothing; w:noBreakHyphen → U+2011;
 * w:softHyphen → nothing; w:sym → its character. Field instructions (between fldChar begin and
 * separate, w:instrText) are not text; the cached field result is, and its runs carry `field`.
 */
import type { Line, ParagraphFormat, Run, RunFormat, TrackedChange } from '../../tree/types.js';
import type { Numbering } from './numbering.js';
import { applyInd, applyPPr, type RProps, type Styles, type TableCondition } from './styles.js';
import { child, onOff, type XEl } from './xml.js';

type Container = NonNullable<Line['container']>;

interface FieldFrame {
  instr: string;
  inResult: boolean;
  name?: string;
  /** Text came out of its result. */
  produced?: boolean;
}

/** Fields whose missing cached result reads as "1". */
const PAGE_FIELDS = new Set(['PAGE', 'NUMPAGES', 'SECTIONPAGES']);

interface ParagraphContext {
  ordinal: number;
  base: RProps;
  runs: Run[];
  value: string;
  deleted: number;
  inserted: number;
  simpleFields: string[];
  nested: Array<[XEl, Container, string | undefined]>;
  /** Horizontal alignment of the drawing/VML shape being walked (for its text box). */
  shapeXAlign?: string;
  container: Container;
  deletedText: string;
  /** Straight lines drawn as shapes in the paragraph (see ParagraphFormat.drawnLines). */
  drawnLines?: Array<{ color?: string; double?: boolean }>;
}

export interface StoryOptions {
  /** List counters and levels (body only): labels and level indents. */
  numbering?: Numbering;
  /** Numbering levels for their indents only, no labels (headers, footers, comments). */
  listLevels?: Numbering;
  /** Where tracked changes go (body only). */
  trackedChanges?: TrackedChange[];
  /** Called for a w:sectPr in a paragraph's w:pPr, with the last ordinal of its section. */
  onSectPr?: (sectPr: XEl, endLine: number) => void;
}

export function fieldName(instr: string): string | undefined {
  const word = instr.trim().split(/\s+/)[0];
  return word ? word.toUpperCase() : undefined;
}

export function hasText(el: XEl): boolean {
  if (el.name === 'w:t' && el.text) return true;
  for (const c of el.children) if (hasText(c)) return true;
  return false;
}

/** The branch of an mc:AlternateContent to read (see the file comment). */
export function chooseBranch(ac: XEl): XEl | undefined {
  let firstChoice: XEl | undefined;
  let fallback: XEl | undefined;
  for (const c of ac.children) {
    if (c.name === 'mc:Choice') {
      if (hasText(c)) return c;
      firstChoice ??= c;
    } else if (c.name === 'mc:Fallback') fallback ??= c;
  }
  if (fallback && hasText(fallback)) return fallback;
  return firstChoice ?? fallback;
}

const SKIP_BLOCK = new Set(['w:tblPr', 'w:tblGrid', 'w:trPr', 'w:tcPr', 'w:sdtPr', 'w:sdtEndPr', 'w:tblPrEx']);

/** Elements that may wrap table rows or cells. */
const ROW_CELL_WRAPPERS = new Set(['w:sdt', 'w:sdtContent', 'w:customXml']);

/** Rows of a table (or cells of a row), looking through content controls and custom XML. */
function collect(parent: XEl, name: string, out: XEl[] = []): XEl[] {
  for (const c of parent.children) {
    if (c.name === name) out.push(c);
    else if (ROW_CELL_WRAPPERS.has(c.name)) collect(c, name, out);
  }
  return out;
}

interface TableLook {
  firstRow: boolean;
  lastRow: boolean;
  firstCol: boolean;
  lastCol: boolean;
  noHBand: boolean;
  noVBand: boolean;
}

/** w:tblLook: on/off attributes, or the transitional w:val bit mask. */
export function readTableLook(el: XEl | undefined): TableLook | undefined {
  if (!el) return undefined;
  const a = el.attrs;
  const named = ['w:firstRow', 'w:lastRow', 'w:firstColumn', 'w:lastColumn', 'w:noHBand', 'w:noVBand'];
  if (named.some((n) => a[n] !== undefined)) {
    const on = (n: string) => a[n] !== undefined && onOff(el, n) === true;
    return {
      firstRow: on('w:firstRow'), lastRow: on('w:lastRow'), firstCol: on('w:firstColumn'), lastCol: on('w:lastColumn'),
      noHBand: on('w:noHBand'), noVBand: on('w:noVBand'),
    };
  }
  const v = parseInt(a['w:val'] ?? '', 16);
  if (!Number.isFinite(v)) return undefined;
  return {
    firstRow: (v & 0x20) !== 0, lastRow: (v & 0x40) !== 0, firstCol: (v & 0x80) !== 0, lastCol: (v & 0x100) !== 0,
    noHBand: (v & 0x200) !== 0, noVBand: (v & 0x400) !== 0,
  };
}

const CNF_ATTRS: Array<[string, TableCondition]> = [
  ['w:firstRow', 'firstRow'], ['w:lastRow', 'lastRow'], ['w:firstColumn', 'firstCol'], ['w:lastColumn', 'lastCol'],
  ['w:oddVBand', 'band1Vert'], ['w:evenVBand', 'band2Vert'], ['w:oddHBand', 'band1Horz'], ['w:evenHBand', 'band2Horz'],
  ['w:firstRowFirstColumn', 'nwCell'], ['w:firstRowLastColumn', 'neCell'], ['w:lastRowFirstColumn', 'swCell'],
  ['w:lastRowLastColumn', 'seCell'],
];

/** w:cnfStyle (on a paragraph, row or cell): attributes, or the 12-digit w:val string in the same order. */
export function readCnfStyle(el: XEl | undefined, out: Set<TableCondition>): void {
  if (!el) return;
  const bits = el.attrs['w:val'];
  CNF_ATTRS.forEach(([attr, cond], i) => {
    if (el.attrs[attr] !== undefined ? onOff(el, attr) === true : bits?.[i] === '1') out.add(cond);
  });
}

/** The conditional formats of a cell from the table's w:tblLook and the cell's position. */
export function cellConditions(look: TableLook, row: number, rows: number, col: number, cols: number): TableCondition[] {
  const out: TableCondition[] = [];
  const firstRow = look.firstRow && row === 0;
  const lastRow = look.lastRow && row === rows - 1;
  const firstCol = look.firstCol && col === 0;
  const lastCol = look.lastCol && col === cols - 1;
  if (!look.noVBand && !firstCol && !lastCol) out.push((col - (look.firstCol ? 1 : 0)) % 2 === 0 ? 'band1Vert' : 'band2Vert');
  if (!look.noHBand && !firstRow && !lastRow) out.push((row - (look.firstRow ? 1 : 0)) % 2 === 0 ? 'band1Horz' : 'band2Horz');
  if (firstCol) out.push('firstCol');
  if (lastCol) out.push('lastCol');
  if (firstRow) out.push('firstRow');
  if (lastRow) out.push('lastRow');
  if (firstRow && lastCol) out.push('neCell');
  if (firstRow && firstCol) out.push('nwCell');
  if (lastRow && lastCol) out.push('seCell');
  if (lastRow && firstCol) out.push('swCell');
  return out;
}

const WP_ANCHOR = '{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}anchor';
const WP = '{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}';
const VML = '{urn:schemas-microsoft-com:vml}';
const X_ALIGNS = new Set(['left', 'center', 'right', 'inside', 'outside']);

/**
 * The horizontal alignment a floating shape declares: DrawingML wp:anchor/wp:positionH/wp:align, or a VML
 * shape's mso-position-horizontal. '' for a shape placed by offset; undefined for anything else (the
 * enclosing shape's alignment stays).
 */
export function shapeXAlign(el: XEl): string | undefined {
  if (el.name === WP_ANCHOR) {
    const align = child(child(el, `${WP}positionH`), `${WP}align`);
    const v = (align?.text ?? '').trim();
    return X_ALIGNS.has(v) ? v : '';
  }
  if (el.name.startsWith(VML) && el.attrs.style) {
    const m = /(?:^|;)\s*mso-position-horizontal\s*:\s*([a-z]+)/i.exec(el.attrs.style);
    if (!m) return undefined; // v:textbox and other inner elements carry styles too
    return X_ALIGNS.has(m[1].toLowerCase()) ? m[1].toLowerCase() : '';
  }
  return undefined;
}

const LINE_GEOMETRY = new Set(['line', 'straightConnector1']);
const VML_COLORS: Record<string, string> = { red: 'FF0000', black: '000000', blue: '0000FF', green: '008000' };

/**
 * A straight line drawn as a shape: DrawingML shape properties (…:spPr) with a line or connector
 * geometry, or a VML v:line. Its colour (RRGGBB) and whether it is a double (compound) line.
 */
export function drawnLine(el: XEl): { color?: string; double?: boolean } | undefined {
  if (el.name.endsWith('spPr') && !el.name.startsWith('w:')) {
    const geom = child(el, 'a:prstGeom')?.attrs.prst;
    if (!geom || !LINE_GEOMETRY.has(geom)) return undefined;
    const ln = child(el, 'a:ln');
    const color = child(child(ln, 'a:solidFill'), 'a:srgbClr')?.attrs.val;
    const cmpd = ln?.attrs.cmpd;
    return { ...(color ? { color: color.toUpperCase() } : {}), ...(cmpd && cmpd !== 'sng' ? { double: true } : {}) };
  }
  if (el.name === `${VML}line`) {
    const raw = (el.attrs.strokecolor ?? '').trim().toLowerCase().replace(/\s*\[.*$/, '');
    const color = VML_COLORS[raw] ?? (/^#?[0-9a-f]{6}$/.test(raw) ? raw.replace('#', '').toUpperCase() : undefined);
    const style = child(el, `${VML}stroke`)?.attrs.linestyle;
    return { ...(color ? { color } : {}), ...(style && style !== 'single' ? { double: true } : {}) };
  }
  return undefined;
}

interface TableFrame {
  style?: string;
  /** w:tblLook, when the table has one; otherwise w:cnfStyle decides. */
  look?: TableLook;
  /** Conditional formats of the current cell. */
  conditions: TableCondition[];
}

export class StoryWalker {
  readonly lines: Line[] = [];
  counter = 0;
  readonly fields: string[] = [];
  private readonly fieldStack: FieldFrame[] = [];
  /** Horizontal alignment of the text box whose paragraphs are being walked. */
  private boxXAlign?: string;
  /** The tables we are in (innermost last); text boxes start outside any table. */
  private tables: TableFrame[] = [];

  constructor(private readonly styles: Styles, private readonly options: StoryOptions = {}) {}

  /** A block-level element (child of w:body, w:tc, w:txbxContent, w:hdr …). */
  block(el: XEl, container: Container): void {
    switch (el.name) {
      case 'w:p':
        this.paragraph(el, container);
        return;
      case 'w:tbl': {
        const tblPr = child(el, 'w:tblPr');
        const declared = child(tblPr, 'w:tblStyle')?.attrs['w:val'];
        const frame: TableFrame = {
          style: declared && this.styles.has(declared) ? declared : this.styles.defaultTableStyle,
          look: readTableLook(child(tblPr, 'w:tblLook')),
          conditions: [],
        };
        const rows = collect(el, 'w:tr');
        const rowIndex = new Map(rows.map((r, i) => [r, i]));
        this.tables.push(frame);
        const walk = (parent: XEl): void => {
          for (const c of parent.children) {
            if (c.name === 'w:tr') this.row(c, rowIndex.get(c) ?? 0, rows.length, frame);
            else if (ROW_CELL_WRAPPERS.has(c.name)) walk(c);
            else this.block(c, 'table');
          }
        };
        walk(el);
        this.tables.pop();
        return;
      }
      case 'w:txbxContent':
        for (const c of el.children) this.block(c, 'textbox');
        return;
      case 'mc:AlternateContent': {
        const branch = chooseBranch(el);
        if (branch) for (const c of branch.children) this.block(c, container);
        return;
      }
      case 'w:sectPr':
        return;
      default:
        if (SKIP_BLOCK.has(el.name)) return;
        for (const c of el.children) this.block(c, container);
    }
  }

  private row(tr: XEl, index: number, count: number, frame: TableFrame): void {
    const cells = collect(tr, 'w:tc');
    const rowCnf = new Set<TableCondition>();
    if (!frame.look) readCnfStyle(child(child(tr, 'w:trPr'), 'w:cnfStyle'), rowCnf);
    const walk = (parent: XEl): void => {
      for (const c of parent.children) {
        if (c.name === 'w:tc') {
          const col = cells.indexOf(c);
          if (frame.look) frame.conditions = cellConditions(frame.look, index, count, col, cells.length);
          else {
            const set = new Set(rowCnf);
            readCnfStyle(child(child(c, 'w:tcPr'), 'w:cnfStyle'), set);
            frame.conditions = [...set];
          }
          for (const b of c.children) this.block(b, 'table');
          frame.conditions = [];
        } else if (ROW_CELL_WRAPPERS.has(c.name)) walk(c);
        else this.block(c, 'table');
      }
    };
    walk(tr);
  }

  private noteField(name: string | undefined): void {
    if (name && !this.fields.includes(name)) this.fields.push(name);
  }

  private track(kind: TrackedChange['kind'], el: XEl, line: number, text: string): void {
    const list = this.options.trackedChanges;
    if (!list) return;
    const change: TrackedChange = { kind, line, text };
    if (el.attrs['w:author']) change.author = el.attrs['w:author'];
    if (el.attrs['w:date']) change.date = el.attrs['w:date'];
    list.push(change);
  }

  paragraph(p: XEl, container: Container): void {
    const ordinal = ++this.counter;
    const styles = this.styles;
    const pPr = child(p, 'w:pPr');
    const pStyle = child(pPr, 'w:pStyle')?.attrs['w:val'];
    const styleId = pStyle && styles.has(pStyle) ? pStyle : styles.defaultParagraphStyle ?? pStyle;
    const table = container === 'table' ? this.tables[this.tables.length - 1] : undefined;
    let conditions = table?.conditions;
    if (table && !table.look) {
      const cnf = child(pPr, 'w:cnfStyle');
      if (cnf) {
        const set = new Set(conditions);
        readCnfStyle(cnf, set);
        conditions = [...set];
      }
    }
    const base = styles.paragraphStyle(styleId, table?.style, conditions);
    let pp = { ...base.p };
    applyPPr(pp, pPr);
    // Numbering level pPr (indents): between the style chain and direct formatting. When the numbering
    // comes from the style (not a direct w:numPr with w:numId), the w:ind of the styles from the one
    // that sets it down to the paragraph's style beat the level's, as in Word.
    const lists = this.options.numbering ?? this.options.listLevels;
    const levelPPr = lists && pp.numId !== undefined && pp.numId !== '0' ? lists.levelPPr(pp.numId, pp.ilvl, styleId) : undefined;
    if (levelPPr) {
      pp = { ...base.p };
      applyPPr(pp, levelPPr);
      if (!child(child(pPr, 'w:numPr'), 'w:numId')) for (const ind of base.numberingInd) applyInd(pp, ind);
      applyPPr(pp, pPr);
    }
    const format: ParagraphFormat = styles.toParagraphFormat(pp);
    if (styleId) {
      format.styleId = styleId;
      const name = styles.styleName(styleId);
      if (name) format.styleName = name;
    }
    if (this.options.numbering && pp.numId !== undefined && pp.numId !== '0') {
      const label = this.options.numbering.next(pp.numId, pp.ilvl, styleId);
      if (label !== undefined) format.numberingText = label;
    }
    if (container === 'textbox' && !format.frameXAlign && this.boxXAlign) format.frameXAlign = this.boxXAlign;
    const markRPr = child(pPr, 'w:rPr');
    format.mark = { ...styles.resolveRun(base.r, markRPr) };

    const ctx: ParagraphContext = {
      ordinal, base: base.r, runs: [], value: '', deleted: 0, inserted: 0, simpleFields: [], nested: [],
      container, deletedText: '',
    };
    for (const c of p.children) if (c.name !== 'w:pPr') this.inline(c, ctx);

    if (ctx.drawnLines) format.drawnLines = ctx.drawnLines;
    const line: Line = {
      type: 'line',
      value: ctx.value,
      ordinal,
      container,
      runs: ctx.runs,
      format,
      position: { start: { line: ordinal, column: 1 }, end: { line: ordinal, column: ctx.value.length + 1 } },
    };
    this.lines.push(line);

    if (this.options.trackedChanges && pPr) {
      const change = child(pPr, 'w:pPrChange');
      if (change) this.track('formatChange', change, ordinal, ctx.value);
      for (const c of markRPr?.children ?? []) {
        if (c.name === 'w:ins') this.track('insertion', c, ordinal, '');
        else if (c.name === 'w:del') this.track('deletion', c, ordinal, '');
        else if (c.name === 'w:moveFrom' || c.name === 'w:moveTo') this.track('move', c, ordinal, '');
      }
    }

    const savedBox = this.boxXAlign;
    for (const [el, where, xAlign] of ctx.nested) {
      if (where === 'textbox') this.boxXAlign = xAlign;
      this.block(el, where);
      this.boxXAlign = savedBox;
    }

    const sectPr = child(pPr, 'w:sectPr');
    if (sectPr && this.options.onSectPr) this.options.onSectPr(sectPr, this.counter);
  }

  private displayed(ctx: ParagraphContext): boolean {
    if (ctx.deleted > 0) return false;
    for (const f of this.fieldStack) if (!f.inResult) return false;
    return true;
  }

  private currentField(ctx: ParagraphContext): string | undefined {
    for (let i = this.fieldStack.length - 1; i >= 0; i--) {
      if (this.fieldStack[i].inResult) return this.fieldStack[i].name;
    }
    return ctx.simpleFields[ctx.simpleFields.length - 1];
  }

  private inline(el: XEl, ctx: ParagraphContext): void {
    switch (el.name) {
      case 'w:r':
        this.run(el, ctx);
        return;
      case 'w:ins':
      case 'w:moveTo': {
        const before = ctx.value.length;
        ctx.inserted++;
        for (const c of el.children) this.inline(c, ctx);
        ctx.inserted--;
        this.track(el.name === 'w:ins' ? 'insertion' : 'move', el, ctx.ordinal, ctx.value.slice(before));
        return;
      }
      case 'w:del':
      case 'w:moveFrom': {
        const saved = ctx.deletedText;
        ctx.deletedText = '';
        ctx.deleted++;
        for (const c of el.children) this.inline(c, ctx);
        ctx.deleted--;
        this.track(el.name === 'w:del' ? 'deletion' : 'move', el, ctx.ordinal, ctx.deletedText);
        ctx.deletedText = saved + ctx.deletedText;
        return;
      }
      case 'w:fldSimple': {
        const name = fieldName(el.attrs['w:instr'] ?? '');
        this.noteField(name);
        ctx.simpleFields.push(name ?? '');
        for (const c of el.children) this.inline(c, ctx);
        ctx.simpleFields.pop();
        return;
      }
      case 'mc:AlternateContent': {
        const branch = chooseBranch(el);
        if (branch) for (const c of branch.children) this.inline(c, ctx);
        return;
      }
      case 'w:txbxContent':
        ctx.nested.push([el, 'textbox', ctx.shapeXAlign]);
        return;
      case 'w:p':
      case 'w:tbl':
        ctx.nested.push([el, ctx.container, undefined]);
        return;
      case 'w:rPr':
      case 'w:pPr':
      case 'w:sdtPr':
      case 'w:sdtEndPr':
      case 'w:rt': // ruby (phonetic guide) text: the base text is what is read
        return;
      default: {
        const drawn = drawnLine(el);
        if (drawn) (ctx.drawnLines ??= []).push(drawn);
        const xAlign = shapeXAlign(el);
        const saved = ctx.shapeXAlign;
        if (xAlign !== undefined) ctx.shapeXAlign = xAlign || undefined;
        for (const c of el.children) this.inline(c, ctx);
        ctx.shapeXAlign = saved;
      }
    }
  }

  private run(r: XEl, ctx: ParagraphContext): void {
    const rPr = child(r, 'w:rPr');
    let format: RunFormat | undefined;
    let direct: Run['direct'] | null = null;
    let text = '';
    let all = '';
    let segField: string | undefined;
    const flush = () => {
      if (!text) return;
      format ??= this.styles.resolveRun(ctx.base, rPr);
      if (direct === null) direct = this.styles.direct(rPr);
      const run: Run = { text, offset: ctx.value.length, ...format };
      if (direct) run.direct = direct;
      if (ctx.inserted > 0) run.inserted = true;
      if (segField) run.field = segField;
      ctx.runs.push(run);
      ctx.value += text;
      all += text;
      text = '';
    };
    const emit = (s: string, fieldOverride?: string) => {
      if (!this.displayed(ctx)) return;
      const field = fieldOverride ?? this.currentField(ctx);
      if (field !== segField) {
        flush();
        segField = field;
      }
      for (let i = this.fieldStack.length - 1; i >= 0; i--) {
        if (this.fieldStack[i].inResult) { this.fieldStack[i].produced = true; break; }
      }
      text += s;
    };
    for (const c of r.children) {
      switch (c.name) {
        case 'w:t':
          if (ctx.deleted > 0) ctx.deletedText += c.text ?? '';
          else emit(c.text ?? '');
          break;
        case 'w:delText':
          if (ctx.deleted > 0) ctx.deletedText += c.text ?? '';
          break;
        case 'w:tab':
        case 'w:ptab':
          emit('\t');
          break;
        case 'w:br': {
          const type = c.attrs['w:type'];
          if (type !== 'page' && type !== 'column') emit('\n');
          break;
        }
        case 'w:cr':
          emit('\n');
          break;
        case 'w:noBreakHyphen':
          emit('\u2011');
          break;
        case 'w:sym': {
          const code = parseInt(c.attrs['w:char'] ?? '', 16);
          if (Number.isFinite(code) && code > 0) emit(String.fromCharCode(code));
          break;
        }
        case 'w:fldChar': {
          const type = c.attrs['w:fldCharType'];
          if (type === 'begin') {
            this.fieldStack.push({ instr: '', inResult: false });
          } else if (type === 'separate') {
            const top = this.fieldStack[this.fieldStack.length - 1];
            if (top && !top.inResult) {
              top.name ??= fieldName(top.instr);
              top.inResult = true;
              if (ctx.deleted === 0) this.noteField(top.name);
            }
          } else if (type === 'end') {
            const top = this.fieldStack[this.fieldStack.length - 1];
            if (!top) break;
            top.name ??= fieldName(top.instr);
            if (!top.inResult && ctx.deleted === 0) this.noteField(top.name);
            if (!top.produced && top.name && PAGE_FIELDS.has(top.name)) {
              // No cached result (generated files): read it as page 1, which is what Word shows there.
              top.inResult = true;
              emit('1');
            }
            this.fieldStack.pop();
          }
          break;
        }
        case 'w:pgNum': {
          // Legacy page-number element: reads as page 1, like a PAGE field without a cached result.
          this.noteField('PAGE');
          emit('1', 'PAGE');
          break;
        }
        case 'w:instrText': {
          const top = this.fieldStack[this.fieldStack.length - 1];
          if (top && !top.inResult) top.instr += c.text ?? '';
          break;
        }
        case 'w:rPr':
          break;
        default:
          // w:drawing, w:pict, w:object, mc:AlternateContent …: only text boxes matter.
          this.inline(c, ctx);
      }
    }
    flush();
    if (rPr && this.options.trackedChanges) {
      const change = child(rPr, 'w:rPrChange');
      if (change) this.track('formatChange', change, ctx.ordinal, all);
    }
  }
}
