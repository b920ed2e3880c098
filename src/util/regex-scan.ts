/**
 * `text.matchAll(regex)` with the same matches, faster for a regex that opens with lookbehinds
 * (`(?<=\p{Script=Han})(?<![各该本])省省委`, `(?<!…[^。]*)(?:学习|贯彻)…`). Such a regex is tried at
 * every position of the text, the lookbehind first — and a lookbehind of variable length scans back
 * each time, so a line costs quadratic time; the engine cannot skip ahead to the first character
 * of the words. Here the words without the lookbehinds (the body) are searched, which the engine does
 * fast, and the lookbehinds are tested only where the body matched.
 *
 * Same matches, same order: a lookbehind at the start is zero-width and has no captures (otherwise
 * the regex is used as it is), so the body's match at a position is the whole regex's match there
 * whenever the lookbehinds hold; where they do not, the search goes on from the next position, as
 * the engine's own would. Browser-safe.
 */

import type { UnitPresence } from './units.js';

interface Split {
  /** The regex without its leading lookbehinds (flags kept, global). */
  body: RegExp;
  /** The leading lookbehinds alone, sticky: tested at a position. */
  guard: RegExp;
}

const splits = new WeakMap<RegExp, Split | null>();

/**
 * The positions of `source` from `from` on that are syntax, not literal: escaped characters and
 * character classes (`[(|)]`) are skipped, so a '(' , ')' or '|' yielded is a real group or bar.
 */
function* syntax(source: string, from = 0): Generator<number> {
  let inClass = false;
  for (let i = from; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else yield i;
  }
}

/** The index just past the group that opens at `open` (a '('), or -1. */
function groupEnd(source: string, open: number): number {
  let depth = 0;
  for (const i of syntax(source, open)) {
    if (source[i] === '(') depth++;
    else if (source[i] === ')' && --depth === 0) return i + 1;
  }
  return -1;
}

/** Whether `source` has an alternation at its top level. */
function topLevelBar(source: string): boolean {
  let depth = 0;
  for (const i of syntax(source)) {
    const c = source[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}

/** Whether `source` has a capturing group (named or not). */
function capturing(source: string): boolean {
  for (const i of syntax(source)) {
    if (source[i] === '(' && (source[i + 1] !== '?' || (source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!'))) return true;
  }
  return false;
}

function split(regex: RegExp): Split | null {
  const known = splits.get(regex);
  if (known !== undefined) return known;
  let result: Split | null = null;
  const source = regex.source;
  let at = 0;
  while (source.startsWith('(?<=', at) || source.startsWith('(?<!', at)) {
    const end = groupEnd(source, at);
    if (end < 0) break;
    at = end;
  }
  const prefix = source.slice(0, at);
  const body = source.slice(at);
  if (at > 0 && body && !regex.sticky && !topLevelBar(body) && !capturing(prefix)) {
    const flags = regex.flags.replace(/[gy]/g, '');
    result = { body: new RegExp(body, `${flags}g`), guard: new RegExp(prefix, `${flags}y`) };
  }
  splits.set(regex, result);
  return result;
}

const literalCache = new WeakMap<RegExp, string[] | null>();
/** Characters with a meaning in a regex source outside a class: a literal run stops at one. */
const SPECIAL = new Set('\\^$.|?*+()[]{}/');

/**
 * Strings one of which every match of `regex` contains, or null when that cannot be read off the
 * source: each top-level alternative must be lookbehinds then a run of literal characters, which
 * is then what the alternative's matches begin with (lookbehinds are zero-width):
 * `(?<![蚊罗营])帐(?=号|户)|(?<=[算记])帐(?![篷幕])` → 帐, 帐; `(?<=^|[，。])原((?:…)省)(书记|常委)` → 原.
 * A text containing none of them has no match, and the search is not made (lexicon rules run
 * dozens of such regexes over every line, and a regex never run is never compiled).
 * Case-insensitive regexes are left alone.
 */
function requiredLiterals(regex: RegExp): string[] | null {
  const known = literalCache.get(regex);
  if (known !== undefined) return known;
  const source = regex.source;
  let result: string[] | null = regex.ignoreCase ? null : [];
  if (result) {
    const bars: number[] = [];
    let depth = 0;
    for (const i of syntax(source)) {
      const c = source[i];
      if (c === '(') depth++;
      else if (c === ')') depth--;
      else if (c === '|' && depth === 0) bars.push(i);
    }
    let from = 0;
    for (const to of [...bars, source.length]) {
      const literal = alternativeLiteral(source.slice(from, to));
      if (literal === null) {
        result = null;
        break;
      }
      result!.push(literal);
      from = to + 1;
    }
  }
  literalCache.set(regex, result);
  return result;
}

/** Whether `text` contains one of `literals` (`units`: the text's units, to skip most searches). */
function containsAny(text: string, literals: readonly string[], units: UnitPresence | undefined): boolean {
  for (const literal of literals) if ((!units || units.mayContain(literal)) && text.includes(literal)) return true;
  return false;
}

/** Characters that make what precedes them optional or repeated. */
const QUANTIFIER = new Set('?*+{');

/**
 * The literal run that every match of an alternative begins with, after its lookbehinds; null when
 * it begins otherwise (a group, a class, an escape). A quantifier right after the run applies to
 * its last character, which may then be missing (`原则?`): the run without it.
 */
function alternativeLiteral(alt: string): string | null {
  let at = 0;
  while (alt.startsWith('(?<=', at) || alt.startsWith('(?<!', at)) {
    const end = groupEnd(alt, at);
    if (end < 0) return null;
    at = end;
  }
  const start = at;
  while (at < alt.length && !SPECIAL.has(alt[at]!)) at++;
  let literal = alt.slice(start, at);
  if (QUANTIFIER.has(alt[at]!)) {
    // the whole last character: in unicode mode the quantifier applies to a surrogate pair
    const pair = literal.length >= 2 && /[\uD800-\uDBFF][\uDC00-\uDFFF]$/.test(literal);
    literal = literal.slice(0, pair ? -2 : -1);
  }
  return literal || null;
}

/** The position after `i` in a search (a whole surrogate pair in unicode mode, as the engine steps). */
function next(text: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= text.length) return i + 1;
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return i + 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? i + 2 : i + 1;
}

/**
 * Every match of global `regex` in `text`, as `[...text.matchAll(regex)]` gives them from
 * lastIndex 0 (matchAll also copies the regex on every call: here it is used as it is, and its
 * lastIndex is 0 again afterwards). A caller running many regexes over one text may pass the
 * text's UnitPresence: regexes whose literals cannot occur are then dismissed without a search.
 */
export function matchAllOf(text: string, regex: RegExp, units?: UnitPresence): RegExpMatchArray[] {
  if (!regex.global || regex.sticky) return [...text.matchAll(regex)];
  const needs = requiredLiterals(regex);
  if (needs && !containsAny(text, needs, units)) return [];
  const s = split(regex);
  const body = s ? s.body : regex;
  const guard = s?.guard;
  const unicode = regex.unicode || (regex as { unicodeSets?: boolean }).unicodeSets === true;
  const out: RegExpMatchArray[] = [];
  body.lastIndex = 0;
  for (;;) {
    const m = body.exec(text);
    if (!m) break;
    const p = m.index;
    let kept = true;
    if (guard) {
      guard.lastIndex = p;
      kept = guard.test(text);
    }
    if (kept) {
      out.push(m);
      if (m[0].length === 0) body.lastIndex = next(text, p, unicode);
    } else {
      body.lastIndex = next(text, p, unicode);
    }
    if (body.lastIndex > text.length) break;
  }
  body.lastIndex = 0;
  return out;
}

/**
 * The matches of many literal strings at once, as the regex `form1|form2|…` (flags `gu`, forms in
 * that order) finds them: at each position the first form (in the order given) that starts there,
 * then on from its end. The regex engine tries the alternatives one after another at every
 * position; here a table of the forms' first code units skips the positions where none can start
 * (nearly all of them), and only the forms with that first unit are tried.
 */
export class LiteralScanner {
  private readonly first = new Uint8Array(65536);
  private readonly byFirst = new Map<number, string[]>();

  constructor(forms: readonly string[]) {
    for (const form of forms) {
      if (!form) continue;
      const u = form.charCodeAt(0);
      this.first[u] = 1;
      const list = this.byFirst.get(u);
      if (list) list.push(form);
      else this.byFirst.set(u, [form]);
    }
  }

  /** Each match as [index, form], in order. */
  scan(text: string): Array<[number, string]> {
    const out: Array<[number, string]> = [];
    const first = this.first;
    const n = text.length;
    for (let p = 0; p < n; ) {
      const u = text.charCodeAt(p);
      let matched: string | undefined;
      // unicode mode: a low surrogate after a high one is inside a character, never a start
      if (first[u] === 1 && !(u >= 0xdc00 && u <= 0xdfff && p > 0 && isHigh(text.charCodeAt(p - 1)))) {
        for (const form of this.byFirst.get(u)!) {
          if (text.startsWith(form, p)) {
            matched = form;
            break;
          }
        }
      }
      if (matched !== undefined) {
        out.push([p, matched]);
        p += matched.length;
      } else {
        p++;
      }
    }
    return out;
  }
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
