/** Test helpers: lint a text with one rule (or all) and get compact findings to assert on. */
import { lintSync } from '../../src/engine/lint.js';
import type { Config } from '../../src/config.js';
import type { Rule } from '../../src/rule.js';
import type { LintMessage } from '../../src/engine/messages.js';

export interface Finding {
  ruleId: string;
  line?: number;
  column?: number;
  endColumn?: number;
  message: string;
  severity: string;
}

export function findings(messages: LintMessage[]): Finding[] {
  return messages.map((m) => ({
    ruleId: m.ruleId,
    line: m.line,
    column: m.column,
    endColumn: m.endColumn,
    message: m.message,
    severity: m.severity,
  }));
}

/**
 * What a test asserts of a finding: rule, position, severity, messageId and data — not the rendered
 * sentence, so a test states the fault found rather than rebuilding Chinese text. (Rendering is
 * tested per locale in test/engine/message-text.test.ts, english.test.ts and format/corpus.test.ts.)
 */
export interface Fact {
  ruleId: string;
  line?: number;
  column?: number;
  endColumn?: number;
  severity: string;
  messageId?: string;
  data: Record<string, string | number>;
}

export function facts(messages: LintMessage[]): Fact[] {
  return messages.map((m) => ({
    ruleId: m.ruleId,
    line: m.line,
    column: m.column,
    endColumn: m.endColumn,
    severity: m.severity,
    messageId: m.messageId,
    data: m.data ?? {},
  }));
}

/** The expected messageId and data of a finding, spread into an expected Fact. */
export function said(messageId: string, data: Record<string, string | number> = {}): { messageId: string; data: Record<string, string | number> } {
  return { messageId, data };
}

/** Lints `text` as a .txt (or the given filename) with only `rule` on. */
export function lintWith(rule: Rule, text: string | Uint8Array, options: { filename?: string; config?: Config } = {}) {
  return lintSync(text, {
    filename: options.filename ?? 'test.txt',
    rules: [rule],
    config: { preset: 'all', ...options.config },
  }).messages;
}

/** Applies text fixes (source ranges) to a text input, last first. */
export function applyFixes(source: string, messages: LintMessage[]): string {
  const edits = messages.flatMap((m) => m.fix ?? []).filter((e) => e.range);
  edits.sort((a, b) => b.range![0] - a.range![0]);
  let out = source;
  let lastStart = Infinity;
  for (const e of edits) {
    if (e.range![1] > lastStart) continue; // overlapping: skip, as the fixer does
    out = out.slice(0, e.range![0]) + e.text + out.slice(e.range![1]);
    lastStart = e.range![0];
  }
  return out;
}
