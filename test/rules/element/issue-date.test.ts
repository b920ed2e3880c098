import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/element/issue-date.js';
import { applyFixes, facts, said, lintWith } from '../../helpers/lint.js';
import { doc } from './doc.js';

const ID = 'element/issue-date';

describe(ID, () => {
  it.each([
    ['zero-padded month and day', '2024年03月05日', 1, 12, said('zeroPadding', { got: '2024年03月05日', want: '2024年3月5日' }), '2024年3月5日'],
    ['a zero-padded day after indentation', '　　　　2024年11月05日', 5, 16, said('zeroPadding', { got: '2024年11月05日', want: '2024年11月5日' }), '　　　　2024年11月5日'],
    ['Chinese numerals with 〇', '二〇二四年十一月十五日', 1, 12, said('chineseNumerals', { got: '二〇二四年十一月十五日', want: '2024年11月15日' }), '2024年11月15日'],
    ['Chinese numerals with ○', '二○二四年三月五日', 1, 10, said('chineseNumerals', { got: '二○二四年三月五日', want: '2024年3月5日' }), '2024年3月5日'],
  ])('flags %s', (_name, date, column, endColumn, message, fixed) => {
    const text = doc({ 23: date });
    const messages = lintWith(rule, text);
    expect(facts(messages)).toEqual([{ ruleId: ID, line: 23, column, endColumn, ...message, severity: 'error' }]);
    expect(applyFixes(text, messages)).toBe(doc({ 23: fixed }));
  });

  it.each([
    ['the clean document', doc()],
    ['a single-digit month and day', doc({ 23: '2024年1月5日' })],
    ['a Chinese-numeral date before GB/T 9704—2012 took effect', doc({ 23: '二〇一一年十月八日' })],
  ])('stays silent on %s', (_name, text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });
});
