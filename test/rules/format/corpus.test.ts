/**
 * The format rules on real files: the committed fixtures, and the DOCX files in
 * ../shared/corpus/docx-real (read at run time, skipped when absent; never copied here).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compact, lintDocx } from './docx-builder.js';

const fixtures = join(__dirname, '../../../fixtures');
const real = join(__dirname, '../../../../shared/corpus/docx-real');
const read = (p: string) => new Uint8Array(readFileSync(p));

describe('format rules on the fixtures', () => {
  it.each(['notice.docx', 'libreoffice/notice.docx'])('%s (conforming) draws nothing', (name) => {
    expect(compact(lintDocx(read(join(fixtures, name))).messages)).toEqual([]);
  });

  it('draft.docx draws its planted format faults', () => {
    const r = lintDocx(read(join(fixtures, 'draft.docx')));
    expect(compact(r.messages)).toEqual([
      { ruleId: 'format/page-margins', line: undefined, severity: 'warning', message: '页边距不符：上（天头）25.4 mm、左（订口）31.8 mm、右31.8 mm、下25.4 mm；应为上37 mm、左28 mm、右26 mm、下35 mm（版心156 mm×225 mm）（GB/T 9704—2012 5.2.1）' },
      { ruleId: 'format/page-number', line: undefined, severity: 'error', message: '页码显示为“第1页”，应为阿拉伯数字左右各放一条一字线，如“— 1 —”（GB/T 9704—2012 7.5）' },
      { ruleId: 'format/page-number', line: undefined, severity: 'warning', message: '页码（页脚）为“仿宋_GB2312”三号（16磅），一般用4号半角宋体（GB/T 9704—2012 7.5）' },
      { ruleId: 'format/page-number', line: undefined, severity: 'warning', message: '页脚未设“奇偶页不同”，页码无法做到单页码居右、双页码居左（GB/T 9704—2012 7.5）' },
      { ruleId: 'format/page-size', line: undefined, severity: 'error', message: '纸张为215.9 mm×279.4 mm，公文用纸应为A4型纸（210 mm×297 mm）（GB/T 9704—2012 5.1）' },
      { ruleId: 'format/font-family', line: 4, severity: 'warning', message: '标题使用了“宋体”，应使用小标宋体（如方正小标宋简体）（GB/T 9704—2012 7.3.1）' },
      { ruleId: 'format/font-family', line: 6, severity: 'warning', message: '正文使用了“宋体”，应使用仿宋体（如仿宋_GB2312、仿宋）（GB/T 9704—2012 7.3.3）' },
    ]);
    expect(r.messages.find((m) => m.line === 6)).toMatchObject({ column: 13 });
  });
});

describe.skipIf(!existsSync(real))('format rules on real documents (../shared/corpus/docx-real)', () => {
  const lint = (name: string) => lintDocx(read(join(real, name))).messages;

  it.each([
    'kamisky__GB-T-9704-2012-gongwen-format__sample-standard.docx',
    'kamisky__GB-T-9704-2012-gongwen-format__sample-letter.docx',
  ])('%s: page, fonts, indents, placement all pass; only the unformatted PAGE field is noted', (name) => {
    // The generator leaves the PAGE field run without run properties, so the number itself is in the
    // footer style's 3号仿宋 between 4号宋体 dashes: a true (warning) finding.
    const m = lint(name);
    expect(m.map((x) => [x.ruleId, x.severity])).toEqual([['format/page-number', 'warning'], ['format/page-number', 'warning']]);
    expect(m[0].message).toBe('页码（页脚）为“FangSong”三号（16磅），一般用4号半角宋体（GB/T 9704—2012 7.5）');
  });

  it('Mrered template: Word\'s numberInDash "- 1 -" is not the 一字线 form', () => {
    const m = lint('Mrered__GongWen-Tamplate-Lite__dist-out.docx');
    expect(m.filter((x) => x.severity === 'error').map((x) => x.message)).toEqual([
      '页码显示为“- 1 -”，应为阿拉伯数字左右各放一条一字线，如“— 1 —”（GB/T 9704—2012 7.5）',
    ]);
    expect(m.some((x) => x.ruleId === 'format/page-size' || x.ruleId === 'format/page-margins' || x.ruleId === 'format/line-grid')).toBe(false);
  });

  it('a 请示 draft without 版头: no page, grid or font finding; the 仿宋 page number is noted', () => {
    const m = lint('zhaohui-yang__official-document-drafting__qingshi.docx');
    expect(m.filter((x) => /page-size|page-margins|line-grid|font-family|font-size/.test(x.ruleId))).toEqual([]);
    expect(m.filter((x) => x.severity === 'error')).toEqual([]);
  });

  it('a speech: page numbers pass, 30 pt fixed spacing is noted', () => {
    const m = lint('zhaohui-yang__official-document-drafting__jianghuagao.docx');
    expect(m.filter((x) => x.ruleId === 'format/page-number')).toEqual([]);
    expect(m.filter((x) => x.ruleId === 'format/line-grid').map((x) => x.severity)).toEqual(['warning']);
  });
});
