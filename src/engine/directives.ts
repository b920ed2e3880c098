/**
 * In-document control: `<!-- gongwen-lint-disable rule-a, rule-b -->` … `<!-- gongwen-lint-enable -->`
 * in Markdown; the same words on a line of their own in .txt (`gongwen-lint-disable rule-a`).
 * Also `-disable-next-line`. With no rule ids, every rule.
 */
import { pointAt } from '../tree/position.js';
import type { Line, Point } from '../tree/types.js';
import type { LintMessage } from './messages.js';

export interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line';
  /** Empty: all rules. */
  ruleIds: string[];
  line: number;
}

const DIRECTIVE = /^\s*(?:<!--\s*)?gongwen-lint-(disable-next-line|disable|enable)\b([^>]*?)(?:-->)?\s*$/;

export function collectDirectives(lines: Line[], locate?: (o: number) => Point): Directive[] {
  const out: Directive[] = [];
  for (const line of lines) {
    const m = DIRECTIVE.exec(line.value);
    if (!m) continue;
    const ruleIds = m[2].split(/[\s,，]+/).filter(Boolean);
    out.push({ kind: m[1] as Directive['kind'], ruleIds, line: pointAt(line, 0, locate).line });
  }
  return out;
}

export function isSuppressed(message: LintMessage, directives: Directive[]): boolean {
  if (!directives.length || message.line === undefined) return false;
  let disabledAll = false;
  const disabled = new Set<string>();
  for (const d of directives) {
    if (d.kind === 'disable-next-line') {
      if (d.line + 1 === message.line && (d.ruleIds.length === 0 || d.ruleIds.includes(message.ruleId))) return true;
      continue;
    }
    if (d.line > message.line) break;
    if (d.kind === 'disable') {
      if (d.ruleIds.length === 0) disabledAll = true;
      else d.ruleIds.forEach((id) => disabled.add(id));
    } else if (d.ruleIds.length === 0) {
      disabledAll = false;
      disabled.clear();
    } else d.ruleIds.forEach((id) => disabled.delete(id));
  }
  return disabledAll || disabled.has(message.ruleId);
}
