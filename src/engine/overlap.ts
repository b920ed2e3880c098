/**
 * One fault, one finding. Several rules can see the same slip from different sides: a half-width
 * colon after the 主送机关 is both `element/addressee-colon` and `punctuation/fullwidth-punctuation`;
 * a listed typo is both `typo/common-typo` and, through its odd character, `typo/unlikely-character`.
 * Reporting it twice, once as an error and once as a warning, reads as noise, so this pass keeps one:
 *
 * - two findings from different rules on the same line whose fixes are the same edits: keep the one
 *   that names the element (an `element/` rule says "主送机关…", which tells the writer more than
 *   "half-width mark"), else the more severe, else the first. The kept one keeps its own rule's
 *   severity: a finding's level is what its rule is configured to, whatever other rules are on
 *   (turning punctuation/fullwidth-punctuation off must not change element/addressee-colon);
 * - a warning without a fix that lies inside an error's range from another rule: drop the warning
 *   (the error already points there and says more).
 *
 * Findings without a line (page-level) and findings of the same rule are never merged.
 */
import type { FixEdit, LintMessage } from './messages.js';

function fixKey(fix: FixEdit[] | undefined): string | undefined {
  if (!fix || fix.length === 0) return undefined;
  return fix.map((e) => `${e.line}:${e.column}-${e.endLine}:${e.endColumn}=${e.text}`).join('|');
}

/** Whether b's range lies within a's (both on one line span). */
function within(a: LintMessage, b: LintMessage): boolean {
  if (a.line === undefined || b.line === undefined) return false;
  const aStart = [a.line, a.column ?? 1];
  const aEnd = [a.endLine ?? a.line, a.endColumn ?? Infinity];
  const bStart = [b.line, b.column ?? 1];
  const bEnd = [b.endLine ?? b.line, b.endColumn ?? Infinity];
  const le = (x: number[], y: number[]) => x[0] < y[0] || (x[0] === y[0] && x[1] <= y[1]);
  return le(aStart, bStart) && le(bEnd, aEnd);
}

const isElement = (m: LintMessage) => m.ruleId.startsWith('element/');

/** Whether `a` is the finding to keep of two with the same edit. */
function preferred(a: LintMessage, b: LintMessage): boolean {
  if (isElement(a) !== isElement(b)) return isElement(a);
  if (a.severity !== b.severity) return a.severity === 'error';
  return true;
}

export function mergeOverlaps(messages: LintMessage[]): LintMessage[] {
  const byLine = new Map<number, LintMessage[]>();
  for (const m of messages) {
    if (m.line === undefined) continue;
    const list = byLine.get(m.line) ?? [];
    list.push(m);
    byLine.set(m.line, list);
  }
  const dropped = new Set<LintMessage>();
  for (const list of byLine.values()) {
    if (list.length < 2) continue;
    for (const a of list) {
      if (dropped.has(a)) continue;
      for (const b of list) {
        if (a === b || dropped.has(b) || a.ruleId === b.ruleId) continue;
        const ka = fixKey(a.fix);
        if (ka !== undefined && ka === fixKey(b.fix)) {
          dropped.add(preferred(a, b) ? b : a);
        } else if (a.severity === 'error' && b.severity === 'warning' && !b.fix && within(a, b)) {
          dropped.add(b);
        }
        if (dropped.has(a)) break;
      }
    }
  }
  return dropped.size ? messages.filter((m) => !dropped.has(m)) : messages;
}
