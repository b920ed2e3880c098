/**
 * List labels from numbering.xml: what Word prints before a numbered paragraph ("一、", "（一）", "1."),
 * so the recogniser can see headings whose counters are generated. Not part of the line's value.
 *
 * Counters are kept per w:num (numId) in document order; a level restarts after any higher level
 * unless w:lvlRestart says otherwise; w:startOverride / w:lvlOverride apply; w:isLgl forces decimal
 * for the inherited parts. A level with no w:ilvl on the paragraph is the one whose w:pStyle is the
 * paragraph's style, else 0. The suffix after the label (tab/space) is not included. A definition that
 * only refers to a list style (w:numStyleLink) uses the levels of the one linked to that style (w:styleLink).
 */
import { child, int, onOff, type XEl } from './xml.js';

interface Level {
  start: number;
  fmt: string;
  text: string;
  /** w:lvlRestart (1-based level after which this one restarts; 0 = never). */
  restart?: number;
  isLgl: boolean;
  pStyle?: string;
  /** The level's paragraph properties (indents): applied to the paragraph by story.ts. */
  pPr?: XEl;
}

function readLevel(lvl: XEl): Level {
  const level: Level = {
    start: int(child(lvl, 'w:start')?.attrs['w:val']) ?? 1,
    fmt: child(lvl, 'w:numFmt')?.attrs['w:val'] ?? 'decimal',
    text: child(lvl, 'w:lvlText')?.attrs['w:val'] ?? '',
    isLgl: onOff(child(lvl, 'w:isLgl')) === true,
  };
  const restart = int(child(lvl, 'w:lvlRestart')?.attrs['w:val']);
  if (restart !== undefined) level.restart = restart;
  const pStyle = child(lvl, 'w:pStyle')?.attrs['w:val'];
  if (pStyle) level.pStyle = pStyle;
  const pPr = child(lvl, 'w:pPr');
  if (pPr) level.pPr = pPr;
  return level;
}

const DIGITS = '〇一二三四五六七八九';
const LEGAL = '零壹贰叁肆伍陆柒捌玖';

function chineseCounting(n: number, digits = DIGITS, units = ['', '十', '百', '千']): string {
  if (n <= 0 || n >= 10000) return String(n);
  if (n < 10) return digits[n];
  if (n < 20 && units[1] === '十') return `十${n % 10 ? digits[n % 10] : ''}`;
  const parts = String(n).split('').map(Number);
  let out = '';
  let zero = false;
  parts.forEach((d, i) => {
    const unit = units[parts.length - 1 - i];
    if (d === 0) {
      zero = true;
      return;
    }
    if (zero && out) out += '零';
    zero = false;
    out += digits[d] + unit;
  });
  return out;
}

function letters(n: number, upper: boolean): string {
  if (n <= 0) return String(n);
  const c = String.fromCharCode((upper ? 65 : 97) + ((n - 1) % 26));
  return c.repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: Array<[number, string]> = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'],
    [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let out = '';
  for (const [v, s] of table) while (n >= v) { out += s; n -= v; }
  return out;
}

export function formatNumber(n: number, fmt: string): string {
  switch (fmt) {
    case 'decimal': return String(n);
    case 'decimalZero': return n < 10 && n >= 0 ? `0${n}` : String(n);
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
      return chineseCounting(n);
    case 'chineseLegalSimplified':
    case 'ideographLegalTraditional':
      return chineseCounting(n, LEGAL, ['', '拾', '佰', '仟']);
    case 'ideographTraditional': return n >= 1 && n <= 10 ? '甲乙丙丁戊己庚辛壬癸'[n - 1] : String(n);
    case 'ideographZodiac': return n >= 1 && n <= 12 ? '子丑寅卯辰巳午未申酉戌亥'[n - 1] : String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
    case 'decimalEnclosedParen': return n >= 1 && n <= 20 ? String.fromCharCode(0x2474 + n - 1) : String(n);
    case 'decimalEnclosedFullstop': return n >= 1 && n <= 20 ? String.fromCharCode(0x2488 + n - 1) : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'upperLetter': return letters(n, true);
    case 'lowerLetter': return letters(n, false);
    case 'upperRoman': return roman(n);
    case 'lowerRoman': return roman(n).toLowerCase();
    case 'none': return '';
    default: return String(n);
  }
}

export class Numbering {
  private readonly abstracts = new Map<string, Map<number, Level>>();
  private readonly nums = new Map<string, Map<number, Level>>();
  private readonly counters = new Map<string, Array<number | undefined>>();

  constructor(root: XEl | undefined) {
    if (!root) return;
    // A list-style reference (w:numStyleLink) takes the levels of the definition that carries the same
    // numbering style (w:styleLink).
    const byStyle = new Map<string, Map<number, Level>>();
    const links: Array<[string, string]> = [];
    for (const el of root.children) {
      if (el.name !== 'w:abstractNum') continue;
      const levels = new Map<number, Level>();
      for (const lvl of el.children) {
        if (lvl.name === 'w:lvl') levels.set(int(lvl.attrs['w:ilvl']) ?? 0, readLevel(lvl));
      }
      const id = el.attrs['w:abstractNumId'] ?? '';
      this.abstracts.set(id, levels);
      const styleLink = child(el, 'w:styleLink')?.attrs['w:val'];
      if (styleLink && levels.size && !byStyle.has(styleLink)) byStyle.set(styleLink, levels);
      const numStyleLink = child(el, 'w:numStyleLink')?.attrs['w:val'];
      if (numStyleLink && !levels.size) links.push([id, numStyleLink]);
    }
    for (const [id, style] of links) {
      const levels = byStyle.get(style);
      if (levels) this.abstracts.set(id, levels);
    }
    for (const el of root.children) {
      if (el.name !== 'w:num') continue;
      const abstractId = child(el, 'w:abstractNumId')?.attrs['w:val'] ?? '';
      const levels = new Map(this.abstracts.get(abstractId) ?? []);
      for (const o of el.children) {
        if (o.name !== 'w:lvlOverride') continue;
        const ilvl = int(o.attrs['w:ilvl']) ?? 0;
        const lvl = child(o, 'w:lvl');
        const base = lvl ? readLevel(lvl) : levels.get(ilvl);
        if (!base) continue;
        const start = int(child(o, 'w:startOverride')?.attrs['w:val']);
        levels.set(ilvl, start !== undefined ? { ...base, start } : base);
      }
      this.nums.set(el.attrs['w:numId'] ?? '', levels);
    }
  }

  /** The level a paragraph uses: its w:ilvl, else the level whose w:pStyle is its style, else 0. */
  private levelIndex(levels: Map<number, Level>, ilvl: number | undefined, styleId: string | undefined): number {
    if (ilvl !== undefined) return ilvl;
    for (const [k, l] of levels) if (styleId && l.pStyle === styleId) return k;
    return 0;
  }

  /** The w:pPr of the level a numbered paragraph uses (no counters move). */
  levelPPr(numId: string, ilvl: number | undefined, styleId: string | undefined): XEl | undefined {
    const levels = this.nums.get(numId);
    if (!levels) return undefined;
    return levels.get(this.levelIndex(levels, ilvl, styleId))?.pPr;
  }

  /** Advances the counters for a numbered paragraph and returns its label. */
  next(numId: string, ilvl: number | undefined, styleId: string | undefined): string | undefined {
    const levels = this.nums.get(numId);
    if (!levels) return undefined;
    const level = this.levelIndex(levels, ilvl, styleId);
    const lvl = levels.get(level);
    if (!lvl) return undefined;
    let counts = this.counters.get(numId);
    if (!counts) this.counters.set(numId, (counts = []));
    const current = counts[level];
    counts[level] = current === undefined ? lvl.start : current + 1;
    for (let k = level + 1; k < Math.max(counts.length, 9); k++) {
      const restart = levels.get(k)?.restart;
      if (restart === 0) continue;
      if (restart === undefined || level < restart) counts[k] = undefined;
    }
    if (lvl.fmt === 'bullet') return lvl.text;
    return lvl.text.replace(/%([1-9])/g, (_all, d: string) => {
      const k = Number(d) - 1;
      const l = levels.get(k);
      const value = counts![k] ?? l?.start ?? 1;
      const fmt = lvl.isLgl ? 'decimal' : l?.fmt ?? 'decimal';
      return formatNumber(value, fmt);
    });
  }
}
