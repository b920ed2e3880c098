/** The format rules (DOCX formatting layer, GB/T 9704—2012). Each rule is one file in this folder; list it here. */
import type { Rule } from '../../rule.js';
import bodyIndent from './body-indent.js';
import fontFamily from './font-family.js';
import fontSize from './font-size.js';
import imprintBlock from './imprint-block.js';
import lineGrid from './line-grid.js';
import pageMargins from './page-margins.js';
import pageNumber from './page-number.js';
import pageSize from './page-size.js';
import paragraphAlignment from './paragraph-alignment.js';
import textColor from './text-color.js';

export const formatRules: Rule[] = [
  pageSize,
  pageMargins,
  lineGrid,
  fontFamily,
  fontSize,
  textColor,
  bodyIndent,
  paragraphAlignment,
  pageNumber,
  imprintBlock,
];
