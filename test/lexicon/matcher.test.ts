import { describe, expect, it } from 'vitest';
import { compileEntry } from '../../src/lexicon/load.js';
import { dateApplies, matchEntries, overlapsProtected } from '../../src/lexicon/match.js';
import { orderFindings } from '../../src/lexicon/order.js';
import { classifyEdits, damerau, editOps, nearestTitle, normaliseTitle } from '../../src/lexicon/titles.js';
import type { Lexicon, LexiconEntry } from '../../src/lexicon/types.js';

const typoLexicon = (entries: LexiconEntry[]): Lexicon => ({ name: 't', type: 'substitution', rule: 'typo/common-typo', entries });
const compiled = (lexicon: Lexicon) => lexicon.entries.map((e) => compileEntry(e, lexicon));

describe('matchEntries', () => {
  const lex = typoLexicon([
    { match: '按装', right: '安装', source: 's' },
    { match: '凑和', right: '凑合', source: 's' },
    { match: '一如继往', right: '一如既往', source: 's' },
    { match: '九洲', right: '九州', unless: ['九洲江'], source: 's' },
    { pattern: '截止(?=目前)', right: '截至', source: 's' },
  ]);
  it.each([
    ['设备按装完毕', [[2, 4, '按装', '安装']]],
    ['请按装修标准执行', []], // 按 + 装修: the match ends inside a word
    ['拼凑和堆砌', []], // 拼凑 + 和: the match starts inside a word
    ['我们一如继往', [[2, 6, '一如继往', '一如既往']]],
    ['九洲江流域', []],
    ['截止目前', [[0, 2, '截止', '截至']]],
    ['截止日期', []],
  ])('%s', (text, expected) => {
    expect(matchEntries(text, compiled(lex)).map((m) => [m.start, m.end, m.text, m.right])).toEqual(expected);
  });

  it('drops matches overlapping protected terms', () => {
    expect(matchEntries('按装村委会', compiled(lex), { protectedTerms: ['按装村'] })).toEqual([]);
  });

  it('substitutes groups into the right form', () => {
    const l: Lexicon = { name: 'f', type: 'formulation', entries: [{ pattern: '(中全会|党代会)会议精神', right: '$1精神', source: 's' }] };
    expect(matchEntries('三中全会会议精神', compiled(l)).map((m) => m.right)).toEqual(['中全会精神']);
  });

  it('keeps the longest of overlapping matches', () => {
    const l = typoLexicon([{ match: ['部暑', '认真部暑'], right: 'x', source: 's', segment: false }]);
    expect(matchEntries('要认真部暑', compiled(l)).map((m) => m.text)).toEqual(['认真部暑']);
  });
});

describe('dateApplies', () => {
  it.each([
    [{ onOrAfter: '2022-10-22' }, '2022-10-22', true],
    [{ onOrAfter: '2022-10-22' }, '2022-10-21', false],
    [{ before: '2021-11-01' }, '2021-10-31', true],
    [{ before: '2021-11-01' }, '2021-11-01', false],
    [{ before: '2021-11-01' }, undefined, false],
    [{ onOrAfter: '2017-01-01', undated: true }, undefined, true],
  ])('%j on %s → %s', (when, date, expected) => {
    expect(dateApplies(when, date)).toBe(expected);
  });
});

describe('overlapsProtected', () => {
  it.each([
    ['张家港市', 0, 2, ['张家港'], true],
    ['张家港市', 3, 4, ['张家港'], false],
    ['在张家港', 0, 1, ['张家港'], false],
  ])('%s [%i, %i)', (text, start, end, terms, expected) => {
    expect(overlapsProtected(text, start, end, terms)).toBe(expected);
  });
});

describe('orderFindings', () => {
  const lex: Lexicon = {
    name: 'o',
    type: 'fixedOrder',
    entries: [{ name: '四个意识', items: ['政治意识', '大局意识', '核心意识', '看齐意识'], source: 's' }],
  };
  it.each([
    ['政治意识、大局意识、核心意识、看齐意识', []],
    ['政治意识、大局意识、看齐意识、核心意识', ['政治意识、大局意识、核心意识、看齐意识']],
    ['大局意识、政治意识和核心意识', ['政治意识、大局意识和核心意识']],
    ['大局意识、政治意识', []], // two items: may be an ordinary enumeration
    ['增强看齐意识。提高政治意识和大局意识', []], // not one listing
  ])('%s', (text, expected) => {
    expect(orderFindings(text, compiled(lex)).map((f) => f.ordered)).toEqual(expected);
  });
});

describe('titles', () => {
  it.each([
    ['党政机关公文处理工作条例', '党政机关公文处理工作条例', 0],
    ['中国共产党章成', '中国共产党章程', 1],
    ['纪律处分条例', '纪律处份条例', 1],
    ['ab', 'ba', 1],
    ['党政机关公文处理条例', '党政机关公文处理工作条例', 2],
  ])('damerau(%s, %s) = %i', (a, b, d) => {
    expect(damerau(a, b)).toBe(d);
  });

  it.each([
    ['中国共产党章程', '中国共产党章成', 'error'],
    ['中华人民共和国公务员法', '中华人民共合国公务员法', 'error'],
    ['党政机关公文处理工作条例', '党政机关公文处理条例', 'warning'],
    ['中华人民共和国环境保护法', '中华人民共和国环境保护税法', undefined],
    ['中华人民共和国合伙企业法', '中华人民共和国外资企业法', undefined],
    ['中华人民共和国宪法', '中华人民共和国宪法法', 'error'],
  ])('classifyEdits(%s, %s) = %s', (known, cited, expected) => {
    expect(classifyEdits(known, cited)).toBe(expected);
  });

  it('describes edits', () => {
    expect(editOps('abc', 'abd')).toEqual([{ op: 'sub', at: 2 }]);
    expect(editOps('abc', 'ac')).toEqual([{ op: 'del', at: 1 }]);
    expect(editOps('abc', 'bac')).toEqual([{ op: 'swap', at: 0 }]);
  });

  it('sets edition notes aside', () => {
    expect(normaliseTitle('中国共产党支部工作条例（试行）')).toBe('中国共产党支部工作条例');
    expect(normaliseTitle('中国共产党纪律处分条例(2018年修订)')).toBe('中国共产党纪律处分条例');
  });

  it('finds the near title unless two are equally near', () => {
    const list = ['中华人民共和国海关法', '中华人民共和国海商法', '中国共产党章程'];
    const set = new Set(list);
    expect(nearestTitle('中国共产党章成', set, list)).toEqual({ title: '中国共产党章程', distance: 1, severity: 'error' });
    expect(nearestTitle('中华人民共和国海事法', set, list)).toBeUndefined();
    expect(nearestTitle('中国共产党章程', set, list)).toBeUndefined();
    expect(nearestTitle('某条例', set, list)).toBeUndefined();
  });
});
