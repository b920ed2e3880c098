import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/element/print-line.js';
import { applyFixes, facts, said, lintWith } from '../../helpers/lint.js';
import { doc } from './doc.js';

const ID = 'element/print-line';
const date = (got: string) => said('date', { got, want: '2024年11月15日' });

describe(ID, () => {
  it.each([
    ['a zero-padded month', '青山市人民政府办公室 2024年09月15日印发', 12, 23, said('date', { got: '2024年09月15日', want: '2024年9月15日' }), '青山市人民政府办公室 2024年9月15日印发'],
    ['Chinese numerals', '青山市人民政府办公室 二〇二四年十一月十五日印发', 12, 23, date('二〇二四年十一月十五日'), '青山市人民政府办公室 2024年11月15日印发'],
  ])('flags %s', (_name, value, column, endColumn, message, fixed) => {
    const text = doc({ 27: value });
    const messages = lintWith(rule, text);
    expect(facts(messages)).toEqual([{ ruleId: ID, line: 27, column, endColumn, ...message, severity: 'error' }]);
    expect(applyFixes(text, messages)).toBe(doc({ 27: fixed }));
  });

  it.each([
    ['a two-digit year', '青山市人民政府办公室 24年11月15日印发', 12, 14, said('shortYear', { got: '24年11月15日' })],
    ['no date', '青山市人民政府办公室印发', 11, 13, said('noDate')],
  ])('flags %s, without a fix', (_name, value, column, endColumn, message) => {
    const messages = lintWith(rule, doc({ 27: value }));
    expect(facts(messages)).toEqual([{ ruleId: ID, line: 27, column, endColumn, ...message, severity: 'error' }]);
    expect(messages[0].fix).toBeUndefined();
  });

  it.each([
    ['a template line without 印发', 'XX单位办公室\t202X年X月X日', 9, 18],
    ['a dated line without 印发', '青山市人民政府办公室\t2024年11月15日', 12, 23],
  ])('flags %s (warning, no fix)', (_name, value, column, endColumn) => {
    const messages = lintWith(rule, doc({ 27: value }));
    expect(facts(messages)).toEqual([
      { ruleId: ID, line: 27, column, endColumn, ...said('noWord'), severity: 'warning' },
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
