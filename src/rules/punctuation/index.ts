/** The punctuation rules (GB/T 15834—2011). Each rule is one file in this folder; list it here. */
import type { Rule } from '../../rule.js';
import approximateNumberDunhao from './approximate-number-dunhao.js';
import colonScope from './colon-scope.js';
import duplicatePunctuation from './duplicate-punctuation.js';
import dunhaoBetweenQuotes from './dunhao-between-quotes.js';
import ellipsis from './ellipsis.js';
import extraSpace from './extra-space.js';
import fullwidthPunctuation from './fullwidth-punctuation.js';
import invisibleCharacters from './invisible-characters.js';
import ordinalPunctuation from './ordinal-punctuation.js';
import pairedMarks from './paired-marks.js';
import punctuationPosition from './punctuation-position.js';
import rangeDash from './range-dash.js';

export const punctuationRules: Rule[] = [
  duplicatePunctuation,
  fullwidthPunctuation,
  extraSpace,
  ellipsis,
  pairedMarks,
  dunhaoBetweenQuotes,
  ordinalPunctuation,
  rangeDash,
  invisibleCharacters,
  punctuationPosition,
  approximateNumberDunhao,
  colonScope,
];
