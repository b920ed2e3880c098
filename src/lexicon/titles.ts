/**
 * Titles of regulations, standards and laws (title lexicons): a cited 《title》 that is one or two
 * characters off a known title is most likely a mis-citation; an unknown title is not judged.
 */

import { confusable } from './char-model.js';

/** Rolling rows of the distance table (damerau is called for every known title per citation). */
let rows3 = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/** Whether each string seen has a surrogate: damerau is called with every known title per citation. */
const wide = new Map<string, boolean>();

function hasSurrogate(text: string): boolean {
  let known = wide.get(text);
  if (known === undefined) {
    if (wide.size >= 20000) wide.clear();
    wide.set(text, (known = scanSurrogate(text)));
  }
  return known;
}

function scanSurrogate(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return true;
  }
  return false;
}

/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transposition), over code points;
 * more than `max` is returned as max + 1. Text without surrogates (code units are code points) is
 * measured over code units in three reused rows — no allocation, the same numbers.
 */
export function damerau(a: string, b: string, max = Infinity): number {
  if (hasSurrogate(a) || hasSurrogate(b)) return damerauCodePoints(a, b, max);
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = a.length;
  const m = b.length;
  if (rows3[0]!.length <= m) rows3 = [new Int32Array(m + 1), new Int32Array(m + 1), new Int32Array(m + 1)];
  let before = rows3[0]!; // row i - 2
  let prev = rows3[1]!; // row i - 1
  let row = rows3[2]!; // row i
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    row[0] = i;
    let rowMin = Infinity;
    const si = a.charCodeAt(i - 1);
    const sPrev = i > 1 ? a.charCodeAt(i - 2) : -1;
    for (let j = 1; j <= m; j++) {
      const tj = b.charCodeAt(j - 1);
      const cost = si === tj ? 0 : 1;
      let v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && si === b.charCodeAt(j - 2) && sPrev === tj) v = Math.min(v, before[j - 2]! + 1);
      row[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const spare = before;
    before = prev;
    prev = row;
    row = spare;
  }
  return prev[m]!;
}

function damerauCodePoints(a: string, b: string, max: number): number {
  const s = [...a];
  const t = [...b];
  if (Math.abs(s.length - t.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= s.length; i++) rows.push(new Array<number>(t.length + 1).fill(0));
  for (let i = 0; i <= s.length; i++) rows[i]![0] = i;
  for (let j = 0; j <= t.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= s.length; i++) {
    let rowMin = Infinity;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let v = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) v = Math.min(v, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
  }
  return rows[s.length]![t.length]!;
}

/** Per list of known titles: 1 where the title has a surrogate (read once per list, not per citation). */
const wideOfList = new WeakMap<readonly string[], Uint8Array>();

function wideTitles(list: readonly string[]): Uint8Array {
  let wide = wideOfList.get(list);
  if (!wide) {
    wide = new Uint8Array(list.length);
    for (let i = 0; i < list.length; i++) wide[i] = scanSurrogate(list[i]!) ? 1 : 0;
    wideOfList.set(list, wide);
  }
  return wide;
}

// Scratch of bagDistanceExceeds: a count per code unit, valid where its stamp is the current one.
const bagCount = new Int32Array(65536);
const bagStamp = new Int32Array(65536);
let bagGeneration = 0;

/**
 * Whether the bag distance of two strings without surrogates (the characters of one that the other
 * lacks, counted with repeats, the larger of the two counts) exceeds `max`. Each edit of an
 * alignment (replace, insert, delete, swap two neighbours) changes either count by at most one, so
 * the distance damerau measures is never below it: a known title whose bag distance is over the
 * limit is over it in damerau too, and is passed over without filling the table (O(n + m), not
 * O(n × m), for each of the thousands of known titles per citation).
 */
export function bagDistanceExceeds(a: string, b: string, max: number): boolean {
  if (bagGeneration === 0x7fffffff) {
    bagStamp.fill(0);
    bagGeneration = 0;
  }
  const g = ++bagGeneration;
  for (let i = 0; i < a.length; i++) {
    const u = a.charCodeAt(i);
    if (bagStamp[u] !== g) {
      bagStamp[u] = g;
      bagCount[u] = 0;
    }
    bagCount[u]!++;
  }
  let onlyB = 0;
  for (let i = 0; i < b.length; i++) {
    const u = b.charCodeAt(i);
    if (bagStamp[u] === g && bagCount[u]! > 0) bagCount[u]!--;
    else if (++onlyB > max) return true;
  }
  // the units of a left unmatched: a's length less the matched ones (b's length less b's extras)
  return a.length - (b.length - onlyB) > max;
}

/** A title without a trailing edition or status note: （试行）, （2018年修订）, (草案). */
export function normaliseTitle(title: string): string {
  return title.replace(/\s+/g, '').replace(/(?:[（(][^（）()]*[）)])+$/u, '');
}

/** Suffixes that make a different, legitimate document out of a known title. */
const DERIVED = /(?:实施细则|实施条例|实施办法|实施意见|实施方案|释义|修正案|解读|配套|若干问题|司法解释|辅导读本|学习纲要|问答)$/u;

export type EditOp = { op: 'sub' | 'del' | 'ins' | 'swap'; at: number };

/**
 * The edits (optimal string alignment) that turn `from` into `to`; `at` is the index in `from`
 * (for `ins`, the index the extra character stands before).
 */
export function editOps(from: string, to: string): EditOp[] {
  const s = [...from];
  const t = [...to];
  const d: number[][] = [];
  for (let i = 0; i <= s.length; i++) d.push(Array.from({ length: t.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= s.length; i++) {
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  const ops: EditOp[] = [];
  let i = s.length;
  let j = t.length;
  while (i > 0 || j > 0) {
    const here = d[i]![j]!;
    if (i > 0 && j > 0 && s[i - 1] === t[j - 1] && d[i - 1]![j - 1] === here) { i--; j--; continue; }
    if (i > 0 && j > 0 && d[i - 1]![j - 1]! + 1 === here) { ops.push({ op: 'sub', at: i - 1 }); i--; j--; continue; }
    if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1] && d[i - 2]![j - 2]! + 1 === here) {
      ops.push({ op: 'swap', at: i - 2 }); i -= 2; j -= 2; continue;
    }
    if (i > 0 && d[i - 1]![j]! + 1 === here) { ops.push({ op: 'del', at: i - 1 }); i--; continue; }
    ops.push({ op: 'ins', at: i }); j--;
  }
  return ops.reverse();
}

export interface NearTitle {
  title: string;
  distance: number;
  /** error: a typo-like slip (a character replaced, swapped or doubled, the fixed prefix misspelt);
   *  warning: a character or a two-character word missing. */
  severity: 'error' | 'warning';
}

const PREFIX = '中华人民共和国';
/** Words whose presence or absence makes another edition of the same regulation. */
const EDITION_WORDS = new Set(['暂行', '试行']);

/**
 * How a cited title differs from a known one, if the difference looks like a slip rather than a
 * different, real title. Real neighbours differ by a whole word (外资企业法 / 合伙企业法, 奖励规定 /
 * 处分规定) or by an added character (环境保护法 / 环境保护税法): those are not judged.
 */
export function classifyEdits(known: string, cited: string): 'error' | 'warning' | undefined {
  const ops = editOps(known, cited);
  if (ops.length === 0) return undefined;
  const k = [...known];
  const c = [...cited];
  if (known.startsWith(PREFIX) && ops.every((o) => o.at < PREFIX.length) && !cited.startsWith(PREFIX)) return 'error';
  // A replaced character is a slip only when it sounds or looks like the right one (章成 for 章程,
  // 条列 for 条例); a replaced word of another meaning makes another real title (党校 / 党组 工作条例,
  // issue 9), which the known titles cannot all list.
  const slip = (o: EditOp) => o.op !== 'sub' || confusable(c[o.at]!, k[o.at]!);
  if (ops.length === 1) {
    const [o] = ops as [EditOp];
    if (o.op === 'swap') return 'error';
    if (o.op === 'sub') return slip(o) ? 'error' : undefined;
    if (o.op === 'del') return 'warning';
    // an inserted character that doubles its neighbour (国国, 条条) is a slip; any other may be a real title
    const insertedAt = o.at; // index in known before which cited has an extra character
    const extra = c[insertedAt];
    return extra !== undefined && (extra === k[insertedAt] || extra === k[insertedAt - 1]) ? 'error' : undefined;
  }
  if (ops.length === 2) {
    const [a, b] = ops as [EditOp, EditOp];
    // 暂行/试行 added or dropped: another edition of the regulation (a planned 条例 after its
    // 暂行条例), not a slip.
    if (a.op === b.op && (a.op === 'del' || a.op === 'ins') && b.at - a.at <= 1) {
      const word = a.op === 'del' ? k.slice(a.at, a.at + 2).join('') : c.slice(a.at, a.at + 2).join('');
      if (EDITION_WORDS.has(word)) return undefined;
    }
    if (a.op === 'del' && b.op === 'del') return 'warning';
    if (a.op === 'sub' && b.op === 'sub' && b.at - a.at > 1 && slip(a) && slip(b)) return 'error';
  }
  return undefined;
}

/**
 * The known title a cited one is a near miss of, or undefined when it is exact, unknown, a
 * legitimate derivative, or differs in a way a different real title would. Distance 1 is judged for
 * titles of six characters or more, distance 2 for titles of ten or more.
 */
export function nearestTitle(cited: string, known: ReadonlySet<string>, list: readonly string[]): NearTitle | undefined {
  const c = normaliseTitle(cited);
  const n = [...c].length;
  if (n < 6 || known.has(c)) return undefined;
  const max = n >= 10 ? 2 : 1;
  let best: { title: string; distance: number } | undefined;
  let ties = 0;
  const wide = wideTitles(list);
  const cWide = scanSurrogate(c);
  for (let t = 0; t < list.length; t++) {
    const title = list[t]!;
    // (without surrogates, what damerau would answer over the limit is known sooner: by the lengths,
    // then by the bag distance, a lower bound of it)
    if (!cWide && wide[t] === 0 && (Math.abs(c.length - title.length) > max || bagDistanceExceeds(c, title, max))) continue;
    const d = damerau(c, title, max);
    if (d === 0) return undefined;
    if (d > max) continue;
    if (!best || d < best.distance) {
      best = { title, distance: d };
      ties = 0;
    } else if (d === best.distance && title !== best.title) ties++;
  }
  // Two known titles equally near: the citation may be a third, real title between them.
  if (!best || ties > 0) return undefined;
  // 《…条例实施细则》 is another document than 《…条例》, unless the known title is itself one.
  const derived = DERIVED.exec(c)?.[0];
  if (derived && !best.title.endsWith(derived)) return undefined;
  // A known title plus a derived suffix (《中华人民共和国森林法实施条例》 when the 森林法 is known) is
  // that title's own derivative, not a slip for a neighbour's (issue 9: one law's implementing
  // regulation taken for another's).
  if (derived && known.has(c.slice(0, c.length - derived.length))) return undefined;
  const severity = classifyEdits(best.title, c);
  return severity ? { ...best, severity } : undefined;
}
