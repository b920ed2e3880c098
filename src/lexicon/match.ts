/**
 * Matching lexicon entries against a line, with the guards every lexicon rule shares:
 * - `unless`: a longer correct string covering the match (一如既往 is not 一如继往's victim);
 * - the segmenter guard: a match whose edge falls inside a longer word (Intl.Segmenter, ICU's
 *   dictionary) is part of that word, not a wrong word ("既使" in "既使用");
 * - protected terms (config `protectedTerms`): a match overlapping one is dropped;
 * - conditional entries: only when the reference date is in range.
 */
import { LiteralScanner, matchAllOf } from '../util/regex-scan.js';
import { unitsOf } from '../util/units.js';
import type { CompiledEntry } from './load.js';

export interface LexiconMatch {
  start: number;
  end: number;
  /** The text matched. */
  text: string;
  /** The right form, groups substituted (undefined when the entry gives none). */
  right?: string;
  compiled: CompiledEntry;
}

/**
 * Made on first use: a Chinese word segmenter loads ICU's dictionary (~17 ms), which a run that never
 * asks for word boundaries (`--version`, a draft no guarded entry matches) need not pay (issue 8).
 */
let segmenter: Intl.Segmenter | null | undefined;
function getSegmenter(): Intl.Segmenter | null {
  segmenter ??= typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;
  return segmenter;
}

/** Word boundaries of a text (offsets where a word starts or ends), by Intl.Segmenter. */
export class Boundaries {
  private words?: Array<[number, number]>;
  constructor(private readonly text: string) {}
  /** True when offset `at` falls strictly inside a word of two or more characters. */
  inside(at: number): boolean {
    const segmenter = getSegmenter();
    if (!segmenter) return false;
    this.words ??= [...segmenter.segment(this.text)].map((s) => [s.index, s.index + s.segment.length]);
    // binary search for the word containing `at`
    let lo = 0;
    let hi = this.words.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const [s, e] = this.words[mid]!;
      if (at <= s) hi = mid - 1;
      else if (at >= e) lo = mid + 1;
      else return true;
    }
    return false;
  }
}

function covered(text: string, start: number, end: number, longer: readonly string[]): boolean {
  for (const u of longer) {
    let from = Math.max(0, end - u.length);
    for (;;) {
      const i = text.indexOf(u, from);
      if (i < 0 || i > start) break;
      if (i + u.length >= end) return true;
      from = i + 1;
    }
  }
  return false;
}

/** Whether [start, end) overlaps an occurrence of a protected term. */
export function overlapsProtected(text: string, start: number, end: number, terms: readonly string[]): boolean {
  for (const t of terms) {
    if (!t) continue;
    let from = Math.max(0, start - t.length + 1);
    for (;;) {
      const i = text.indexOf(t, from);
      if (i < 0 || i >= end) break;
      if (i + t.length > start) return true;
      from = i + 1;
    }
  }
  return false;
}

export function dateApplies(when: { onOrAfter?: string; before?: string; undated?: boolean } | undefined, date: string | undefined): boolean {
  if (!when) return true;
  if (!date) return when.undated === true;
  if (when.onOrAfter && date < when.onOrAfter) return false;
  if (when.before && date >= when.before) return false;
  return true;
}

export interface MatchOptions {
  protectedTerms?: readonly string[];
  referenceDate?: string;
}

interface LiteralGroup {
  scanner: LiteralScanner;
  byForm: Map<string, CompiledEntry>;
}
interface EntryPlan {
  literals: LiteralGroup | null;
  /** The entries matched one by one: with a regex, not in `literals`. */
  rest: CompiledEntry[];
}
const planCache = new WeakMap<readonly CompiledEntry[], EntryPlan>();

/** How `entries` are matched, worked out once per entries array (not per line). */
function planOf(entries: readonly CompiledEntry[]): EntryPlan {
  let plan = planCache.get(entries);
  if (!plan) {
    const literals = literalGroup(entries);
    plan = { literals, rest: entries.filter((c) => c.regex && !(literals && isLiteral(c))) };
    planCache.set(entries, plan);
  }
  return plan;
}

/**
 * Literal entries (plain `match`, no date condition) searched all at once instead of one each (the
 * typo lexicon has hundreds), longest form first, as the regex `longest|…|shortest` would (a
 * LiteralScanner: that regex cost more than the rest of the lexicon rules). Cached per entries array.
 */
function literalGroup(entries: readonly CompiledEntry[]): LiteralGroup | null {
  const byForm = new Map<string, CompiledEntry>();
  for (const c of entries) {
    if (!isLiteral(c)) continue;
    for (const form of Array.isArray(c.entry.match) ? c.entry.match : [c.entry.match!]) if (!byForm.has(form)) byForm.set(form, c);
  }
  return byForm.size < 8
    ? null
    : {
        scanner: new LiteralScanner([...byForm.keys()].sort((a, b) => b.length - a.length)),
        byForm,
      };
}

function isLiteral(c: CompiledEntry): boolean {
  return c.entry.pattern === undefined && c.entry.match !== undefined && !c.entry.when;
}

/** The word boundaries of the last text asked about (a text's matches are judged together). */
let lastBounds: Boundaries | undefined;
let lastBoundsText: string | undefined;

function boundariesOf(text: string): Boundaries {
  if (lastBoundsText !== text || !lastBounds) {
    lastBounds = new Boundaries(text);
    lastBoundsText = text;
  }
  return lastBounds;
}

/** A match of `compiled` in `text` that passes the guards, or undefined. */
function accepted(text: string, options: MatchOptions, compiled: CompiledEntry, m: RegExpMatchArray): LexiconMatch | undefined {
  const { entry } = compiled;
  if (m[0].length === 0) return undefined;
  const start = m.index!;
  const end = start + m[0].length;
  if (entry.unless && covered(text, start, end, entry.unless)) return undefined;
  if (options.protectedTerms?.length && overlapsProtected(text, start, end, options.protectedTerms)) return undefined;
  if (compiled.segment) {
    const bounds = boundariesOf(text);
    if (bounds.inside(start) || bounds.inside(end)) return undefined;
  }
  const right = entry.right?.replace(/\$(\d)/g, (_, n: string) => m[Number(n)] ?? '');
  return { start, end, text: m[0], right, compiled };
}

/**
 * All guarded matches of `entries` in `text`, in order of position; overlapping matches keep the
 * first, longest. (Called for every line by every lexicon rule, and nearly always matching
 * nothing: no closure or list is made until something matches.)
 */
export function matchEntries(text: string, entries: readonly CompiledEntry[], options: MatchOptions = {}): LexiconMatch[] {
  let found: LexiconMatch[] | undefined;
  const { literals, rest } = planOf(entries);
  if (literals) {
    for (const [index, form] of literals.scanner.scan(text)) {
      const m = [form] as RegExpMatchArray;
      m.index = index;
      const f = accepted(text, options, literals.byForm.get(form)!, m);
      if (f) (found ??= []).push(f);
    }
  }
  // the line's units, marked once for all the regexes: most cannot match for want of their literal
  const units = rest.length > 1 ? unitsOf(text) : undefined;
  for (const compiled of rest) {
    const { entry, regex } = compiled;
    if (entry.when && !dateApplies(entry.when, options.referenceDate)) continue;
    // matchAllOf: the same matches as matchAll, without trying a leading lookbehind everywhere
    for (const m of matchAllOf(text, regex!, units)) {
      const f = accepted(text, options, compiled, m);
      if (f) (found ??= []).push(f);
    }
  }
  if (!found) return [];
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: LexiconMatch[] = [];
  let lastEnd = -1;
  for (const f of found) {
    if (f.start < lastEnd) continue;
    out.push(f);
    lastEnd = f.end;
  }
  return out;
}
