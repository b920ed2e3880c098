/**
 * What GB/T 9704—2012 wants of each element's type, shared by the format rules and the DOCX fixer
 * (src/fix/docx): font families with their real-world aliases, sizes, and which profile applies.
 *
 * Fonts are judged as *families*: 仿宋_GB2312, 仿宋, FangSong and 方正仿宋_GBK are all 仿宋, so
 * documents from Word, WPS and the Founder font packs all pass. A font outside every family (宋体 for
 * 仿宋) is named in the message so the writer sees the near miss.
 */
import type { Profile } from '../../config.js';
import type { LineEntry, RuleContext } from '../../rule.js';
import type { Line, Run } from '../../tree/types.js';

export type FontFamily = 'fangsong' | 'xiaobiaosong' | 'heiti' | 'kaiti' | 'songti';

/** Family → [display name, known aliases (compared case- and space-insensitively)]. */
export const FONT_FAMILIES: Record<FontFamily, { zh: string; canonical: string; examples: string; aliases: string[] }> = {
  fangsong: {
    zh: '仿宋体',
    canonical: '仿宋_GB2312',
    examples: '仿宋_GB2312、仿宋',
    aliases: [
      '仿宋_GB2312', '仿宋', '仿宋体', 'FangSong', 'FangSong_GB2312', '方正仿宋_GBK', '方正仿宋简体',
      '方正仿宋_GB2312', '方正仿宋_GB18030', 'FZFangSong-Z02S', 'FZFangSong-Z02', 'FZFSK--GBK1-0', '华文仿宋',
      'STFangsong', 'Fang Song', '方正仿宋', '仿宋_GB18030', 'FangSong_GB18030', 'FZFangSong', 'FZFSJW--GB1-0',
    ],
  },
  xiaobiaosong: {
    zh: '小标宋体',
    canonical: '方正小标宋简体',
    examples: '方正小标宋简体',
    aliases: [
      '方正小标宋简体', '方正小标宋_GBK', '方正小标宋_GB2312', '方正小标宋体', '小标宋', '小标宋体',
      'FZXiaoBiaoSong-B05S', 'FZXiaoBiaoSong-B05', 'FZXBSK--GBK1-0', 'FZXBSJW--GB1-0', '方正小标宋', '小标宋简体',
      '方正小标宋_GB18030', 'FZXiaoBiaoSong', 'FZXiaoBiaoSong-B05T',
    ],
  },
  heiti: {
    zh: '黑体',
    canonical: '黑体',
    examples: '黑体、SimHei',
    aliases: [
      '黑体', 'SimHei', '方正黑体_GBK', '方正黑体简体', '方正黑体_GB2312', 'FZHei-B01S', 'FZHTK--GBK1-0', '华文黑体', 'STHeiti',
      'Heiti SC', 'Heiti', '方正黑体', '黑体_GB2312', 'FZHei', 'FZHTJW--GB1-0',
    ],
  },
  kaiti: {
    zh: '楷体',
    canonical: '楷体_GB2312',
    examples: '楷体_GB2312、楷体',
    aliases: [
      '楷体_GB2312', '楷体', 'KaiTi', 'KaiTi_GB2312', '方正楷体_GBK', '方正楷体简体', '方正楷体_GB2312',
      'FZKai-Z03S', 'FZKTK--GBK1-0', '华文楷体', 'STKaiti', 'Kaiti SC', '方正楷体', '楷体_GB18030', 'KaiTi_GB18030', 'FZKai',
      'FZKTJW--GB1-0',
    ],
  },
  songti: {
    zh: '宋体',
    canonical: '宋体',
    examples: '宋体、SimSun',
    aliases: ['宋体', 'SimSun', '新宋体', 'NSimSun', '方正书宋_GBK', '方正书宋简体', '华文宋体', 'STSong', 'Songti SC'],
  },
};

/**
 * Common substitutes: accepted in print by many offices when the proper font is not installed, but
 * visibly different. Reported as a warning with their own message, never as a wrong font.
 */
export const SUBSTITUTES: Partial<Record<FontFamily, string[]>> = {
  xiaobiaosong: ['华文中宋', 'STZhongsong', '方正大标宋简体', '方正大标宋_GBK'],
};

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

export const SIZE_NAMES: Record<number, string> = {
  84: '初号', 72: '小初', 52: '一号', 48: '小一', 44: '二号', 36: '小二', 32: '三号', 30: '小三', 28: '四号',
  24: '小四', 21: '五号', 18: '小五', 15: '六号',
};

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

export const CLAUSE = {
  font: 'GB/T 9704—2012 5.2.2',
  copyNumber: 'GB/T 9704—2012 7.2.1',
  classification: 'GB/T 9704—2012 7.2.2',
  urgency: 'GB/T 9704—2012 7.2.3',
  issuerMark: 'GB/T 9704—2012 7.2.4',
  documentNumber: 'GB/T 9704—2012 7.2.5',
  signer: 'GB/T 9704—2012 7.2.6',
  title: 'GB/T 9704—2012 7.3.1',
  addressee: 'GB/T 9704—2012 7.3.2',
  body: 'GB/T 9704—2012 7.3.3',
  attachmentNote: 'GB/T 9704—2012 7.3.4',
  signature: 'GB/T 9704—2012 7.3.5',
  remark: 'GB/T 9704—2012 7.3.6',
  attachment: 'GB/T 9704—2012 7.3.7',
  imprint: 'GB/T 9704—2012 7.4',
  pageNumber: 'GB/T 9704—2012 7.5',
  minutes: 'GB/T 9704—2012 10.3',
  letter: 'GB/T 9704—2012 10.1',
};

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
          { start: 0, end, family: 'heiti', size: 32, label: `纪要“${m[1].replace(/\s+/g, '')}”`, clause: CLAUSE.minutes },
          { start: end, end: v.length, family: 'fangsong', size: 32, label: '正文', clause: CLAUSE.body },
        ];
      }
    }
    return all('fangsong', 32, '正文', CLAUSE.body);
  }
  // The title is 2号小标宋 in every 公文, with or without its 版头: drafts made without one (most
  // generated ones) are held to it too.
  if (profile === 'plain' && element.type === 'title' && block === 'mainBlock') return all('xiaobiaosong', 44, '标题', CLAUSE.title);
  if (!formal) return [];

  switch (element.type) {
    case 'copyNumber': return all(undefined, 32, '份号', CLAUSE.copyNumber);
    case 'classification': return all('heiti', 32, '密级和保密期限', CLAUSE.classification);
    case 'urgency': return all('heiti', 32, '紧急程度', CLAUSE.urgency);
    case 'issuerMark': return all('xiaobiaosong', undefined, '发文机关标志', CLAUSE.issuerMark);
    case 'documentNumber':
    case 'signer': {
      const m = /签\s*发\s*人\s*[:：]/.exec(v);
      const own = element.type === 'documentNumber'
        ? { label: '发文字号', clause: CLAUSE.documentNumber }
        : { label: '签发人', clause: CLAUSE.signer };
      if (!m) return all('fangsong', 32, own.label, own.clause);
      const end = m.index + m[0].length;
      const segs: Segment[] = [];
      if (m.index > 0) segs.push({ start: 0, end: m.index, family: 'fangsong', size: 32, label: '发文字号', clause: CLAUSE.documentNumber });
      segs.push({ start: m.index, end, family: 'fangsong', size: 32, label: '“签发人”', clause: CLAUSE.signer });
      segs.push({ start: end, end: v.length, family: 'kaiti', size: 32, label: '签发人姓名', clause: CLAUSE.signer });
      return segs;
    }
    case 'title':
      // Attachment titles: the standard only places them (centred, third line); fonts vary by unit.
      if (block === 'attachment') return [];
      return all('xiaobiaosong', 44, '标题', CLAUSE.title);
    case 'addressee': return all('fangsong', 32, '主送机关', CLAUSE.addressee);
    case 'heading': {
      const depth = element.depth ?? 1;
      const family: FontFamily = depth === 1 ? 'heiti' : depth === 2 ? 'kaiti' : 'fangsong';
      const label = ['一', '二', '三', '四'][depth - 1] + '级标题';
      // A heading may run on into its paragraph: "（一）健全机制。建立……". The text after the first
      // full stop is body text (仿宋).
      const stop = v.search(/[。！？]/);
      if (stop >= 0 && stop + 1 < v.trimEnd().length) {
        return [
          { start: 0, end: stop + 1, family, size: 32, label, clause: CLAUSE.body },
          { start: stop + 1, end: v.length, family: 'fangsong', size: 32, label: `${label}后的正文`, clause: CLAUSE.body },
        ];
      }
      return all(family, 32, label, CLAUSE.body);
    }
    case 'attachmentNote': return all('fangsong', 32, '附件说明', CLAUSE.attachmentNote);
    case 'issuerSignature': return all('fangsong', 32, '发文机关署名', CLAUSE.signature);
    case 'issueDate': return all('fangsong', 32, '成文日期', CLAUSE.signature);
    case 'remark': return all('fangsong', 32, '附注', CLAUSE.remark);
    case 'attachmentLabel': return all('heiti', 32, '附件标识', CLAUSE.attachment);
    case 'copyTo': return all('fangsong', 28, '抄送机关', CLAUSE.imprint);
    case 'printLine': return all('fangsong', 28, '印发机关和印发日期', CLAUSE.imprint);
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

/** Whether a colour is a red: strong red channel, weak green and blue. */
export function isRed(color: string | undefined): boolean {
  const m = color ? /^#?([0-9a-f]{6})$/i.exec(color) : null;
  if (!m) return false;
  const n = parseInt(m[1], 16);
  const r = (n >> 16) & 255;
  const g = (n >> 8) & 255;
  const b = n & 255;
  return r >= 0x99 && g <= 0x50 && b <= 0x60;
}

export const MM = 1440 / 25.4;
export const mm = (twips: number) => Math.round((twips / MM) * 10 + 1e-9) / 10;
