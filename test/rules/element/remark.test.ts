import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/element/remark.js';
import { applyFixes, facts, said, lintWith } from '../../helpers/lint.js';
import { doc } from './doc.js';

const ID = 'element/remark';

describe(ID, () => {
  it.each([
    ['half-width parentheses', '(此件公开发布)', 1, 9, said('halfWidth')],
    ['no parentheses', '此件公开发布', 1, 7, said('noParens', { text: '此件公开发布' })],
  ])('flags %s', (_name, value, column, endColumn, message) => {
    const text = doc({ 24: value });
    const messages = lintWith(rule, text);
    expect(facts(messages)).toEqual([{ ruleId: ID, line: 24, column, endColumn, ...message, severity: 'error' }]);
    expect(applyFixes(text, messages)).toBe(doc());
  });

  it.each([
    ['the clean document', doc()],
    ['no remark', doc({ 24: '' })],
    ['a remark with a different note', doc({ 24: '（联系人：李明，电话：12345678）' })],
  ])('stays silent on %s', (_name, text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });
});
