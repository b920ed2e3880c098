/** What the engine returns: findings in source coordinates, ready for any reporter. */
import type { FormatEdit } from '../fix/model.js';
import type { Severity } from '../rule.js';
import type { DocumentKind, DocumentNode, SourceFormat } from '../tree/types.js';

export interface Location {
  /** 1-based. For .docx: the paragraph ordinal among w:p under w:body. */
  line: number;
  /** 1-based, UTF-16 code units. */
  column: number;
  endLine: number;
  endColumn: number;
}

export interface FixEdit extends Location {
  /** Source offsets [start, end) for text inputs (.txt/.md); absent for .docx. */
  range?: [number, number];
  text: string;
}

export interface LintMessage extends Partial<Location> {
  ruleId: string;
  severity: Severity;
  message: string;
  /** The id of the message template in the rule's `meta.messages`. */
  messageId?: string;
  /** The values the template's `{slots}` were filled with (also the citation's, e.g. `source`). */
  data?: Record<string, string | number>;
  /** The text of the line (paragraph) the finding is in. */
  snippet?: string;
  fix?: FixEdit[];
  /** Format edits that fix the finding (.docx), for any applier: see src/fix/model.ts. */
  formatFix?: FormatEdit[];
  related?: Array<Location & { message?: string; snippet?: string }>;
}

export interface LintResult {
  filePath: string;
  format: SourceFormat;
  kind?: DocumentKind;
  messages: LintMessage[];
  errorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  /** The decoded source text (.txt/.md), for fixing and snippets. */
  source?: string;
  /** The text encoding detected (.txt/.md). */
  encoding?: string;
  /** The tree, when asked for (`keepTree`). */
  tree?: DocumentNode;
  /** Ids of the rules that ran, for reporters (SARIF tool.driver.rules). */
  rulesRun: string[];
  /** Rules that threw on this input (a bug in the rule, not in the input); their findings are dropped. */
  ruleErrors?: RuleError[];
}

export interface RuleError {
  ruleId: string;
  /** First line of the exception message. */
  message: string;
}

/** A file that could not be linted: unreadable, not a document, or a rule crashed on it. */
export interface FileError {
  filePath: string;
  /** One line, in the configured language (InputError messages are Chinese). */
  message: string;
  /** InputError code, 'not-found', 'no-match', 'rule-error', 'internal' … */
  code: string;
  /** For 'rule-error'. */
  ruleId?: string;
}
