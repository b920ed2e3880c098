/**
 * Small text helpers for the consistency rules. `splitSentences` is a local splitter: the shared
 * Chinese tokenizer (src/parsers/chinese) was not available when these rules were written.
 */

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
  const enders = options.semicolons ? '。！？!?；;' : '。！？!?';
  const out: Span[] = [];
  let start = 0;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '“' || ch === '（' || ch === '(' || ch === '《') depth++;
    else if ((ch === '”' || ch === '）' || ch === ')' || ch === '》') && depth > 0) depth--;
    if (enders.includes(ch) && depth === 0) {
      let end = i + 1;
      while (end < text.length && CLOSERS.includes(text[end])) end++;
      push(text, start, end, out);
      start = end;
      i = end - 1;
    }
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
