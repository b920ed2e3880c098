import { describe, expect, it } from 'vitest';
import { parseDocx } from '../../../src/parsers/docx/index.js';
import { formatNumber } from '../../../src/parsers/docx/numbering.js';
import { buildDocx, p } from './package.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const lvl = (ilvl: number, fmt: string, text: string, extra = '') =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`;
const numbering = `<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="${W}">` +
  `<w:abstractNum w:abstractNumId="0">${lvl(0, 'chineseCounting', '%1、', '<w:pStyle w:val="H1"/>')}` +
  `${lvl(1, 'chineseCounting', '（%2）', '<w:pStyle w:val="H2"/>')}${lvl(2, 'decimal', '%3.')}${lvl(3, 'decimal', '（%4）')}</w:abstractNum>` +
  `<w:abstractNum w:abstractNumId="1">${lvl(0, 'decimal', '%1.')}${lvl(1, 'decimal', '%1.%2', '<w:lvlRestart w:val="0"/>')}</w:abstractNum>` +
  `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>` +
  `<w:num w:numId="2"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>` +
  `</w:numbering>`;
const styles = `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>` +
  `<w:style w:type="paragraph" w:styleId="H1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>` +
  `<w:style w:type="paragraph" w:styleId="H2"><w:name w:val="heading 2"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>`;
const num = (numId: string, ilvl: number) => `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`;

describe('list labels (format.numberingText)', () => {
  it('counts per list and level, restarts deeper levels, links levels to styles', () => {
    const body =
      p('总体要求', '<w:pStyle w:val="H1"/>') +
      p('指导思想', '<w:pStyle w:val="H2"/>') +
      p('细则', num('1', 2)) +
      p('细目', num('1', 3)) +
      p('细目二', num('1', 3)) +
      p('细则二', num('1', 2)) +
      p('基本原则', '<w:pStyle w:val="H2"/>') +
      p('不编号', '<w:pStyle w:val="H2"/><w:numPr><w:numId w:val="0"/></w:numPr>') +
      p('主要任务', '<w:pStyle w:val="H1"/>') +
      p('工作目标', '<w:pStyle w:val="H2"/>') +
      p('另一列表', num('2', 0)) +
      p('子项', num('2', 1)) +
      p('另一列表二', num('2', 0)) +
      p('子项不重新开始', num('2', 1)) +
      p('正文');
    const { lines } = parseDocx(buildDocx({ body, styles, parts: { 'word/numbering.xml': numbering }, rels: [['rN', 'numbering', 'numbering.xml']] }));
    expect(lines.map((l) => [l.value, l.format?.numberingText, l.format?.numbered ?? false])).toEqual([
      ['总体要求', '一、', true],
      ['指导思想', '（一）', true],
      ['细则', '1.', true],
      ['细目', '（1）', true],
      ['细目二', '（2）', true],
      ['细则二', '2.', true],
      ['基本原则', '（二）', true],
      ['不编号', undefined, false],
      ['主要任务', '二、', true],
      ['工作目标', '（一）', true],
      ['另一列表', '5.', true],
      ['子项', '5.1', true],
      ['另一列表二', '6.', true],
      ['子项不重新开始', '6.2', true],
      ['正文', undefined, false],
    ]);
  });

  it('follows w:numStyleLink to the definition linked to the same list style', () => {
    const linked = `<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="${W}">` +
      `<w:abstractNum w:abstractNumId="0"><w:styleLink w:val="GwList"/>${lvl(0, 'chineseCounting', '%1、', '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>')}` +
      `${lvl(1, 'chineseCounting', '（%2）')}</w:abstractNum>` +
      `<w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="GwList"/></w:abstractNum>` +
      `<w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num></w:numbering>`;
    const { lines } = parseDocx(buildDocx({
      body: p('总体要求', num('3', 0)) + p('指导思想', num('3', 1)) + p('主要任务', num('3', 0)),
      styles, parts: { 'word/numbering.xml': linked }, rels: [['rN', 'numbering', 'numbering.xml']],
    }));
    expect(lines.map((l) => [l.format?.numberingText, l.format?.indentFirstLine, l.format?.indentLeft])).toEqual([
      ['一、', 640, 0], ['（一）', undefined, undefined], ['二、', 640, 0],
    ]);
  });

  const formats: Array<[number, string, string]> = [
    [1, 'chineseCounting', '一'], [10, 'chineseCounting', '十'], [11, 'chineseCounting', '十一'], [20, 'chineseCounting', '二十'],
    [23, 'chineseCountingThousand', '二十三'], [101, 'chineseCountingThousand', '一百零一'], [110, 'chineseCounting', '一百一十'],
    [3, 'chineseLegalSimplified', '叁'], [12, 'chineseLegalSimplified', '壹拾贰'],
    [2, 'ideographTraditional', '乙'], [3, 'decimalEnclosedCircleChinese', '③'], [4, 'decimalFullWidth', '４'],
    [28, 'lowerLetter', 'bb'], [14, 'upperRoman', 'XIV'], [7, 'decimalZero', '07'], [5, 'none', ''], [9, 'unknownFormat', '9'],
  ];
  it.each(formats)('%i as %s → %s', (n, fmt, expected) => {
    expect(formatNumber(n, fmt)).toBe(expected);
  });
});
