/**
 * 主送机关 (GB/T 9704—2012 7.3.2): a line of organ names ending with a colon, right after the title
 * (or the top); a template's label for the slot ("称谓" above "各位同志：") belongs to it.
 */
import { el, isAddressee } from './lines.js';
import { RE } from './patterns.js';
import type { PhaseResult, Scan } from './phase.js';

export function addressee({ lines }: Scan, at: number, opts: { afterTitle: boolean }): PhaseResult {
  if (at < lines.length && isAddressee(lines[at].value)) {
    return { elements: [el('addressee', [lines[at]])], next: at + 1 };
  }
  if (opts.afterTitle && at + 1 < lines.length && RE.templateAddresseeLabel.test(lines[at].value) && isAddressee(lines[at + 1].value)) {
    return { elements: [el('addressee', [lines[at], lines[at + 1]])], next: at + 2 };
  }
  return { elements: [], next: at };
}
