import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/element/addressee-colon.js';
import { applyFixes, findings, lintWith } from '../../helpers/lint.js';
import { doc } from './doc.js';

const ID = 'element/addressee-colon';

describe(ID, () => {
  it.each([
    ['a half-width colon', '各区县人民政府，市政府各部门:', 15, 16, '主送机关后应标全角冒号“：”，不用半角“:”（GB/T 9704—2012 7.3.2）'],
    ['no colon', '各区县人民政府，市政府各部门', 15, 15, '主送机关最后一个机关名称后应标全角冒号“：”（GB/T 9704—2012 7.3.2）'],
    ['no colon after one organ', '市政府各部门', 7, 7, '主送机关最后一个机关名称后应标全角冒号“：”（GB/T 9704—2012 7.3.2）'],
  ])('flags %s', (_name, addressee, column, endColumn, message) => {
    const text = doc({ 9: addressee });
    const messages = lintWith(rule, text);
    expect(findings(messages)).toEqual([{ ruleId: ID, line: 9, column, endColumn, message, severity: 'warning' }]);
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
