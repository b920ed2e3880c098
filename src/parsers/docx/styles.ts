/**
 * Formatting resolution: docDefaults → paragraph style (basedOn chain, base first) → character style
 * (w:rStyle, its basedOn chain) → direct formatting. Theme fonts (w:eastAsiaTheme, w:asciiTheme …)
 * resolve through theme1.xml: the major/minor font's a:ea / a:latin typeface, or, when a:ea is empty,
 * the a:font for the East Asian script named by settings.xml's w:themeFontLang (Hans by default).
 *
 * Choices where the spec leaves room (documented in src/parsers/docx/README.md):
 * - Toggle properties (b, i) are treated as plain overrides, not XOR'ed across style levels.
 * - Within one w:rFonts, a theme attribute wins over the explicit name for the same slot.
 * - First-line indent is two properties, each inherited on its own: in twips (w:firstLine, or
 *   w:hanging as a negative value; hanging wins within one w:ind) and in hundredths of a character
 *   (w:firstLineChars / w:hangingChars). A non-zero character value wins over the twips value, as in
 *   Word (a direct w:firstLine="0" does not undo a style's w:firstLineChars="200").
 *   Other w:ind and w:spacing attributes merge one by one.
 * - Table styles: whole-table pPr/rPr, then the conditional formats (w:tblStylePr) that apply to the
 *   cell, in Word's order (bands, first/last column, first/last row, corner cells).
 * - Numbering levels (w:lvl/w:pPr) are applied by story.ts between the style chain and direct formatting.
 * - w:framePr is one property (a style's frame is replaced whole); w:pBdr merges side by side.
 */
import type { ParagraphFormat, Run, RunFormat, StyleInfo } from '../../tree/types.js';
import { child, int, measure, onOff, type XEl } from './xml.js';

interface FontSlot {
  name?: string;
  theme?: string;
}

export interface RProps {
  eastAsia?: FontSlot;
  ascii?: FontSlot;
  sz?: number;
  b?: boolean;
  i?: boolean;
  color?: string;
}

export interface PProps {
  jc?: string;
  /** Signed first-line indent in twips: positive first line, negative hanging. */
  first?: number;
  /** Signed first-line indent in hundredths of a character. */
  firstChars?: number;
  left?: number;
  right?: number;
  line?: number;
  lineRule?: 'auto' | 'exact' | 'atLeast';
  before?: number;
  after?: number;
  outlineLvl?: number;
  /** w:numPr, merged attribute by attribute; numId "0" removes numbering. */
  numId?: string;
  ilvl?: number;
  pageBreakBefore?: boolean;
  /** w:framePr (replaced whole): its horizontal alignment, when it has one. */
  frame?: { xAlign?: string };
  borderTop?: Border;
  borderBottom?: Border;
}

/** A paragraph border side; style 'nil'/'none' (no border) is kept so it can override a style's. */
export interface Border {
  style: string;
  size?: number;
  color?: string;
}

/** Conditional table formats in the order Word applies them (later ones win). */
export const TABLE_CONDITIONS = [
  'band1Vert', 'band2Vert', 'band1Horz', 'band2Horz', 'firstCol', 'lastCol', 'firstRow', 'lastRow',
  'neCell', 'nwCell', 'seCell', 'swCell',
] as const;
export type TableCondition = (typeof TABLE_CONDITIONS)[number];

interface StyleDef {
  id: string;
  type: string;
  name?: string;
  basedOn?: string;
  pPr?: XEl;
  rPr?: XEl;
  isDefault: boolean;
  /** Table styles: w:tblStylePr by type. */
  conditional?: Map<string, { pPr?: XEl; rPr?: XEl }>;
}

export interface ThemeFonts {
  majorLatin?: string;
  minorLatin?: string;
  majorEastAsia?: string;
  minorEastAsia?: string;
  majorBidi?: string;
  minorBidi?: string;
}

const SCRIPT_OF_LANG: Record<string, string> = {
  'zh-cn': 'Hans', 'zh-sg': 'Hans', zh: 'Hans', 'zh-tw': 'Hant', 'zh-hk': 'Hant', 'zh-mo': 'Hant',
  ja: 'Jpan', 'ja-jp': 'Jpan', ko: 'Hang', 'ko-kr': 'Hang',
};

/** Reads a:fontScheme from theme1.xml. `eastAsiaLang` is settings.xml's w:themeFontLang/@w:eastAsia. */
export function readTheme(theme: XEl | undefined, eastAsiaLang?: string): ThemeFonts {
  const out: ThemeFonts = {};
  if (!theme) return out;
  const scheme = child(child(theme, 'a:themeElements'), 'a:fontScheme');
  const script = SCRIPT_OF_LANG[(eastAsiaLang ?? 'zh-CN').toLowerCase()] ?? 'Hans';
  for (const [el, major] of [[child(scheme, 'a:majorFont'), true], [child(scheme, 'a:minorFont'), false]] as const) {
    if (!el) continue;
    const latin = child(el, 'a:latin')?.attrs.typeface || undefined;
    let ea = child(el, 'a:ea')?.attrs.typeface || undefined;
    const cs = child(el, 'a:cs')?.attrs.typeface || undefined;
    if (!ea) {
      for (const f of el.children) {
        if (f.name === 'a:font' && f.attrs.script === script && f.attrs.typeface) { ea = f.attrs.typeface; break; }
      }
    }
    if (major) Object.assign(out, { majorLatin: latin, majorEastAsia: ea, majorBidi: cs });
    else Object.assign(out, { minorLatin: latin, minorEastAsia: ea, minorBidi: cs });
  }
  return out;
}

function themeFont(theme: ThemeFonts, name: string): string | undefined {
  switch (name) {
    case 'majorEastAsia': return theme.majorEastAsia;
    case 'minorEastAsia': return theme.minorEastAsia;
    case 'majorHAnsi': case 'majorAscii': return theme.majorLatin;
    case 'minorHAnsi': case 'minorAscii': return theme.minorLatin;
    case 'majorBidi': return theme.majorBidi;
    case 'minorBidi': return theme.minorBidi;
    default: return undefined;
  }
}

export function applyRPr(target: RProps, rPr: XEl | undefined): void {
  if (!rPr) return;
  for (const c of rPr.children) {
    switch (c.name) {
      case 'w:rFonts': {
        const a = c.attrs;
        if (a['w:eastAsiaTheme']) target.eastAsia = { theme: a['w:eastAsiaTheme'] };
        else if (a['w:eastAsia'] !== undefined) target.eastAsia = { name: a['w:eastAsia'] };
        if (a['w:asciiTheme']) target.ascii = { theme: a['w:asciiTheme'] };
        else if (a['w:ascii'] !== undefined) target.ascii = { name: a['w:ascii'] };
        break;
      }
      case 'w:sz': {
        const v = measure(c.attrs['w:val']);
        if (v !== undefined) target.sz = v;
        break;
      }
      case 'w:b': target.b = onOff(c); break;
      case 'w:i': target.i = onOff(c); break;
      case 'w:color': {
        const v = c.attrs['w:val'];
        if (v) target.color = v.toLowerCase() === 'auto' ? 'auto' : v.toUpperCase();
        break;
      }
      default:
    }
  }
}

/** One w:ind: each attribute merges on its own (see the file comment for the first-line indent). */
export function applyInd(target: PProps, ind: XEl | undefined): void {
  if (!ind) return;
  const a = ind.attrs;
  const fl = measure(a['w:firstLine']);
  const h = measure(a['w:hanging']);
  const flc = int(a['w:firstLineChars']);
  const hc = int(a['w:hangingChars']);
  if (h !== undefined) target.first = -h;
  else if (fl !== undefined) target.first = fl;
  if (hc !== undefined) target.firstChars = -hc;
  else if (flc !== undefined) target.firstChars = flc;
  const left = measure(a['w:left'] ?? a['w:start']);
  const right = measure(a['w:right'] ?? a['w:end']);
  if (left !== undefined) target.left = left;
  if (right !== undefined) target.right = right;
}

function border(el: XEl): Border {
  const b: Border = { style: el.attrs['w:val'] || 'nil' };
  const size = int(el.attrs['w:sz']);
  if (size !== undefined) b.size = size;
  const color = el.attrs['w:color'];
  if (color) b.color = color.toLowerCase() === 'auto' ? 'auto' : color.toUpperCase();
  return b;
}

const NO_BORDER = new Set(['nil', 'none']);

export function applyPPr(target: PProps, pPr: XEl | undefined): void {
  if (!pPr) return;
  for (const c of pPr.children) {
    const a = c.attrs;
    switch (c.name) {
      case 'w:jc': {
        const v = a['w:val'];
        if (v) target.jc = v === 'start' ? 'left' : v === 'end' ? 'right' : v;
        break;
      }
      case 'w:ind':
        applyInd(target, c);
        break;
      case 'w:spacing': {
        const line = measure(a['w:line']);
        if (line !== undefined) {
          target.line = line;
          const rule = a['w:lineRule'];
          target.lineRule = rule === 'exact' || rule === 'atLeast' ? rule : 'auto';
        } else if (a['w:lineRule'] === 'exact' || a['w:lineRule'] === 'atLeast' || a['w:lineRule'] === 'auto') {
          target.lineRule = a['w:lineRule'];
        }
        const before = measure(a['w:before']);
        const after = measure(a['w:after']);
        if (before !== undefined) target.before = before;
        if (after !== undefined) target.after = after;
        break;
      }
      case 'w:outlineLvl': {
        const v = int(a['w:val']);
        if (v !== undefined) target.outlineLvl = v;
        break;
      }
      case 'w:numPr': {
        const numId = child(c, 'w:numId')?.attrs['w:val'];
        const ilvl = int(child(c, 'w:ilvl')?.attrs['w:val']);
        if (numId !== undefined) target.numId = numId;
        if (ilvl !== undefined) target.ilvl = ilvl;
        break;
      }
      case 'w:pageBreakBefore': target.pageBreakBefore = onOff(c); break;
      case 'w:framePr': {
        const x = a['w:xAlign'];
        target.frame = x ? { xAlign: x } : {};
        break;
      }
      case 'w:pBdr':
        for (const side of c.children) {
          if (side.name === 'w:top') target.borderTop = border(side);
          else if (side.name === 'w:bottom') target.borderBottom = border(side);
        }
        break;
      default:
    }
  }
}

export interface StyleProps {
  p: PProps;
  r: RProps;
  numberingInd: XEl[];
}

export class Styles {
  private readonly defs = new Map<string, StyleDef>();
  private readonly defaultRPr: RProps = {};
  private readonly defaultPPr: PProps = {};
  defaultParagraphStyle?: string;
  defaultTableStyle?: string;
  private readonly pCache = new Map<string, StyleProps>();
  private readonly cCache = new Map<string, RProps>();
  private readonly runCache = new WeakMap<RProps, Map<string, RunFormat>>();

  constructor(styles: XEl | undefined, readonly theme: ThemeFonts) {
    if (!styles) return;
    const defaults = child(styles, 'w:docDefaults');
    applyRPr(this.defaultRPr, child(child(defaults, 'w:rPrDefault'), 'w:rPr'));
    applyPPr(this.defaultPPr, child(child(defaults, 'w:pPrDefault'), 'w:pPr'));
    for (const s of styles.children) {
      if (s.name !== 'w:style') continue;
      const id = s.attrs['w:styleId'];
      if (!id) continue;
      const def: StyleDef = {
        id,
        type: s.attrs['w:type'] ?? 'paragraph',
        name: child(s, 'w:name')?.attrs['w:val'],
        basedOn: child(s, 'w:basedOn')?.attrs['w:val'],
        pPr: child(s, 'w:pPr'),
        rPr: child(s, 'w:rPr'),
        isDefault: ['1', 'true', 'on'].includes(s.attrs['w:default'] ?? ''),
      };
      for (const c of s.children) {
        if (c.name !== 'w:tblStylePr' || !c.attrs['w:type']) continue;
        def.conditional ??= new Map();
        if (!def.conditional.has(c.attrs['w:type'])) def.conditional.set(c.attrs['w:type'], { pPr: child(c, 'w:pPr'), rPr: child(c, 'w:rPr') });
      }
      if (!this.defs.has(id)) this.defs.set(id, def);
      if (def.isDefault && def.type === 'paragraph' && !this.defaultParagraphStyle) this.defaultParagraphStyle = id;
      if (def.isDefault && def.type === 'table' && !this.defaultTableStyle) this.defaultTableStyle = id;
    }
    // No w:default paragraph style (LibreOffice writes none): Word falls back to its built-in Normal.
    if (!this.defaultParagraphStyle) {
      for (const def of this.defs.values()) {
        if (def.type === 'paragraph' && (def.name ?? '').toLowerCase() === 'normal') { this.defaultParagraphStyle = def.id; break; }
      }
    }
  }

  /** Paragraph styles with their own run properties (for findings on a style, see StyleInfo). */
  paragraphStyles(): Record<string, StyleInfo> {
    const out: Record<string, StyleInfo> = {};
    for (const def of this.defs.values()) {
      if (def.type !== 'paragraph') continue;
      const own: RProps = {};
      applyRPr(own, def.rPr);
      const f = this.toRunFormat(own);
      const info: StyleInfo = {};
      if (def.name) info.name = def.name;
      if (def.basedOn) info.basedOn = def.basedOn;
      if (own.eastAsia && f.fontEastAsia) info.fontEastAsia = f.fontEastAsia;
      if (f.sizeHalfPoints !== undefined) info.sizeHalfPoints = f.sizeHalfPoints;
      if (f.color !== undefined) info.color = f.color;
      out[def.id] = info;
    }
    return out;
  }

  /** What a run sets itself (w:rPr, character style) rather than taking from the paragraph's style. */
  direct(rPr: XEl | undefined): Run['direct'] {
    if (!rPr) return undefined;
    const own: RProps = {};
    const rStyle = child(rPr, 'w:rStyle')?.attrs['w:val'];
    if (rStyle) Object.assign(own, definedOnly(this.characterStyle(rStyle)));
    applyRPr(own, rPr);
    const out: NonNullable<Run['direct']> = {};
    if (own.eastAsia) out.font = true;
    if (own.sz !== undefined) out.size = true;
    if (own.color !== undefined) out.color = true;
    return out.font || out.size || out.color ? out : undefined;
  }

  styleName(id: string | undefined): string | undefined {
    return id ? this.defs.get(id)?.name : undefined;
  }

  has(id: string): boolean {
    return this.defs.has(id);
  }

  private chain(id: string | undefined, type: string): StyleDef[] {
    const out: StyleDef[] = [];
    const seen = new Set<string>();
    let cur = id;
    while (cur && !seen.has(cur) && out.length < 32) {
      seen.add(cur);
      const def = this.defs.get(cur);
      if (!def || def.type !== type) break;
      out.unshift(def);
      cur = def.basedOn;
    }
    return out;
  }

  /**
   * docDefaults → table style chain (for paragraphs in a table: its whole-table pPr/rPr, then the
   * conditional formats named in `conditions`, each through the whole chain, in TABLE_CONDITIONS
   * order) → paragraph style chain: paragraph props and the base run props. `numberingInd`: the
   * w:ind of the styles from the one that sets the numbering (w:numId) down to this one; when the
   * numbering comes from the style, these beat the numbering level's indents (story.ts).
   */
  paragraphStyle(id: string | undefined, tableStyle?: string, conditions: readonly TableCondition[] = []): StyleProps {
    const key = `${tableStyle ?? ''}\u0000${conditions.join(',')}\u0000${id ?? ''}`;
    let hit = this.pCache.get(key);
    if (!hit) {
      const p: PProps = { ...this.defaultPPr };
      const r: RProps = { ...this.defaultRPr };
      const table = this.chain(tableStyle, 'table');
      for (const def of table) {
        applyPPr(p, def.pPr);
        applyRPr(r, def.rPr);
        const whole = def.conditional?.get('wholeTable');
        applyPPr(p, whole?.pPr);
        applyRPr(r, whole?.rPr);
      }
      for (const type of TABLE_CONDITIONS) {
        if (!conditions.includes(type)) continue;
        for (const def of table) {
          const cond = def.conditional?.get(type);
          applyPPr(p, cond?.pPr);
          applyRPr(r, cond?.rPr);
        }
      }
      const chain = this.chain(id, 'paragraph');
      let numberingFrom = -1;
      chain.forEach((def, i) => {
        applyPPr(p, def.pPr);
        applyRPr(r, def.rPr);
        if (child(child(def.pPr, 'w:numPr'), 'w:numId')) numberingFrom = i;
      });
      const numberingInd: XEl[] = [];
      if (numberingFrom >= 0) {
        for (const def of chain.slice(numberingFrom)) {
          const ind = child(def.pPr, 'w:ind');
          if (ind) numberingInd.push(ind);
        }
      }
      hit = { p, r, numberingInd };
      this.pCache.set(key, hit);
    }
    return hit;
  }

  /** The run props of a character style's chain (without defaults). */
  characterStyle(id: string | undefined): RProps {
    if (!id) return {};
    let hit = this.cCache.get(id);
    if (!hit) {
      hit = {};
      for (const def of this.chain(id, 'character')) applyRPr(hit, def.rPr);
      this.cCache.set(id, hit);
    }
    return hit;
  }

  /** Resolved run formatting: paragraph-level base, then w:rStyle chain, then direct w:rPr. */
  resolveRun(base: RProps, rPr: XEl | undefined): RunFormat {
    // Most runs have no direct formatting or only a character style: cache those per base.
    const simple = !rPr || (rPr.children.length === 1 && rPr.children[0].name === 'w:rStyle');
    if (simple) {
      const key = rPr ? rPr.children[0].attrs['w:val'] ?? '' : '';
      let byKey = this.runCache.get(base);
      if (!byKey) this.runCache.set(base, (byKey = new Map()));
      let hit = byKey.get(key);
      if (!hit) byKey.set(key, (hit = this.resolveRunUncached(base, rPr)));
      return hit;
    }
    return this.resolveRunUncached(base, rPr);
  }

  private resolveRunUncached(base: RProps, rPr: XEl | undefined): RunFormat {
    const rStyle = child(rPr, 'w:rStyle')?.attrs['w:val'];
    const props: RProps = { ...base };
    if (rStyle) Object.assign(props, definedOnly(this.characterStyle(rStyle)));
    applyRPr(props, rPr);
    return this.toRunFormat(props);
  }

  toRunFormat(props: RProps): RunFormat {
    const f: RunFormat = {};
    const ea = this.font(props.eastAsia);
    const ascii = this.font(props.ascii);
    if (ea !== undefined) f.fontEastAsia = ea;
    if (ascii !== undefined) f.fontAscii = ascii;
    if (props.sz !== undefined) f.sizeHalfPoints = props.sz;
    if (props.b !== undefined) f.bold = props.b;
    if (props.i !== undefined) f.italic = props.i;
    if (props.color !== undefined) f.color = props.color;
    return f;
  }

  private font(slot: FontSlot | undefined): string | undefined {
    if (!slot) return undefined;
    if (slot.theme) return themeFont(this.theme, slot.theme) ?? slot.name;
    return slot.name || undefined;
  }

  toParagraphFormat(p: PProps): ParagraphFormat {
    const f: ParagraphFormat = {};
    if (p.jc !== undefined) f.alignment = p.jc;
    if (p.firstChars !== undefined && p.firstChars !== 0) {
      // Character units win; a negative value is a hanging indent in characters.
      f.indentFirstLineChars = p.firstChars;
    } else {
      if (p.firstChars === 0) f.indentFirstLineChars = 0;
      if (p.first !== undefined) {
        if (p.first < 0) f.indentHanging = -p.first;
        else f.indentFirstLine = p.first;
      }
    }
    if (p.left !== undefined) f.indentLeft = p.left;
    if (p.right !== undefined) f.indentRight = p.right;
    if (p.line !== undefined) f.lineSpacing = p.line;
    if (p.lineRule !== undefined && p.line !== undefined) f.lineRule = p.lineRule;
    if (p.before !== undefined) f.spaceBefore = p.before;
    if (p.after !== undefined) f.spaceAfter = p.after;
    if (p.outlineLvl !== undefined && p.outlineLvl >= 0 && p.outlineLvl < 9) f.outlineLevel = p.outlineLvl;
    if (p.numId !== undefined && p.numId !== '0') f.numbered = true;
    if (p.pageBreakBefore) f.pageBreakBefore = true;
    if (p.frame?.xAlign) f.frameXAlign = p.frame.xAlign;
    if (p.borderTop && !NO_BORDER.has(p.borderTop.style)) f.borderTop = { ...p.borderTop };
    if (p.borderBottom && !NO_BORDER.has(p.borderBottom.style)) f.borderBottom = { ...p.borderBottom };
    return f;
  }
}

function definedOnly<T extends object>(o: T): Partial<T> {
  const out: Partial<T> = {};
  for (const k in o) if (o[k] !== undefined) out[k] = o[k];
  return out;
}
