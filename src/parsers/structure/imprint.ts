/**
 * 版记 (GB/T 9704—2012 7.4): copy-to and print line among the last lines, running to the end.
 */
import { el, isPrintLine, isPrintLineWithoutWord, refresh } from './lines.js';
import { RE } from './patterns.js';
import type { PhaseResult, Scan } from './phase.js';

/** Where the 版记 starts (copy-to / print line near the end, running to the end), or lines.length. */
export function findImprint({ lines }: Scan, from: number): number {
  const candidates: number[] = [];
  for (let k = Math.max(from, lines.length - 12); k < lines.length; k++) {
    const v = lines[k].value;
    if (RE.copyTo.test(v) || isPrintLine(v)) candidates.push(k);
  }
  // The first candidate from which every remaining line belongs to a 版记.
  for (const start of candidates) {
    let ok = true;
    let inCopyTo = false;
    for (let k = start; k < lines.length && ok; k++) {
      const v = lines[k].value;
      if (RE.copyTo.test(v)) inCopyTo = true;
      else if (isPrintLine(v) || (inCopyTo && isPrintLineWithoutWord(v))) inCopyTo = false;
      else if (RE.pageNumber.test(v) || RE.directive.test(v) || RE.separator.test(v) || /^\s*[（(]\s*共印.{0,10}[）)]\s*$/.test(v)) continue;
      else if (!(inCopyTo && /[，,、]\s*$/.test(lines[k - 1].value) && v.trim().length <= 120)) ok = false;
    }
    if (ok) return start;
  }
  return lines.length;
}

/** The 版记's elements, from `at` (found by findImprint) to the end. */
export function imprint({ lines }: Scan, at: number): PhaseResult {
  const elements: PhaseResult['elements'] = [];
  for (let i = at; i < lines.length; i++) {
    const line = lines[i];
    const v = line.value;
    const last = elements[elements.length - 1];
    if (RE.directive.test(v)) elements.push(el('directive', [line]));
    else if (RE.copyTo.test(v)) elements.push(el('copyTo', [line]));
    else if (isPrintLine(v) || (last && last.type === 'copyTo' && isPrintLineWithoutWord(v))) elements.push(el('printLine', [line]));
    else if (RE.pageNumber.test(v)) elements.push(el('pageNumber', [line]));
    else if (last && last.type === 'copyTo' && !RE.separator.test(v)) last.children.push(line);
    else elements.push(el('paragraph', [line]));
  }
  elements.forEach(refresh);
  return { elements, next: lines.length };
}

/**
 * A copy-to or print line that is not at the very end (版记 put before the attachments): still
 * recognised where it stands, so the element rules judge it. Only after the closing date.
 */
export function misplacedImprint({ lines }: Scan, at: number, to: number): PhaseResult | undefined {
  const v = lines[at].value;
  if (!(RE.copyTo.test(v) || isPrintLine(v))) return undefined;
  const imprintLines = [lines[at]];
  let i = at;
  if (RE.copyTo.test(v)) {
    while (i + 1 < to && /[，,、]\s*$/.test(lines[i].value) && !RE.printLine.test(lines[i + 1].value)
      && !RE.attachmentLabel.test(lines[i + 1].value)) {
      imprintLines.push(lines[++i]);
    }
  }
  return { elements: [el(RE.copyTo.test(v) ? 'copyTo' : 'printLine', imprintLines)], next: i + 1 };
}
