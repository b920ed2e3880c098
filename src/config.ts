/** The configuration users write (gongwen-lint.config.json or the `gongwen-lint` key of package.json). */
import type { SeveritySetting } from './rule.js';

export type RuleSetting = SeveritySetting | [SeveritySetting] | [SeveritySetting, Record<string, unknown>];

export type Profile = 'auto' | 'full' | 'plain' | 'letter' | 'minutes' | 'order' | 'speech';

export interface Config {
  /** `recommended` (default) or `all`. */
  preset?: string;
  /** Per-rule severity and options, by rule id. */
  rules?: Record<string, RuleSetting>;
  /** Glob patterns of files to skip (used by the Node entry and CLI). */
  ignores?: string[];
  /** Message language. */
  locale?: 'zh' | 'en';
  /** Reference date (yyyy-mm-dd) for documents without an issue date. */
  date?: string;
  /** Which set of format checks applies (GB/T 9704 §10 special formats). `auto` guesses from the kind. */
  profile?: Profile;
  /** Names, organs and places that must never be "corrected". */
  protectedTerms?: string[];
  /** Extra lexicons (see schemas/lexicon.schema.json), as data. */
  lexicons?: unknown[];
}
