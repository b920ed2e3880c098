import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/number/arabic-for-measures.js';
import { facts, lintWith, said } from '../../helpers/lint.js';

const ID = 'number/arabic-for-measures';
const msg = (text: string, want: string) => said('measure', { text, want });

describe(ID, () => {
  it.each([
    ['新建农村公路三百五十公里。', 7, 13, '三百五十公里', '350公里'],
    ['全年安排补助资金五百万元。', 9, 13, '五百万元', '500万元'],
    ['　　共清运垃圾一千二百吨，治理面积两千亩。', 8, 13, '一千二百吨', '1200吨'],
    ['新增绿地一百零五公顷。', 5, 11, '一百零五公顷', '105公顷'],
  ])('flags %s', (text, column, endColumn, written, want) => {
    expect(facts(lintWith(rule, text))[0]).toEqual({ ruleId: ID, line: 1, column, endColumn, ...msg(written, want), severity: 'warning' });
  });

  it('flags each measurement of a line', () => {
    expect(facts(lintWith(rule, '共清运垃圾一千二百吨，治理面积两千亩。')).map((f) => f.column)).toEqual([6, 16]);
  });

  it.each([
    ['Arabic digits', '新建农村公路350公里。'],
    ['counts', '重点抓好三个方面的工作，落实两项制度，出台十条措施。'],
    ['a small number', '修复堤防三十公里。'],
    ['an estimate with 多', '新建农村公路三百多公里。'],
    ['an estimate with two digits', '新建农村公路三四百公里。'],
    ['几百', '新建农村公路几百公里。'],
    ['上千', '清运垃圾上千吨。'],
    ['左右', '新建农村公路三百公里左右。'],
    ['百分之', '累计完成百分之九十以上。'],
    ['an ordinal', '第一百零五条规定的罚款。'],
    ['千 that may be the unit prefix', '全程三千米。'],
    ['a title in 书名号', '学习《二万五千里长征》和《三百千米徒步》。'],
    ['a quotation', '提出“一千万元工程”的目标。'],
    ['no unit', '全省一百个县。'],
  ])('stays silent on %s', (_name, text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });
});
