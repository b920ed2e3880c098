import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/element/routing.js';
import { findings, lintWith } from '../../helpers/lint.js';
import { doc } from './doc.js';

const ID = 'element/routing';
const C = '（《党政机关公文处理工作条例》第十五条）';
const request = (overrides: Record<number, string>) =>
  doc({ 7: '青山市应急管理局关于增加安全检查经费的请示', 9: '市人民政府：', 26: '抄送：市财政局。', ...overrides });

describe(ID, () => {
  it('warns on several addressees', () => {
    expect(findings(lintWith(rule, request({ 9: '市人民政府，市财政局：' })))).toEqual([
      { ruleId: ID, line: 9, column: 1, endColumn: 12, message: `请示原则上主送一个上级机关，此处主送了2个机关${C}`, severity: 'warning' },
    ]);
  });

  it('warns on a copy to subordinate organs', () => {
    expect(findings(lintWith(rule, request({ 26: '抄送：市财政局，各区县应急管理局。' })))).toEqual([
      { ruleId: ID, line: 26, column: 9, endColumn: 17, message: `请示不抄送下级机关，“各区县应急管理局”是下级机关${C}`, severity: 'warning' },
    ]);
  });

  it.each([
    ['张局长', '张局长', 1, 4],
    ['尊敬的李市长', '尊敬的李市长', 1, 7],
    ['王明同志', '王明同志', 1, 5],
  ])('flags a request addressed to a person: %s', (_name, person, column, endColumn) => {
    expect(findings(lintWith(rule, request({ 9: `${person}：` })))).toEqual([
      { ruleId: ID, line: 9, column, endColumn, message: `请示应当主送上级机关，不得主送领导个人（“${person}”）${C}`, severity: 'error' },
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
