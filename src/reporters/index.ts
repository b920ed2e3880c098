/** The reporters: pure functions of LintResult[] (+ rule metadata) → text. */
import type { LintResult } from '../engine/messages.js';
import { formatHtml, type HtmlOptions } from './html.js';
import { formatJson } from './json.js';
import { formatSarif, type SarifOptions } from './sarif.js';
import { formatStylish, type StylishOptions } from './stylish.js';

export { formatJson, formatJsonParts, toJsonReport } from './json.js';
export type { JsonFileResult, JsonReport } from './json.js';
export { formatSarif, toSarif, SARIF_SCHEMA_URI } from './sarif.js';
export type { SarifOptions } from './sarif.js';
export { formatStylish } from './stylish.js';
export type { StylishOptions } from './stylish.js';
export type { ReporterOptions } from './shared.js';
export { displayPath, displayWidth, relativePath } from './shared.js';

export { formatHtml, GBT9704_PAGE, GBT9704_FONTS } from './html.js';
export type { HtmlOptions } from './html.js';

export type FormatName = 'stylish' | 'json' | 'sarif' | 'html';
export const FORMATS: readonly FormatName[] = ['stylish', 'json', 'sarif', 'html'];

export function format(name: FormatName, results: readonly LintResult[], options: StylishOptions & SarifOptions & HtmlOptions = {}): string {
  switch (name) {
    case 'html':
      return formatHtml(results, options);
    case 'json':
      return formatJson(results, options);
    case 'sarif':
      return formatSarif(results, options);
    default:
      return formatStylish(results, options);
  }
}
