/** Helpers over the rule context shared by the consistency rules. */
import type { LineEntry, RuleContext } from '../rule.js';
import type { Line } from '../tree/types.js';

/** Running-text lines: headings and paragraphs of the main block's body and of attachments. */
export function textLines(context: RuleContext, options: { attachments?: boolean; tables?: boolean } = {}): LineEntry[] {
  const { attachments = true, tables = false } = options;
  return context.lines.filter(
    (e) =>
      (e.element.type === 'paragraph' || e.element.type === 'heading') &&
      (e.block === 'mainBlock' || (attachments && e.block === 'attachment')) &&
      (tables || e.line.container !== 'table'),
  );
}

/** The year in the document's own 文号 (header block), when there is one. */
export function ownNumberYear(context: RuleContext): { year: number; entry: LineEntry; start: number; end: number } | undefined {
  for (const entry of context.lines) {
    if (entry.element.type !== 'documentNumber' || entry.block !== 'headerBlock') continue;
    // A sentence citing another document ("…的请示》（…〔2015〕3号）收悉") is not the own number.
    if (/[《》，。；]|收悉/.test(entry.line.value)) continue;
    const m = /[〔\[［【(（]\s*(\d{4})\s*[〕\]］】)）]/.exec(entry.line.value);
    if (m) return { year: Number(m[1]), entry, start: m.index, end: m.index + m[0].length };
  }
  return undefined;
}

/** The first line of the 成文日期 element. */
export function issueDateEntry(context: RuleContext): LineEntry | undefined {
  return context.lines.find((e) => e.element.type === 'issueDate');
}

/**
 * Where a line stands, for messages that send the reader to another place: a .docx finding's line is
 * the paragraph ordinal, so 第N段 / paragraph N there; .txt and .md say 第N行 / line N (the source
 * line the paragraph starts on).
 */
export function placeOf(context: Pick<RuleContext, 'format'>, line: Line): { zh: string; en: string } {
  if (context.format === 'docx' && line.ordinal !== undefined) return { zh: `第${line.ordinal}段`, en: `paragraph ${line.ordinal}` };
  const n = line.position?.start.line ?? line.ordinal ?? 1;
  return { zh: `第${n}行`, en: `line ${n}` };
}

/** A short quote of a text for messages: at most `max` characters, with …… when cut. */
export function shortQuote(text: string, max = 12): string {
  const t = text.trim();
  return [...t].length <= max ? t : [...t].slice(0, max).join('') + '……';
}
