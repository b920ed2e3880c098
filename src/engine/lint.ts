/**
 * The kernel: input → tree → rules → messages. Like textlint's kernel it never touches the file
 * system; the Node entry (src/node) reads files and hands bytes in.
 *
 * Passes over the raw findings, in order: filter (rules off, in-document disable directives),
 * dedupe (same rule, same place, same message), merge overlaps (one fault seen by two rules, see
 * overlap.ts), severity (config over rule default), sort.
 */
import type { Config } from '../config.js';
import { parseDocument } from '../parsers/index.js';
import type { Report, Rule, RuleContext, LineEntry, Severity } from '../rule.js';
import { allRules } from '../rules/index.js';
import { createLocator, pointAt, sourceOffset } from '../tree/position.js';
import type { Block, DocumentNode, Element, Line, Point } from '../tree/types.js';
import { parseChineseDate } from '../util/date.js';
import { collectDirectives, directivesInSource, isSuppressed, type Directive } from './directives.js';
import { formatMessage, messageText } from './message-text.js';
import { mergeOverlaps } from './overlap.js';
import type { FixEdit, LintMessage, LintResult, RuleError } from './messages.js';
import { resolveRules, type ResolvedRule } from './resolve.js';
import { addPhase, addRule, now, type Timing } from './timing.js';

export interface LintOptions {
  filename?: string;
  config?: Config;
  /** Rules to run instead of the built-in set (tests, plugins). */
  rules?: Rule[];
  /** Keep the tree on the result. */
  keepTree?: boolean;
  /** Collects time per phase and per rule (--timing; engine/timing.ts). */
  timing?: Timing;
}

export async function lint(input: Uint8Array | string, options: LintOptions = {}): Promise<LintResult> {
  return lintSync(input, options);
}

/** Synchronous form, for editors and workers that prefer it. */
export function lintSync(input: Uint8Array | string, options: LintOptions = {}): LintResult {
  const filePath = options.filename ?? '<input>';
  const timing = options.timing;
  const recognised = timing?.phases.recognise ?? 0;
  const start = timing ? now() : 0;
  const parsed = parseDocument(input, options.filename, timing);
  if (timing) {
    // parse = the whole call less what the recogniser added
    addPhase(timing, 'parse', start + (timing.phases.recognise - recognised));
    timing.files++;
  }
  const result = lintTree(parsed.tree, { ...options, source: parsed.source });
  result.filePath = filePath;
  if (parsed.source !== undefined) result.source = parsed.source;
  if (parsed.encoding) result.encoding = parsed.encoding;
  return result;
}

export function flattenLines(tree: DocumentNode): LineEntry[] {
  const out: LineEntry[] = [];
  let attachmentIndex = -1;
  const visit = (node: Element | { type: 'body'; children: Element[] }, block: Block['type']) => {
    if (node.type === 'body') {
      for (const child of node.children) visit(child, block);
      return;
    }
    for (const line of (node as Element).children) {
      const entry: LineEntry = { line, element: node as Element, block };
      if (block === 'attachment') entry.attachmentIndex = attachmentIndex;
      out.push(entry);
    }
  };
  for (const block of tree.children) {
    if (block.type === 'attachment') attachmentIndex++;
    for (const child of block.children) visit(child as Element, block.type);
  }
  return out;
}

export function lintTree(
  tree: DocumentNode,
  options: LintOptions & { source?: string } = {},
): LintResult {
  const config = options.config ?? {};
  const locale = config.locale ?? 'zh';
  const resolved = resolveRules(options.rules ?? allRules, config);
  const lines = flattenLines(tree);
  const locate = options.source !== undefined && tree.format === 'md' ? createLocator(options.source) : undefined;
  const byType = new Map<string, Element[]>();
  for (const { element } of lines) {
    const list = byType.get(element.type) ?? [];
    if (list[list.length - 1] !== element) list.push(element);
    byType.set(element.type, list);
  }
  const issueDateLine = byType.get('issueDate')?.[0]?.children[0];
  const issueDate = issueDateLine ? parseChineseDate(issueDateLine.value) : undefined;
  const referenceDate = issueDate ?? config.date;

  const timing = options.timing;
  let phaseStart = timing ? now() : 0;
  const messages: LintMessage[] = [];
  const rulesRun: string[] = [];
  const ruleErrors: RuleError[] = [];
  for (const { rule, severity, options: ruleOptions } of resolved) {
    if (!applies(rule, tree)) continue;
    rulesRun.push(rule.meta.id);
    const found: LintMessage[] = [];
    const context: RuleContext = {
      tree,
      format: tree.format,
      lines,
      elements: (type) => byType.get(type) ?? [],
      options: ruleOptions,
      referenceDate,
      issueDate,
      protectedTerms: config.protectedTerms ?? [], profile: config.profile, lexicons: config.lexicons,
      report: (report) => found.push(toMessage(rule, severity, report, locale, locate)),
    };
    // A rule that throws on one document must not take the others (or the batch) down: record it,
    // drop its partial findings, go on with the next rule.
    const ruleStart = timing ? now() : 0;
    try {
      rule.check(context);
      messages.push(...found);
    } catch (error) {
      ruleErrors.push({ ruleId: rule.meta.id, message: errorText(error) });
    }
    if (timing) addRule(timing, rule.meta.id, now() - ruleStart);
  }
  if (timing) phaseStart = addPhase(timing, 'rules', phaseStart);

  const directives =
    options.source !== undefined && tree.format !== 'docx'
      ? directivesInSource(options.source, tree.format)
      : collectDirectives(lines.map((e) => e.line), locate);
  const kept = mergeOverlaps(dedupe(messages.filter((m) => !isSuppressed(m, directives))));
  kept.push(...unknownDirectiveRules(directives, options.rules ?? allRules, lines.map((e) => e.line), options.source, locale));
  kept.sort(compareMessages);

  const result: LintResult = {
    filePath: options.filename ?? '<input>',
    format: tree.format,
    messages: kept,
    errorCount: kept.filter((m) => m.severity === 'error').length,
    warningCount: kept.filter((m) => m.severity === 'warning').length,
    fixableErrorCount: kept.filter((m) => m.severity === 'error' && isFixable(m)).length,
    fixableWarningCount: kept.filter((m) => m.severity === 'warning' && isFixable(m)).length,
    rulesRun,
  };
  if (ruleErrors.length) result.ruleErrors = ruleErrors;
  if (tree.kind) result.kind = tree.kind;
  if (options.keepTree) result.tree = tree;
  if (timing) addPhase(timing, 'report', phaseStart);
  return result;
}

/** The id under which a disable comment naming no known rule is reported (not a rule: it can't be turned off). */
export const UNKNOWN_DIRECTIVE_RULE = 'directive/unknown-rule';

/** Built-in rule ids, made once: a directive may name one that this run's rule list leaves out. */
const BUILTIN_IDS = new Set(allRules.map((r) => r.meta.id));

/**
 * A disable comment naming a rule that does not exist (a typo, or a rule renamed) suppresses nothing,
 * and the findings it meant to silence still show: say so at the comment, as ESLint does.
 */
function unknownDirectiveRules(
  directives: readonly Directive[],
  rules: readonly Rule[],
  lines: readonly Line[],
  source: string | undefined,
  locale: 'zh' | 'en',
): LintMessage[] {
  if (!directives.length) return [];
  const known = (id: string) => BUILTIN_IDS.has(id) || rules.some((r) => r.meta.id === id);
  const sourceLines = source?.split(/\r\n|\n|\r|\u2028|\u2029/);
  const out: LintMessage[] = [];
  for (const d of directives) {
    for (const id of d.ruleIds) {
      if (known(id)) continue;
      // The comment's own line: the source line (.txt/.md) or the paragraph (.docx).
      const text = sourceLines?.[d.line - 1] ?? lines.find((l) => pointAt(l, 0).line === d.line)?.value ?? '';
      const at = text.indexOf(id);
      out.push({
        ruleId: UNKNOWN_DIRECTIVE_RULE,
        severity: 'warning',
        message: locale === 'en'
          ? `“${id}” in a gongwen-lint-${d.kind} comment is not a rule (see --list-rules): the comment does nothing for it`
          : `注释 gongwen-lint-${d.kind} 中的“${id}”不是本工具的规则（--list-rules 可列出全部规则），这条注释对它不起作用`,
        messageId: 'unknownRule',
        data: { ruleId: id, directive: d.kind },
        line: d.line,
        column: at >= 0 ? at + 1 : 1,
        endLine: d.line,
        endColumn: at >= 0 ? at + 1 + id.length : 1,
        snippet: text,
      });
    }
  }
  return out;
}

/** A finding --fix can act on: it carries text edits or format edits. */
export function isFixable(m: LintMessage): boolean {
  return !!(m.fix?.length || m.formatFix?.length);
}

function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split(/\r?\n/)[0] || 'unknown error';
}

function applies(rule: Rule, tree: DocumentNode): boolean {
  if (rule.meta.formats && !rule.meta.formats.includes(tree.format)) return false;
  if (rule.meta.kinds && (!tree.kind || !rule.meta.kinds.includes(tree.kind))) return false;
  return true;
}

export { formatMessage };

/**
 * The end of a range is the point just after its last character, not the point of the next
 * character: in .md a value can join two source lines (a soft break dropped), and the next
 * character's point would be on the following line, past the newline.
 */
function endPoint(line: Line, start: number, end: number, locate?: (o: number) => Point): Point {
  if (end <= start) return pointAt(line, end, locate);
  const last = pointAt(line, end - 1, locate);
  return { line: last.line, column: last.column + 1, offset: last.offset === undefined ? undefined : last.offset + 1 };
}

function endOffset(line: Line, start: number, end: number): number | undefined {
  if (end <= start) return sourceOffset(line, end);
  const last = sourceOffset(line, end - 1);
  return last === undefined ? undefined : last + 1;
}

function location(line: Line, start: number, end: number, locate?: (o: number) => Point) {
  const s = pointAt(line, start, locate);
  const e = endPoint(line, start, end, locate);
  return { line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
}

function toMessage(
  rule: Rule,
  severity: Severity,
  report: Report,
  locale: 'zh' | 'en',
  locate?: (o: number) => Point,
): LintMessage {
  if (!rule.meta.messages[report.messageId]) throw new Error(`rule ${rule.meta.id} reported unknown messageId ${report.messageId}`);
  const message: LintMessage = {
    ruleId: rule.meta.id,
    severity: report.severity && severity === rule.meta.severity ? report.severity : severity,
    message: messageText(rule, report.messageId, locale, report.data),
    messageId: report.messageId,
  };
  if (report.formatFix?.length) message.formatFix = report.formatFix;
  if (report.data && Object.keys(report.data).length) message.data = { ...report.data };
  const line = report.line;
  if (line) {
    const start = Math.max(0, Math.min(report.start ?? 0, line.value.length));
    const end = Math.max(start, Math.min(report.end ?? line.value.length, line.value.length));
    Object.assign(message, location(line, start, end, locate));
    message.snippet = line.value;
    if (report.fix) {
      const fixes = Array.isArray(report.fix) ? report.fix : [report.fix];
      message.fix = fixes.map((f): FixEdit => {
        const edit: FixEdit = { ...location(line, f.start, f.end, locate), text: f.text };
        const a = sourceOffset(line, f.start);
        const b = endOffset(line, f.start, f.end);
        if (line.ordinal === undefined && a !== undefined && b !== undefined) edit.range = [a, b];
        return edit;
      });
    }
    if (report.related) {
      message.related = report.related.map((r) => ({
        ...location(r.line, r.start, r.end, locate),
        snippet: r.line.value,
        ...(r.message ? { message: r.message } : {}),
      }));
    }
  }
  return message;
}

function dedupe(messages: LintMessage[]): LintMessage[] {
  const seen = new Set<string>();
  return messages.filter((m) => {
    const key = `${m.ruleId}\u0000${m.line}:${m.column}:${m.endLine}:${m.endColumn}\u0000${m.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function compareMessages(a: LintMessage, b: LintMessage): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || a.ruleId.localeCompare(b.ruleId);
}

export type { ResolvedRule };
