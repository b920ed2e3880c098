import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/element/urgency.js';
import { facts, said, lintWith } from '../../helpers/lint.js';
import { doc } from './doc.js';

const ID = 'element/urgency';

describe(ID, () => {
  it.each([
    ['急件', 1, 3, said('wrong', { got: '急件' })],
    ['紧急', 1, 3, said('wrong', { got: '紧急' })],
    ['特急件', 1, 4, said('wrong', { got: '特急件' })],
    ['特提', 1, 3, said('telegram', { got: '特提' })],
  ])('flags %s', (value, column, endColumn, message) => {
    const messages = lintWith(rule, doc({ 3: value }));
    expect(facts(messages)).toEqual([{ ruleId: ID, line: 3, column, endColumn, ...message, severity: 'warning' }]);
  });

  it.each([
    ['the clean document (特急)', doc()],
    ['加急', doc({ 3: '加急' })],
    ['no urgency', doc({ 3: '' })],
    ['紧急 in the body', doc({ 17: '紧急' })],
  ])('stays silent on %s', (_name, text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });
});
