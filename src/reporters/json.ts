/**
 * JSON: one object with the results per file (messages in source coordinates), the files that could
 * not be linted, and totals. Its JSON Schema is schemas/results.schema.json. The decoded source and
 * the tree are left out.
 */
import type { FileError, LintMessage, LintResult, RuleError } from '../engine/messages.js';
import { TOOL_NAME, VERSION } from '../engine/version.js';
import type { ReporterOptions } from './shared.js';

export interface JsonFileResult {
  filePath: string;
  format: LintResult['format'];
  kind?: LintResult['kind'];
  encoding?: string;
  messages: LintMessage[];
  errorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  rulesRun: string[];
  ruleErrors?: RuleError[];
}

export interface JsonReport {
  tool: string;
  version: string;
  results: JsonFileResult[];
  errors: FileError[];
  errorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
}

export function toJsonReport(results: readonly LintResult[], options: ReporterOptions = {}): JsonReport {
  const out: JsonReport = {
    tool: TOOL_NAME,
    version: VERSION,
    results: results.map((r) => {
      const f: JsonFileResult = {
        filePath: r.filePath,
        format: r.format,
        messages: r.messages,
        errorCount: r.errorCount,
        warningCount: r.warningCount,
        fixableErrorCount: r.fixableErrorCount,
        fixableWarningCount: r.fixableWarningCount,
        rulesRun: r.rulesRun,
      };
      if (r.kind) f.kind = r.kind;
      if (r.encoding) f.encoding = r.encoding;
      if (r.ruleErrors?.length) f.ruleErrors = r.ruleErrors;
      return f;
    }),
    errors: [...(options.errors ?? [])],
    errorCount: 0,
    warningCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
  };
  for (const r of results) {
    out.errorCount += r.errorCount;
    out.warningCount += r.warningCount;
    out.fixableErrorCount += r.fixableErrorCount;
    out.fixableWarningCount += r.fixableWarningCount;
  }
  return out;
}

export function formatJson(results: readonly LintResult[], options: ReporterOptions = {}): string {
  return [...formatJsonParts(results, options)].join('');
}

/** What JSON.stringify([[x]], null, 2) puts around x. */
const NESTED_OPEN = '[\n  [\n';
const NESTED_CLOSE = '\n  ]\n]';

/**
 * formatJson's text in pieces, one per file (joined, exactly JSON.stringify(report, null, 2) + '\n'):
 * the CLI writes them one by one, so a large batch never holds its whole report as one string
 * (issue 8: memory flat with the size of the batch).
 */
export function* formatJsonParts(results: readonly LintResult[], options: ReporterOptions = {}): Generator<string> {
  const { results: files, ...rest } = toJsonReport(results, options);
  const head = JSON.stringify({ tool: rest.tool, version: rest.version, results: [] }, null, 2);
  // head ends in '"results": []\n}': open the array instead
  yield head.slice(0, head.length - '[]\n}'.length) + (files.length ? '[\n' : '[');
  for (let i = 0; i < files.length; i++) {
    // stringified two arrays deep, it comes indented as it sits in the report: cut the arrays off
    // (a regex indenting each line afterwards was 4× the time on the corpus's 597 results)
    const nested = JSON.stringify([[files[i]]], null, 2);
    yield nested.slice(NESTED_OPEN.length, -NESTED_CLOSE.length) + (i + 1 < files.length ? ',\n' : '\n  ');
  }
  const { tool: _tool, version: _version, ...tail } = rest;
  // the remaining keys, in toJsonReport's order, as they would follow "results"
  yield '],\n  ' + JSON.stringify(tail, null, 2).slice(4, -2) + '\n}\n';
}
