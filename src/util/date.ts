/** Dates as written in 公文: 2024年11月5日, 二〇二四年十一月五日 → ISO yyyy-mm-dd. */

const HAN_DIGIT: Record<string, number> = {
  '〇': 0, '零': 0, '○': 0, O: 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
};

/** 十一 → 11, 二十 → 20, 三十一 → 31, 5 → 5. */
export function smallNumber(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!m || (!m[1] && !m[2] && !m[3])) return undefined;
  if (!m[2]) return m[3] ? undefined : HAN_DIGIT[m[1]!];
  return (m[1] ? HAN_DIGIT[m[1]] : 1) * 10 + (m[3] ? HAN_DIGIT[m[3]] : 0);
}

export function yearNumber(text: string): number | undefined {
  if (/^\d{4}$/.test(text)) return Number(text);
  if (text.length !== 4) return undefined;
  let n = 0;
  for (const ch of text) {
    const d = HAN_DIGIT[ch];
    if (d === undefined) return undefined;
    n = n * 10 + d;
  }
  return n;
}

export function isValidDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function iso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const DATE_RE = /([\d〇零○O一二三四五六七八九]{4})\s*年\s*([\d一二三四五六七八九十]{1,3})\s*月\s*([\d一二三四五六七八九十]{1,3})\s*日/;

/** The first full date in a text, as ISO, or undefined (also when the date does not exist). */
export function parseChineseDate(text: string): string | undefined {
  const m = DATE_RE.exec(text);
  if (!m) return undefined;
  const y = yearNumber(m[1]);
  const mo = smallNumber(m[2]);
  const d = smallNumber(m[3]);
  if (y === undefined || mo === undefined || d === undefined || !isValidDate(y, mo, d)) return undefined;
  return iso(y, mo, d);
}

// ---------------------------------------------------------------------------------------------
// Dates in running text (consistency rules).

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function weekdayOf(y: number, m: number, d: number): number {
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** 星期X / 周X character for a weekday number (0 = Sunday → 日). */
export const WEEKDAY_CHARS = '日一二三四五六';

/** Weekday number of the character after 星期 / 周 (日 and 天 are Sunday). */
export function weekdayFromChar(ch: string): number | undefined {
  if (ch === '天') return 0;
  const i = WEEKDAY_CHARS.indexOf(ch);
  return i >= 0 ? i : undefined;
}

export interface DateMention {
  /** Offsets of the whole date in the text. */
  start: number;
  end: number;
  /** The year when written (else undefined). */
  year?: number;
  month: number;
  /** The day when written (yyyy年m月 has none). */
  day?: number;
  /** Offsets of the month and day numbers, for pointing at them. */
  monthStart: number;
  dayStart?: number;
  dayEnd?: number;
}

const NUM = '\\d{1,2}|[一二三四五六七八九十]{1,3}';
const YEAR = '\\d{4}|[〇零○O一二三四五六七八九]{4}';
const MENTION_RE = new RegExp(
  `(?<![\\d.．%])(?:(${YEAR})\\s*年\\s*)?(${NUM})\\s*月(?:\\s*(${NUM})\\s*日)?`,
  'g',
);

/**
 * Every date in a text: 2024年11月15日, 11月15日, 2024年13月, 二〇二四年十一月十五日. A month without
 * a year and without a day (九月) is not reported: too many non-date uses.
 */
export function findDates(text: string): DateMention[] {
  const out: DateMention[] = [];
  // every mention holds 月 (MENTION_RE requires it): a line without one is not searched — the
  // regex opens with a lookbehind and an optional year, so the engine tries it at every position
  if (!text.includes('月')) return out;
  for (const m of text.matchAll(MENTION_RE)) {
    const [all, y, mo, d] = m;
    if (!y && !d) continue;
    const month = smallNumber(mo);
    if (month === undefined) continue;
    const start = m.index!;
    const mention: DateMention = { start, end: start + all.length, month, monthStart: start + all.indexOf(mo, y ? y.length : 0) };
    if (y) {
      const year = yearNumber(y);
      if (year === undefined) continue;
      mention.year = year;
    }
    if (d) {
      const day = smallNumber(d);
      if (day === undefined) continue;
      mention.day = day;
      mention.dayStart = text.lastIndexOf(d, start + all.length - 1);
      mention.dayEnd = mention.dayStart + d.length;
    }
    out.push(mention);
  }
  return out;
}

/** Year of an ISO date string. */
export function isoYear(isoDate: string | undefined): number | undefined {
  return isoDate ? Number(isoDate.slice(0, 4)) : undefined;
}

/** Parses an ISO yyyy-mm-dd into parts. */
export function isoParts(isoDate: string): { y: number; m: number; d: number } {
  const [y, m, d] = isoDate.split('-').map(Number);
  return { y, m, d };
}

/** ISO yyyy-mm-dd → 2024年11月15日 (for messages). */
export function chineseDate(isoDate: string): string {
  const { y, m, d } = isoParts(isoDate);
  return `${y}年${m}月${d}日`;
}
