import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/element/attachment-note.js';
import { applyFixes, facts, said, lintWith } from '../../helpers/lint.js';
import { doc } from './doc.js';

const ID = 'element/attachment-note';

describe(ID, () => {
  it.each([
    ['a half-width colon', { 19: '附件:1.安全检查表' }, 19, 3, 4, said('colon'), true],
    ['a full stop after a name', { 19: '附件：1.安全检查表。' }, 19, 11, 12, said('endPunct', { mark: '。' }), true],
    ['a semicolon after a name on a later line', { 20: '2.隐患整改台账；' }, 20, 9, 10, said('endPunct', { mark: '；' }), true],
    ['1、 as the number', { 19: '附件：1、安全检查表' }, 19, 4, 6, said('numberMark', { want: '1.', got: '1、' }), true],
    ['a skipped number', { 20: '3.隐患整改台账' }, 20, 1, 2, said('counter', { want: '2', got: '3' }), false],
    ['an unnumbered first of several', { 19: '附件：安全检查表' }, 19, 4, 9, said('unnumbered'), false],
  ] as Array<[string, Record<number, string>, number, number, number, ReturnType<typeof said>, boolean]>)('flags %s', (_name, overrides, line, column, endColumn, message, fixable) => {
    const text = doc(overrides);
    const messages = lintWith(rule, text);
    expect(facts(messages)).toEqual([{ ruleId: ID, line, column, endColumn, ...message, severity: 'error' }]);
    if (fixable) expect(applyFixes(text, messages)).toBe(doc());
    else expect(messages[0].fix).toBeUndefined();
  });

  it('warns on a name in title marks', () => {
    const messages = lintWith(rule, doc({ 19: '附件：《青山市安全检查办法》', 20: '' }));
    expect(facts(messages)).toEqual([
      { ruleId: ID, line: 19, column: 4, endColumn: 15, ...said('titleMarks'), severity: 'warning' },
    ]);
  });

  it.each([
    ['the clean document', doc()],
    ['one attachment without a number', doc({ 19: '附件：安全检查表', 20: '' })],
    ['one attachment whose name starts with a year', doc({ 19: '附件：2024年安全检查表', 20: '' })],
    ['a full-width point after the number', doc({ 19: '附件：1．安全检查表', 20: '2．隐患整改台账' })],
  ])('stays silent on %s', (_name, text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });
});
