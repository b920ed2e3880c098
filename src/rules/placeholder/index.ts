/** The placeholder rules. Each rule is one file in this folder; list it here. */
import type { Rule } from '../../rule.js';

export const placeholderRules: Rule[] = [];
