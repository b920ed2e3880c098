/**
 * Lexicons: data files (JSON, validated against schemas/lexicon.schema.json) that the phrasing and
 * typo rules read. Each type is named for what its entries say, and each has its own entry shape:
 * - `substitution`: a wrong form (`match` / `pattern`) and its `right` form;
 * - `existence`: a banned or cautioned form, `right` optional;
 * - `formulation`: a fixed formulation's usual distortions (`match` / `pattern`) → the formulation;
 * - `fixedOrder`: a formulation's `name` and its `items`, which go in this order when listed;
 * - `dateBounded`: a wording that is wrong only for documents dated in `when`;
 * - `exactWording`: a fixed formulation's exact `wording`; a word inserted into it or dropped from it is reported;
 * - `title`: the exact `title` of a law, regulation or standard (`repealed` when no longer in force).
 * Until 2026-12 `fixedOrder` was called `occurrence` and `dateBounded` `conditional` (Vale's names,
 * which mean other things there); lexicons with the old names are rejected with a message that names
 * the new one (src/lexicon/load.ts), and `when` now belongs to `dateBounded` entries only.
 *
 * Built-in lexicons live in src/lexicon/data/ (so that they compile into dist); users add their own
 * through config `lexicons` (same schema).
 */

export const LEXICON_TYPES = ['substitution', 'existence', 'formulation', 'fixedOrder', 'dateBounded', 'exactWording', 'title'] as const;
export type LexiconType = (typeof LEXICON_TYPES)[number];

/** The old type names (before issue 10) and their new names. */
export const RENAMED_TYPES: Readonly<Record<string, LexiconType>> = { occurrence: 'fixedOrder', conditional: 'dateBounded' };

export interface LexiconExample {
  /** Text that must draw the entry. */
  bad: string;
  /** Text that must not draw it (usually the corrected form). */
  good: string;
}

/**
 * The fields of every entry shape (the schema says which belong to which type). Code that handles
 * entries of any type reads this; each type's own shape is below.
 */
export interface LexiconEntry {
  /** Literal wrong forms. One of `match` / `pattern` (substitution, existence, formulation, dateBounded). */
  match?: string | string[];
  /** A JavaScript regular expression (compiled with the `u` flag) for the wrong form. */
  pattern?: string;
  /** The right form. With `pattern`, `$1`… refer to groups. */
  right?: string;
  /** Whether replacing with `right` is certainly safe (default: true when `right` is given). */
  fix?: boolean;
  /** Longer correct strings that contain a match: a match covered by one of them is not a finding. */
  unless?: string[];
  /**
   * Drop a match whose start or end falls inside a longer word, as Intl.Segmenter splits the
   * sentence (guards "既使" in "既使用"). Default true for the typo rule's forms of up to three characters, false otherwise.
   */
  segment?: boolean;
  /** Overrides the rule's severity for this entry. */
  severity?: 'error' | 'warning';
  /** A grouping (the banned-word list's categories: 时政和社会生活, 法律法规 …). */
  category?: string;
  /** Why, in Chinese (shown in the message). */
  reason?: string;
  /** Why, in English. */
  reasonEn?: string;
  /** Which standard, list or authority the entry comes from. */
  source: string;
  /** Self-test run by the tests (required in built-in lexicons). */
  example?: LexiconExample;
  /** fixedOrder: the formulation's name (四个意识) and its items in their fixed order. */
  name?: string;
  items?: string[];
  /**
   * dateBounded: the entry applies only when the reference date (成文日期, else config `date`) is in
   * [onOrAfter, before); without a date, only when `undated` is true.
   */
  when?: { onOrAfter?: string; before?: string; undated?: boolean };
  /** exactWording: the formulation, exactly as it must be written. */
  wording?: string;
  /** title: the exact title, without 《》. */
  title?: string;
  /** title: the standard's number without its year ("GB/T 9704"), checked against the title cited after it. */
  code?: string;
  /** title: the regulation is no longer in force: since when, and what replaced it (its exact title). */
  repealed?: { on: string; by?: string };
}

type MatchForm = { match: string | string[]; pattern?: undefined } | { pattern: string; match?: undefined };
interface Common {
  severity?: 'error' | 'warning';
  reason?: string;
  reasonEn?: string;
  source: string;
  example?: LexiconExample;
}
interface Guards {
  unless?: string[];
  segment?: boolean;
  category?: string;
  fix?: boolean;
}
/** One entry shape per type. */
/** Without `right`, the form is reported as one to avoid. */
export type SubstitutionEntry = MatchForm & Common & Guards & { right?: string };
export type ExistenceEntry = MatchForm & Common & Guards & { right?: string };
export type FormulationEntry = MatchForm & Common & Guards & { right?: string };
export type FixedOrderEntry = Common & { name: string; items: string[] };
export type ExactWordingEntry = Common & { wording: string };
export type DateBoundedEntry = MatchForm & Common & Guards & { right?: string; when: { onOrAfter?: string; before?: string; undated?: boolean } };
export interface TitleEntry {
  title: string;
  code?: string;
  repealed?: { on: string; by?: string };
  category?: string;
  source: string;
  example?: LexiconExample;
}
export interface EntryOfType {
  substitution: SubstitutionEntry;
  existence: ExistenceEntry;
  formulation: FormulationEntry;
  fixedOrder: FixedOrderEntry;
  dateBounded: DateBoundedEntry;
  exactWording: ExactWordingEntry;
  title: TitleEntry;
}

export interface Lexicon {
  $schema?: string;
  /** Short name, shown in messages when the entry has no source. */
  name: string;
  type: LexiconType;
  /** The rule that reports the entries; default by type (see DEFAULT_RULE). */
  rule?: string;
  description?: string;
  entries: LexiconEntry[];
}

/** Which rule reports a user lexicon's entries when it names none. */
export const DEFAULT_RULE: Record<LexiconType, string> = {
  substitution: 'typo/common-typo',
  existence: 'phrasing/banned-word',
  formulation: 'phrasing/political-formulation',
  fixedOrder: 'phrasing/political-formulation',
  dateBounded: 'phrasing/political-formulation',
  exactWording: 'phrasing/political-formulation',
  title: 'phrasing/regulation-title',
};
