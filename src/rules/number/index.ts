/** The number rules (GB/T 15835—2011). Each rule is one file in this folder; list it here. */
import type { Rule } from '../../rule.js';
import approximateInHanzi from './approximate-in-hanzi.js';
import arabicForMeasures from './arabic-for-measures.js';
import dayNotHao from './day-not-hao.js';
import decimal from './decimal.js';
import fixedExpressions from './fixed-expressions.js';
import halfwidthDigits from './halfwidth-digits.js';
import isoDate from './iso-date.js';
import lingVsCircle from './ling-vs-circle.js';
import noMixedNumerals from './no-mixed-numerals.js';
import rangeHyphen from './range-hyphen.js';
import rangeUnits from './range-units.js';
import yearInFull from './year-in-full.js';

export const numberRules: Rule[] = [
  yearInFull,
  lingVsCircle,
  noMixedNumerals,
  rangeUnits,
  approximateInHanzi,
  isoDate,
  decimal,
  fixedExpressions,
  arabicForMeasures,
  rangeHyphen,
  dayNotHao,
  halfwidthDigits,
];
