/**
 * Lexicons: data files (JSON, validated against schemas/lexicon.schema.json) that the phrasing and
 * typo rules read. Modelled on Vale's rule types: `substitution` (wrong → right), `existence`
 * (banned / cautioned words), `occurrence` (the items of a fixed formulation, in their fixed order),
 * `formulation` (a fixed formulation and its usual distortions), `conditional` (a wording that is
 * wrong only for documents dated in a range) and `title` (exact titles of regulations, standards
 * and laws).
 *
 * Built-in lexicons live in src/lexicon/data/ (so that they compile into dist); users add their own
 * through config `lexicons` (same schema).
 */

export type LexiconType = 'substitution' | 'existence' | 'occurrence' | 'formulation' | 'conditional' | 'title';

export interface LexiconExample {
  /** Text that must draw the entry. */
  bad: string;
  /** Text that must not draw it (usually the corrected form). */
  good: string;
}

export interface LexiconEntry {
  /** Literal wrong forms. One of `match` / `pattern` (except in occurrence and title lexicons). */
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
  /** occurrence: the formulation's name (四个意识) and its items in their fixed order. */
  name?: string;
  items?: string[];
  /**
   * The entry applies only when the reference date (成文日期, else config `date`) is in
   * [onOrAfter, before); without a date, only when `undated` is true.
   */
  when?: { onOrAfter?: string; before?: string; undated?: boolean };
  /** title: the exact title, without 《》. */
  title?: string;
  /** title: the standard's number without its year ("GB/T 9704"), checked against the title cited after it. */
  code?: string;
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
  occurrence: 'phrasing/political-formulation',
  formulation: 'phrasing/political-formulation',
  conditional: 'phrasing/political-formulation',
  title: 'phrasing/regulation-title',
};
