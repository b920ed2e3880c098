import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/element/seal.js';
import { findings, lintWith } from '../../helpers/lint.js';
import { doc } from './doc.js';

const ID = 'element/seal';
const MSG = '不得标识“此页无正文”，应采取调整行距、字距的措施，使印章与正文同处一面（GB/T 9704—2012 7.3.5）';

describe(ID, () => {
  it.each([
    ['in parentheses', '（此页无正文）', 1, 8],
    ['bare, indented', '　　此页无正文', 3, 8],
  ])('flags 此页无正文 %s', (_name, value, column, endColumn) => {
    expect(findings(lintWith(rule, doc({ 21: value })))).toEqual([
      { ruleId: ID, line: 21, column, endColumn, message: MSG, severity: 'error' },
    ]);
  });

  it('stays silent on the clean document', () => {
    expect(lintWith(rule, doc())).toEqual([]);
  });
});
