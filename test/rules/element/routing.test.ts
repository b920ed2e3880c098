import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/element/routing.js';
import { facts, said, lintWith } from '../../helpers/lint.js';
import { doc } from './doc.js';

const ID = 'element/routing';
const request = (overrides: Record<number, string>) =>
  doc({ 7: '青山市应急管理局关于增加安全检查经费的请示', 9: '市人民政府：', 26: '抄送：市财政局。', ...overrides });

describe(ID, () => {
  it('warns on several addressees', () => {
    expect(facts(lintWith(rule, request({ 9: '市人民政府，市财政局：' })))).toEqual([
      { ruleId: ID, line: 9, column: 1, endColumn: 12, ...said('severalAddressees', { count: 2 }), severity: 'warning' },
    ]);
  });

  it('warns on a copy to subordinate organs', () => {
    expect(facts(lintWith(rule, request({ 26: '抄送：市财政局，各区县应急管理局。' })))).toEqual([
      { ruleId: ID, line: 26, column: 9, endColumn: 17, ...said('copyDown', { organ: '各区县应急管理局' }), severity: 'warning' },
    ]);
  });

  it.each([
    ['张局长', '张局长', 1, 4],
    ['尊敬的李市长', '尊敬的李市长', 1, 7],
    ['王明同志', '王明同志', 1, 5],
  ])('flags a request addressed to a person: %s', (_name, person, column, endColumn) => {
    expect(facts(lintWith(rule, request({ 9: `${person}：` })))).toEqual([
      { ruleId: ID, line: 9, column, endColumn, ...said('person', { person }), severity: 'error' },
    ]);
  });

  it.each([
    ['one addressee', request({})],
    ['an organ whose name ends in 局', request({ 9: '市应急管理局：' })],
    ['the party committee and the government of one place', request({ 9: '市委、市政府：' })],
    ['a notice to many organs (not a request)', doc()],
  ])('stays silent on %s', (_name, text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });
});
