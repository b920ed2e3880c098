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
      { ruleId: 'format/page-margins', line: undefined, severity: 'warning', messageId: 'margin', data: { list: '上（天头）25.4 mm、左（订口）31.8 mm、右31.8 mm、下25.4 mm' } },
      { ruleId: 'format/page-number', line: undefined, severity: 'error', messageId: 'form', data: { found: '第1页' } },
      { ruleId: 'format/page-number', line: undefined, severity: 'warning', messageId: 'font', data: { part: '页脚', font: '仿宋_GB2312', size: '三号（16磅）' } },
      { ruleId: 'format/page-number', line: undefined, severity: 'warning', messageId: 'oddEven', data: {} },
      { ruleId: 'format/page-size', line: undefined, severity: 'error', messageId: 'notA4', data: { width: 215.9, height: 279.4 } },
      { ruleId: 'format/font-family', line: 4, severity: 'warning', messageId: 'wrongFont', data: { label: '标题', found: '宋体', want: '小标宋体', canonical: '方正小标宋简体', clause: 'GB/T 9704—2012 7.3.1' } },
      { ruleId: 'format/font-family', line: 6, severity: 'warning', messageId: 'wrongFont', data: { label: '正文', found: '宋体', want: '仿宋体', canonical: '仿宋_GB2312、仿宋', clause: 'GB/T 9704—2012 7.3.3' } },
    ]);
    expect(r.messages.find((m) => m.line === 6)).toMatchObject({ column: 13 });
  });

  // The tests above assert ids and data; these two keep the rendered sentences covered, per locale.
  it('renders draft.docx\'s findings in Chinese (with the clause) and in English', () => {
    const zh = lintDocx(read(join(fixtures, 'draft.docx'))).messages;
    const en = lintDocx(read(join(fixtures, 'draft.docx')), { config: { locale: 'en' } }).messages;
    const pick = (ms: typeof zh, id: string) => ms.filter((m) => m.messageId === id).map((m) => m.message);
    expect(pick(zh, 'notA4')).toEqual(['纸张为215.9 mm×279.4 mm，公文用纸应为A4型纸（210 mm×297 mm）（GB/T 9704—2012 5.1）']);
    expect(pick(zh, 'wrongFont')).toEqual([
      '标题使用了“宋体”，应使用小标宋体（如方正小标宋简体）（GB/T 9704—2012 7.3.1）',
      '正文使用了“宋体”，应使用仿宋体（如仿宋_GB2312、仿宋）（GB/T 9704—2012 7.3.3）',
    ]);
    expect(pick(en, 'notA4')).toEqual(['Paper is 215.9 mm × 279.4 mm; official documents use A4 (210 mm × 297 mm) (GB/T 9704—2012 §5.1)']);
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
    expect(m[0]).toMatchObject({ messageId: 'font', data: { part: '页脚', font: 'FangSong', size: '三号（16磅）' } });
  });

  it('Mrered template: Word\'s numberInDash "- 1 -" is not the 一字线 form', () => {
    const m = lint('Mrered__GongWen-Tamplate-Lite__dist-out.docx');
    expect(m.filter((x) => x.severity === 'error').map((x) => [x.ruleId, x.messageId, x.data])).toEqual([
      ['format/page-number', 'form', { found: '- 1 -' }],
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
