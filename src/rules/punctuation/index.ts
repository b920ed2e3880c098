/** The punctuation rules (GB/T 15834—2011). Each rule is one file in this folder; list it here. */
import type { Rule } from '../../rule.js';
import duplicatePunctuation from './duplicate-punctuation.js';

export const punctuationRules: Rule[] = [duplicatePunctuation];
