/**
 * The format rules judge the formatting layer of the tree, whoever built it: here a hand-built tree
 * (lines with resolved runs and paragraph formats, DocxInfo with sections) linted with lintTree.
 */
import { describe, expect, it } from 'vitest';
import { lintTree } from '../../../src/engine/lint.js';
import { formatRules } from '../../../src/rules/format/index.js';
import type { DocumentNode, Element, Line, ParagraphFormat, RunFormat } from '../../../src/tree/types.js';

const FS: RunFormat = { fontEastAsia: '仿宋_GB2312', fontAscii: 'Times New Roman', sizeHalfPoints: 32 };
const line = (ordinal: number, value: string, run: RunFormat = FS, format: ParagraphFormat = {}): Line => ({
  type: 'line', value, ordinal, runs: [{ text: value, offset: 0, ...run }], format,
});
const el = (type: Element['type'], l: Line, depth?: 1 | 2 | 3 | 4): Element => ({ type, children: [l], ...(depth ? { depth } : {}) });
const footer = (value: string, alignment: string, type = 'default') => ({
  kind: 'footer' as const, type, part: `word/footer-${type}.xml`, fields: ['PAGE'],
  lines: [{ value, format: { alignment }, runs: [
    { text: '— ', offset: 0, fontEastAsia: '宋体', fontAscii: '宋体', sizeHalfPoints: 28 },
    { text: '1', offset: 2, fontEastAsia: '宋体', fontAscii: '宋体', sizeHalfPoints: 28, field: 'PAGE' },
    { text: ' —', offset: 3, fontEastAsia: '宋体', fontAscii: '宋体', sizeHalfPoints: 28 },
  ] }],
});

function tree(overrides: { page?: Record<string, number>; body?: Line } = {}): DocumentNode {
  return {
    type: 'document', format: 'docx', kind: 'notice',
    children: [
      { type: 'headerBlock', children: [
        el('issuerMark', line(1, '东江市人民政府文件', { fontEastAsia: '方正小标宋简体', sizeHalfPoints: 72, color: 'FF0000' }, { alignment: 'center' })),
        el('documentNumber', line(3, '东政发〔2024〕7号', FS, { alignment: 'center' })),
      ] },
      { type: 'mainBlock', children: [
        el('title', line(5, '东江市人民政府关于做好汛期安全工作的通知', { fontEastAsia: '方正小标宋简体', sizeHalfPoints: 44 }, { alignment: 'center' })),
        el('addressee', line(7, '各区人民政府：')),
        { type: 'body', children: [
          el('heading', line(8, '一、落实责任', { ...FS, fontEastAsia: '黑体' }), 1),
          el('paragraph', overrides.body ?? line(9, '各区要落实防汛责任。', FS, { indentFirstLineChars: 200 })),
        ] },
      ] },
    ],
    docx: {
      sections: [{
        page: { width: 11906, height: 16838, marginTop: 2098, marginBottom: 1984, marginLeft: 1588, marginRight: 1474, gridType: 'lines', linePitch: 579, ...overrides.page },
        headers: [], footers: [footer('— 1 —', 'right'), footer('— 2 —', 'left', 'even')], endLine: 9,
      }],
      evenAndOddHeaders: true, comments: [], trackedChanges: [], parts: [],
    },
  };
}

describe('format rules on a hand-built tree', () => {
  it('say nothing about a conforming tree', () => {
    expect(lintTree(tree(), { rules: formatRules }).messages).toEqual([]);
  });

  it('report page faults without a line and paragraph faults at the ordinal', () => {
    const body = line(9, '各区要落实防汛责任。', { ...FS, fontEastAsia: '宋体' }, { indentFirstLineChars: 200 });
    const r = lintTree(tree({ page: { width: 12240, height: 15840 }, body }), { rules: formatRules });
    expect(r.messages.map((m) => [m.ruleId, m.line, m.column, m.message])).toEqual([
      ['format/page-size', undefined, undefined, '纸张为215.9 mm×279.4 mm，公文用纸应为A4型纸（210 mm×297 mm）（GB/T 9704—2012 5.1）'],
      ['format/font-family', 9, 1, '正文使用了“宋体”，应使用仿宋体（如仿宋_GB2312、仿宋）（GB/T 9704—2012 7.3.3）'],
    ]);
  });

  it('use the profile from the config', () => {
    const t = tree();
    (t.children[1].children[1] as Element).children[0].runs![0].fontEastAsia = '宋体'; // the addressee
    expect(lintTree(t, { rules: formatRules }).messages.map((m) => m.line)).toEqual([7]);
    expect(lintTree(t, { rules: formatRules, config: { profile: 'plain' } }).messages).toEqual([]);
  });
});
