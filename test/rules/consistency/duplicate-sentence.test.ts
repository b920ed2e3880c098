import { describe, expect, it } from 'vitest';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import rule from '../../../src/rules/consistency/duplicate-sentence.js';
import { facts, said, lintWith } from '../../helpers/lint.js';

const S = '各单位要高度重视安全生产工作，切实落实主体责任。';

describe('consistency/duplicate-sentence', () => {
  it.each([
    [`${S}要加强检查。${S}`, 1, 31, 55, said('duplicateHere', { place: '第1行', placeEn: 'line 1' }), [1, 1, 25]],
    [`${S}\n各单位要高度重视安全生产工作，切实落实主体责任！`, 2, 1, 25, said('duplicate', { place: '第1行', placeEn: 'line 1' }), [1, 1, 25]],
    // whitespace and punctuation do not matter
    [`${S}\n各单位要高度重视安全生产工作 切实落实主体责任。`, 2, 1, 25, said('duplicate', { place: '第1行', placeEn: 'line 1' }), [1, 1, 25]],
    // a sentence repeated inside a later paragraph, a section heading between
    [`${S}\n二、存在的问题\n要加强检查。${S}`, 3, 7, 31, said('duplicate', { place: '第1行', placeEn: 'line 1' }), [1, 1, 25]],
    // within five paragraphs, a heading between
    [`${S}\n二、其他\n要加强检查。\n${S}`, 4, 1, 25, said('duplicate', { place: '第1行', placeEn: 'line 1' }), [1, 1, 25]],
    // a paste: two paragraphs open with the same sentence and go on differently, no numbered item between
    [`${S}要加强检查。\n要做好值班值守。\n${S}要做好应急准备。`, 3, 1, 25, said('duplicate', { place: '第1行', placeEn: 'line 1' }), [1, 1, 25]],
  ])('flags %s', (text, line, column, endColumn, message, [rl, rc, re]) => {
    const messages = lintWith(rule, text);
    expect(facts(messages)).toEqual([
      { ruleId: 'consistency/duplicate-sentence', severity: 'warning', line, column, endColumn, ...message },
    ]);
    expect(messages[0].related).toMatchObject([{ line: rl, column: rc, endColumn: re, message: '首次出现' }]);
  });

  it('compares the whole document with maxDistance -1', () => {
    const text = `${S}\n二。\n三。\n四。\n五。\n六。\n七。\n${S}`;
    expect(lintWith(rule, text)).toEqual([]);
    const messages = lintWith(rule, text, {
      config: { rules: { 'consistency/duplicate-sentence': ['warning', { maxDistance: -1 }] } },
    });
    expect(facts(messages)).toMatchObject([{ line: 8, column: 1, endColumn: 25, ...said('duplicate', { place: '第1行', placeEn: 'line 1' }) }]);
  });

  it.each([
    `${S}\n二。\n三。\n四。\n五。\n六。\n${S}`, // six paragraphs apart: parallel text in published documents
    `${S}特此通知。特此通知。`, // short formulas
    `2.报送建议。${S}\n3.形成记录。${S}`, // parallel numbered items
    `第一条　总则。\n第二条　${S}\n第三条　${S}`, // articles of a regulation
    '（发展改革委牵头，各地区各部门按职责分别负责）\n（发展改革委牵头，各地区各部门按职责分别负责）',
    '注：运行网站数据取自全国政府网站信息报送系统的数据。\n注：运行网站数据取自全国政府网站信息报送系统的数据。',
    '第一章　推动形成区域协调发展新格局的总体要求\n第一章　推动形成区域协调发展新格局的总体要求',
    // parallel items: paragraphs opening with the same sentence and going on differently
    `（1）国家级口岸公路。\n${S}建设由地方实施。\n（2）国家区域性公路应急装备物资储备。\n${S}具体执行事项由中央实施。`,
    // a numbered item between (4.… 6.…), the repeat opening its paragraph
    `4.高校国家助学金。\n国家制定资助标准。${S}\n5.高校国家奖学金。\n国家制定相关资助标准。\n6.高校贷款贴息。\n${S}`,
  ])('stays silent on %s', (text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });
});

describe('consistency/duplicate-sentence in a .docx', () => {
  it('names the first place as a paragraph (第N段), the unit a .docx finding is numbered in', async () => {
    const p = (text: string) => new Paragraph({ children: [new TextRun(text)] });
    const doc = new Document({
      sections: [{ children: [p('关于做好安全生产工作的通知'), p('各单位：'), p(S), p('要加强检查。'), p(S), p('某市人民政府'), p('2024年11月15日')] }],
    });
    const bytes = new Uint8Array(await Packer.toBuffer(doc));
    const messages = lintWith(rule, bytes, { filename: 'test.docx' });
    expect(facts(messages)).toEqual([
      { ruleId: 'consistency/duplicate-sentence', severity: 'warning', line: 5, column: 1, endColumn: 25, ...said('duplicate', { place: '第3段', placeEn: 'paragraph 3' }) },
    ]);
    expect(messages[0].related).toMatchObject([{ line: 3, column: 1, endColumn: 25 }]);
  });
});
