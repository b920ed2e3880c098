/**
 * Helpers shared by the element rules (not a rule: not listed in index.ts).
 */
import type { LineEntry } from '../../rule.js';
import type { Line } from '../../tree/types.js';
import { RE } from '../../parsers/structure/patterns.js';
import { smallNumber } from '../../util/date.js';

/** Where a line sits in the source, for ordering (the tree order is not always the source order). */
export function sourceRank(line: Line): number {
  return line.ordinal ?? line.position?.start.offset ?? 0;
}

/** Lines in source order. */
export function inSourceOrder(lines: readonly LineEntry[]): LineEntry[] {
  return [...lines].sort((a, b) => sourceRank(a.line) - sourceRank(b.line));
}

/** 一 … 九十九 (and Arabic digits) → number. */
export function chineseNumber(text: string): number | undefined {
  const n = smallNumber(text);
  return n !== undefined && n > 0 && n < 100 ? n : undefined;
}

const DIGITS = '〇一二三四五六七八九';

/** 二〇二四 → 2024 (digit by digit; 零 ○ O also stand for zero). */
export function chineseDigits(text: string): string | undefined {
  let out = '';
  for (const ch of text) {
    const d = ch === '零' || ch === '○' || ch === 'O' || ch === '０' ? 0 : DIGITS.indexOf(ch);
    if (d < 0) return undefined;
    out += String(d);
  }
  return out;
}

/** Offsets of the trimmed text inside a value: [start, end). */
export function trimmedSpan(value: string): [number, number] {
  const start = value.length - value.trimStart().length;
  const end = value.trimEnd().length;
  return [start, Math.max(start, end)];
}

const HAN = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 … 99 → 一 … 九十九. */
export function toChinese(n: number): string {
  if (n < 10) return HAN[n];
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : HAN[tens]}十${HAN[n % 10]}`;
}


/**
 * The lines of the 版头: the headerBlock's lines when the recogniser built one; else, defensively, the
 * first lines of the document down to a document-number line among the first ten (a 版头 the
 * recogniser did not accept, e.g. because of a wrong urgency word in it). Source order.
 */
export function headerLines(lines: readonly LineEntry[]): LineEntry[] {
  // Several element rules ask for the same document's 版头: worked out (a sort of every line) once
  // per lines array; each caller gets its own copy.
  let header = headerCache.get(lines);
  if (!header) {
    header = findHeaderLines(lines);
    headerCache.set(lines, header);
  }
  return header.slice();
}

const headerCache = new WeakMap<readonly LineEntry[], LineEntry[]>();

function findHeaderLines(lines: readonly LineEntry[]): LineEntry[] {
  const ordered = inSourceOrder(lines).filter((e) => e.element.type !== 'directive');
  const header = ordered.filter((e) => e.block === 'headerBlock');
  if (header.length > 0) return header;
  // (the length and the 号 every document number ends with first: the pattern is slow on a long paragraph)
  const isNumber = (v: string) => v.trim().length <= 60 && v.includes('号') && RE.documentNumber.test(v);
  const at = ordered.slice(0, 10).findIndex((e) => isNumber(e.line.value));
  return at >= 0 ? ordered.slice(0, at + 1) : [];
}

export interface NoteItem {
  /** The written number, when the item has one. */
  n?: number;
  name: string;
  line: Line;
  start: number;
  end: number;
}

/** The items of an 附件说明 element: “附件：1.名称” and the following “2.名称” lines. */
export function attachmentNoteItems(lines: readonly Line[]): NoteItem[] {
  const items: NoteItem[] = [];
  lines.forEach((line, k) => {
    let offset = 0;
    if (k === 0) {
      const h = /^\s*附\s*件\s*[:：]\s*/.exec(line.value);
      if (!h) return;
      offset = h[0].length;
    }
    const rest = line.value.slice(offset);
    const m = /^\s*(\d{1,2})(?![\d０-９])\s*[.．、,，]?\s*/.exec(rest);
    const numbered = m && !(/^\s*\d{1,2}[年月日个项份]/.test(rest));
    const start = offset + (numbered ? m![0].length : 0);
    const name = line.value.slice(start).trimEnd();
    if (!name) return;
    items.push({ ...(numbered ? { n: Number(m![1]) } : {}), name, line, start, end: start + name.length });
  });
  return items;
}

/** A name compared loosely: no spaces, title marks or closing punctuation. */
export function looseName(name: string): string {
  return name.replace(/[\s\u3000《》“”"]/g, '').replace(/[。；;，,.、：:！!？?]+$/, '');
}

const TITLE_SENTENCE_MARK = /[。；;，,：:！!？?]/;

/**
 * The main title's lines, source order, defensively: the recognised title in the main block, extended
 * by up to two short following lines when only with them it ends in a kind word (a title broken inside
 * its kind word, “……的通⏎知”, or a first line the recogniser took alone). When no title is recognised
 * (e.g. a 版头 the recogniser did not accept: “紧急”, “№000128”, “机密＊1年”; or a first line that is only a
 * place name), the first one to three short lines without sentence marks after the 版头 (or at the top
 * of the main block) that contain 关于 or end in a kind word, when a 版头 stands above them or an
 * addressee (…：) follows them. `kindOf` is the recogniser's kindOfTitle.
 */
export function mainTitleLines(lines: readonly LineEntry[], kindOf: (text: string) => { word?: string }): LineEntry[] {
  const ordered = inSourceOrder(lines).filter((e) => e.element.type !== 'directive');
  const short = (e: LineEntry | undefined) => {
    const t = e?.line.value.trim() ?? '';
    return !!e && t.length > 0 && t.length <= 40 && !TITLE_SENTENCE_MARK.test(t) && (e.block === 'mainBlock' || e.block === 'headerBlock');
  };
  const join = (list: LineEntry[]) => list.map((e) => e.line.value.trim()).join('');
  const recognised = ordered.filter((e) => e.block === 'mainBlock' && e.element.type === 'title');
  let at: number;
  if (recognised.length) {
    const last = ordered.indexOf(recognised[recognised.length - 1]);
    if (kindOf(join(recognised)).word) return recognised;
    for (let k = last + 1; k <= last + 2 && short(ordered[k]) && ordered[k].element.type === 'paragraph'; k++) {
      const list = [...recognised, ...ordered.slice(last + 1, k + 1)];
      if (kindOf(join(list)).word) return list;
    }
    return recognised;
  }
  const header = headerLines(lines);
  // A number line under the title (published layout) is no 版头.
  if (header.some((e) => e.block !== 'headerBlock' && (/关于/.test(e.line.value) || kindOf(e.line.value).word))) return [];
  at = header.length ? ordered.indexOf(header[header.length - 1]) + 1 : ordered.findIndex((e) => e.block === 'mainBlock');
  if (at < 0) return [];
  const candidate: LineEntry[] = [];
  for (let k = at; k < at + 3 && k < ordered.length && short(ordered[k]) && ordered[k].element.type === 'paragraph'; k++) {
    candidate.push(ordered[k]);
    const text = join(candidate);
    const next = ordered[k + 1]?.line.value.trim() ?? '';
    if ((/关于/.test(text) || kindOf(text).word) && (header.length > 0 || /[：:]$/.test(next))) {
      // Prefer the longest candidate that ends in a kind word.
      if (kindOf(text).word || !(short(ordered[k + 1]) && kindOf(text + next).word)) return candidate;
    }
  }
  return [];
}
