/** The consistency rules. Each rule is one file in this folder; list it here. */
import type { Rule } from '../../rule.js';
import announcedCount from './announced-count.js';
import asOfDate from './as-of-date.js';
import attachmentCount from './attachment-count.js';
import attachmentReference from './attachment-reference.js';
import calendarDate from './calendar-date.js';
import citedNumberYear from './cited-number-year.js';
import closingFormula from './closing-formula.js';
import duplicateSentence from './duplicate-sentence.js';
import enumerationSeries from './enumeration-series.js';
import growthRate from './growth-rate.js';
import shareSum from './share-sum.js';
import totalSum from './total-sum.js';
import mixedUnits from './mixed-units.js';
import documentNumberYear from './document-number-year.js';
import printDate from './print-date.js';
import requestOneMatter from './request-one-matter.js';
import weekday from './weekday.js';

export const consistencyRules: Rule[] = [
  calendarDate,
  weekday,
  asOfDate,
  printDate,
  documentNumberYear,
  citedNumberYear,
  requestOneMatter,
  closingFormula,
  attachmentCount,
  attachmentReference,
  duplicateSentence,
  enumerationSeries,
  announcedCount,
  growthRate,
  shareSum,
  totalSum,
  mixedUnits,
];
