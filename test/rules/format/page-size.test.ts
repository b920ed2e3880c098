import { describe, expect, it } from 'vitest';
import { DocumentGridType } from 'docx';
import { A4, buildDocx, compact, lintDocx, MARGINS } from './docx-builder.js';
import pageSize from '../../../src/rules/format/page-size.js';
import pageMargins from '../../../src/rules/format/page-margins.js';
import lineGrid from '../../../src/rules/format/line-grid.js';
import { formatRules } from '../../../src/rules/format/index.js';

describe('format/page-size', () => {
  it('flags US Letter as a document-level error', async () => {
    const r = lintDocx(await buildDocx({ page: { size: { width: 12240, height: 15840 } } }), { rules: [pageSize] });
    expect(compact(r.messages)).toEqual([{
      ruleId: 'format/page-size', line: undefined, severity: 'error',
      messageId: 'notA4', data: { width: 215.9, height: 279.4 },
    }]);
  });
  it('accepts A4 within 1 mm and A4 landscape', async () => {
    expect(lintDocx(await buildDocx({ page: { size: { width: 11950, height: 16800 } } }), { rules: [pageSize] }).messages).toEqual([]);
    expect(lintDocx(await buildDocx({ page: { size: { width: A4.height, height: A4.width, orientation: 'landscape' } } }), { rules: [pageSize] }).messages).toEqual([]);
  });
});
