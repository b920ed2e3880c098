import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/element/signer.js';
import { applyFixes, facts, said, lintWith } from '../../helpers/lint.js';
import { doc } from './doc.js';

const ID = 'element/signer';
const request = (overrides: Record<number, string>) =>
  doc({ 4: '青山市应急管理局文件', 7: '青山市应急管理局关于增加安全检查经费的请示', 9: '青山市人民政府：', ...overrides });

describe(ID, () => {
  it('flags a half-width colon, with a fix', () => {
    const text = request({ 5: '青应急〔2024〕12号　　签发人:李明' });
    const messages = lintWith(rule, text);
    expect(facts(messages)).toEqual([
      { ruleId: ID, line: 5, column: 18, endColumn: 19, ...said('colon'), severity: 'warning' },
    ]);
    expect(applyFixes(text, messages)).toBe(request({ 5: '青应急〔2024〕12号　　签发人：李明' }));
  });

  it('flags a missing name', () => {
    expect(facts(lintWith(rule, request({ 5: '青应急〔2024〕12号　　签发人：' })))).toEqual([
      { ruleId: ID, line: 5, column: 15, endColumn: 19, ...said('noName'), severity: 'warning' },
    ]);
  });

  it('flags a request with no signer', () => {
    expect(facts(lintWith(rule, request({ 5: '青应急〔2024〕12号' })))).toEqual([
      { ruleId: ID, line: 5, column: 1, endColumn: 13, ...said('missing', { kind: '请示' }), severity: 'warning' },
    ]);
  });

  it.each([
    ['the clean notice (no signer needed)', doc()],
    ['a request with its signer', request({ 5: '青应急〔2024〕12号　　签发人：李明' })],
    ['a signer on its own line', request({ 5: '青应急〔2024〕12号', 6: '签发人：李明' })],
    ['a request without 版头', request({ 1: '', 2: '', 3: '', 4: '', 5: '' })],
  ])('stays silent on %s', (_name, text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });
});
