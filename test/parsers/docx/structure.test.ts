import { describe, expect, it } from 'vitest';
import { parseDocx } from '../../../src/parsers/docx/index.js';
import { buildDocx, commentsXml, headerFooterXml, p } from './package.js';

const txbx = (...paras: string[]) => `<w:txbxContent>${paras.join('')}</w:txbxContent>`;
/** A WPS-style red header: a drawing text box in mc:Choice, a VML copy in mc:Fallback. */
const alternate = (choice: string, fallback: string) =>
  `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData>` +
  `<wps:wsp><wps:txbx>${choice}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>` +
  `<mc:Fallback><w:pict><v:shape><v:textbox>${fallback}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;
const cell = (...paras: string[]) => `<w:tc><w:tcPr><w:tcW w:w="100"/></w:tcPr>${paras.join('')}</w:tc>`;

const summary = (lines: ReturnType<typeof parseDocx>['lines']) => lines.map((l) => [l.ordinal, l.container, l.value]);

describe('ordinals and containers', () => {
  it('counts every w:p in document order: body, empty, table cells, text boxes; not the Fallback copy', () => {
    const body =
      `<w:p>${alternate(txbx(p('国务院办公厅文件'), p('')), txbx(p('国务院办公厅文件'), p('')))}</w:p>` +
      p('国办发〔2024〕5号') +
      `<w:p/>` +
      `<w:tbl><w:tblPr/><w:tblGrid/><w:tr>${cell(p('甲'), p('乙'))}${cell(`<w:tbl><w:tr>${cell(p('嵌套'))}</w:tr></w:tbl>`, p(''))}</w:tr></w:tbl>` +
      `<w:sdt><w:sdtPr/><w:sdtContent>${p('内容控件')}</w:sdtContent></w:sdt>` +
      `<w:p><w:r><w:t>锚点段</w:t></w:r><w:r><w:pict><v:shape><v:textbox>${txbx(p('VML 文本框'))}</v:textbox></v:shape></w:pict></w:r><w:r><w:t>之后</w:t></w:r></w:p>` +
      p('末段');
    const { lines, docx } = parseDocx(buildDocx({ body }));
    expect(summary(lines)).toEqual([
      [1, 'body', ''],
      [2, 'textbox', '国务院办公厅文件'],
      [3, 'textbox', ''],
      [4, 'body', '国办发〔2024〕5号'],
      [5, 'body', ''],
      [6, 'table', '甲'],
      [7, 'table', '乙'],
      [8, 'table', '嵌套'],
      [9, 'table', ''],
      [10, 'body', '内容控件'],
      [11, 'body', '锚点段之后'],
      [12, 'textbox', 'VML 文本框'],
      [13, 'body', '末段'],
    ]);
    expect(lines[3].position).toEqual({ start: { line: 4, column: 1 }, end: { line: 4, column: 12 } });
    expect(docx.sections).toHaveLength(1);
    expect(docx.sections[0].endLine).toBe(13);
  });

  const branchCases: Array<[string, string, string, string[]]> = [
    ['Choice with text wins', txbx(p('选择')), txbx(p('后备'), p('后备2')), ['选择']],
    ['empty Choice, Fallback with text', txbx(p('')), txbx(p('后备'), p('后备2')), ['后备', '后备2']],
    ['no text anywhere: the Choice is counted', txbx(p(''), p('')), txbx(p('')), ['', '']],
  ];
  it.each(branchCases)('mc:AlternateContent: %s', (_name, choice, fallback, expected) => {
    const { lines } = parseDocx(buildDocx({ body: `<w:p>${alternate(choice, fallback)}</w:p>${p('后')}` }));
    expect(lines.map((l) => l.value)).toEqual(['', ...expected, '后']);
    expect(lines.map((l) => l.ordinal)).toEqual(lines.map((_, i) => i + 1));
  });
});

describe('text as it will go out', () => {
  it('drops tracked deletions, keeps insertions, records the changes', () => {
    const body =
      `<w:p><w:r><w:t>会议定于</w:t></w:r>` +
      `<w:del w:id="1" w:author="张三" w:date="2024-03-01T09:00:00Z"><w:r><w:delText>3月</w:delText></w:r></w:del>` +
      `<w:ins w:id="2" w:author="张三" w:date="2024-03-01T09:01:00Z"><w:r><w:t>4月</w:t></w:r></w:ins>` +
      `<w:r><w:rPr><w:b/><w:rPrChange w:id="3" w:author="李四"><w:rPr/></w:rPrChange></w:rPr><w:t>召开</w:t></w:r>` +
      `<w:moveFrom w:id="4" w:author="李四"><w:r><w:t>旧位置</w:t></w:r></w:moveFrom>` +
      `<w:moveTo w:id="5" w:author="李四"><w:r><w:t>。</w:t></w:r></w:moveTo></w:p>` +
      `<w:p><w:pPr><w:pPrChange w:id="6" w:author="王五"><w:pPr/></w:pPrChange><w:rPr><w:ins w:id="7" w:author="王五"/></w:rPr></w:pPr><w:r><w:t>第二段</w:t></w:r></w:p>`;
    const { lines, docx } = parseDocx(buildDocx({ body }));
    expect(lines[0].value).toBe('会议定于4月召开。');
    expect(lines[0].runs!.map((r) => [r.text, r.offset, r.inserted ?? false])).toEqual([
      ['会议定于', 0, false], ['4月', 4, true], ['召开', 6, false], ['。', 8, true],
    ]);
    expect(docx.trackedChanges).toEqual([
      { kind: 'deletion', line: 1, text: '3月', author: '张三', date: '2024-03-01T09:00:00Z' },
      { kind: 'insertion', line: 1, text: '4月', author: '张三', date: '2024-03-01T09:01:00Z' },
      { kind: 'formatChange', line: 1, text: '召开', author: '李四' },
      { kind: 'move', line: 1, text: '旧位置', author: '李四' },
      { kind: 'move', line: 1, text: '。', author: '李四' },
      { kind: 'formatChange', line: 2, text: '第二段', author: '王五' },
      { kind: 'insertion', line: 2, text: '', author: '王五' },
    ]);
  });

  it('tabs → \\t, line breaks → \\n, page breaks → nothing, symbols and hyphens', () => {
    const body = `<w:p><w:r><w:t>甲</w:t><w:tab/><w:t>乙</w:t><w:br/><w:t>丙</w:t><w:br w:type="page"/><w:t>丁</w:t>` +
      `<w:cr/><w:noBreakHyphen/><w:softHyphen/><w:sym w:font="Wingdings" w:char="2605"/></w:r></w:p>`;
    const { lines } = parseDocx(buildDocx({ body }));
    expect(lines[0].value).toBe('甲\t乙\n丙丁\n\u2011★');
    expect(lines[0].position!.end).toEqual({ line: 1, column: lines[0].value.length + 1 });
  });

  it('ruby: the base text, not the phonetic guide; w:pgNum reads as a PAGE field', () => {
    const body = `<w:p><w:r><w:ruby><w:rt><w:r><w:t>pīn</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>拼</w:t></w:r></w:rubyBase></w:ruby></w:r>` +
      `<w:r><w:t>音</w:t></w:r></w:p><w:p><w:r><w:t>第</w:t><w:pgNum/><w:t>页</w:t></w:r></w:p>`;
    const { lines } = parseDocx(buildDocx({ body }));
    expect(lines.map((l) => l.value)).toEqual(['拼音', '第1页']);
    expect(lines[1].runs!.map((r) => [r.text, r.field])).toEqual([['第', undefined], ['1', 'PAGE'], ['页', undefined]]);
  });

  it('complex fields: the instruction is not text, the result is, with `field` on its runs', () => {
    const body =
      `<w:p><w:r><w:t xml:space="preserve">— </w:t></w:r>` +
      `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>` +
      `<w:r><w:instrText>\\* MERGEFORMAT</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>` +
      `<w:r><w:t>7</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> —</w:t></w:r></w:p>` +
      // a field without a cached result
      `<w:p><w:r><w:t>第</w:t><w:fldChar w:fldCharType="begin"/><w:instrText>page</w:instrText><w:fldChar w:fldCharType="end"/><w:t>页</w:t></w:r></w:p>` +
      // a simple field
      `<w:p><w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>12</w:t></w:r></w:fldSimple></w:p>`;
    const { lines } = parseDocx(buildDocx({ body }));
    expect(lines.map((l) => l.value)).toEqual(['— 7 —', '第1页', '12']);
    expect(lines[0].runs!.map((r) => [r.text, r.field])).toEqual([['— ', undefined], ['7', 'PAGE'], [' —', undefined]]);
    expect(lines[1].runs!.map((r) => [r.text, r.offset, r.field])).toEqual([['第', 0, undefined], ['1', 1, 'PAGE'], ['页', 2, undefined]]);
    expect(lines[2].runs![0].field).toBe('NUMPAGES');
  });
});

describe('sections, headers and footers', () => {
  const footer = (text: string) => headerFooterXml('ftr',
    `<w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:r><w:t xml:space="preserve">— </w:t></w:r><w:fldSimple w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`);
  const header = headerFooterXml('hdr', `<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>STYLEREF 1</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>章</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`);
  const body =
    p('第一节') +
    `<w:p><w:pPr><w:sectPr><w:headerReference w:type="default" r:id="rH"/><w:footerReference w:type="default" r:id="rF1"/>` +
    `<w:footerReference w:type="even" r:id="rF2"/><w:pgSz w:w="11906" w:h="16838"/>` +
    `<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/>` +
    `<w:docGrid w:type="lines" w:linePitch="579" w:charSpace="0"/><w:titlePg/></w:sectPr></w:pPr><w:r><w:t>第一节末</w:t></w:r></w:p>` +
    p('第二节') +
    `<w:sectPr><w:footerReference w:type="first" r:id="rF3"/><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="1440" w:bottom="1440" w:left="1800" w:right="1800"/></w:sectPr>`;
  const { docx } = parseDocx(buildDocx({
    body,
    settings: '<w:evenAndOddHeaders/>',
    parts: { 'word/footer1.xml': footer(' —'), 'word/footer2.xml': footer(' —'), 'word/footer3.xml': footer(''), 'word/header1.xml': header },
    rels: [['rF1', 'footer', 'footer1.xml'], ['rF2', 'footer', '/word/footer2.xml'], ['rF3', 'footer', '../word/footer3.xml'], ['rH', 'header', 'header1.xml']],
  }));

  it('reads page setup per section with endLine', () => {
    expect(docx.sections.map((s) => s.endLine)).toEqual([2, 3]);
    expect(docx.sections[0].page).toEqual({
      width: 11906, height: 16838, orientation: 'portrait', marginTop: 2098, marginBottom: 1984, marginLeft: 1588,
      marginRight: 1474, marginHeader: 851, marginFooter: 992, gutter: 0, gridType: 'lines', linePitch: 579, charSpace: 0,
      titlePage: true,
    });
    expect(docx.sections[1].page).toEqual({
      width: 16838, height: 11906, orientation: 'landscape', marginTop: 1440, marginBottom: 1440, marginLeft: 1800, marginRight: 1800,
    });
    expect(docx.evenAndOddHeaders).toBe(true);
  });

  it('reads footers by type (relative and absolute targets) with fields; later sections inherit', () => {
    const s0 = docx.sections[0];
    expect(s0.footers.map((f) => [f.type, f.part, f.lines.map((l) => l.value), f.fields])).toEqual([
      ['default', 'word/footer1.xml', ['— 1 —'], ['PAGE']],
      ['even', 'word/footer2.xml', ['— 1 —'], ['PAGE']],
    ]);
    expect(s0.footers[0].lines[0].format.alignment).toBe('right');
    expect(s0.footers[0].lines[0].runs[1]).toMatchObject({ text: '1', offset: 2, field: 'PAGE' });
    expect(s0.headers.map((h) => [h.kind, h.type, h.lines[0].value, h.fields])).toEqual([['header', 'default', '章', ['STYLEREF']]]);
    expect(docx.sections[1].footers.map((f) => [f.type, f.part])).toEqual([
      ['default', 'word/footer1.xml'], ['even', 'word/footer2.xml'], ['first', 'word/footer3.xml'],
    ]);
    expect(docx.sections[1].headers.map((h) => h.part)).toEqual(['word/header1.xml']);
  });

  it('reads a page number in a footer text box (WPS/Word page-number gallery), one branch only', () => {
    const pageInBox = `<w:p><w:r><w:t xml:space="preserve">— </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>` +
      `<w:r><w:instrText>PAGE   \\* MERGEFORMAT</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>` +
      `<w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> —</w:t></w:r></w:p>`;
    const ftr = headerFooterXml('ftr', `<w:sdt><w:sdtPr/><w:sdtContent><w:p>${alternate(txbx(pageInBox), txbx(pageInBox))}</w:p></w:sdtContent></w:sdt>`);
    const { docx: info } = parseDocx(buildDocx({
      body: p('正文') + `<w:sectPr><w:footerReference w:type="default" r:id="rF"/></w:sectPr>`,
      parts: { 'word/footer9.xml': ftr },
      rels: [['rF', 'footer', 'footer9.xml']],
    }));
    const [footer] = info.sections[0].footers;
    expect(footer.lines.map((l) => l.value)).toEqual(['', '— 3 —']);
    expect(footer.fields).toEqual(['PAGE']);
  });

  it('lists the package parts', () => {
    expect(docx.parts).toEqual(expect.arrayContaining(['word/document.xml', 'word/footer1.xml', '[Content_Types].xml', '_rels/.rels']));
  });
});

describe('package discovery and comments', () => {
  it('finds the main part through _rels/.rels, wherever it is', () => {
    const { lines } = parseDocx(buildDocx({ body: p('主文档在别处'), mainPart: 'content/main.xml', mainTarget: '/content/main.xml' }));
    expect(lines[0].value).toBe('主文档在别处');
  });

  it('reads comments', () => {
    const comments = commentsXml(
      `<w:comment w:id="0" w:author="审核人" w:initials="S">${p('请核实数字。')}${p('第二段')}</w:comment><w:comment w:id="5">${p('无作者')}</w:comment>`,
    );
    const { docx } = parseDocx(buildDocx({ body: p('正文'), parts: { 'word/comments.xml': comments }, rels: [['rC', 'comments', 'comments.xml']] }));
    expect(docx.comments).toEqual([{ id: '0', author: '审核人', text: '请核实数字。\n第二段' }, { id: '5', text: '无作者' }]);
  });
});
