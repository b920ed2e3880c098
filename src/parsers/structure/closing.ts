/**
 * 附件说明, 发文机关署名, 成文日期, 附注 (GB/T 9704—2012 7.3.4–7.3.6): the note "附件：…" with its
 * continuation lines; the closing date — alone on its line and at the end of the main text, or right
 * after a signature-like line — with the signature lines and seals found just above it, and the
 * remarks in parentheses just below it.
 */
import type { Element, Line, SourceFormat } from '../../tree/types.js';
import { el, endsLikeOrgan, isDateLine, isShortPlain, looksLikeSignature, refresh, signatureWithDate } from './lines.js';
import { RE } from './patterns.js';
import type { PhaseResult, Scan } from './phase.js';

/**
 * The closing 成文日期: the first date-only line of the main text that ends it — followed by nothing,
 * a remark, an attachment label, the 版记 or page numbers — or that follows a signature-like line; or
 * a line holding the signature and the date ("××市人民政府办公室　2024年3月5日") that ends it. That
 * line is the `issueDate` element (its date is what the date rules read; the organ name before it is
 * the signature, on the same line).
 */
export function findClosingDate({ lines }: Scan, from: number, to: number): number {
  for (let k = from; k < to; k++) {
    // A template placeholder ([日期]) closes the text only right after a signature (or its placeholder).
    if (RE.issueDatePlaceholder.test(lines[k].value)) {
      if (k > from && looksLikeSignature(lines[k - 1].value)) return k;
      continue;
    }
    // The signature and the date on one line close the text only where the text ends (a date alone
    // also closes it after a signature line).
    const withSignature = !RE.issueDate.test(lines[k].value);
    if (withSignature && signatureWithDate(lines[k].value) < 0) continue;
    let n = k + 1;
    while (n < to && (RE.pageNumber.test(lines[n].value) || RE.directive.test(lines[n].value))) n++;
    const next = n < to ? lines[n].value : undefined;
    const endsText = next === undefined || RE.remark.test(next) || RE.attachmentLabel.test(next)
      || RE.attachmentLabelWithTitle.test(next);
    const prev = k > from ? lines[k - 1].value : '';
    if (endsText || (!withSignature && (looksLikeSignature(prev) || RE.seal.test(prev)))) return k;
  }
  return -1;
}

/** The 附件说明 at `at` with its continuation lines (not running into the closing date at `dateAt`). */
export function attachmentNote({ lines, format }: Scan, at: number, opts: { to: number; dateAt: number }): PhaseResult | undefined {
  if (!RE.attachmentNote.test(lines[at].value)) return undefined;
  const noteLines = [lines[at]];
  let i = at;
  while (i + 1 < opts.to && i + 1 !== opts.dateAt && isNoteContinuation(lines[i + 1], format)) noteLines.push(lines[++i]);
  return { elements: [el('attachmentNote', noteLines)], next: i + 1 };
}

/**
 * The closing date at `at`, the signature (one or two organ names, three when all are organs, or a
 * post and a name) and seal placeholders taken off the end of `body` (the body built so far), and the
 * remarks after the date. The signature lines, consecutive in source order, form one element.
 */
export function closing({ lines }: Scan, at: number, opts: { body: Element[]; to: number }): PhaseResult {
  const body = opts.body;
  const popped: Element[] = [];
  let sigLines = 0;
  let seals = 0;
  while (body.length > 0) {
    const last = body[body.length - 1];
    if (last.type === 'seal' && seals < 2) {
      seals++;
      popped.unshift(body.pop()!);
      continue;
    }
    if (sigLines >= 3) break;
    const text = last.children.map((l) => l.value).join('');
    if (last.type !== 'paragraph' || last.children.length !== 1 || !looksLikeSignature(text)) break;
    if (sigLines === 2) {
      const others = popped.filter((e) => e.type === 'paragraph').map((e) => e.children[0].value);
      if (!(endsLikeOrgan(text) && others.every(endsLikeOrgan))) break;
    }
    sigLines++;
    popped.unshift(body.pop()!);
  }
  const elements: Element[] = [];
  for (const e of popped) {
    const prev = elements[elements.length - 1];
    if (e.type === 'seal') elements.push(e);
    else if (prev && prev.type === 'issuerSignature') prev.children.push(e.children[0]);
    else elements.push(el('issuerSignature', [e.children[0]]));
  }
  elements.forEach(refresh);
  elements.push(el('issueDate', [lines[at]]));
  let i = at;
  while (i + 1 < opts.to && RE.remark.test(lines[i + 1].value) && lines[i + 1].value.trim().length <= 100) {
    elements.push(el('remark', [lines[++i]]));
  }
  return { elements, next: i + 1 };
}

/** Continuation of 附件：1.… — the next numbered item, or an indented wrap in a text draft. */
function isNoteContinuation(line: Line, format: SourceFormat): boolean {
  const v = line.value;
  if (RE.issueDate.test(v) || RE.attachmentLabel.test(v)) return false;
  if (/^\s*\d{1,2}\s*[.．、]/.test(v) && v.trim().length <= 80) return true;
  // An indented wrap (not a right-aligned signature: little indentation, not an organ name).
  const indent = v.length - v.trimStart().length;
  return format !== 'docx' && indent >= 1 && indent <= 8 && /^(?:\s{2,}|　)/.test(v) && isShortPlain(v, 60)
    && !endsLikeOrgan(v.trim()) && !isDateLine(v);
}
