import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseDocx } from '../../../src/parsers/docx/index.js';
import { buildDocx, p, theme } from './package.js';

const STYLES = `
  <w:docDefaults>
    <w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="仿宋_GB2312" w:hAnsi="Times New Roman"/><w:sz w:val="32"/><w:color w:val="000000"/></w:rPr></w:rPrDefault>
    <w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="579" w:lineRule="exact"/></w:pPr></w:pPrDefault>
  </w:docDefaults>
  <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:pPr><w:jc w:val="both"/></w:pPr></w:style>
  <w:style w:type="paragraph" w:styleId="Body"><w:name w:val="Gongwen Body"/><w:basedOn w:val="Normal"/>
    <w:pPr><w:ind w:firstLine="640" w:firstLineChars="200"/></w:pPr></w:style>
  <w:style w:type="paragraph" w:styleId="H1"><w:name w:val="heading 1"/><w:basedOn w:val="Body"/>
    <w:pPr><w:outlineLvl w:val="0"/><w:spacing w:before="120"/></w:pPr><w:rPr><w:rFonts w:eastAsia="黑体"/><w:b/></w:rPr></w:style>
  <w:style w:type="paragraph" w:styleId="H1Red"><w:name w:val="heading 1 red"/><w:basedOn w:val="H1"/>
    <w:pPr><w:ind w:hanging="320"/><w:jc w:val="start"/></w:pPr><w:rPr><w:color w:val="ff0000"/><w:sz w:val="36"/></w:rPr></w:style>
  <w:style w:type="character" w:styleId="Base"><w:name w:val="Base chars"/><w:rPr><w:i/><w:sz w:val="28"/></w:rPr></w:style>
  <w:style w:type="character" w:styleId="Emph"><w:name w:val="Emphasis chars"/><w:basedOn w:val="Base"/><w:rPr><w:rFonts w:eastAsia="楷体_GB2312"/><w:b w:val="0"/></w:rPr></w:style>
`;

function parse(body: string, extra: Parameters<typeof buildDocx>[0] extends infer O ? Partial<O> : never = {}) {
  return parseDocx(buildDocx({ body, styles: STYLES, ...extra }));
}

describe('formatting resolution: docDefaults → basedOn chain → rStyle chain → direct', () => {
  const body =
    p('默认段落') +
    p('正文段落', '<w:pStyle w:val="Body"/>') +
    p('一级标题', '<w:pStyle w:val="H1"/>') +
    `<w:p><w:pPr><w:pStyle w:val="H1Red"/><w:spacing w:line="560"/><w:rPr><w:sz w:val="20"/></w:rPr></w:pPr>` +
    `<w:r><w:t>甲</w:t></w:r>` +
    `<w:r><w:rPr><w:rStyle w:val="Emph"/></w:rPr><w:t>乙</w:t></w:r>` +
    `<w:r><w:rPr><w:rStyle w:val="Emph"/><w:rFonts w:ascii="Arial" w:eastAsia="宋体"/><w:sz w:val="30"/><w:i w:val="false"/><w:color w:val="auto"/></w:rPr><w:t>丙</w:t></w:r>` +
    `</w:p>` +
    p('未知样式', '<w:pStyle w:val="NoSuchStyle"/>') +
    p('直接首行0', '<w:pStyle w:val="Body"/><w:ind w:firstLine="0"/>') +
    p('直接悬挂字符', '<w:pStyle w:val="Body"/><w:ind w:hangingChars="200" w:hanging="640"/>') +
    p('清除字符', '<w:pStyle w:val="Body"/><w:ind w:firstLineChars="0" w:hanging="320"/>');
  const { lines } = parse(body);

  const runCases: Array<[string, number, number, object]> = [
    ['docDefaults + Normal', 0, 0, { fontEastAsia: '仿宋_GB2312', fontAscii: 'Times New Roman', sizeHalfPoints: 32, color: '000000' }],
    ['Body inherits Normal', 1, 0, { fontEastAsia: '仿宋_GB2312', fontAscii: 'Times New Roman', sizeHalfPoints: 32, color: '000000' }],
    ['H1: eastAsia + bold from the style', 2, 0, { fontEastAsia: '黑体', fontAscii: 'Times New Roman', sizeHalfPoints: 32, bold: true, color: '000000' }],
    ['H1Red: basedOn H1 adds colour and size', 3, 0, { fontEastAsia: '黑体', fontAscii: 'Times New Roman', sizeHalfPoints: 36, bold: true, color: 'FF0000' }],
    ['rStyle chain over the paragraph style', 3, 1, { fontEastAsia: '楷体_GB2312', fontAscii: 'Times New Roman', sizeHalfPoints: 28, bold: false, italic: true, color: 'FF0000' }],
    ['direct formatting last', 3, 2, { fontEastAsia: '宋体', fontAscii: 'Arial', sizeHalfPoints: 30, bold: false, italic: false, color: 'auto' }],
  ];
  it.each(runCases)('%s', (_name, li, ri, expected) => {
    const { text: _t, offset: _o, direct: _d, ...format } = lines[li].runs![ri];
    expect(format).toEqual(expected);
  });

  it('resolves paragraph formatting through the chain', () => {
    expect(lines[0].format).toMatchObject({ styleId: 'Normal', styleName: 'Normal', alignment: 'both', lineSpacing: 579, lineRule: 'exact', spaceAfter: 0 });
    expect(lines[0].format?.indentFirstLine).toBeUndefined();
    expect(lines[1].format).toMatchObject({ styleId: 'Body', styleName: 'Gongwen Body', indentFirstLineChars: 200 });
    expect(lines[2].format).toMatchObject({ styleId: 'H1', styleName: 'heading 1', outlineLevel: 0, spaceBefore: 120, indentFirstLineChars: 200 });
    // H1Red: `start` reads as left; a direct w:spacing/@w:line without @w:lineRule means auto
    // (ECMA-376 17.3.1.33), not the inherited exact.
    const f = lines[3].format!;
    expect(f).toMatchObject({ styleId: 'H1Red', alignment: 'left', lineSpacing: 560, lineRule: 'auto', outlineLevel: 0 });
  });

  // First-line indent: twips (firstLine / negative hanging) and characters inherit separately;
  // a non-zero character value wins, as in Word.
  const indentCases: Array<[string, number, object]> = [
    ['style chars 200 + firstLine 640 → chars', 1, { indentFirstLineChars: 200 }],
    ['H1Red hanging 320 in twips does not beat the inherited 200 chars', 3, { indentFirstLineChars: 200 }],
    ['direct firstLine 0 does not undo the style\'s chars', 5, { indentFirstLineChars: 200 }],
    ['direct hangingChars → negative chars', 6, { indentFirstLineChars: -200 }],
    ['chars cleared to 0 → twips hanging applies', 7, { indentFirstLineChars: 0, indentHanging: 320 }],
  ];
  it.each(indentCases)('%s', (_name, li, expected) => {
    const f = lines[li].format!;
    const indent = Object.fromEntries(
      Object.entries(f).filter(([k]) => k === 'indentFirstLine' || k === 'indentFirstLineChars' || k === 'indentHanging'),
    );
    expect(indent).toEqual(expected);
  });

  it('resolves the paragraph mark run properties', () => {
    expect(lines[3].format?.mark).toEqual({ fontEastAsia: '黑体', fontAscii: 'Times New Roman', sizeHalfPoints: 20, bold: true, color: 'FF0000' });
  });

  it('runs carry offsets into the value', () => {
    expect(lines[3].value).toBe('甲乙丙');
    expect(lines[3].runs!.map((r) => [r.text, r.offset])).toEqual([['甲', 0], ['乙', 1], ['丙', 2]]);
  });

  it('an unknown pStyle falls back to the default paragraph style', () => {
    expect(lines[4].format?.styleId).toBe('Normal');
    expect(lines[4].runs![0].fontEastAsia).toBe('仿宋_GB2312');
  });

  it('without a w:default style, the style named Normal is the default (LibreOffice)', () => {
    const styles = STYLES.replace('w:default="1" ', '');
    const { lines: ls } = parseDocx(buildDocx({ body: p('无样式段落'), styles }));
    expect(ls[0].format?.styleId).toBe('Normal');
    expect(ls[0].format?.alignment).toBe('both');
  });

  it('reads numbering and page break before', () => {
    const { lines: ls } = parse(
      p('编号', '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr><w:pageBreakBefore/>') +
        p('取消编号', '<w:numPr><w:numId w:val="0"/></w:numPr>'),
    );
    expect(ls[0].format).toMatchObject({ numbered: true, pageBreakBefore: true });
    expect(ls[1].format?.numbered).toBeUndefined();
  });
});

describe('table styles', () => {
  it('applies the table style between docDefaults and the paragraph style (cells only)', () => {
    const styles = STYLES +
      `<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/></w:style>` +
      `<w:style w:type="table" w:styleId="Imprint"><w:name w:val="Imprint Table"/><w:basedOn w:val="TableNormal"/>` +
      `<w:pPr><w:spacing w:line="240" w:lineRule="auto"/><w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="28"/><w:rFonts w:eastAsia="仿宋"/></w:rPr></w:style>`;
    const cell = (xml: string) => `<w:tc>${xml}</w:tc>`;
    const body =
      `<w:tbl><w:tblPr><w:tblStyle w:val="Imprint"/></w:tblPr><w:tr>${cell(p('抄送：各部门。'))}${cell(p('标题单元格', '<w:pStyle w:val="H1"/>'))}</w:tr></w:tbl>` +
      `<w:tbl><w:tr>${cell(p('默认表格'))}</w:tr></w:tbl>` +
      p('表格之后');
    const { lines } = parseDocx(buildDocx({ body, styles }));
    // Normal's jc=both (paragraph style) beats the table style's left; the table style's size and font apply.
    expect(lines[0].format).toMatchObject({ alignment: 'both', lineSpacing: 240, lineRule: 'auto' });
    expect(lines[0].runs![0]).toMatchObject({ fontEastAsia: '仿宋', sizeHalfPoints: 28 });
    expect(lines[1].runs![0]).toMatchObject({ fontEastAsia: '黑体', sizeHalfPoints: 28, bold: true });
    expect(lines[2].runs![0]).toMatchObject({ fontEastAsia: '仿宋_GB2312', sizeHalfPoints: 32 });
    expect(lines[2].format).toMatchObject({ lineSpacing: 579, lineRule: 'exact' });
    expect(lines[3].runs![0]).toMatchObject({ fontEastAsia: '仿宋_GB2312', sizeHalfPoints: 32 });
  });
});

describe('theme fonts', () => {
  const themedDefaults = `<w:docDefaults><w:rPrDefault><w:rPr>
    <w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorEastAsia" w:hAnsiTheme="minorHAnsi"/><w:sz w:val="21"/>
    </w:rPr></w:rPrDefault></w:docDefaults>
    <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
    <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>
      <w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia"/></w:rPr></w:style>`;

  const cases: Array<[string, Parameters<typeof theme>[0], string | undefined, string, string]> = [
    ['a:ea typeface', { minorEa: '等线', majorEa: '等线 Light' }, undefined, '等线', '等线 Light'],
    ['empty a:ea → a:font script="Hans"', { hans: '宋体', hant: '新細明體' }, undefined, '宋体', '宋体'],
    ['themeFontLang zh-TW → Hant', { hans: '宋体', hant: '新細明體' }, 'zh-TW', '新細明體', '新細明體'],
  ];
  it.each(cases)('%s', (_name, th, lang, minor, major) => {
    const settings = lang ? `<w:themeFontLang w:val="en-US" w:eastAsia="${lang}"/>` : '';
    const { lines } = parseDocx(buildDocx({
      body: p('正文') + p('标题', '<w:pStyle w:val="Heading1"/>') + p('直接', '', '<w:rFonts w:eastAsia="黑体" w:eastAsiaTheme="minorEastAsia"/>'),
      styles: themedDefaults,
      theme: theme(th),
      settings,
    }));
    expect(lines[0].runs![0]).toMatchObject({ fontEastAsia: minor, fontAscii: 'Calibri', sizeHalfPoints: 21 });
    expect(lines[1].runs![0]).toMatchObject({ fontEastAsia: major, fontAscii: 'Calibri' });
    // The theme attribute wins over the explicit name in the same w:rFonts.
    expect(lines[2].runs![0].fontEastAsia).toBe(minor);
  });

  it('an explicit name at a higher level beats a theme font below it', () => {
    const { lines } = parseDocx(buildDocx({
      body: p('正文', '', '<w:rFonts w:eastAsia="仿宋_GB2312"/>'),
      styles: themedDefaults,
      theme: theme({ minorEa: '等线' }),
    }));
    expect(lines[0].runs![0].fontEastAsia).toBe('仿宋_GB2312');
  });
});

describe('namespaces, not prefixes', () => {
  it('reads a package written with ns0: for WordprocessingML', () => {
    const body = p('国办发〔2024〕5号', '<w:jc w:val="center"/>', '<w:rFonts w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/>') +
      `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>`;
    const { lines, docx } = parseDocx(buildDocx({ body, styles: STYLES, prefix: 'ns0' }));
    expect(lines).toHaveLength(1);
    expect(lines[0].value).toBe('国办发〔2024〕5号');
    expect(lines[0].format).toMatchObject({ alignment: 'center', styleId: 'Normal' });
    expect(lines[0].runs![0]).toMatchObject({ fontEastAsia: '仿宋_GB2312', sizeHalfPoints: 32 });
    expect(docx.sections[0].page).toMatchObject({ width: 11906, height: 16838 });
  });

  it('reads a default namespace and prefixes redeclared on inner elements', () => {
    const bytes = buildDocx({ body: p('占位') });
    const files = unzipSync(bytes);
    const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
    files['word/document.xml'] = strToU8(
      `<document xmlns="${W}"><body><p><r><t>默认命名空间</t></r></p>` +
        `<x:p xmlns:x="${W}" xmlns:w="urn:not-word"><x:r><x:t>重新声明</x:t><w:t>不是文字</w:t></x:r></x:p></body></document>`,
    );
    const { lines } = parseDocx(zipSync(files));
    expect(lines.map((l) => l.value)).toEqual(['默认命名空间', '重新声明']);
  });

  const encodings: Array<[string, (xml: string) => Uint8Array]> = [
    ['UTF-16LE with BOM', (xml) => {
      const out = new Uint8Array(2 + xml.length * 2);
      out.set([0xff, 0xfe]);
      for (let i = 0; i < xml.length; i++) { out[2 + 2 * i] = xml.charCodeAt(i) & 0xff; out[3 + 2 * i] = xml.charCodeAt(i) >> 8; }
      return out;
    }],
    ['GBK declared in the XML declaration', (xml) => {
      // 中文 in GBK is D6 D0 CE C4; the rest is ASCII.
      const [a, b] = xml.split('中文');
      return new Uint8Array([...strToU8(a.replace('UTF-8', 'GBK')), 0xd6, 0xd0, 0xce, 0xc4, ...strToU8(b)]);
    }],
  ];
  it.each(encodings)('decodes %s', (_name, encode) => {
    const files = unzipSync(buildDocx({ body: p('占位') }));
    const xml = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>中文</w:t></w:r></w:p></w:body></w:document>`;
    files['word/document.xml'] = encode(xml) as (typeof files)[string];
    expect(parseDocx(zipSync(files)).lines[0].value).toBe('中文');
  });

  it('reads strict OOXML namespaces and universal measures', () => {
    const strict = 'http://purl.oclc.org/ooxml/wordprocessingml/main';
    const bytes = buildDocx({ body: `<w:p><w:pPr><w:ind w:firstLine="0.5in"/></w:pPr><w:r><w:t>严格</w:t></w:r></w:p>` });
    // Swap the namespace URI in the main part.
    const files = unzipSync(bytes);
    files['word/document.xml'] = strToU8(strFromU8(files['word/document.xml']).replace('http://schemas.openxmlformats.org/wordprocessingml/2006/main', strict));
    const { lines } = parseDocx(zipSync(files));
    expect(lines[0].value).toBe('严格');
    expect(lines[0].format?.indentFirstLine).toBe(720);
  });
});
