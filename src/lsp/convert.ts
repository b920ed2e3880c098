/**
 * Findings → LSP shapes. Pure (no `node:*`), so a browser-hosted server could use it too.
 *
 * Positions: the engine's line/column are 1-based UTF-16 code units — LSP's default encoding — so a
 * position is (line − 1, column − 1). For .docx the line is the paragraph ordinal: paragraph N is LSP
 * line N − 1. A finding about the whole document (page setup, page numbers) sits at 0:0.
 */
import type { CodeAction, Diagnostic, Range, TextEdit } from 'vscode-languageserver';
import type { FixEdit, LintMessage, LintResult } from '../engine/messages.js';
import { ruleDocUrl } from '../engine/version.js';

export const SOURCE = 'gongwen-lint';
export const FIX_ALL_KIND = 'source.fixAll.gongwen-lint';

/** What a diagnostic carries back to the server in a code action request. */
export interface DiagnosticData {
  /** Index of the finding in the result it came from. */
  index: number;
  /** Document version that result was computed for. */
  version: number;
}

function toRange(line: number | undefined, column: number | undefined, endLine?: number, endColumn?: number): Range {
  if (line === undefined) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  const start = { line: line - 1, character: Math.max(0, (column ?? 1) - 1) };
  const end = endLine === undefined ? { ...start } : { line: endLine - 1, character: Math.max(0, (endColumn ?? 1) - 1) };
  return { start, end };
}

export function messageRange(m: LintMessage): Range {
  return toRange(m.line, m.column, m.endLine ?? m.line, m.endColumn ?? m.column);
}

export function toDiagnostics(result: LintResult, uri: string, version: number): Diagnostic[] {
  return result.messages.map((m, index) => {
    const d: Diagnostic = {
      range: messageRange(m),
      severity: m.severity === 'error' ? 1 : 2,
      code: m.ruleId,
      codeDescription: { href: ruleDocUrl(m.ruleId) },
      source: SOURCE,
      message: m.message,
      data: { index, version } satisfies DiagnosticData,
    };
    if (m.related?.length) {
      d.relatedInformation = m.related.map((r) => ({
        location: { uri, range: toRange(r.line, r.column, r.endLine, r.endColumn) },
        message: r.message ?? r.snippet ?? '',
      }));
    }
    return d;
  });
}

/** One text edit per fix edit; offsets (`range`) go through `positionAt` when the caller has the text. */
export function fixToEdits(fix: readonly FixEdit[], positionAt?: (offset: number) => { line: number; character: number }): TextEdit[] {
  return fix.map((f) => ({
    range:
      f.range && positionAt
        ? { start: positionAt(f.range[0]), end: positionAt(f.range[1]) }
        : toRange(f.line, f.column, f.endLine, f.endColumn),
    newText: f.text,
  }));
}

/** The smallest single edit that turns `before` into `after` (common prefix and suffix kept). */
export function minimalEdit(
  before: string,
  after: string,
  positionAt: (offset: number) => { line: number; character: number },
): TextEdit | undefined {
  if (before === after) return undefined;
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < max - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  // Keep surrogate pairs whole.
  if (start > 0 && /[\udc00-\udfff]/.test(before[start] ?? '')) start--;
  if (end > 0 && /[\ud800-\udbff]/.test(before[before.length - end - 1] ?? '')) end--;
  return {
    range: { start: positionAt(start), end: positionAt(before.length - end) },
    newText: after.slice(start, after.length - end),
  };
}

/** Does an action of kind `kind` pass the client's `only` filter (LSP: hierarchical, dot-separated)? */
export function kindWanted(kind: string, only: readonly string[] | undefined): boolean {
  if (!only?.length) return true;
  return only.some((o) => kind === o || kind.startsWith(o + '.'));
}

export function quickFixTitle(m: LintMessage, locale: 'zh' | 'en' = 'zh'): string {
  const text = m.fix?.length === 1 ? m.fix[0].text : undefined;
  if (text === undefined) return locale === 'en' ? `Fix: ${m.ruleId}` : `修复：${m.ruleId}`;
  if (text === '') return locale === 'en' ? `Delete (${m.ruleId})` : `删除（${m.ruleId}）`;
  return locale === 'en' ? `Change to “${text}” (${m.ruleId})` : `改为“${text}”（${m.ruleId}）`;
}

export type { CodeAction };
