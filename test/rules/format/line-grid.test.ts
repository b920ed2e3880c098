import { describe, expect, it } from 'vitest';
import { DocumentGridType } from 'docx';
import { A4, buildDocx, compact, lintDocx, MARGINS } from './docx-builder.js';
import pageSize from '../../../src/rules/format/page-size.js';
import pageMargins from '../../../src/rules/format/page-margins.js';
import lineGrid from '../../../src/rules/format/line-grid.js';
import { formatRules } from '../../../src/rules/format/index.js';

describe('format/line-grid', () => {
  it('is met by a 579-twip grid or by exact 28–29.5 pt spacing', async () => {
    expect(lintDocx(await buildDocx(), { rules: [lineGrid] }).messages).toEqual([]);
    expect(lintDocx(await buildDocx({ grid: null }), { rules: [lineGrid] }).messages).toEqual([]);
  });
  it('warns when neither grid nor spacing gives 22 lines', async () => {
    const s = (await import('./docx-builder.js')).styles();
    s.default.document.paragraph = { spacing: { line: 360, lineRule: 'auto' } } as never;
    const r = lintDocx(await buildDocx({ grid: { type: DocumentGridType.LINES, linePitch: 312 }, styles: s }), { rules: [lineGrid] });
    expect(compact(r.messages)).toEqual([{
      ruleId: 'format/line-grid', line: undefined, severity: 'warning',
      messageId: 'grid', data: { found: '文档网格行距15.6磅，正文1.5倍行距' },
    }]);
  });
  it('warns on fixed 30 pt spacing even with a good grid', async () => {
    const s = (await import('./docx-builder.js')).styles();
    s.default.document.paragraph = { spacing: { line: 600, lineRule: 'exact' } } as never;
    const r = lintDocx(await buildDocx({ styles: s }), { rules: [lineGrid] });
    expect(r.messages.map((m) => m.message)).toEqual([
      '版面未排成每面22行：文档网格行距29磅，正文固定值30磅；一般每面排22行、每行排28个字（文档网格行距约28.9磅，或正文固定行距28～29.5磅）（GB/T 9704—2012 5.2.3）',
    ]);
  });
});
