import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/element/copy-number.js';
import { applyFixes, facts, said, lintWith } from '../../helpers/lint.js';
import { doc } from './doc.js';

const ID = 'element/copy-number';

describe(ID, () => {
  it.each([
    ['No.128', 'No.128', 1, 7],
    ['bare digits of the wrong length', '128', 1, 4],
    ['№ with six digits', '№000128', 1, 8],
  ])('flags %s', (_name, value, column, endColumn) => {
    const text = doc({ 1: value });
    const messages = lintWith(rule, text);
    expect(facts(messages)).toEqual([
      { ruleId: ID, line: 1, column, endColumn, ...said('format', { got: value, want: '000128' }), severity: 'error' },
    ]);
    expect(applyFixes(text, messages)).toBe(doc());
  });

  it('flags a number too long to pad, without a fix', () => {
    const messages = lintWith(rule, doc({ 1: '1280000' }));
    expect(facts(messages)).toEqual([
      { ruleId: ID, line: 1, column: 1, endColumn: 8, ...said('tooLong', { got: '1280000' }), severity: 'error' },
    ]);
    expect(messages[0].fix).toBeUndefined();
  });

  it.each([
    ['the clean document', doc()],
    ['a document without copy number', doc({ 1: '' })],
    ['a document without 版头', doc({ 1: '', 2: '', 3: '', 4: '', 5: '' })],
  ])('stays silent on %s', (_name, text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });
});
