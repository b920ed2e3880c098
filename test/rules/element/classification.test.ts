import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/element/classification.js';
import { applyFixes, facts, said, lintWith } from '../../helpers/lint.js';
import { doc } from './doc.js';

const ID = 'element/classification';

describe(ID, () => {
  it.each([
    ['a period in Chinese numerals', '机密★一年', 4, 6, said('period', { got: '一年', want: '1年' }), '机密★1年'],
    ['months in Chinese numerals', '秘密★六个月', 4, 7, said('period', { got: '六个月', want: '6个月' }), '秘密★6个月'],
    ['an asterisk for the star', '机密*1年', 3, 4, said('star', { got: '*' }), '机密★1年'],
    ['a hollow star', '绝密☆10年', 3, 4, said('star', { got: '☆' }), '绝密★10年'],
    ['a full-width asterisk (a 版头 the recogniser does not accept)', '机密＊1年', 3, 4, said('star', { got: '＊' }), '机密★1年'],
  ])('flags %s', (_name, value, column, endColumn, message, fixed) => {
    const text = doc({ 2: value });
    const messages = lintWith(rule, text);
    expect(facts(messages)).toEqual([{ ruleId: ID, line: 2, column, endColumn, ...message, severity: 'error' }]);
    expect(applyFixes(text, messages)).toBe(doc({ 2: fixed }));
  });

  it.each([
    ['the clean document', doc()],
    ['a level without period', doc({ 2: '机密' })],
    ['a long-term period', doc({ 2: '绝密★长期' })],
    ['months in Arabic digits', doc({ 2: '秘密★6个月' })],
  ])('stays silent on %s', (_name, text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });
});
