/**
 * Every number GB/T 9704—2012 (党政机关公文格式) fixes, in one place: the format rules judge against
 * these, the DOCX fixer and the editor add-ins write them, the HTML reporter draws pages with them.
 * Lengths are in twips (1/20 pt, 1/1440 inch), the unit of OOXML page setup and indents; sizes in
 * half-points (w:sz), so 32 = 16 pt = 3号.
 */

/** Twips per millimetre. */
export const TWIPS_PER_MM = 1440 / 25.4;
/** Twips → millimetres, one decimal (for messages). */
export const twipsToMm = (twips: number): number => Math.round((twips / TWIPS_PER_MM) * 10 + 1e-9) / 10;
/** Millimetres → whole twips. */
export const mmToTwips = (mm: number): number => Math.round(mm * TWIPS_PER_MM);

/** 5.1 A4 paper, 210 mm × 297 mm (GB/T 148), portrait. */
export const PAGE = { widthMm: 210, heightMm: 297, width: 11906, height: 16838 } as const;

/**
 * 5.2.1 Margins: 天头 (top) 37 mm ± 1 mm, 订口 (left) 28 mm ± 1 mm; the type area (版心) is
 * 156 mm × 225 mm, so right = 210 − 28 − 156 = 26 mm and bottom = 297 − 37 − 225 = 35 mm.
 */
export const TYPE_AREA = { widthMm: 156, heightMm: 225 } as const;
export const MARGINS_MM = { top: 37, left: 28, right: 26, bottom: 35 } as const;
export const MARGINS = { top: 2098, left: 1588, right: 1474, bottom: 1984 } as const;
/** Header and footer distances written when a section has none (Word's defaults for A4, 1.5 cm / 1.75 cm). */
export const HEADER_FOOTER_DISTANCE = { header: 851, footer: 992 } as const;
/** Tolerance on paper size and margins: 1 mm (the clause's ± 1 mm). */
export const LENGTH_TOLERANCE = Math.round(TWIPS_PER_MM);

/**
 * 5.2.3 一般每面排22行，每行排28个字: 225 mm / 22 lines ≈ 579 twips (28.95 pt) per line. Exact line
 * spacing of 28–29.5 pt (560–590 twips) meets it in practice; a document grid pitch of 28–30 pt too.
 */
export const LINES_PER_PAGE = 22;
export const CHARS_PER_LINE = 28;
export const LINE_PITCH = 579;
export const EXACT_SPACING_RANGE = { min: 560, max: 590 } as const;
export const GRID_PITCH_RANGE = { min: 560, max: 600 } as const;
/** w:docGrid types that lay lines on the grid. */
export const GRID_TYPES: ReadonlySet<string> = new Set(['lines', 'linesAndChars', 'snapToChars']);

/** Sizes in half-points: 3号 (body and most elements), 2号 (title), 4号 (版记, page numbers). */
export const SIZE = { body: 32, title: 44, imprint: 28, pageNumber: 28 } as const;

/** Chinese size names by half-points. */
export const SIZE_NAMES: Record<number, string> = {
  84: '初号', 72: '小初', 52: '一号', 48: '小一', 44: '二号', 36: '小二', 32: '三号', 30: '小三', 28: '四号',
  24: '小四', 21: '五号', 18: '小五', 15: '六号',
};

/** 7.3.3 每个自然段左空二字: two characters; in twips at 3号 (16 pt), 640. */
export const BODY_INDENT = { chars: 2, charsHundredths: 200, twips: 640 } as const;
/** 7.3.5 成文日期右空四字. */
export const DATE_RIGHT_INDENT_CHARS = 4;

/** 7.5 Page numbers: 4号 half-width 宋体 Arabic digits between 一字线, one character in from the edge. */
export const PAGE_NUMBER = {
  font: '宋体',
  sizeHalfPoints: 28,
  before: '— ',
  after: ' —',
  /** Indent from the outside edge, in characters (and in twips at 4号). */
  indentChars: 1,
  indentTwips: 280,
  odd: 'right',
  even: 'left',
} as const;

/** 5.2.4 Text colour black; 7.2.4 issuer mark red (written as these values). */
export const COLOR = { text: '000000', issuerMark: 'FF0000' } as const;

/** The clauses, for messages. */
export const CLAUSE = {
  paper: 'GB/T 9704—2012 5.1',
  margins: 'GB/T 9704—2012 5.2.1',
  font: 'GB/T 9704—2012 5.2.2',
  grid: 'GB/T 9704—2012 5.2.3',
  color: 'GB/T 9704—2012 5.2.4',
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
} as const;

export type FontFamily = 'fangsong' | 'xiaobiaosong' | 'heiti' | 'kaiti' | 'songti';

/**
 * The typefaces of 5.2.2 and 7 as families: display name, the name written by a fix (`canonical`),
 * and the real-world names that count as the family (compared case-, space-, _- and - -insensitively).
 */
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
