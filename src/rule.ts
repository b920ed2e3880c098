/**
 * The rule contract. A rule is one file: metadata plus a `check` that walks the tree and reports.
 * Modelled on ESLint's rule objects: messages live in `meta.messages` under ids, in Chinese (default)
 * and English, with `{placeholder}` slots filled from `data`. The engine appends the clause the
 * message cites (`（clause）` / ` (clause)`), so a template says what is wrong and what to write, and
 * the citation is written once, in the meta (see src/engine/message-text.ts).
 */
import type { Profile } from './config.js';
import type { FormatEdit } from './fix/model.js';
import type { DocumentKind, DocumentNode, Element, Line, SourceFormat } from './tree/types.js';

export type Category =
  | 'format' | 'element' | 'punctuation' | 'number' | 'consistency' | 'phrasing' | 'typo'
  | 'placeholder';

export type Severity = 'error' | 'warning';
export type SeveritySetting = Severity | 'off' | 'warn';

export interface LocalizedText {
  zh: string;
  en: string;
}

/**
 * A message template. `clause` overrides the citation the engine appends (default: the rule's
 * `citation`, else its `clause`): a string for both languages or one per language, `{slots}` filled
 * from the report's data like the template's (e.g. `{source}`, the lexicon entry's own source);
 * `false` for a message that cites nothing.
 */
export interface MessageTemplate extends LocalizedText {
  clause?: string | LocalizedText | false;
}

export interface RuleMeta<Options extends object = Record<string, any>> {
  /** `category/name`, kebab-case, e.g. `punctuation/fullwidth-punctuation`. */
  id: string;
  category: Category;
  /** The clause the rule enforces, e.g. `GB/T 15834—2011 5.1` or `《党政机关公文处理工作条例》第十五条`. */
  clause: string;
  /**
   * How messages cite the clause, when not as `clause` (a shorter form, or the English rendering):
   * `zh` defaults to `clause`, `en` to the `zh` citation.
   */
  citation?: Partial<LocalizedText>;
  description: LocalizedText;
  /** Default severity. Where the standard says 一般 (normally), `warning`. */
  severity: Severity;
  fixable: boolean;
  /** Inputs the rule can judge. Omitted: all. Format rules need the DOCX formatting layer. */
  formats?: SourceFormat[];
  /** Kinds the rule applies to. Omitted: all. */
  kinds?: DocumentKind[];
  /** Message templates by id. */
  messages: Record<string, MessageTemplate>;
  /** JSON Schema of the rule's options (validated by the config loader). */
  schema?: object;
  /** Default options. */
  defaultOptions?: Partial<Options>;
  /**
   * Examples that the docs show and the tests run: each `bad` text must draw this rule at least once,
   * each `good` text must draw nothing from it. Plain text, parsed as .txt.
   */
  examples?: { good: string[]; bad: string[] };
  /** Presets the rule belongs to besides `all`. Omitted: ['recommended']. */
  presets?: string[];
}

export interface TextFix {
  /** Offsets into `line.value` (UTF-16 code units). */
  start: number;
  end: number;
  text: string;
}

export interface RelatedLocation {
  line: Line;
  start: number;
  end: number;
  message?: string;
}

export interface Report {
  /** The line the finding is in. Omitted for document-level findings (page size, margins …). */
  line?: Line;
  /** Offsets into `line.value`; default the whole line. */
  start?: number;
  end?: number;
  messageId: string;
  data?: Record<string, string | number>;
  fix?: TextFix | TextFix[];
  /** Format edits that fix the finding (DOCX formatting; see src/fix/model.ts). */
  formatFix?: FormatEdit[];
  related?: RelatedLocation[];
  /** Overrides the rule's severity for this finding (e.g. a 一般 clause inside an error rule). */
  severity?: Severity;
}

/** A line with the element and block it belongs to, in document order. */
export interface LineEntry {
  line: Line;
  element: Element;
  block: 'headerBlock' | 'mainBlock' | 'imprintBlock' | 'attachment';
  /** Index of the attachment (0-based) when block is 'attachment'. */
  attachmentIndex?: number;
}

export interface RuleContext<Options extends object = Record<string, any>> {
  readonly tree: DocumentNode;
  readonly format: SourceFormat;
  /** Every line in document order, with its element. */
  readonly lines: readonly LineEntry[];
  /** Elements of one type in document order. */
  elements(type: Element['type']): Element[];
  /** The rule's options (defaults merged with config). */
  readonly options: Options;
  /**
   * The reference date: the document's 成文日期 when it has one, else the configured `date`
   * (CLI `--date`), else undefined. ISO yyyy-mm-dd.
   */
  readonly referenceDate?: string;
  /** The issue date as written in the document, ISO yyyy-mm-dd, when recognised. */
  readonly issueDate?: string;
  /** Terms the user protects from "correction" (config `protectedTerms`). */
  readonly protectedTerms: readonly string[];
  /**
   * Which set of format checks applies (config `profile`: auto|full|plain|letter|minutes|order|speech).
   * Undefined means `auto` (guess from the tree). See src/rules/format/profile.ts.
   */
  readonly profile?: Profile;
  /** Extra lexicons from config `lexicons` (schemas/lexicon.schema.json), as given (unvalidated). */
  readonly lexicons?: readonly unknown[];
  report(report: Report): void;
}

/** A rule; `Options` is the shape of its (defaults-merged) options. */
export interface Rule<Options extends object = Record<string, any>> {
  meta: RuleMeta<Options>;
  check(context: RuleContext<Options>): void;
}

/**
 * Identity helper that gives rule files type checking; `defineRule<{ threshold: number }>({ … })`
 * types `context.options` and `meta.defaultOptions`.
 */
export function defineRule<Options extends object = Record<string, any>>(rule: Rule<Options>): Rule<Options> {
  return rule;
}
