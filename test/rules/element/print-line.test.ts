import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/element/print-line.js';
import { applyFixes, findings, lintWith } from '../../helpers/lint.js';
import { doc } from './doc.js';

const ID = 'element/print-line';
const C = '（GB/T 9704—2012 7.4.3）';
const date = (got: string) => `印发日期应用阿拉伯数字将年、月、日标全，不编虚位，“${got}”应写作“2024年11月15日”${C}`;

describe(ID, () => {
  it.each([
    ['a zero-padded month', '青山市人民政府办公室 2024年09月15日印发', 12, 23, `印发日期应用阿拉伯数字将年、月、日标全，不编虚位，“2024年09月15日”应写作“2024年9月15日”${C}`, '青山市人民政府办公室 2024年9月15日印发'],
    ['Chinese numerals', '青山市人民政府办公室 二〇二四年十一月十五日印发', 12, 23, date('二〇二四年十一月十五日'), '青山市人民政府办公室 2024年11月15日印发'],
  ])('flags %s', (_name, value, column, endColumn, message, fixed) => {
    const text = doc({ 27: value });
    const messages = lintWith(rule, text);
    expect(findings(messages)).toEqual([{ ruleId: ID, line: 27, column, endColumn, message, severity: 'error' }]);
    expect(applyFixes(text, messages)).toBe(doc({ 27: fixed }));
  });

  it.each([
    ['a two-digit year', '青山市人民政府办公室 24年11月15日印发', 12, 14, `印发日期的年份应标全称（四位数字），不能写作“24年11月15日”${C}`],
    ['no date', '青山市人民政府办公室印发', 11, 13, `印发机关后应标印发日期（用阿拉伯数字将年、月、日标全，后加“印发”）${C}`],
  ])('flags %s, without a fix', (_name, value, column, endColumn, message) => {
    const messages = lintWith(rule, doc({ 27: value }));
    expect(findings(messages)).toEqual([{ ruleId: ID, line: 27, column, endColumn, message, severity: 'error' }]);
    expect(messages[0].fix).toBeUndefined();
  });

  it.each([
    ['a template line without 印发', 'XX单位办公室\t202X年X月X日', 9, 18],
    ['a dated line without 印发', '青山市人民政府办公室\t2024年11月15日', 12, 23],
  ])('flags %s (warning, no fix)', (_name, value, column, endColumn) => {
    const messages = lintWith(rule, doc({ 27: value }));
    expect(findings(messages)).toEqual([
      { ruleId: ID, line: 27, column, endColumn, message: `印发日期后应加“印发”二字${C}`, severity: 'warning' },
    ]);
    expect(messages[0].fix).toBeUndefined();
  });

  it.each([
    ['the clean document', doc()],
    ['a single-digit day', doc({ 27: '青山市人民政府办公室 2024年11月5日印发' })],
  ])('stays silent on %s', (_name, text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });
});
