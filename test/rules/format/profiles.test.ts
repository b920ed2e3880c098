import { describe, expect, it } from 'vitest';
import { AlignmentType, Footer, Paragraph } from 'docx';
import { buildDocx, compact, font, lintDocx, noticeParagraphs, noticeWith, pageFooter, para, run } from './docx-builder.js';
import imprintBlock from '../../../src/rules/format/imprint-block.js';
import pageNumber from '../../../src/rules/format/page-number.js';
import { formatRules } from '../../../src/rules/format/index.js';
import { effectiveProfile } from '../../../src/rules/format/shared.js';
import type { DocumentNode } from '../../../src/tree/types.js';

const tree = (kind: DocumentNode['kind'], header: boolean): DocumentNode => ({
  type: 'document', format: 'docx', kind, children: header ? [{ type: 'headerBlock', children: [] }] : [],
});

describe('profiles', () => {
  it.each([
    ['notice', true, 'full'], ['notice', false, 'plain'], ['speech', false, 'speech'], ['letter', true, 'letter'],
    ['letter', false, 'plain'], ['minutes', false, 'minutes'], ['order', true, 'order'], ['order', false, 'order'], [undefined, false, 'plain'],
  ] as const)('auto: %s with 版头 %s → %s', (kind, header, want) => {
    expect(effectiveProfile({ tree: tree(kind, header) })).toBe(want);
  });
  it('config wins over auto', () => {
    expect(effectiveProfile({ tree: tree('notice', true), profile: 'plain' })).toBe('plain');
    expect(effectiveProfile({ tree: tree('notice', true), profile: 'auto' })).toBe('full');
  });

  it('a plain draft (no 版头) is held to page, title and body fonts and page numbers only', async () => {
    const children = [
      para('关于做好汛期安全工作的通知', undefined, {}, { font: font('宋体'), size: 36 }),
      para('各区：', 'GwBody', {}, { font: font('黑体') }),
      para('现就有关事项通知如下。', 'GwBody', {}, { font: font('宋体') }),
    ];
    const r = lintDocx(await buildDocx({ children }));
    expect(compact(r.messages)).toEqual([
      { ruleId: 'format/font-family', line: 1, severity: 'warning', messageId: 'wrongFont', data: { label: '标题', found: '宋体', want: '小标宋体', canonical: '方正小标宋简体', clause: 'GB/T 9704—2012 7.3.1' } },
      { ruleId: 'format/font-size', line: 1, severity: 'warning', messageId: 'wrongSize', data: { label: '标题', found: '小二（18磅）', want: '二号（22磅）', clause: 'GB/T 9704—2012 7.3.1' } },
      { ruleId: 'format/font-family', line: 3, severity: 'warning', messageId: 'wrongFont', data: { label: '正文', found: '宋体', want: '仿宋体', canonical: '仿宋_GB2312、仿宋', clause: 'GB/T 9704—2012 7.3.3' } },
    ]);
    // The same title under `profile: full` is judged.
    const full = lintDocx(await buildDocx({ children }), { config: { profile: 'full' } });
    expect(full.messages.filter((m) => m.line === 1).map((m) => m.ruleId).sort()).toEqual(['format/font-family', 'format/font-size', 'format/paragraph-alignment']);
    // The addressee in 黑体 is judged under `full` only.
    expect(full.messages.filter((m) => m.line === 2).map((m) => m.ruleId).sort()).toEqual(['format/font-family', 'format/paragraph-alignment']);
  });
});

describe('special formats (GB/T 9704—2012 10)', () => {
  // 信函格式: the organ's name alone (no 文件) as the mark.
  const letter = () => {
    const list = noticeWith(3, para('东江市人民政府办公室关于商请支持防汛物资调运的函', 'GwTitle'));
    list.splice(0, 1, new Paragraph({ alignment: AlignmentType.CENTER, children: [run('东江市人民政府办公室', { font: font('方正小标宋简体'), size: 60, color: 'FF0000' })] }));
    return list;
  };


  it('信函: no page number on page 1, no 印发 line', async () => {
    const r = lintDocx(await buildDocx({ children: letter() }), { rules: [pageNumber, imprintBlock] });
    expect(compact(r.messages)).toEqual([
      { ruleId: 'format/page-number', line: undefined, severity: 'warning', messageId: 'letterFirst', data: {} },
      { ruleId: 'format/imprint-block', line: 13, severity: 'error', messageId: 'letterPrint', data: {} },
    ]);
  });

  it('信函 with an empty first-page footer and no 印发 line is fine', async () => {
    const children = letter().slice(0, 12);
    const footers = { default: pageFooter('right'), even: pageFooter('left'), first: new Footer({ children: [new Paragraph({ children: [] })] }) };
    expect(lintDocx(await buildDocx({ children, footers, titlePage: true }), { rules: [pageNumber, imprintBlock] }).messages).toEqual([]);
  });

  it('命令: the order number centred', async () => {
    const children = [
      new Paragraph({ alignment: AlignmentType.CENTER, children: [run('中华人民共和国国务院令', { font: font('方正小标宋简体'), size: 72, color: 'FF0000' })] }),
      para('第800号', 'Normal'),
      para('《东江流域防汛条例》已经国务院常务会议通过，现予公布，自公布之日起施行。', 'GwBody'),
    ];
    const r = lintDocx(await buildDocx({ children }), { rules: formatRules });
    expect(compact(r.messages)).toEqual([
      { ruleId: 'format/paragraph-alignment', line: 2, severity: 'warning', messageId: 'orderNumber', data: { found: '左对齐（默认）' } },
    ]);
  });

  it('page numbers in the header are called so', async () => {
    const { Document, Header, Packer, PageNumber, TextRun } = await import('docx');
    const { styles, noticeParagraphs, A4, MARGINS } = await import('./docx-builder.js');
    const bytes = new Uint8Array(await Packer.toBuffer(new Document({
      styles: styles(),
      sections: [{
        properties: { page: { size: A4, margin: MARGINS } },
        headers: { default: new Header({ children: [new Paragraph({ children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'] })] })] }) },
        children: noticeParagraphs(),
      }],
    } as never)));
    const r = lintDocx(bytes, { rules: [pageNumber] });
    expect(r.messages.map((m) => m.message)).toEqual(['页码编排在页眉；公文页码应编排在版心下边缘之下（页脚），如“— 1 —”（GB/T 9704—2012 7.5）']);
  });

  it('纪要: 出席/请假/列席 in 黑体', async () => {
    const children = [
      new Paragraph({ alignment: AlignmentType.CENTER, children: [run('防汛工作会议纪要', { font: font('方正小标宋简体'), size: 44 })] }),
      para('5月6日，市政府召开防汛工作会议，研究部署汛期安全工作。', 'GwBody'),
      new Paragraph({ style: 'GwBody', children: [run('出席：', { font: font('黑体') }), run('张三、李四、王五。')] }),
      new Paragraph({ style: 'GwBody', children: [run('请假：'), run('赵六。')] }),
    ];
    const r = lintDocx(await buildDocx({ children }), { rules: formatRules });
    expect(compact(r.messages)).toEqual([
      { ruleId: 'format/font-family', line: 4, severity: 'warning', messageId: 'wrongFont', data: { label: '纪要“请假”', found: '仿宋_GB2312', want: '黑体', canonical: '黑体、SimHei', clause: 'GB/T 9704—2012 10.3' } },
    ]);
  });
});
