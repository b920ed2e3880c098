import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/element/seal.js';
import { facts, said, lintWith } from '../../helpers/lint.js';
import { doc } from './doc.js';

const ID = 'element/seal';
const MSG = said('noText');

describe(ID, () => {
  it.each([
    ['in parentheses', '（此页无正文）', 1, 8],
    ['bare, indented', '　　此页无正文', 3, 8],
  ])('flags 此页无正文 %s', (_name, value, column, endColumn) => {
    expect(facts(lintWith(rule, doc({ 21: value })))).toEqual([
      { ruleId: ID, line: 21, column, endColumn, ...MSG, severity: 'error' },
    ]);
  });

  it('stays silent on the clean document', () => {
    expect(lintWith(rule, doc())).toEqual([]);
  });
});
