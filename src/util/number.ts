/**
 * Numbers as written in 公文: Chinese numerals (三, 十二, 一百二十, 两), Arabic numerals with
 * thousands separators and decimals, and magnitude words (万, 亿) before a unit.
 */

const DIGIT: Record<string, number> = {
  '〇': 0, '零': 0, '○': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7,
  '八': 8, '九': 9,
};

/** Characters that may make up a Chinese integer numeral. */
export const HAN_NUMERAL_CHARS = '〇零○一二两三四五六七八九十百千';

/**
 * A Chinese or Arabic integer: 三 → 3, 十二 → 12, 二十 → 20, 一百零五 → 105, 两 → 2, 12 → 12.
 * Undefined when the text is not a well-formed integer numeral (below 10 000).
 */
export function parseInteger(text: string): number | undefined {
  const t = text.trim();
  if (/^\d+$/.test(t)) return Number(t);
  if (!t || ![...t].every((c) => HAN_NUMERAL_CHARS.includes(c))) return undefined;
  let total = 0;
  let digit: number | undefined;
  let lastUnit = 10_000;
  for (const ch of t) {
    if (ch in DIGIT) {
      if (digit !== undefined && digit !== 0 && DIGIT[ch] !== 0) return undefined; // 二三 (an estimate), not a number
      digit = DIGIT[ch];
      continue;
    }
    const unit = ch === '十' ? 10 : ch === '百' ? 100 : 1000;
    if (unit >= lastUnit) return undefined;
    lastUnit = unit;
    total += (digit === undefined ? (unit === 10 && total === 0 ? 1 : NaN) : digit) * unit;
    if (Number.isNaN(total)) return undefined;
    digit = undefined;
  }
  if (digit !== undefined) total += digit;
  return total;
}

/** Chinese numeral for 1–99 (for messages): 3 → 三, 12 → 十二, 20 → 二十. */
export function hanNumeral(n: number): string {
  const d = '〇一二三四五六七八九';
  if (n < 10) return d[n];
  if (n < 20) return '十' + (n % 10 ? d[n % 10] : '');
  if (n < 100) return d[Math.floor(n / 10)] + '十' + (n % 10 ? d[n % 10] : '');
  return String(n);
}

/** An Arabic number with optional thousands separators and decimals: "1,200.5" → 1200.5. */
export function parseArabic(text: string): number | undefined {
  const t = text.replace(/[,，]/g, '');
  if (!/^\d+(\.\d+)?$/.test(t)) return undefined;
  return Number(t);
}

/** Decimal places written: "40" → 0, "12.50" → 2. */
export function decimals(text: string): number {
  const m = /\.(\d+)$/.exec(text.replace(/[,，]/g, ''));
  return m ? m[1].length : 0;
}

export const MAGNITUDE: Record<string, number> = { '千': 1e3, '万': 1e4, '十万': 1e5, '百万': 1e6, '千万': 1e7, '亿': 1e8, '万亿': 1e12 };

/** A quantity: an Arabic number, an optional magnitude word, an optional unit. */
export interface Quantity {
  /** Value in base units (magnitude applied). */
  value: number;
  /** The number as written. */
  number: string;
  magnitude: string;
  unit: string;
  start: number;
  end: number;
}

const UNIT = '(?:元|人次|人|户|个|家|所|项|件|台|辆|套|吨|千克|公斤|公里|千米|米|平方米|亩|公顷|座|条|次|只|头|篇|部|册|本|天|小时|千瓦时|千瓦|度|张|份|股|名|位|例|起|批|间|处|万元|亿元)';

/** Regex source of a quantity: number, magnitude, unit (groups 1–3). */
export const QUANTITY_SOURCE = `(\\d+(?:,\\d{3})*(?:\\.\\d+)?)\\s*(万亿|千万|百万|十万|亿|万|千)?\\s*(%|${UNIT})?`;

export function quantityFrom(m: RegExpExecArray | RegExpMatchArray, groupOffset = 1, base = 0): Quantity | undefined {
  const number = m[groupOffset];
  if (number === undefined) return undefined;
  const n = parseArabic(number);
  if (n === undefined) return undefined;
  const magnitude = m[groupOffset + 1] ?? '';
  const unit = m[groupOffset + 2] ?? '';
  return {
    value: n * (magnitude ? MAGNITUDE[magnitude] : 1),
    number,
    magnitude,
    unit,
    start: base + (m.index ?? 0),
    end: base + (m.index ?? 0) + m[0].length,
  };
}

/** Regex source of "由/从 Q1 …至 Q2", with an optional "2020年的" / "上年同期的" before each quantity. Groups: q1 (3), verb, q2 (3). */
export const CHANGE_SOURCE =
  `(?:由|从)\\s*(?:\\d{4}\\s*年(?:底|末)?的?|(?:上年|去年|前年)(?:同期|底|末)?的)?\\s*${QUANTITY_SOURCE}\\s*` +
  `(增加|增长|增|提高|提升|上升|扩大|下降|减少|降低|降|减|回落|缩小|压减|压缩)(?:至|到|为)\\s*(?:\\d{4}\\s*年(?:底|末)?的?)?\\s*${QUANTITY_SOURCE}`;

export const DECREASE_VERB = /下降|减少|降低|降|减|回落|缩小|压减|压缩/;
