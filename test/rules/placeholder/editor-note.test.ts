import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/placeholder/editor-note.js';
import { facts, lintWith, said } from '../../helpers/lint.js';
import { doc } from '../element/doc.js';

const ID = 'placeholder/editor-note';
const msg = (text: string) => said('note', { text });

describe(ID, () => {
  it.each([
    ['【待定】', '全市共检查企业【待定】家。', 8, 12],
    ['【待补充】', '典型案例【待补充】', 5, 10],
    ['［待核实］', '全市共排查隐患［待核实］处。', 8, 13],
    ['（此处…）', '（此处补充典型案例）', 1, 11],
    ['（待补充）', '典型案例（待补充）', 5, 10],
    ['TODO', '各单位要按时报送材料。TODO', 12, 16],
  ])('flags %s', (_name, sentence, column, endColumn) => {
    const messages = lintWith(rule, doc({ 17: sentence }));
    const text = sentence.slice(column - 1, endColumn - 1);
    expect(facts(messages)).toEqual([{ ruleId: ID, line: 17, column, endColumn, ...msg(text), severity: 'error' }]);
  });

  it.each([
    ['the clean document', doc()],
    ['prose about work still to do', doc({ 17: '相关制度有待补充完善，请做好待填报数据的核对。' })],
    ['（待定） in a published list', doc({ 17: '副主任：（待定）　市体育局负责同志' })],
    ['todo in lower case inside a word', doc({ 17: '访问 https://example.org/todolist 查看。' })],
  ])('stays silent on %s', (_name, text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });
});

describe(`${ID} (seal position)`, () => {
  it('leaves the seal position line between signature and date alone', () => {
    expect(lintWith(rule, doc({ 21: '', 22: '青山市人民政府', 23: '〔此处加盖印章〕', 24: '2024年11月15日' }))).toEqual([]);
  });
});
