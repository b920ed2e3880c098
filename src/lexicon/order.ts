/**
 * Fixed order (occurrence lexicons): when the items of a fixed formulation are listed together
 * (四个意识: 政治意识、大局意识、核心意识、看齐意识), they go in their fixed order. Also the compressed
 * form, when the items share an ending of two or more characters and only the last one carries it
 * (增强政治、大局、核心、看齐意识; 坚定道路、理论、制度、文化自信).
 */
import { escapeRegExp } from '../util/text.js';
import { unitsOf } from '../util/units.js';
import type { CompiledEntry } from './load.js';
import { overlapsProtected } from './match.js';

export interface OrderFinding {
  start: number;
  end: number;
  /** The formulation's name, e.g. 四个意识. */
  name: string;
  /** The listing as written and in its fixed order. */
  written: string;
  ordered: string;
  compiled: CompiledEntry;
}

/** What may stand between two listed items. */
const SEPARATOR = /^(?:、|，|,|和|与|及|以及|、以及)$/u;

export function orderFindings(text: string, entries: readonly CompiledEntry[], protectedTerms: readonly string[] = []): OrderFinding[] {
  const out: OrderFinding[] = [];
  const units = unitsOf(text);
  for (const compiled of entries) {
    const { entry } = compiled;
    const items = entry.items;
    if (!items || items.length < 2) continue;
    // Two items in another order may be an ordinary enumeration ("绿色发展、创新发展"); three or more
    // of a fixed set listed together are the formulation.
    const minRun = Math.min(3, items.length);
    // (every line of every document passes here for every entry: nothing is allocated until an
    // item occurs, and a line with fewer hits than a run needs is done — runs are made of hits)
    let hits: Array<{ start: number; end: number; rank: number }> | undefined;
    for (let rank = 0; rank < items.length; rank++) {
      const item = items[rank]!;
      if (!units.mayContain(item)) continue;
      for (let i = text.indexOf(item); i >= 0; i = text.indexOf(item, i + item.length)) {
        (hits ??= []).push({ start: i, end: i + item.length, rank });
      }
    }
    if (!hits || hits.length < minRun) continue;
    hits.sort((a, b) => a.start - b.start);
    let run: typeof hits = [];
    const flush = () => {
      if (run.length >= minRun) {
        const ranks = run.map((h) => h.rank);
        const increasing = ranks.every((r, i) => i === 0 || r > ranks[i - 1]!);
        const distinct = new Set(ranks).size === ranks.length;
        const start = run[0]!.start;
        const end = run[run.length - 1]!.end;
        if (!increasing && distinct && !overlapsProtected(text, start, end, protectedTerms)) {
          const sorted = run.map((h) => h.rank).sort((a, b) => a - b);
          let ordered = '';
          run.forEach((h, i) => {
            ordered += items[sorted[i]!]!;
            if (i < run.length - 1) ordered += text.slice(h.end, run[i + 1]!.start);
          });
          out.push({ start, end, name: entry.name ?? items.join('、'), written: text.slice(start, end), ordered, compiled });
        }
      }
      run = [];
    };
    for (const h of hits) {
      const prev = run[run.length - 1];
      if (prev && !(h.start >= prev.end && SEPARATOR.test(text.slice(prev.end, h.start)))) flush();
      run.push(h);
    }
    flush();
  }
  out.push(...compressedFindings(text, entries, protectedTerms));
  return out.sort((a, b) => a.start - b.start);
}


/** The ending all items share (two characters or more, every item keeping a stem), or ''. */
export function sharedEnding(items: readonly string[]): string {
  let n = 0;
  const shortest = Math.min(...items.map((i) => i.length));
  while (n < shortest - 1 && items.every((i) => i[i.length - 1 - n] === items[0]![items[0]!.length - 1 - n])) n++;
  return n >= 2 ? items[0]!.slice(items[0]!.length - n) : '';
}

/** Per entry: the regex of its compressed listing, its stems (and longest first, with their ranks), the shared ending. */
const compressedCache = new WeakMap<CompiledEntry, { regex: RegExp; stems: string[]; byLength: Array<{ s: string; rank: number }>; ending: string } | null>();

/** What may stand between two stems of a compressed listing. */
const STEM_SEPARATOR = '(?:、|和|与|及|以及)';

/**
 * Compressed listings out of order: four or more stems of the items (all of them when fewer),
 * joined by 、/和/与, the last followed by the shared ending. A listing that continues a longer
 * enumeration (a 、 right before its first stem) is an ordinary list, not the formulation.
 */
function compressedFindings(text: string, entries: readonly CompiledEntry[], protectedTerms: readonly string[]): OrderFinding[] {
  const out: OrderFinding[] = [];
  for (const compiled of entries) {
    const items = compiled.entry.items;
    if (!items || items.length < 2) continue;
    let c = compressedCache.get(compiled);
    if (c === undefined) {
      const ending = sharedEnding(items);
      if (!ending) c = null;
      else {
        const stems = items.map((i) => i.slice(0, i.length - ending.length));
        const alt = `(?:${stems.slice().sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})`;
        const byLength = stems.map((s, rank) => ({ s, rank })).sort((a, b) => b.s.length - a.s.length);
        c = { regex: new RegExp(`${alt}(?:${STEM_SEPARATOR}${alt})+${escapeRegExp(ending)}`, 'gu'), stems, byLength, ending };
      }
      compressedCache.set(compiled, c);
    }
    // a listing ends with the shared ending: without it in the line, the regex cannot match
    if (!c || !text.includes(c.ending)) continue;
    const { stems, byLength } = c;
    // Short stems (政治、经济、文化) are ordinary words: three of five in another order may be a
    // plain enumeration, so a compressed listing needs four stems (all of them when fewer).
    const minRun = Math.min(4, items.length);
    for (const m of text.matchAll(c.regex)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (text[start - 1] === '、' || text[start - 1] === ',') continue;
      // split the listing into stems and separators
      const parts: Array<{ rank: number; sep: string }> = [];
      let at = 0;
      const body = m[0].slice(0, m[0].length - (items[0]!.length - stems[0]!.length));
      while (at < body.length) {
        const hit = byLength.find(({ s }) => body.startsWith(s, at));
        if (!hit) break;
        at += hit.s.length;
        const sep = /^(?:以及|、|和|与|及)/u.exec(body.slice(at))?.[0] ?? '';
        at += sep.length;
        parts.push({ rank: hit.rank, sep });
      }
      if (at !== body.length || parts.length < minRun) continue;
      const ranks = parts.map((p) => p.rank);
      if (new Set(ranks).size !== ranks.length || ranks.every((r, i) => i === 0 || r > ranks[i - 1]!)) continue;
      if (overlapsProtected(text, start, end, protectedTerms)) continue;
      const sorted = ranks.slice().sort((a, b) => a - b);
      const ordered = parts.map((p, i) => stems[sorted[i]!] + p.sep).join('') + m[0].slice(body.length);
      out.push({ start, end, name: compiled.entry.name ?? items.join('、'), written: m[0], ordered, compiled });
    }
  }
  return out;
}
