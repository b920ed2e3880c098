/**
 * What GB/T 9704—2012 wants of each element's type, shared by the format rules: font families with
 * their real-world aliases (the constants are in src/standards/gbt9704.ts), sizes, which profile
 * applies, and builders for the format edits the rules attach to their findings (src/fix/model.ts).
 *
 * Fonts are judged as *families*: 仿宋_GB2312, 仿宋, FangSong and 方正仿宋_GBK are all 仿宋, so
 * documents from Word, WPS and the Founder font packs all pass. A font outside every family (宋体 for
 * 仿宋) is named in the message so the writer sees the near miss.
 */
import type { Profile } from '../../config.js';
import type { LineEntry, RuleContext } from '../../rule.js';
import type { DocumentNode, Line, Run } from '../../tree/types.js';
import type { ParagraphProps, RunProps, FormatEdit } from '../../fix/model.js';
import {
  CLAUSE, FONT_FAMILIES, SIZE, SIZE_NAMES, SUBSTITUTES, TWIPS_PER_MM, twipsToMm, type FontFamily,
} from '../../standards/gbt9704.js';

export { FONT_FAMILIES, SIZE_NAMES, SUBSTITUTES, type FontFamily } from '../../standards/gbt9704.js';
/**
 * Names are compared without case, spaces, underscores and hyphens: writers type 仿宋_GB2312,
 * 仿宋GB2312, 仿宋-GB2312, FangSong, Fangsong … for the same font.
 */
const norm = (name: string) => name.normalize('NFKC').replace(/[\s_\-－＿]+/g, '').toLowerCase();
const FAMILY_OF = new Map<string, FontFamily>();
for (const [family, { aliases }] of Object.entries(FONT_FAMILIES) as Array<[FontFamily, { aliases: string[] }]>) {
  for (const a of aliases) FAMILY_OF.set(norm(a), family);
}
const SUBSTITUTE_OF = new Map<string, FontFamily>();
for (const [family, names] of Object.entries(SUBSTITUTES) as Array<[FontFamily, string[]]>) {
  for (const a of names) SUBSTITUTE_OF.set(norm(a), family);
}

export function fontFamily(name: string | undefined): FontFamily | undefined {
  return name ? FAMILY_OF.get(norm(name)) : undefined;
}

export function isSubstituteFor(name: string | undefined, family: FontFamily): boolean {
  return !!name && SUBSTITUTE_OF.get(norm(name)) === family;
}

export function sizeName(halfPoints: number | undefined): string {
  if (halfPoints === undefined) return '未设置（默认五号）';
  const pt = halfPoints / 2;
  const name = SIZE_NAMES[halfPoints];
  return name ? `${name}（${pt}磅）` : `${pt}磅`;
}

export const HAN = /\p{Script=Han}/u;

// ---------------------------------------------------------------------------------------------
// Profiles

export type EffectiveProfile = Exclude<Profile, 'auto'>;

/** The profile in force: the configured one, or (auto) a guess from the kind and the 版头. */
export function effectiveProfile(context: Pick<RuleContext, 'tree' | 'profile'>): EffectiveProfile {
  const p = context.profile;
  if (p && p !== 'auto') return p;
  const tree = context.tree;
  const hasHeader = tree.children.some((b) => b.type === 'headerBlock');
  // The 版头's own layout, where it says one (a 通知 sent in the 信函格式; a 函 under a "…文件" mark).
  if (tree.layout === 'letter' && tree.kind !== 'speech') return 'letter';
  if (tree.layout === 'minutes') return 'minutes';
  if (tree.layout === 'file' && tree.kind === 'letter') return 'full';
  switch (tree.kind) {
    case 'speech': return 'speech';
    case 'minutes': return 'minutes';
    case 'order': return 'order'; // 命令 has its own 版头 (…令 + 令号), no 发文字号
    case 'letter': return hasHeader ? 'letter' : 'plain';
    default: return hasHeader ? 'full' : 'plain';
  }
}

/** Profiles that get the full element-by-element checks (a document with its 版头). */
export function isFormal(profile: EffectiveProfile): boolean {
  return profile === 'full' || profile === 'letter' || profile === 'minutes' || profile === 'order';
}

// ---------------------------------------------------------------------------------------------
// Element specs

export interface Segment {
  /** Offsets into line.value. */
  start: number;
  end: number;
  family?: FontFamily;
  size?: number;
  /** Chinese name of the part, for messages. */
  label: string;
  clause: string;
}

export { CLAUSE } from '../../standards/gbt9704.js';

/** Lines whose formatting the rules judge: DOCX paragraphs in the body flow (not tables, not text boxes). */
export function judged(line: Line): boolean {
  return !!line.runs && (line.container === undefined || line.container === 'body') && line.value.trim() !== ''
    && !RULE_LINE.test(line.value);
}

/** A separator drawn with characters (──── ━━━━ ____): a graphic, not text. */
const RULE_LINE = /^[\s—\-_=━─－―]{4,}$/;

const MINUTES_LABEL = /^\s*(出\s*席|请\s*假|列\s*席)(\s*(人员|同志|单位))?\s*[：:]/;

/**
 * The expected font family and size for the parts of one line, or [] when nothing is expected of it
 * under the profile. One line may have parts: "签发人：" (仿宋) + the name (楷体); a level-2 heading
 * followed by its paragraph text in the same w:p.
 */
export function expectedSegments(entry: LineEntry, profile: EffectiveProfile): Segment[] {
  const { line, element, block } = entry;
  const v = line.value;
  const all = (family: FontFamily | undefined, size: number | undefined, label: string, clause: string): Segment[] =>
    [{ start: 0, end: v.length, family, size, label, clause }];
  const formal = isFormal(profile);

  if (element.type === 'paragraph' && (block === 'mainBlock' || block === 'attachment')) {
    // Centred or right-aligned lines in the body are subtitles, captions or closing lines the
    // recogniser left as paragraphs: not body text, fonts there vary.
    const a = line.format?.alignment;
    if (a === 'center' || a === 'right' || a === 'end') return [];
    if (profile === 'minutes') {
      const m = MINUTES_LABEL.exec(v);
      if (m) {
        const end = m.index + m[0].length;
        return [
          { start: 0, end, family: 'heiti', size: SIZE.body, label: `纪要“${m[1].replace(/\s+/g, '')}”`, clause: CLAUSE.minutes },
          { start: end, end: v.length, family: 'fangsong', size: SIZE.body, label: '正文', clause: CLAUSE.body },
        ];
      }
    }
    return all('fangsong', SIZE.body, '正文', CLAUSE.body);
  }
  // The title is 2号小标宋 in every 公文, with or without its 版头: drafts made without one (most
  // generated ones) are held to it too.
  if (profile === 'plain' && element.type === 'title' && block === 'mainBlock') return all('xiaobiaosong', SIZE.title, '标题', CLAUSE.title);
  if (!formal) return [];

  switch (element.type) {
    case 'copyNumber': return all(undefined, SIZE.body, '份号', CLAUSE.copyNumber);
    case 'classification': return all('heiti', SIZE.body, '密级和保密期限', CLAUSE.classification);
    case 'urgency': return all('heiti', SIZE.body, '紧急程度', CLAUSE.urgency);
    case 'issuerMark': return all('xiaobiaosong', undefined, '发文机关标志', CLAUSE.issuerMark);
    case 'documentNumber':
    case 'signer': {
      const m = /签\s*发\s*人\s*[:：]/.exec(v);
      const own = element.type === 'documentNumber'
        ? { label: '发文字号', clause: CLAUSE.documentNumber }
        : { label: '签发人', clause: CLAUSE.signer };
      if (!m) return all('fangsong', SIZE.body, own.label, own.clause);
      const end = m.index + m[0].length;
      const segs: Segment[] = [];
      if (m.index > 0) segs.push({ start: 0, end: m.index, family: 'fangsong', size: SIZE.body, label: '发文字号', clause: CLAUSE.documentNumber });
      segs.push({ start: m.index, end, family: 'fangsong', size: SIZE.body, label: '“签发人”', clause: CLAUSE.signer });
      segs.push({ start: end, end: v.length, family: 'kaiti', size: SIZE.body, label: '签发人姓名', clause: CLAUSE.signer });
      return segs;
    }
    case 'title':
      // Attachment titles: the standard only places them (centred, third line); fonts vary by unit.
      if (block === 'attachment') return [];
      return all('xiaobiaosong', SIZE.title, '标题', CLAUSE.title);
    case 'addressee': return all('fangsong', SIZE.body, '主送机关', CLAUSE.addressee);
    case 'heading': {
      const depth = element.depth ?? 1;
      const family: FontFamily = depth === 1 ? 'heiti' : depth === 2 ? 'kaiti' : 'fangsong';
      const label = ['一', '二', '三', '四'][depth - 1] + '级标题';
      // A heading may run on into its paragraph: "（一）健全机制。建立……". The text after the first
      // full stop is body text (仿宋).
      const stop = v.search(/[。！？]/);
      if (stop >= 0 && stop + 1 < v.trimEnd().length) {
        return [
          { start: 0, end: stop + 1, family, size: SIZE.body, label, clause: CLAUSE.body },
          { start: stop + 1, end: v.length, family: 'fangsong', size: SIZE.body, label: `${label}后的正文`, clause: CLAUSE.body },
        ];
      }
      return all(family, SIZE.body, label, CLAUSE.body);
    }
    case 'attachmentNote': return all('fangsong', SIZE.body, '附件说明', CLAUSE.attachmentNote);
    case 'issuerSignature': return all('fangsong', SIZE.body, '发文机关署名', CLAUSE.signature);
    case 'issueDate': return all('fangsong', SIZE.body, '成文日期', CLAUSE.signature);
    case 'remark': return all('fangsong', SIZE.body, '附注', CLAUSE.remark);
    case 'attachmentLabel': return all('heiti', SIZE.body, '附件标识', CLAUSE.attachment);
    case 'copyTo': return all('fangsong', SIZE.imprint, '抄送机关', CLAUSE.imprint);
    case 'printLine': return all('fangsong', SIZE.imprint, '印发机关和印发日期', CLAUSE.imprint);
    default: return [];
  }
}

/** Runs of a line that overlap [start, end) and carry visible text. Field runs (page numbers) are not text. */
export function runsIn(line: Line, start: number, end: number): Run[] {
  return (line.runs ?? []).filter((r) => {
    const rs = r.offset;
    const re = r.offset + r.text.length;
    return r.text.trim() !== '' && !r.field && re > start && rs < end;
  });
}

/**
 * The runs of a part whose East Asian font is not of the wanted family (Han text only). Emphasis in
 * body text (一是 … in 黑体, a run-in heading in 楷体) is allowed while it is the smaller part.
 */
export function wrongFontRuns(entry: LineEntry, seg: Segment): Run[] {
  if (!seg.family) return [];
  const family = seg.family;
  const runs = runsIn(entry.line, seg.start, seg.end).filter((r) => HAN.test(r.text));
  let bad = runs.filter((r) => fontFamily(r.fontEastAsia) !== family);
  if (bad.length && family === 'fangsong' && entry.element.type === 'paragraph') {
    const han = (rs: Run[]) => rs.reduce((n, r) => n + (r.text.match(/\p{Script=Han}/gu)?.length ?? 0), 0);
    const emphasis = bad.filter((r) => ['heiti', 'kaiti'].includes(fontFamily(r.fontEastAsia) ?? ''));
    if (emphasis.length && han(emphasis) * 2 < han(runs)) bad = bad.filter((r) => !emphasis.includes(r));
  }
  return bad;
}

/** The runs of a part not in the wanted size (every run with visible text, digits included). */
export function wrongSizeRuns(entry: LineEntry, seg: Segment): Run[] {
  if (seg.size === undefined) return [];
  return runsIn(entry.line, seg.start, seg.end).filter((r) => r.sizeHalfPoints !== seg.size);
}

/** A font for messages: the name, or a placeholder when none is set anywhere. */
export function fontLabel(name: string | undefined): string {
  return name ?? '未设置（默认字体）';
}

/** Whether a colour is black: unset, auto or (near) 000000. */
export function isBlack(color: string | undefined): boolean {
  if (!color || color.toLowerCase() === 'auto') return true;
  const m = /^#?([0-9a-f]{6})$/i.exec(color);
  if (!m) return true;
  const n = parseInt(m[1], 16);
  return ((n >> 16) & 255) <= 0x10 && ((n >> 8) & 255) <= 0x10 && (n & 255) <= 0x10;
}

/** Whether a colour is a red: one threshold with the recogniser (src/parsers/structure/patterns.ts). */
export { isRed } from '../../parsers/structure/patterns.js';

export const MM = TWIPS_PER_MM;
export const mm = twipsToMm;

// ---------------------------------------------------------------------------------------------
// Format edits (src/fix/model.ts)

/** Edits that set run properties over [start, end) of a line (one per range). */
export function runEdit(line: Line, start: number, end: number, set: RunProps, description?: string): FormatEdit {
  return { kind: 'run', paragraph: line.ordinal!, expect: line.value, start, end, set, ...(description ? { description } : {}) };
}

export function paragraphEdit(line: Line, set: ParagraphProps, description?: string): FormatEdit {
  return { kind: 'paragraph', paragraph: line.ordinal!, expect: line.value, set, ...(description ? { description } : {}) };
}

/** The run properties that put Han text in `family`: the East Asian font, and the Latin one unless it is Times New Roman (unit practice for digits and Latin). */
export function fontProps(family: FontFamily, ascii: string | undefined): RunProps {
  const name = FONT_FAMILIES[family].canonical;
  return /^times new roman$/i.test(ascii ?? '') ? { fontEastAsia: name } : { fontEastAsia: name, fontAscii: name };
}

/** Size in points for change descriptions: "16磅" or "默认". */
export function sizeLabel(halfPoints: number | undefined): string {
  return halfPoints ? `${halfPoints / 2}磅` : '默认';
}

// ---------------------------------------------------------------------------------------------
// Faults of a style

/** A part of a line whose wrong runs all take the property from the paragraph's style. */
export interface PartFault {
  entry: LineEntry;
  seg: Segment;
  bad: Run[];
}

export interface StyleFault {
  styleId: string;
  /** The style's name for people: Word's built-in "Normal" is 正文. */
  styleName: string;
  /** The name as stored (hosts address styles by name). */
  storedName?: string;
  /** The wanted value: a font family or a size. */
  target: FontFamily | number;
  faults: PartFault[];
}

/** Fewer paragraphs than this are reported one by one: "many" paragraphs make a style finding. */
export const STYLE_FINDING_MIN = 3;

type Prop = 'font' | 'size';

/**
 * The parts of judged lines whose runs are wrong in `prop` (font family or size): where
 * format/font-family and format/font-size start, before grouping the faults a style causes.
 */
export function partFaults(context: Pick<RuleContext, 'lines'>, profile: EffectiveProfile, prop: Prop): PartFault[] {
  const faults: PartFault[] = [];
  for (const entry of context.lines) {
    if (!judged(entry.line)) continue;
    for (const seg of expectedSegments(entry, profile)) {
      if (prop === 'font' ? !seg.family : seg.size === undefined) continue;
      const bad = prop === 'font' ? wrongFontRuns(entry, seg) : wrongSizeRuns(entry, seg);
      if (bad.length) faults.push({ entry, seg, bad });
    }
  }
  return faults;
}

/** What a style finding says and carries: the parts' labels, the paragraphs counted, the edit on the style. */
export function styleFinding(g: StyleFault, run: RunProps, description: (count: number) => string) {
  const count = new Set(g.faults.map((f) => f.entry.line)).size;
  const edit: FormatEdit = {
    kind: 'style', styleId: g.styleId, ...(g.storedName ? { styleName: g.storedName } : {}),
    set: { run }, description: description(count),
  };
  return { line: g.faults[0].entry.line, label: [...new Set(g.faults.map((f) => f.seg.label))].join('、'), count, clause: g.faults[0].seg.clause, edit };
}

/** The run edits that fix one part: each wrong run over its span within the part, where `keep` holds. */
export function partRunEdits(fault: PartFault, keep: (text: string) => boolean, edit: (r: Run) => { set: RunProps; description: string }): FormatEdit[] {
  const { entry: { line }, seg, bad } = fault;
  const out: FormatEdit[] = [];
  for (const r of bad) {
    const a = Math.max(seg.start, r.offset);
    const b = Math.min(seg.end, r.offset + r.text.length);
    if (b <= a || !keep(line.value.slice(a, b))) continue;
    const { set, description } = edit(r);
    out.push(runEdit(line, a, b, set, description));
  }
  return out;
}

const PAGE_FIELD = /^PAGE$/i;

/**
 * Groups the faults a style causes: a part of a line whose wrong runs all inherit the property
 * (no w:rPr or character style sets it) from the paragraph's style. A group of STYLE_FINDING_MIN
 * or more parts of one style wanting one value becomes one finding on the style — unless setting
 * the style would break a paragraph that is right today (a heading that inherits 黑体 from a 黑体
 * Normal, a page number that inherits 宋体), in which case the parts stay per-paragraph findings.
 */
export function styleFaults(context: Pick<RuleContext, 'tree' | 'lines'>, prop: Prop, faults: PartFault[], profile: EffectiveProfile): StyleFault[] {
  const styles = context.tree.docx?.styles;
  if (!styles) return [];
  const inherits = (r: Run) => !(prop === 'font' ? r.direct?.font : r.direct?.size);
  const want = (seg: Segment) => (prop === 'font' ? seg.family : seg.size);
  const groups = new Map<string, StyleFault>();
  for (const f of faults) {
    const id = culprit(styles, prop, f.entry.line.format?.styleId);
    const target = want(f.seg);
    if (!id || !styles[id] || target === undefined || !f.bad.every(inherits)) continue;
    const key = `${id}\u0000${target}`;
    let g = groups.get(key);
    if (!g) {
      const stored = styles[id].name;
      groups.set(key, (g = { styleId: id, styleName: stored === undefined || /^normal$/i.test(stored) ? (stored ? '正文' : id) : stored, storedName: stored, target, faults: [] }));
    }
    g.faults.push(f);
  }
  const out: StyleFault[] = [];
  for (const g of groups.values()) {
    if (new Set(g.faults.map((f) => f.entry.line)).size < STYLE_FINDING_MIN) continue;
    if (safeToSet(context, styles, prop, g, profile)) out.push(g);
  }
  return out;
}

/**
 * The style a paragraph of style `of` takes the property from: the nearest in its basedOn chain that
 * sets it, or (set by none: the document defaults) the root of the chain, where setting it reaches all.
 */
function culprit(styles: Record<string, import('../../tree/types.js').StyleInfo>, prop: Prop, of: string | undefined): string | undefined {
  let cur = of;
  let last: string | undefined;
  for (let k = 0; cur && styles[cur] && k < 32; k++) {
    const s = styles[cur];
    if (prop === 'font' ? s.fontEastAsia !== undefined : s.sizeHalfPoints !== undefined) return cur;
    last = cur;
    cur = s.basedOn;
  }
  return last;
}

/** Whether style `id` (or a style based on it that does not set the property itself) feeds paragraphs of style `of`. */
function feeds(styles: NonNullable<DocumentNode['docx']>['styles'] & object, prop: Prop, id: string, of: string | undefined): boolean {
  let cur = of;
  for (let k = 0; cur && k < 32; k++) {
    if (cur === id) return true;
    const s = styles[cur];
    if (!s || (prop === 'font' ? s.fontEastAsia !== undefined : s.sizeHalfPoints !== undefined)) return false;
    cur = s.basedOn;
  }
  return false;
}

function safeToSet(
  context: Pick<RuleContext, 'tree' | 'lines'>, styles: Record<string, import('../../tree/types.js').StyleInfo>, prop: Prop, g: StyleFault,
  profile: EffectiveProfile,
): boolean {
  const inherits = (r: Run) => !(prop === 'font' ? r.direct?.font : r.direct?.size);
  for (const entry of context.lines) {
    const { line } = entry;
    if (!judged(line) || !feeds(styles, prop, g.styleId, line.format?.styleId)) continue;
    for (const seg of expectedSegments(entry, profile)) {
      const wanted = prop === 'font' ? seg.family : seg.size;
      if (wanted === undefined || wanted === g.target) continue;
      // A part that wants another value and is right today through the style would turn wrong.
      const runs = runsIn(line, seg.start, seg.end).filter((r) => inherits(r) && (prop === 'size' || HAN.test(r.text)));
      if (runs.some((r) => (prop === 'font' ? fontFamily(r.fontEastAsia) === wanted : r.sizeHalfPoints === wanted))) return false;
    }
  }
  // Page numbers that take their font or size from the style.
  for (const s of context.tree.docx?.sections ?? []) {
    for (const part of [...s.footers, ...s.headers]) {
      for (const l of part.lines) {
        if (!l.runs.some((r) => r.field && PAGE_FIELD.test(r.field)) || !feeds(styles, prop, g.styleId, l.format.styleId)) continue;
        const runs = l.runs.filter((r) => r.text.trim() !== '' && inherits(r));
        if (prop === 'size' && g.target !== SIZE.pageNumber && runs.some((r) => r.sizeHalfPoints === SIZE.pageNumber)) return false;
        if (prop === 'font' && g.target !== 'songti' && runs.some((r) => fontFamily(r.fontEastAsia) === 'songti')) return false;
      }
    }
  }
  return true;
}
