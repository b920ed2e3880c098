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
      message: '纸张为215.9 mm×279.4 mm，公文用纸应为A4型纸（210 mm×297 mm）（GB/T 9704—2012 5.1）',
    }]);
  });
  it('accepts A4 within 1 mm and A4 landscape', async () => {
    expect(lintDocx(await buildDocx({ page: { size: { width: 11950, height: 16800 } } }), { rules: [pageSize] }).messages).toEqual([]);
    expect(lintDocx(await buildDocx({ page: { size: { width: A4.height, height: A4.width, orientation: 'landscape' } } }), { rules: [pageSize] }).messages).toEqual([]);
  });
});

describe('format/page-margins', () => {
  it('warns on Word default margins, naming each side', async () => {
    const r = lintDocx(await buildDocx({ page: { margin: { top: 1440, bottom: 1440, left: 1800, right: 1800 } } }), { rules: [pageMargins] });
    expect(compact(r.messages)).toEqual([{
      ruleId: 'format/page-margins', line: undefined, severity: 'warning',
      message: '页边距不符：上（天头）25.4 mm、左（订口）31.8 mm、右31.8 mm、下25.4 mm；应为上37 mm、左28 mm、右26 mm、下35 mm（版心156 mm×225 mm）（GB/T 9704—2012 5.2.1）',
    }]);
  });
  it('accepts 37/28/26/35 mm within 1 mm (1587 for 28 mm as WPS writes it)', async () => {
    const r = lintDocx(await buildDocx({ page: { margin: { ...MARGINS, left: 1587, bottom: 1985 } } }), { rules: [pageMargins] });
    expect(r.messages).toEqual([]);
  });
});

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
      message: '版面未排成每面22行：文档网格行距15.6磅，正文1.5倍行距；一般每面排22行、每行排28个字（文档网格行距约28.9磅，或正文固定行距28～29.5磅）（GB/T 9704—2012 5.2.3）',
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

describe('format rules', () => {
  it('say nothing about a conforming notice', async () => {
    expect(compact(lintDocx(await buildDocx(), { rules: formatRules }).messages)).toEqual([]);
  });
  it('do not run on .txt input', async () => {
    const { lintWith } = await import('../../helpers/lint.js');
    for (const rule of formatRules) expect(lintWith(rule, '关于做好汛期安全工作的通知\n各区：\n现通知如下。')).toEqual([]);
  });
});
