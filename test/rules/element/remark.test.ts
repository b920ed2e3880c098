import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/element/remark.js';
import { applyFixes, findings, lintWith } from '../../helpers/lint.js';
import { doc } from './doc.js';

const ID = 'element/remark';
const C = '（GB/T 9704—2012 7.3.6）';

describe(ID, () => {
  it.each([
    ['half-width parentheses', '(此件公开发布)', 1, 9, `附注应加全角圆括号“（）”，不用半角“()”${C}`],
    ['no parentheses', '此件公开发布', 1, 7, `附注应加圆括号，写作“（此件公开发布）”${C}`],
  ])('flags %s', (_name, value, column, endColumn, message) => {
    const text = doc({ 24: value });
    const messages = lintWith(rule, text);
    expect(findings(messages)).toEqual([{ ruleId: ID, line: 24, column, endColumn, message, severity: 'error' }]);
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
