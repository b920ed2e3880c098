/**
 * Fixed wordings (exactWording lexicons): a fixed formulation written with a word inserted or
 * dropped inside it (以习近平为核心的党中央, 习近平新时代特色社会主义思想, 绿水青山是金山银山). The
 * reordering of listed items is fixedOrder's business (order.ts); this catches the other distortion.
 *
 * A candidate starts with the formulation's first three characters and ends with its last one, and
 * differs from it only by one to two Han characters inserted or dropped in one place inside it (never a
 * substitution: 以习近平同志为总书记的党中央 is another, historical wording). Not judged: 的/地 added or
 * dropped (中华民族的伟大复兴 is also written), punctuation, and text that contains the formulation itself.
 * Only rigid wordings belong in the lexicon: ones that published documents also write shorter or
 * longer (创新、协调、绿色、开放、共享的发展理念 before 2017, 坚持和加强党的领导, 全心全意为人民健康服务)
 * were taken out after the tuning part of gov-docs showed them.
 */
import type { CompiledEntry } from './load.js';
import { overlapsProtected } from './match.js';
import { unitsOf } from '../util/units.js';

export interface WordingFinding {
  start: number;
  end: number;
  /** The wording as written and the fixed one. */
  written: string;
  wording: string;
  /** What was inserted ('+…') or dropped ('-…'). */
  change: string;
  compiled: CompiledEntry;
}

const HAN = /^\p{Script=Han}+$/u;
/**
 * Changes that are ordinary style, not a distortion: 的/地 added or left out (实现中华民族伟大复兴中国梦
 * and 中华民族的伟大复兴 are both written in central documents).
 */
const HARMLESS = new Set(['的', '地']);
const ANCHOR = 3;

/** The single contiguous insertion or deletion that turns `fixed` into `written`, if that is all. */
export function oneGap(fixed: string, written: string): { kind: '+' | '-'; text: string } | undefined {
  const [long, short, kind] = written.length > fixed.length ? [written, fixed, '+' as const] : [fixed, written, '-' as const];
  const d = long.length - short.length;
  if (d < 1 || d > 2) return undefined;
  let p = 0;
  while (p < short.length && long[p] === short[p]) p++;
  // inside the wording only: a change at either end is another phrase that shares a part
  if (p === 0 || p >= short.length) return undefined;
  if (long.slice(p + d) !== short.slice(p)) return undefined;
  return { kind, text: long.slice(p, p + d) };
}

export function wordingFindings(text: string, entries: readonly CompiledEntry[], protectedTerms: readonly string[] = []): WordingFinding[] {
  const out: WordingFinding[] = [];
  const units = unitsOf(text);
  for (const compiled of entries) {
    const wording = compiled.entry.wording;
    if (!wording || wording.length < ANCHOR * 2 + 1) continue;
    const head = wording.slice(0, ANCHOR);
    if (!units.mayContain(head)) continue;
    const last = wording[wording.length - 1]!;
    for (let i = text.indexOf(head); i >= 0; i = text.indexOf(head, i + 1)) {
      if (text.startsWith(wording, i)) continue;
      for (const len of [wording.length - 2, wording.length - 1, wording.length + 1, wording.length + 2]) {
        const written = text.slice(i, i + len);
        if (written.length !== len || written[len - 1] !== last) continue;
        const gap = oneGap(wording, written);
        if (!gap || !HAN.test(gap.text)) continue;
        if (HARMLESS.has(gap.text)) continue;
        if (overlapsProtected(text, i, i + len, protectedTerms)) continue;
        out.push({ start: i, end: i + len, written, wording, change: `${gap.kind}${gap.text}`, compiled });
        break;
      }
    }
  }
  // one distortion, one finding: a finding that contains another (nested formulations) goes
  return out
    .filter((f) => !out.some((g) => g !== f && g.start >= f.start && g.end <= f.end && g.end - g.start < f.end - f.start))
    .sort((a, b) => a.start - b.start);
}
