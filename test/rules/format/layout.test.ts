/**
 * 信函格式 and 纪要格式 recognised from the layout of the 版头 (GB/T 9704—2012 10.1, 10.3), whatever
 * the title's kind: a mark without 文件 over a red double rule (a paragraph border or a line drawn as
 * a shape), or a 发文字号 set flush right under it, makes a 信函 — a 通知 sent as a letter too — and
 * its own format applies (no page number on page 1). A "…纪要" mark keeps its 期数 and office-and-date
 * line in the 版头, where the body's format is not asked of them.
 */
import { AlignmentType, BorderStyle, Footer, Paragraph } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseDocx } from '../../../src/parsers/docx/index.js';
import { recognise } from '../../../src/parsers/structure.js';
import { textToLines } from '../../../src/parsers/txt.js';
import imprintBlock from '../../../src/rules/format/imprint-block.js';
import pageNumber from '../../../src/rules/format/page-number.js';
import { formatRules } from '../../../src/rules/format/index.js';
import { effectiveProfile } from '../../../src/rules/format/shared.js';
import { buildDocx, font, lintDocx, noticeParagraphs, pageFooter, para, run } from './docx-builder.js';

const RED_MARK = (text: string) =>
  new Paragraph({ alignment: AlignmentType.CENTER, children: [run(text, { font: font('方正小标宋简体'), size: 60, color: 'FF0000' })] });
const NUMBER = (alignment: (typeof AlignmentType)[keyof typeof AlignmentType], extra: Record<string, unknown> = {}) =>
  para('东政办函〔2024〕9号', undefined, { alignment, ...extra });
const LINE_MARKER = 'DRAWN-LINE-HERE';

/** A red line drawn with Word's line tool (DrawingML connector with its VML fallback), anchored in an empty paragraph. */
function drawnLineXml(cmpd: 'thickThin' | 'sng', vmlOnly = false): string {
  const vml = `<w:pict><v:line id="直接连接符 2" style="position:absolute;z-index:1;mso-position-horizontal:center" from="0,0" to="442.2pt,0" strokecolor="red" strokeweight="3pt">${cmpd === 'sng' ? '' : '<v:stroke linestyle="thickThin"/>'}</v:line></w:pict>`;
  if (vmlOnly) return `<w:p><w:r>${vml}</w:r></w:p>`;
  return '<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">' +
    '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:align>center</wp:align></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>' +
    '<wp:extent cx="5616000" cy="0"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/><wp:docPr id="2" name="直接连接符 2"/><wp:cNvGraphicFramePr/>' +
    '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvCnPr/>' +
    `<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="5616000" cy="0"/></a:xfrm><a:prstGeom prst="line"><a:avLst/></a:prstGeom><a:ln w="38100" cmpd="${cmpd}"><a:solidFill><a:srgbClr val="FF0000"/></a:solidFill></a:ln></wps:spPr>` +
    `<wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback>${vml}</mc:Fallback></mc:AlternateContent></w:r></w:p>`;
}

/** Replaces the paragraph holding LINE_MARKER with a drawn line. */
function withDrawnLine(bytes: Uint8Array, cmpd: 'thickThin' | 'sng', vmlOnly = false): Uint8Array {
  const files = unzipSync(bytes);
  const xml = strFromU8(files['word/document.xml']);
  const marker = new RegExp(`<w:p>(?:(?!<w:p>).)*?${LINE_MARKER}.*?</w:p>`, 's');
  if (!marker.test(xml)) throw new Error('marker not found');
  files['word/document.xml'] = strToU8(xml.replace(marker, () => drawnLineXml(cmpd, vmlOnly)));
  return zipSync(files);
}

/** The conforming notice (版记 without 印发 line) under another 版头: `head` replaces the mark and the number. */
function notice(head: Paragraph[]): Paragraph[] {
  const list = noticeParagraphs().slice(2, 12);
  return [...head, ...list];
}

const firstPageBlank = { default: pageFooter('right'), even: pageFooter('left'), first: new Footer({ children: [new Paragraph({ children: [] })] }) };

describe('信函格式 from the layout (GB/T 9704—2012 10.1)', () => {
  it.each([
    ['a red double line drawn as a shape under the mark', async () => withDrawnLine(await buildDocx({ children: notice([RED_MARK('东江市人民政府办公室'), para(LINE_MARKER), NUMBER(AlignmentType.CENTER)]) }), 'thickThin')],
    ['a VML double line under the mark', async () => withDrawnLine(await buildDocx({ children: notice([RED_MARK('东江市人民政府办公室'), para(LINE_MARKER), NUMBER(AlignmentType.CENTER)]) }), 'thickThin', true)],
    ['a red thick-thin border under the mark', async () => buildDocx({
      children: notice([
        new Paragraph({
          alignment: AlignmentType.CENTER, border: { bottom: { style: BorderStyle.THICK_THIN_SMALL_GAP, size: 24, color: 'FF0000', space: 4 } },
          children: [run('东江市人民政府办公室', { font: font('方正小标宋简体'), size: 60, color: 'FF0000' })],
        }),
        NUMBER(AlignmentType.CENTER),
      ]),
    })],
    ['the 发文字号 set flush right under the mark', async () => buildDocx({ children: notice([RED_MARK('东江市人民政府办公室'), NUMBER(AlignmentType.RIGHT)]) })],
  ])('a 通知 with %s is a 信函: page 1 shows no page number', async (_name, build) => {
    const bytes = await build();
    const r = lintDocx(bytes, { rules: [pageNumber, imprintBlock] });
    expect(r.tree!.kind).toBe('notice');
    expect(r.tree!.layout).toBe('letter');
    expect(r.messages.map((m) => [m.ruleId, m.line, m.messageId, m.severity])).toEqual([['format/page-number', undefined, 'letterFirst', 'warning']]);
  });

  it('a 信函 whose page 1 shows no page number (首页不同, blank first footer) is fine', async () => {
    const bytes = withDrawnLine(await buildDocx({ children: notice([RED_MARK('东江市人民政府办公室'), para(LINE_MARKER), NUMBER(AlignmentType.RIGHT)]), footers: firstPageBlank, titlePage: true }), 'thickThin');
    expect(lintDocx(bytes, { rules: [pageNumber, imprintBlock] }).messages).toEqual([]);
  });

  it('reads lines drawn as shapes: colour and double', async () => {
    for (const vmlOnly of [false, true]) {
      const bytes = withDrawnLine(await buildDocx({ children: [para('甲'), para(LINE_MARKER), para('乙')] }), 'thickThin', vmlOnly);
      const { lines } = parseDocx(bytes);
      expect(lines.map((l) => l.format?.drawnLines)).toEqual([undefined, [{ color: 'FF0000', double: true }], undefined]);
    }
  });

  it.each([
    // 文件格式 with the organ's name alone as the mark: number centred, a single red line under it.
    ['a mark without 文件, the number centred over a single red line', async () => buildDocx({
      children: notice([RED_MARK('东江市人民政府办公室'), NUMBER(AlignmentType.CENTER, { border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: 'FF0000', space: 8 } } })]),
    }), 'full'],
    ['a single red line drawn as a shape (where it shows is not where it is anchored)', async () =>
      withDrawnLine(await buildDocx({ children: notice([RED_MARK('东江市人民政府办公室'), para(LINE_MARKER), NUMBER(AlignmentType.CENTER)]) }), 'sng'), 'full'],
    ['a 函 under a “…文件” mark (the 文件格式)', async () => buildDocx({
      children: [RED_MARK('东江市人民政府办公室文件'), NUMBER(AlignmentType.CENTER), para('东江市人民政府办公室关于商请支持防汛物资调运的函', 'GwTitle'), ...noticeParagraphs().slice(3, 12)],
    }), 'full'],
  ])('%s is no 信函: page 1 keeps its number', async (_name, build, profile) => {
    const r = lintDocx(await build(), { rules: [pageNumber, imprintBlock] });
    expect(r.tree!.layout === 'letter').toBe(false);
    expect(r.messages).toEqual([]);
    expect(effectiveProfile({ tree: r.tree! })).toBe(profile);
  });
});

describe('纪要格式 from the layout (GB/T 9704—2012 10.3)', () => {
  const minutes = (head: Paragraph[]) => [
    ...head,
    para('5月6日，市政府召开防汛工作会议，研究部署汛期安全工作。现纪要如下：', 'GwBody'),
    para('一、关于落实防汛责任', 'GwHeading1'),
    para('会议要求，各区要落实防汛行政首长负责制。', 'GwBody'),
    new Paragraph({ style: 'GwBody', children: [run('出席：', { font: font('黑体') }), run('张三、李四、王五。')] }),
  ];

  it('keeps the 期数 and the office-and-date line under a red “…纪要” mark in the 版头, unjudged as body text', async () => {
    const bytes = await buildDocx({
      children: minutes([
        RED_MARK('东江市人民政府常务会议纪要'),
        para('第5期', undefined, { alignment: AlignmentType.CENTER }),
        para('东江市人民政府办公室\t\t2024年5月7日', undefined, { border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: 'FF0000', space: 8 } } }),
      ]),
    });
    const r = lintDocx(bytes, { rules: formatRules });
    const header = r.tree!.children.find((b) => b.type === 'headerBlock')!;
    expect(header.children.map((e) => e.type)).toEqual(['issuerMark', 'minutesLine', 'minutesLine']);
    expect(r.tree!.layout).toBe('minutes');
    expect(r.messages).toEqual([]);
  });

  it('reads a plain 纪要 draft: the title “…纪要”, then its 期数 and office-and-date line', () => {
    const tree = recognise(textToLines('东江市人民政府常务会议纪要\n第5期\n东江市人民政府办公室　　　　2024年5月7日\n5月6日，市政府召开常务会议。现纪要如下：\n一、关于防汛工作\n会议要求，各区要落实责任。\n'), { format: 'txt' });
    const main = tree.children.find((b) => b.type === 'mainBlock')!;
    expect(main.children.slice(0, 3).map((e) => e.type)).toEqual(['title', 'minutesLine', 'minutesLine']);
    expect(tree.kind).toBe('minutes');
  });
});
