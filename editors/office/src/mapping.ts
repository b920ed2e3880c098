/**
 * Findings → places in the host document. Pure functions, no host API: tested in Node and used by
 * the pane.
 *
 * The core numbers .docx paragraphs by their ordinal among all w:p under w:body (table-cell and
 * text-box paragraphs included, text boxes after their anchor). Hosts count differently (Word's and
 * WPS's Paragraphs leave text boxes out; some count table cells their own way), so a finding is
 * mapped by TEXT: the lines the core read are aligned, in order, with the host's paragraph texts;
 * a line matches the next host paragraph with the same text. A line with no match (text box,
 * header) has no place: its card still shows, but cannot select or fix.
 */
import type { LintMessage } from '../../../src/engine/messages.js';

/** A host paragraph's text as the core's line value: no paragraph mark, cell mark or line-break code. */
export function normalizeHostText(text: string): string {
  return text
    .replace(/[\r\x07]+$/u, '')      // paragraph mark, end-of-cell mark
    .replace(/\x0b/g, '\n')           // manual line break (Word's vertical tab) → the reader's \n
    .replace(/\r/g, '\n');
}

export interface CoreLine { ordinal: number; value: string }

/**
 * ordinal → host paragraph index (0-based). Empty lines are not matched (they carry no findings
 * and would pair up arbitrarily). A match is looked for ahead of the last one, at most `window`
 * host paragraphs ahead, so a line the host does not have (a text box) does not drag the rest.
 */
export function alignParagraphs(lines: readonly CoreLine[], hostTexts: readonly string[], window = 200): Map<number, number> {
  const host = hostTexts.map(normalizeHostText);
  const out = new Map<number, number>();
  let next = 0;
  for (const line of [...lines].sort((a, b) => a.ordinal - b.ordinal)) {
    if (line.value.trim() === '') continue;
    const end = Math.min(host.length, next + window);
    for (let k = next; k < end; k++) {
      if (host[k] === line.value) {
        out.set(line.ordinal, k);
        next = k + 1;
        break;
      }
    }
  }
  return out;
}

/** A span in a host paragraph: [start, end) in UTF-16 units of its (normalised) text. */
export interface Target {
  paragraph: number;
  start: number;
  end: number;
  /** What the span holds now (checked against the document before anything is changed). */
  text: string;
  /** The whole paragraph text as read. */
  paragraphText: string;
}

export interface TextEdit extends Target {
  replacement: string;
}

/** The place of a finding, or undefined for page-level findings and lines the host does not show. */
export function targetOf(message: LintMessage, ordinalToHost: Map<number, number>, hostTexts: readonly string[]): Target | undefined {
  if (message.line === undefined || message.column === undefined) return undefined;
  const paragraph = ordinalToHost.get(message.line);
  if (paragraph === undefined) return undefined;
  const paragraphText = normalizeHostText(hostTexts[paragraph]);
  const start = Math.min(message.column - 1, paragraphText.length);
  const sameLine = message.endLine === undefined || message.endLine === message.line;
  const end = sameLine && message.endColumn !== undefined ? Math.max(start, Math.min(message.endColumn - 1, paragraphText.length)) : paragraphText.length;
  return { paragraph, start, end, text: paragraphText.slice(start, end), paragraphText };
}

/** The text edits of a finding's fix, in host coordinates; undefined when any edit has no place. */
export function editsOf(message: LintMessage, ordinalToHost: Map<number, number>, hostTexts: readonly string[]): TextEdit[] | undefined {
  if (!message.fix?.length) return undefined;
  const out: TextEdit[] = [];
  for (const f of message.fix) {
    if (f.endLine !== f.line) return undefined;
    const paragraph = ordinalToHost.get(f.line);
    if (paragraph === undefined) return undefined;
    const paragraphText = normalizeHostText(hostTexts[paragraph]);
    const start = f.column - 1;
    const end = f.endColumn - 1;
    if (start < 0 || end < start || end > paragraphText.length) return undefined;
    out.push({ paragraph, start, end, text: paragraphText.slice(start, end), paragraphText, replacement: f.text });
  }
  return out;
}

/**
 * Edits in the order to apply them (last first, so earlier offsets stay valid), dropping any that
 * overlaps one already taken; the edits of one finding go in together or not at all.
 */
export function planEdits(groups: readonly TextEdit[][]): { edits: TextEdit[]; skipped: number } {
  const taken: TextEdit[] = [];
  let skipped = 0;
  const overlaps = (a: TextEdit, b: TextEdit) => a.paragraph === b.paragraph
    && (a.start === a.end && b.start === b.end ? a.start === b.start : a.start < b.end && b.start < a.end);
  for (const group of groups) {
    if (group.some((e) => taken.some((t) => overlaps(e, t)))) { skipped++; continue; }
    taken.push(...group);
  }
  taken.sort((a, b) => b.paragraph - a.paragraph || b.start - a.start || b.end - a.end);
  return { edits: taken, skipped };
}

/** "before → after" for a card: the finding's span with its fix applied (same paragraph only). */
export function previewOf(target: Target | undefined, edits: TextEdit[] | undefined): { before: string; after?: string } {
  if (!target) return { before: '' };
  if (!edits?.length || edits.some((e) => e.paragraph !== target.paragraph)) return { before: target.text };
  const from = Math.min(target.start, ...edits.map((e) => e.start));
  const to = Math.max(target.end, ...edits.map((e) => e.end));
  const text = target.paragraphText;
  let after = '';
  let at = from;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    after += text.slice(at, e.start) + e.replacement;
    at = e.end;
  }
  after += text.slice(at, to);
  return { before: text.slice(from, to), after };
}

/** Categories in Chinese, for the cards and the groups. */
export const CATEGORY_NAMES: Record<string, string> = {
  format: '格式', element: '要素', punctuation: '标点', number: '数字', consistency: '数据一致',
  phrasing: '规范用语', typo: '错别字', placeholder: '占位符', redundancy: '成分赘余',
};

export function categoryOf(ruleId: string): string {
  return ruleId.split('/')[0];
}
