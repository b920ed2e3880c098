/**
 * Fixed order (occurrence lexicons): when the items of a fixed formulation are listed together
 * (四个意识: 政治意识、大局意识、核心意识、看齐意识), they go in their fixed order.
 */
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
  for (const compiled of entries) {
    const { entry } = compiled;
    const items = entry.items;
    if (!items || items.length < 2) continue;
    const hits: Array<{ start: number; end: number; rank: number }> = [];
    items.forEach((item, rank) => {
      for (let i = text.indexOf(item); i >= 0; i = text.indexOf(item, i + item.length)) {
        hits.push({ start: i, end: i + item.length, rank });
      }
    });
    hits.sort((a, b) => a.start - b.start);
    let run: typeof hits = [];
    // Two items in another order may be an ordinary enumeration ("绿色发展、创新发展"); three or more
    // of a fixed set listed together are the formulation.
    const minRun = Math.min(3, items.length);
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
  return out.sort((a, b) => a.start - b.start);
}
