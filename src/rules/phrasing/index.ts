/** The phrasing rules. Each rule is one file in this folder; list it here. */
import type { Rule } from '../../rule.js';
import bannedWord from './banned-word.js';
import contextPair from './context-pair.js';
import organName from './organ-name.js';
import politicalFormulation from './political-formulation.js';
import redundancy from './redundancy.js';
import regulationTitle from './regulation-title.js';

export const phrasingRules: Rule[] = [politicalFormulation, regulationTitle, organName, bannedWord, contextPair, redundancy];
