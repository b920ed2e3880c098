/**
 * Small text helpers for the consistency rules. `splitSentences` with `semicolons` is the shared
 * splitter (src/parsers/chinese: 。！？； end a sentence); without, a local splitter that keeps
 * ；-joined clauses together (一是…；二是…。 is one sentence), which the shared one has no mode for.
 */
import { splitSentences as sharedSplit } from '../parsers/chinese/sentences.js';

export interface Span {
  text: string;
  start: number;
  end: number;
}

const CLOSERS = '”’）)》」』】';

/**
 * Sentences of one line: split after 。！？ (and ；when `semicolons`), keeping closing quotes and
 * brackets with the sentence they close. Offsets are into `text`; leading spaces are skipped.
 */
export function splitSentences(text: string, options: { semicolons?: boolean } = {}): Span[] {
  if (options.semicolons) return sharedSplit(text);
  const enders = options.semicolons ? '。！？!?；;' : '。！？!?';
  const out: Span[] = [];
  let start = 0;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '“' || ch === '（' || ch === '(' || ch === '《') depth++;
    else if ((ch === '”' || ch === '）' || ch === ')' || ch === '》') && depth > 0) depth--;
    if (!enders.includes(ch)) continue;
    // An end mark inside quotes or brackets ends the sentence when the closers right after it close
    // them all: 他说：“好。” | （此件公开发布。）
    let end = i + 1;
    let d = depth;
    while (end < text.length && CLOSERS.includes(text[end])) {
      end++;
      d = Math.max(0, d - 1);
    }
    if (d > 0) continue;
    depth = 0;
    push(text, start, end, out);
    start = end;
    i = end - 1;
  }
  push(text, start, text.length, out);
  return out;
}

function push(text: string, start: number, end: number, out: Span[]) {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push({ text: text.slice(start, end), start, end });
}

/** Han characters (CJK unified ideographs) in a text. */
export function hanCount(text: string): number {
  return (text.match(/[\u3400-\u9fff]/g) ?? []).length;
}

/** Text with whitespace and punctuation removed (letters, digits and Han kept), for comparing. */
export function normalizeForCompare(text: string): string {
  return text.replace(/[^\p{L}\p{N}]/gu, '');
}

/** Escapes a literal for use inside a RegExp source. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
