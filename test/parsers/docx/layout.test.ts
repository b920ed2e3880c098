/**
 * Paragraph layout the format rules read: frames (w:framePr/@w:xAlign), paragraph borders (w:pBdr),
 * numbering-level indents in the resolution chain, conditional table formats (w:tblStylePr).
 */
import { describe, expect, it } from 'vitest';
import { parseDocx } from '../../../src/parsers/docx/index.js';
import type { Line, ParagraphFormat } from '../../../src/tree/types.js';
import { buildDocx, headerFooterXml, p, W_NS } from './package.js';

const NORMAL = `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr></w:rPrDefault></w:docDefaults>` +
  `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>` +
  `<w:pPr><w:ind w:firstLine="640"/><w:jc w:val="both"/></w:pPr></w:style>`;

const pick = (f: ParagraphFormat | undefined, keys: Array<keyof ParagraphFormat>) =>
  Object.fromEntries(keys.filter((k) => f?.[k] !== undefined).map((k) => [k, f![k]]));
const INDENT: Array<keyof ParagraphFormat> = ['indentFirstLine', 'indentFirstLineChars', 'indentHanging', 'indentLeft', 'indentRight'];

describe('frames: format.frameXAlign', () => {
  const styles = NORMAL +
    `<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/>` +
    `<w:pPr><w:framePr w:wrap="around" w:vAnchor="text" w:hAnchor="margin" w:xAlign="right" w:y="1"/></w:pPr></w:style>`;

  it('reads w:xAlign directly and through the style chain; a direct frame replaces the style\'s whole', () => {
    const { lines } = parseDocx(buildDocx({
      styles,
      body:
        p('直接外侧', '<w:framePr w:wrap="none" w:vAnchor="text" w:hAnchor="margin" w:xAlign="outside" w:y="1"/>') +
        p('样式右侧', '<w:pStyle w:val="Footer"/>') +
        p('直接覆盖', '<w:pStyle w:val="Footer"/><w:framePr w:xAlign="inside"/>') +
        p('绝对位置', '<w:pStyle w:val="Footer"/><w:framePr w:hAnchor="page" w:x="1200"/>') +
        p('无文本框'),
    }));
    expect(lines.map((l) => l.format?.frameXAlign)).toEqual(['outside', 'right', 'inside', undefined, undefined]);
  });

  it('fills it in footers (page numbers in a frame)', () => {
    const footer = headerFooterXml('ftr',
      `<w:p><w:pPr><w:framePr w:wrap="none" w:vAnchor="text" w:hAnchor="margin" w:xAlign="outside" w:y="1"/><w:jc w:val="left"/></w:pPr>` +
      `<w:r><w:t xml:space="preserve">— </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>` +
      `<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>` +
      `<w:r><w:t xml:space="preserve"> —</w:t></w:r></w:p>`);
    const { docx } = parseDocx(buildDocx({
      styles,
      body: p('正文') + `<w:sectPr><w:footerReference w:type="default" r:id="rF"/></w:sectPr>`,
      parts: { 'word/footer1.xml': footer },
      rels: [['rF', 'footer', 'footer1.xml']],
    }));
    const line = docx.sections[0].footers[0].lines[0];
    expect(line.value).toBe('— 3 —');
    expect(line.format).toMatchObject({ frameXAlign: 'outside', alignment: 'left' });
  });
});

describe('paragraph borders: format.borderTop / borderBottom', () => {
  const styles = NORMAL +
    `<w:style w:type="paragraph" w:styleId="Imprint"><w:name w:val="Imprint"/><w:basedOn w:val="Normal"/>` +
    `<w:pPr><w:pBdr><w:top w:val="single" w:sz="8" w:space="1" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="1" w:color="000000"/></w:pBdr></w:pPr></w:style>`;

  it('reads line style, width (eighths of a point) and colour; sides merge one by one through styles', () => {
    const { lines } = parseDocx(buildDocx({
      styles,
      body:
        p('', '<w:pBdr><w:bottom w:val="single" w:sz="8" w:space="1" w:color="000000"/></w:pBdr>') +
        p('抄送：各部门。', '<w:pStyle w:val="Imprint"/>') +
        p('印发', '<w:pStyle w:val="Imprint"/><w:pBdr><w:bottom w:val="double" w:sz="12" w:color="ff0000"/></w:pBdr>') +
        p('无线', '<w:pStyle w:val="Imprint"/><w:pBdr><w:top w:val="nil"/><w:bottom w:val="none" w:sz="0"/></w:pBdr>') +
        p('正文'),
    }));
    const borders = lines.map((l) => pick(l.format, ['borderTop', 'borderBottom']));
    expect(borders).toEqual([
      { borderBottom: { style: 'single', size: 8, color: '000000' } },
      { borderTop: { style: 'single', size: 8, color: 'auto' }, borderBottom: { style: 'single', size: 4, color: '000000' } },
      { borderTop: { style: 'single', size: 8, color: 'auto' }, borderBottom: { style: 'double', size: 12, color: 'FF0000' } },
      {},
      {},
    ]);
  });
});

describe('numbering levels: w:lvl/w:pPr between the style chain and direct formatting', () => {
  const numbering = `<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="${W_NS}">` +
    `<w:abstractNum w:abstractNumId="0">` +
    `<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:pStyle w:val="H1"/><w:lvlText w:val="%1、"/>` +
    `<w:pPr><w:ind w:left="632" w:firstLine="0"/></w:pPr><w:rPr><w:rFonts w:eastAsia="黑体"/><w:sz w:val="44"/><w:b/></w:rPr></w:lvl>` +
    `<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/>` +
    `<w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>` +
    `</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
  const styles = NORMAL +
    // Numbering from the style, and the style sets its own left indent.
    `<w:style w:type="paragraph" w:styleId="H1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>` +
    `<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:ind w:left="629"/></w:pPr></w:style>` +
    // Numbering from the style, no indent of its own.
    `<w:style w:type="paragraph" w:styleId="H1Plain"><w:name w:val="heading 1 plain"/><w:basedOn w:val="Normal"/>` +
    `<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>` +
    `<w:style w:type="paragraph" w:styleId="Body"><w:name w:val="Body"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="100" w:right="200"/></w:pPr></w:style>`;
  const num = (ilvl: number) => `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="1"/></w:numPr>`;
  const { lines } = parseDocx(buildDocx({
    styles,
    body:
      p('直接编号', num(1)) +
      p('直接编号加直接缩进', `${num(1)}<w:ind w:left="360"/>`) +
      p('样式编号且样式有缩进', '<w:pStyle w:val="H1"/>') +
      p('样式编号无缩进', '<w:pStyle w:val="H1Plain"/>') +
      p('直接编号盖过样式缩进', `<w:pStyle w:val="Body"/>${num(1)}`) +
      p('取消编号', '<w:pStyle w:val="H1"/><w:numPr><w:numId w:val="0"/></w:numPr>') +
      p('正文'),
    parts: { 'word/numbering.xml': numbering },
    rels: [['rN', 'numbering', 'numbering.xml']],
  }));

  const cases: Array<[string, number, object]> = [
    ['direct numPr: the level\'s indents over the style\'s', 0, { indentHanging: 360, indentLeft: 720 }],
    ['direct w:ind merges over the level attribute by attribute', 1, { indentHanging: 360, indentLeft: 360 }],
    ['numbering from the style: the style\'s own w:ind beats the level, the level beats Normal', 2, { indentFirstLine: 0, indentLeft: 629 }],
    ['numbering from the style without its own indent: the level\'s', 3, { indentFirstLine: 0, indentLeft: 632 }],
    ['direct numbering over a style with indents: the level wins, other sides stay', 4, { indentHanging: 360, indentLeft: 720, indentRight: 200 }],
    ['numbering switched off: no level indents', 5, { indentFirstLine: 640, indentLeft: 629 }],
    ['plain paragraph', 6, { indentFirstLine: 640 }],
  ];
  it.each(cases)('%s', (_name, i, expected) => {
    expect(pick(lines[i].format, INDENT)).toEqual(expected);
  });

  it('the level\'s rPr is for the label only, not the runs', () => {
    expect(lines[2].format?.numberingText).toBe('一、');
    const { text: _t, offset: _o, ...run } = lines[2].runs![0];
    expect(run).toEqual({ fontEastAsia: '仿宋_GB2312', sizeHalfPoints: 32 });
  });

  it('applies level indents in headers and footers too (no labels counted there)', () => {
    const header = headerFooterXml('hdr', p('页眉编号', num(1)));
    const { docx } = parseDocx(buildDocx({
      styles,
      body: p('正文') + `<w:sectPr><w:headerReference w:type="default" r:id="rH"/></w:sectPr>`,
      parts: { 'word/numbering.xml': numbering, 'word/header1.xml': header },
      rels: [['rN', 'numbering', 'numbering.xml'], ['rH', 'header', 'header1.xml']],
    }));
    const f = docx.sections[0].headers[0].lines[0].format;
    expect(pick(f, INDENT)).toEqual({ indentHanging: 360, indentLeft: 720 });
    expect(f?.numberingText).toBeUndefined();
  });
});

describe('conditional table formats (w:tblStylePr)', () => {
  const styles = NORMAL +
    `<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/></w:style>` +
    `<w:style w:type="table" w:styleId="Grid"><w:name w:val="Grid"/><w:basedOn w:val="TableNormal"/>` +
    `<w:rPr><w:sz w:val="28"/></w:rPr>` +
    `<w:tblStylePr w:type="firstRow"><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:rFonts w:eastAsia="黑体"/><w:b/></w:rPr></w:tblStylePr>` +
    `<w:tblStylePr w:type="lastRow"><w:rPr><w:i/></w:rPr></w:tblStylePr>` +
    `<w:tblStylePr w:type="firstCol"><w:rPr><w:color w:val="FF0000"/><w:b w:val="0"/></w:rPr></w:tblStylePr>` +
    `<w:tblStylePr w:type="band1Horz"><w:rPr><w:color w:val="0000FF"/></w:rPr></w:tblStylePr>` +
    `</w:style>`;
  const cells = (...texts: string[]) => `<w:tr>${texts.map((t) => `<w:tc>${p(t)}</w:tc>`).join('')}</w:tr>`;
  const table = (tblPr: string, rows: string) => `<w:tbl><w:tblPr><w:tblStyle w:val="Grid"/>${tblPr}</w:tblPr>${rows}</w:tbl>`;
  const run = (l: Line) => {
    const { text: _t, offset: _o, fontEastAsia: font, sizeHalfPoints: _s, ...rest } = l.runs![0];
    return { font, ...rest };
  };

  it('applies first/last row and first column where w:tblLook turns them on (first row last)', () => {
    const rows = cells('序号', '名称') + cells('1', '甲') + cells('2', '乙') + cells('合计', '丙');
    const { lines } = parseDocx(buildDocx({
      styles,
      body: table('<w:tblLook w:firstRow="1" w:lastRow="1" w:firstColumn="1" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>', rows),
    }));
    expect(lines.map(run)).toEqual([
      { font: '黑体', bold: true, color: 'FF0000' }, // first row + first column: first row applied last
      { font: '黑体', bold: true },
      { font: '仿宋_GB2312', bold: false, color: 'FF0000' },
      { font: '仿宋_GB2312' },
      { font: '仿宋_GB2312', bold: false, color: 'FF0000' },
      { font: '仿宋_GB2312' },
      { font: '仿宋_GB2312', bold: false, italic: true, color: 'FF0000' },
      { font: '仿宋_GB2312', italic: true },
    ]);
    // The paragraph style (Normal: both) beats the table style's first-row centring, as for whole-table pPr.
    expect(lines[0].format?.alignment).toBe('both');
    expect(lines.every((l) => l.runs![0].sizeHalfPoints === 28)).toBe(true);
  });

  it('reads the w:val bit mask and banded rows', () => {
    // 0x0020 first row, no 0x0200 (rows banded), 0x0400 no vertical bands.
    const rows = cells('表头') + cells('一') + cells('二') + cells('三');
    const { lines } = parseDocx(buildDocx({ styles, body: table('<w:tblLook w:val="0420"/>', rows) }));
    expect(lines.map((l) => [l.value, l.runs![0].color, l.runs![0].bold])).toEqual([
      ['表头', undefined, true], ['一', '0000FF', undefined], ['二', undefined, undefined], ['三', '0000FF', undefined],
    ]);
  });

  it('without w:tblLook, w:cnfStyle on the row, cell or paragraph decides; with neither, none applies', () => {
    const body = table('',
      `<w:tr><w:trPr><w:cnfStyle w:val="100000000000"/></w:trPr><w:tc>${p('行')}</w:tc></w:tr>` +
      `<w:tr><w:tc><w:tcPr><w:cnfStyle w:firstColumn="1"/></w:tcPr>${p('单元格')}</w:tc>` +
      `<w:tc>${p('段落', '<w:cnfStyle w:val="010000000000"/>')}</w:tc><w:tc>${p('无')}</w:tc></w:tr>`);
    const { lines } = parseDocx(buildDocx({ styles, body }));
    expect(lines.map(run)).toEqual([
      { font: '黑体', bold: true },
      { font: '仿宋_GB2312', bold: false, color: 'FF0000' },
      { font: '仿宋_GB2312', italic: true },
      { font: '仿宋_GB2312' },
    ]);
  });

  it('finds rows and cells inside content controls; ordinals stay in document order', () => {
    const body = table('<w:tblLook w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>',
      `<w:sdt><w:sdtPr/><w:sdtContent>${cells('甲')}</w:sdtContent></w:sdt>` +
      `<w:tr><w:sdt><w:sdtContent><w:tc>${p('乙')}</w:tc></w:sdtContent></w:sdt></w:tr>`) + p('表后');
    const { lines } = parseDocx(buildDocx({ styles, body }));
    expect(lines.map((l) => [l.ordinal, l.value, l.container, l.runs![0].bold])).toEqual([
      [1, '甲', 'table', true], [2, '乙', 'table', undefined], [3, '表后', 'body', undefined],
    ]);
  });
});

describe('text boxes: the shape\'s horizontal alignment as format.frameXAlign', () => {
  const page = `<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t xml:space="preserve">— </w:t></w:r>` +
    `<w:fldSimple w:instr=" PAGE "><w:r><w:t>2</w:t></w:r></w:fldSimple><w:r><w:t xml:space="preserve"> —</w:t></w:r></w:p>`;
  const anchor = (positionH: string, inner: string) =>
    `<w:r><w:drawing><wp:anchor simplePos="0" relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">` +
    `<wp:simplePos x="0" y="0"/>${positionH}<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>` +
    `<wp:extent cx="900000" cy="300000"/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">` +
    `<wps:wsp><wps:txbx><w:txbxContent>${inner}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>`;
  const vml = (style: string, inner: string) =>
    `<w:r><w:pict><v:shape style="${style}"><v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>${inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>`;

  it('reads wp:positionH/wp:align and VML mso-position-horizontal; a frame of the paragraph\'s own wins', () => {
    const footer = headerFooterXml('ftr',
      `<w:p>${anchor('<wp:positionH relativeFrom="margin"><wp:align>outside</wp:align></wp:positionH>', page)}</w:p>` +
      `<w:p>${anchor('<wp:positionH relativeFrom="column"><wp:posOffset>1200</wp:posOffset></wp:positionH>', page)}</w:p>` +
      `<w:p>${vml('position:absolute;mso-position-horizontal:right;mso-position-horizontal-relative:margin', page)}</w:p>` +
      `<w:p>${anchor('<wp:positionH relativeFrom="margin"><wp:align>left</wp:align></wp:positionH>',
        page.replace('<w:pPr>', '<w:pPr><w:framePr w:xAlign="inside"/>'))}</w:p>` +
      page);
    const { docx } = parseDocx(buildDocx({
      styles: NORMAL,
      body: p('正文') + `<w:sectPr><w:footerReference w:type="default" r:id="rF"/></w:sectPr>`,
      parts: { 'word/footer1.xml': footer },
      rels: [['rF', 'footer', 'footer1.xml']],
    }));
    const lines = docx.sections[0].footers[0].lines;
    expect(lines.map((l) => [l.value, l.format.frameXAlign, l.format.alignment])).toEqual([
      ['', undefined, 'both'], ['— 2 —', 'outside', 'center'],
      ['', undefined, 'both'], ['— 2 —', undefined, 'center'],
      ['', undefined, 'both'], ['— 2 —', 'right', 'center'],
      ['', undefined, 'both'], ['— 2 —', 'inside', 'center'],
      ['— 2 —', undefined, 'center'],
    ]);
  });
});
