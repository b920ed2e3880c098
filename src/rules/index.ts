/** Every built-in rule, by category. */
import type { Rule } from '../rule.js';
import { consistencyRules } from './consistency/index.js';
import { elementRules } from './element/index.js';
import { formatRules } from './format/index.js';
import { numberRules } from './number/index.js';
import { phrasingRules } from './phrasing/index.js';
import { placeholderRules } from './placeholder/index.js';
import { punctuationRules } from './punctuation/index.js';
import { typoRules } from './typo/index.js';

export const allRules: Rule[] = [
  ...formatRules,
  ...elementRules,
  ...punctuationRules,
  ...numberRules,
  ...consistencyRules,
  ...phrasingRules,
  ...typoRules,
  ...placeholderRules,
];

export function ruleById(id: string): Rule | undefined {
  return allRules.find((r) => r.meta.id === id);
}
