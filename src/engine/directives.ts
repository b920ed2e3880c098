/**
 * In-document control: `<!-- gongwen-lint-disable rule-a, rule-b -->` … `<!-- gongwen-lint-enable -->`
 * in Markdown; the same words on a line of their own in .txt (`gongwen-lint-disable rule-a`).
 * Also `-disable-next-line` (the following source line) and `-disable-line` (its own line, for an
 * HTML comment at the end of a Markdown line). With no rule ids, every rule.
 *
 * Directives are read from the source text when there is one (.txt/.md), so they work whatever the
 * Markdown mapper does with HTML comments; for .docx from the paragraphs (a paragraph holding only
 * the directive words; line = paragraph ordinal).
 */
import { pointAt } from '../tree/position.js';
import type { Line, Point } from '../tree/types.js';
import type { LintMessage } from './messages.js';

export interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line' | 'disable-line';
  /** Empty: all rules. */
  ruleIds: string[];
  /** 1-based line of the directive in the source (.docx: paragraph ordinal). */
  line: number;
}

/** A whole line that is a directive: bare (txt) or in an HTML comment (md). */
const LINE_DIRECTIVE =
  /^\s*(?:<!--\s*)?gongwen-lint-(disable-next-line|disable-line|disable|enable)(?![\w-])([^\n]*?)\s*(?:-->)?\s*$/;
/** An HTML comment directive anywhere in a Markdown line. */
const COMMENT_DIRECTIVE = /<!--\s*gongwen-lint-(disable-next-line|disable-line|disable|enable)(?![\w-])([\s\S]*?)-->/g;

function parseIds(text: string): string[] {
  // "rule-a, rule-b -- a reason" (ESLint style description after --) is allowed.
  const ids = text.split(/\s--\s|\s--$/)[0];
  return ids.split(/[\s,，、]+/).filter((s) => s && s !== '--');
}

/** Directives in a source text (.txt or .md). */
export function directivesInSource(source: string, format: 'txt' | 'md'): Directive[] {
  const out: Directive[] = [];
  const lines = source.split(/\r\n|\n|\r|\u2028|\u2029/);
  lines.forEach((text, i) => {
    if (!text.includes('gongwen-lint-')) return;
    const lineNo = i + 1;
    if (format === 'md') {
      COMMENT_DIRECTIVE.lastIndex = 0;
      let found = false;
      for (const m of text.matchAll(COMMENT_DIRECTIVE)) {
        found = true;
        out.push({ kind: m[1] as Directive['kind'], ruleIds: parseIds(m[2]), line: lineNo });
      }
      if (found) return;
    }
    const m = LINE_DIRECTIVE.exec(text);
    if (m) out.push({ kind: m[1] as Directive['kind'], ruleIds: parseIds(m[2]), line: lineNo });
  });
  return out;
}

/** Directives in paragraphs (any format; used for .docx where there is no source text). */
export function collectDirectives(lines: Line[], locate?: (o: number) => Point): Directive[] {
  const out: Directive[] = [];
  for (const line of lines) {
    if (!line.value.includes('gongwen-lint-')) continue;
    const m = LINE_DIRECTIVE.exec(line.value);
    if (!m) continue;
    out.push({ kind: m[1] as Directive['kind'], ruleIds: parseIds(m[2]), line: pointAt(line, 0, locate).line });
  }
  return out;
}

/**
 * Whether a message is switched off by the directives (in source order). Messages without a line
 * (document-level findings: page size, margins …) are never suppressed.
 */
export function isSuppressed(message: LintMessage, directives: readonly Directive[]): boolean {
  if (!directives.length || message.line === undefined) return false;
  const id = message.ruleId;
  const covers = (d: Directive) => d.ruleIds.length === 0 || d.ruleIds.includes(id);
  // State of this rule at the message's line: disabled by an `all` disable unless re-enabled by id.
  let disabled = false;
  for (const d of directives) {
    if (d.kind === 'disable-next-line') {
      if (d.line + 1 === message.line && covers(d)) return true;
      continue;
    }
    if (d.kind === 'disable-line') {
      if (d.line === message.line && covers(d)) return true;
      continue;
    }
    if (d.line > message.line) continue;
    if (covers(d)) disabled = d.kind === 'disable';
  }
  return disabled;
}
