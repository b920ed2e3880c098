/**
 * `--fix` for .docx: rewrites a draft to GB/T 9704 (page setup, fonts and sizes per element, indents,
 * page-number footer, safe text fixes) and leaves every other byte of the package as it was.
 * (Contract stub: the implementation lands with issue 3.)
 */
import type { Config } from '../../config.js';

export interface DocxFixChange {
  /** What changed, in Chinese, e.g. "第3段 标题：字体 宋体 → 方正小标宋简体". */
  description: string;
  /** Paragraph ordinal, when the change is in one paragraph. */
  line?: number;
  ruleId?: string;
}

export interface DocxFixResult {
  bytes: Uint8Array;
  changes: DocxFixChange[];
}

export function fixDocx(_bytes: Uint8Array, _options: { config?: Config; filename?: string } = {}): DocxFixResult {
  throw new Error('fixDocx is not implemented yet');
}
