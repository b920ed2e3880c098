import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/element/addressee-colon.js';
import { applyFixes, facts, said, lintWith } from '../../helpers/lint.js';
import { doc } from './doc.js';

const ID = 'element/addressee-colon';

describe(ID, () => {
  it.each([
    ['a half-width colon', '各区县人民政府，市政府各部门:', 15, 16, said('halfWidth')],
    ['no colon', '各区县人民政府，市政府各部门', 15, 15, said('missing')],
    ['no colon after one organ', '市政府各部门', 7, 7, said('missing')],
  ])('flags %s', (_name, addressee, column, endColumn, message) => {
    const text = doc({ 9: addressee });
    const messages = lintWith(rule, text);
    expect(facts(messages)).toEqual([{ ruleId: ID, line: 9, column, endColumn, ...message, severity: 'warning' }]);
    expect(applyFixes(text, messages)).toBe(doc({ 9: addressee.replace(/:?$/, '：') }));
  });

  it.each([
    ['the clean document', doc()],
    ['a document with no addressee', doc({ 9: '' })],
    ['a first paragraph that is a sentence', doc({ 9: '今年以来，各区县人民政府认真落实安全生产责任' })],
    ['a document without title', doc({ 7: '', 9: '各区县人民政府，市政府各部门' })],
  ])('stays silent on %s', (_name, text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });
});
