/**
 * The committed fixtures: facts of the conforming notice, and agreement with mammoth (test oracle).
 *
 * Agreement: our text is every line's value joined; mammoth's is `extractRawText`. Both are normalised
 * by removing all whitespace (\s, which includes U+3000), because the two differ only in layout:
 * mammoth ends each paragraph with "\n\n", drops w:br (we write "\n"), and puts a text box's
 * paragraphs inside its anchor paragraph (we put them after it, as their own lines).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { parseDocx } from '../../../src/parsers/docx/index.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const read = (rel: string) => new Uint8Array(readFileSync(join(root, rel)));
const strip = (s: string) => s.replace(/\s+/g, '');

const fixtureFiles = [
  ...readdirSync(join(root, 'fixtures')).filter((f) => f.endsWith('.docx')).map((f) => `fixtures/${f}`),
  ...readdirSync(join(root, 'fixtures/libreoffice')).filter((f) => f.endsWith('.docx')).map((f) => `fixtures/libreoffice/${f}`),
];

async function agreesWithMammoth(bytes: Uint8Array) {
  const ours = parseDocx(bytes).lines.map((l) => l.value).join('\n');
  const theirs = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
  return { ours: strip(ours), theirs: strip(theirs) };
}

describe('fixtures agree with mammoth extractRawText', () => {
  it('has the fixtures', () => {
    expect(fixtureFiles).toEqual(expect.arrayContaining([
      'fixtures/notice.docx', 'fixtures/draft.docx', 'fixtures/libreoffice/notice.docx', 'fixtures/libreoffice/table-textbox.docx',
    ]));
  });
  it.each(fixtureFiles)('%s', async (file) => {
    const { ours, theirs } = await agreesWithMammoth(read(file));
    expect(ours.length).toBeGreaterThan(20);
    expect(ours).toBe(theirs);
  });
});

describe('fixtures/notice.docx', () => {
  const { lines, docx } = parseDocx(read('fixtures/notice.docx'));
  const byText = (t: string) => lines.find((l) => l.value === t)!;

  it('reads the header block and title formatting', () => {
    expect(lines[0]).toMatchObject({ ordinal: 1, value: '国务院办公厅文件', container: 'body' });
    expect(lines[0].runs![0]).toMatchObject({ fontEastAsia: '方正小标宋简体', sizeHalfPoints: 72, color: 'FF0000' });
    expect(byText('国办发〔2024〕5号')).toMatchObject({ ordinal: 3, format: { alignment: 'center' } });
    const title = byText('国务院办公厅关于做好基层应急物资储备管理工作的通知');
    expect(title.format).toMatchObject({ styleId: 'GwTitle', styleName: 'Gongwen Title', alignment: 'center' });
    expect(title.runs![0]).toMatchObject({ fontEastAsia: '方正小标宋简体', fontAscii: 'Times New Roman', sizeHalfPoints: 44 });
  });

  const headingCases: Array<[string, string, number | undefined]> = [
    ['一、明确储备责任', '黑体', 0],
    ['（一）落实属地管理。', '楷体_GB2312', 1],
    ['1.建立台账制度。', '仿宋_GB2312', 2],
    ['（1）定期轮换。', '仿宋_GB2312', 3],
  ];
  it.each(headingCases)('heading %s: %s, outline level %s', (text, font, level) => {
    const line = byText(text);
    expect(line.runs![0]).toMatchObject({ fontEastAsia: font, sizeHalfPoints: 32 });
    expect(line.format).toMatchObject({ outlineLevel: level, indentFirstLineChars: 200 });
  });

  it('reads the separator lines as paragraph borders (red line under the number, 版记 lines)', () => {
    expect(byText('国办发〔2024〕5号').format?.borderBottom).toEqual({ style: 'single', size: 12, color: 'FF0000' });
    const copyTo = byText('抄送：中央和国家机关有关部门，各民主党派中央，全国工商联。');
    expect([copyTo.format?.borderTop, copyTo.format?.borderBottom]).toEqual([
      { style: 'single', size: 8, color: '000000' }, { style: 'single', size: 4, color: '000000' },
    ]);
    expect(byText('国务院办公厅\t2024年3月15日印发').format?.borderBottom).toEqual({ style: 'single', size: 8, color: '000000' });
  });

  it('reads body paragraphs with the exact 28.95 pt line and two-character indent', () => {
    const body = lines[7];
    expect(body.value.startsWith('为进一步提升基层应急保障能力')).toBe(true);
    expect(body.format).toMatchObject({ styleId: 'GwBody', alignment: 'both', lineSpacing: 579, lineRule: 'exact', indentFirstLineChars: 200 });
    expect(body.runs![0]).toMatchObject({ fontEastAsia: '仿宋_GB2312', fontAscii: 'Times New Roman', sizeHalfPoints: 32 });
  });

  it('keeps empty paragraphs and counts them', () => {
    expect(lines.map((l) => l.ordinal)).toEqual(lines.map((_, i) => i + 1));
    expect(lines[1].value).toBe('');
    expect(lines.at(-1)).toMatchObject({ value: '国务院办公厅\t2024年3月15日印发', format: { styleId: 'GwImprint' } });
    expect(lines.at(-1)!.runs![0].sizeHalfPoints).toBe(28);
  });

  it('reads the A4 page setup, grid and even/odd footers with PAGE fields', () => {
    expect(docx.sections).toHaveLength(1);
    const [section] = docx.sections;
    expect(section.endLine).toBe(lines.length);
    expect(section.page).toEqual({
      width: 11906, height: 16838, orientation: 'portrait', marginTop: 2098, marginBottom: 1984, marginLeft: 1588,
      marginRight: 1474, marginHeader: 851, marginFooter: 992, gutter: 0, gridType: 'lines', linePitch: 579,
    });
    expect(docx.evenAndOddHeaders).toBe(true);
    expect(section.footers.map((f) => [f.type, f.lines[0].value, f.lines[0].format.alignment, f.fields])).toEqual([
      ['default', '— 1 —', 'right', ['PAGE']],
      ['even', '— 1 —', 'left', ['PAGE']],
    ]);
    expect(section.footers[0].lines[0].runs.map((r) => [r.text, r.fontEastAsia, r.sizeHalfPoints, r.field])).toEqual([
      ['— ', '宋体', 28, undefined], ['1', '宋体', 28, 'PAGE'], [' —', '宋体', 28, undefined],
    ]);
  });
});

describe('fixtures/draft.docx (planted faults)', () => {
  const { lines, docx } = parseDocx(read('fixtures/draft.docx'));
  it('reads the faults as written', () => {
    expect(lines[1].value).toBe('国办发[24]第05号');
    expect(lines[3].runs![0]).toMatchObject({ fontEastAsia: '宋体', sizeHalfPoints: 44 });
    const mixed = lines.find((l) => l.value.startsWith('为保障城乡居民饮水安全'))!;
    expect(mixed.runs!.map((r) => [r.fontEastAsia, r.fontAscii])).toEqual([['仿宋_GB2312', 'Times New Roman'], ['宋体', 'Calibri']]);
    expect(lines.some((l) => l.value.includes('截止6月底'))).toBe(true);
    expect(lines.some((l) => l.value.includes('××'))).toBe(true);
    expect(docx.sections[0].page).toMatchObject({ width: 12240, height: 15840 });
    expect(docx.sections[0].footers[0].lines[0].value).toBe('第1页');
    expect(docx.evenAndOddHeaders).toBe(false);
  });
});

describe('fixtures/features.docx', () => {
  const { lines, docx } = parseDocx(read('fixtures/features.docx'));
  it('reads text boxes, tables, tracked changes, comments, breaks', () => {
    expect(lines.map((l) => [l.ordinal, l.container, l.value])).toEqual([
      [1, 'body', '读取器覆盖样例'],
      [2, 'body', ''],
      [3, 'textbox', '文本框第一段'],
      [4, 'textbox', '文本框第二段'],
      [5, 'body', '表格前的段落。'],
      [6, 'table', '项目'], [7, 'table', '数量'], [8, 'table', '帐篷'], [9, 'table', '120顶'],
      [10, 'body', '修订：会议定于4月召开。'],
      [11, 'body', '本段含加粗字符样式和批注。'],
      [12, 'body', '第一行\n第二行\t制表符后'],
    ]);
    expect(lines[10].runs![1]).toMatchObject({ text: '加粗字符样式', bold: true });
    expect(docx.trackedChanges.map((c) => [c.kind, c.line, c.text, c.author])).toEqual([
      ['deletion', 10, '3月', '审核人'], ['insertion', 10, '4月', '审核人'],
    ]);
    expect(docx.comments).toEqual([{ id: '0', author: '审核人', text: '请核实批注所指内容。' }]);
  });
});

describe('fixtures/libreoffice', () => {
  it('notice.docx: fonts, page setup and footers made by LibreOffice', () => {
    const { lines, docx } = parseDocx(read('fixtures/libreoffice/notice.docx'));
    expect(lines[0].runs![0]).toMatchObject({ fontEastAsia: '方正小标宋简体', color: 'FF0000' });
    const title = lines.find((l) => l.value === '东江市人民政府关于加强城市内涝防治工作的通知')!;
    expect(title.runs![0]).toMatchObject({ fontEastAsia: '方正小标宋简体', sizeHalfPoints: 44 });
    expect(title.format?.alignment).toBe('center');
    const h1 = lines.find((l) => l.value === '一、全面排查风险隐患')!;
    expect(h1.runs![0].fontEastAsia).toBe('黑体');
    expect(docx.sections[0].page).toMatchObject({ width: 11906, height: 16838, marginTop: 2098, marginBottom: 1984, marginLeft: 1587, marginRight: 1474, linePitch: 579 });
    expect(docx.evenAndOddHeaders).toBe(true);
    expect(docx.sections[0].footers.map((f) => f.type).sort()).toEqual(['default', 'even']);
    expect(docx.sections[0].footers.every((f) => f.fields.includes('PAGE'))).toBe(true);
  });

  it('table-textbox.docx: the red header in a text box (Choice read, Fallback not counted) and table cells', () => {
    const { lines } = parseDocx(read('fixtures/libreoffice/table-textbox.docx'));
    expect(lines.slice(0, 3).map((l) => [l.ordinal, l.container, l.value])).toEqual([
      [1, 'body', ''], [2, 'textbox', '东江市应急管理局文件'], [3, 'body', '东应急发〔2024〕3号'],
    ]);
    expect(lines[1].runs![0]).toMatchObject({ fontEastAsia: '方正小标宋简体', sizeHalfPoints: 72, color: 'FF0000' });
    expect(lines.filter((l) => l.container === 'table').map((l) => l.value)).toEqual(['物资名称', '单位', '数量', '编织袋', '条', '20000']);
  });
});

const CORPUS = '/work/shared/corpus/docx-real';
const corpusFiles = existsSync(CORPUS) ? readdirSync(CORPUS).filter((f) => f.endsWith('.docx')) : [];

describe.skipIf(corpusFiles.length === 0)('real-world corpus (../shared/corpus/docx-real)', () => {
  it.each(corpusFiles)('%s: reads without error, non-empty text, agrees with mammoth', async (file) => {
    const bytes = new Uint8Array(readFileSync(join(CORPUS, file)));
    const { lines, docx } = parseDocx(bytes);
    expect(lines.some((l) => l.value.trim() !== '')).toBe(true);
    expect(lines.map((l) => l.ordinal)).toEqual(lines.map((_, i) => i + 1));
    expect(docx.sections.length).toBeGreaterThan(0);
    expect(docx.sections.at(-1)!.endLine).toBe(lines.length);
    const { ours, theirs } = await agreesWithMammoth(bytes);
    expect(ours).toBe(theirs);
  });
});
