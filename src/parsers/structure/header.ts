/**
 * 版头 (GB/T 9704—2012 7.2): copy number, classification, urgency, issuer mark (…文件 / red text),
 * document number, signer, separator. Recognised only from a document-number line (or a "…文件" /
 * "…令" mark, or a red DOCX mark) among the first lines, with only header-like lines above it.
 */
import type { Line, SourceFormat } from '../../tree/types.js';
import { isDocxIssuerMarkFormat } from './docx.js';
import { el, endsLikeOrgan, isPersonalName, isShortPlain, kindOfTitle, looksLikeTitle, refresh } from './lines.js';
import { MINUTES_ISSUE, MINUTES_OFFICE_LINE, RE } from './patterns.js';
import type { PhaseResult, Scan } from './phase.js';

export interface HeaderResult extends PhaseResult {
  /** The number is a 令号 under a "…令" mark (命令格式). */
  orderMark?: boolean;
}

/** The 版头 at line `at` (the top), or undefined when the top of the document is no header. */
export function header({ lines, format }: Scan, at: number): HeaderResult | undefined {
  const limit = Math.min(lines.length, at + 10);
  // The document-number line (or the 令号 of an order), among the first lines.
  let numberAt = -1;
  let orderMark = false;
  for (let k = at; k < limit; k++) {
    const v = lines[k].value;
    if (RE.documentNumberLine.test(v)) { numberAt = k; break; }
    if (RE.orderNumberLine.test(v) && k > 0 && /令\s*$/.test(lines[k - 1].value) && isShortPlain(lines[k - 1].value, 30)) {
      numberAt = k;
      orderMark = true;
      break;
    }
  }
  let end = numberAt;
  if (end < 0) {
    // No number: a "…文件" mark (or a red DOCX mark) among the first lines still opens a header.
    for (let k = at; k < Math.min(lines.length, at + 5); k++) {
      const line = lines[k];
      if (RE.issuerMarkFile.test(line.value) || (format === 'docx' && isDocxIssuerMarkFormat(line))) end = k;
      else if (!isHeaderish(line, format)) break;
    }
    if (end < 0) return undefined;
  }
  // Everything above the number must be header-like; a title above it means the published layout.
  for (let k = at; k < end; k++) {
    if (!isHeaderish(lines[k], format)) return undefined;
  }
  const elements: HeaderResult['elements'] = [];
  let i = at;
  for (; i <= end; i++) {
    const line = lines[i];
    const v = line.value;
    if (RE.directive.test(v)) elements.push(el('directive', [line]));
    else if (i === numberAt) elements.push(el('documentNumber', [line]));
    else if (RE.copyNumber.test(v) || (i === at && RE.copyNumberLoose.test(v))) elements.push(el('copyNumber', [line]));
    else if (RE.classification.test(v)) elements.push(el('classification', [line]));
    else if (RE.urgency.test(v)) elements.push(el('urgency', [line]));
    else if (RE.signer.test(v)) elements.push(el('signer', [line]));
    else if (RE.separator.test(v)) elements.push(el('redSeparator', [line]));
    else {
      // Consecutive mark lines (a joint issuer mark on two lines) form one element.
      const last = elements[elements.length - 1];
      if (last && last.type === 'issuerMark') last.children.push(line);
      else elements.push(el('issuerMark', [line]));
    }
  }
  // 签发人 may stand on its own line(s) after the number; a separator line drawn with characters too.
  while (i < lines.length && RE.signer.test(lines[i].value) && lines[i].value.trim().length <= 40) {
    elements.push(el('signer', [lines[i++]]));
  }
  // A bare name right under the number (the "签发人：" label kept elsewhere, e.g. in a text box).
  if (numberAt >= 0 && i < lines.length && isPersonalName(lines[i].value.trim()) && lines[i].value.trim().length <= 4) {
    elements.push(el('signer', [lines[i++]]));
  }
  while (i < lines.length && RE.separator.test(lines[i].value)) elements.push(el('redSeparator', [lines[i++]]));
  // 纪要格式: the 期数 and the office-and-date line under a "…纪要" mark.
  const markText = elements.filter((e) => e.type === 'issuerMark').map((e) => e.children.map((l) => l.value.trim()).join('')).join('');
  if (/纪\s*要$/.test(markText)) {
    const more = minutesLines({ lines, format }, i);
    elements.push(...more.elements);
    i = more.next;
  }
  elements.forEach(refresh);
  return { elements, next: i, orderMark };
}

/**
 * 纪要格式 (GB/T 9704—2012 10.3; the rest "可以根据实际制定"): under the 纪要标志 — a red mark in the
 * 版头 or, in a plain draft, the title "…纪要" — the 期数 (第5期), a 发文字号-like 〔2024〕5号 and the
 * line naming the office and the date, in any order, with separator lines drawn between them.
 */
export function minutesLines({ lines }: Scan, at: number): PhaseResult {
  const elements: PhaseResult['elements'] = [];
  let i = at;
  for (; i < lines.length && i < at + 4; i++) {
    const v = lines[i].value;
    if (MINUTES_ISSUE.test(v) || MINUTES_OFFICE_LINE.test(v)) elements.push(el('minutesLine', [lines[i]]));
    else if (RE.documentNumberLine.test(v)) elements.push(el('documentNumber', [lines[i]]));
    else if (RE.separator.test(v)) elements.push(el('redSeparator', [lines[i]]));
    else break;
  }
  if (!elements.some((e) => e.type === 'minutesLine')) return { elements: [], next: at };
  elements.forEach(refresh);
  return { elements, next: i };
}

/** Could this top line belong to a 版头 (not a title, not body text)? */
function isHeaderish(line: Line, format: SourceFormat): boolean {
  const v = line.value;
  if (RE.directive.test(v) || RE.copyNumber.test(v) || RE.classification.test(v) || RE.urgency.test(v)) return true;
  if (RE.copyNumberLoose.test(v) || RE.signer.test(v) || RE.separator.test(v)) return true;
  if (format === 'docx' && isDocxIssuerMarkFormat(line)) return true;
  const t = v.trim();
  if (!isShortPlain(t, 40) || /[：:]/.test(t)) return false;
  if (RE.issuerMarkFile.test(t) || /令$/.test(t)) return true;
  if (looksLikeTitle(t)) return false;
  // A plain organ name (信函格式 / a mark written without 文件).
  return endsLikeOrgan(t);
}

/**
 * 信函格式 (GB/T 9704—2012 10.1) in a text draft, which has no red rules or alignment to read: decided
 * from the text alone, and conservatively, because GB/T 9704—2012 7.2.4 lets the 文件格式's mark be
 * the organ's name without 文件 too. A 版头 whose mark is an organ name without 文件 (not …纪要, not
 * …令) is a 信函 only when a second signal says 函: the 发文字号's 机关代字 contains 函 (青政办函〔2024〕
 * 12号, the numbering of documents sent as letters), or the title's kind is 函 (…的函). A mark alone, a
 * 函 number alone (no mark) or a 函 title alone (no 版头) decide nothing.
 */
export function isLetterByText(head: HeaderResult, titleText: string | undefined): boolean {
  if (head.orderMark) return false;
  const marks = head.elements.filter((e) => e.type === 'issuerMark').map((e) => e.children.map((l) => l.value.trim()).join(''));
  if (!marks.length || marks.some((m) => /(?:文\s*件|纪\s*要|令)$/.test(m) || !endsLikeOrgan(m))) return false;
  const number = head.elements.find((e) => e.type === 'documentNumber')?.children[0]?.value ?? '';
  const code = /^\s*[（(]?\s*([\u4e00-\u9fa5]{1,12})\s*[〔\[［(（【{｛]/.exec(number)?.[1] ?? '';
  return code.includes('函') || (!!titleText && kindOfTitle(titleText).kind === 'letter');
}
