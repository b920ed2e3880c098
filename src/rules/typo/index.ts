/** The typo rules. Each rule is one file in this folder; list it here. */
import type { Rule } from '../../rule.js';
import commonTypo from './common-typo.js';
import unlikelyCharacter from './unlikely-character.js';

export const typoRules: Rule[] = [commonTypo, unlikelyCharacter];
