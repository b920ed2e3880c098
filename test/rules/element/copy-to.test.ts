import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/element/copy-to.js';
import { applyFixes, findings, lintWith } from '../../helpers/lint.js';
import { doc } from './doc.js';

const ID = 'element/copy-to';
const C = '（GB/T 9704—2012 7.4.2）';

describe(ID, () => {
  it.each([
    ['a half-width colon', '抄送:市委办公室，市人大常委会办公室。', 3, 4, `“抄送”后应标全角冒号“：”，不用半角“:”${C}`],
    ['a 顿号 between organs', '抄送：市委办公室、市人大常委会办公室。', 9, 10, `抄送机关之间应用逗号“，”隔开，不用“、”${C}`],
    ['no full stop at the end', '抄送：市委办公室，市人大常委会办公室', 18, 19, `最后一个抄送机关名称后应标句号“。”${C}`],
    ['a comma at the end', '抄送：市委办公室，市人大常委会办公室，', 19, 20, `最后一个抄送机关名称后应标句号“。”${C}`],
  ])('flags %s', (_name, copyTo, column, endColumn, message) => {
    const text = doc({ 26: copyTo });
    const messages = lintWith(rule, text);
    expect(findings(messages)).toEqual([{ ruleId: ID, line: 26, column, endColumn, message, severity: 'error' }]);
    expect(applyFixes(text, messages)).toBe(doc());
  });

  it('checks the full stop on the last line of a wrapped list', () => {
    const text = doc({ 25: '抄送：市委办公室，市人大常委会办公室，', 26: '市政协办公室' });
    const messages = lintWith(rule, text);
    expect(findings(messages).map((f) => [f.line, f.column, f.endColumn])).toEqual([[26, 6, 7]]);
    expect(applyFixes(text, messages)).toBe(doc({ 25: '抄送：市委办公室，市人大常委会办公室，', 26: '市政协办公室。' }));
  });

  it.each([
    ['the clean document', doc()],
    ['a set phrase with 顿号', doc({ 26: '抄送：市委办公室，各省、自治区、直辖市人民政府。' })],
    ['国务院各部委、各直属机构', doc({ 26: '抄送：市委办公室，国务院各部委、各直属机构。' })],
  ])('stays silent on %s', (_name, text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });
});

describe(`${ID} (groups and print lines)`, () => {
  it('leaves 顿号 between two groups of organs alone', () => {
    expect(lintWith(rule, doc({ 26: '抄送：市委各部委、市级国家机关各委办局。' }))).toEqual([]);
  });

  it('does not take an unfinished print line for the end of the list', () => {
    const messages = lintWith(rule, doc({ 26: '抄送：市委办公室，市人大常委会办公室', 27: '青山市人民政府办公室　2024年11月15日' }));
    expect(findings(messages).map((f) => [f.line, f.column, f.endColumn])).toEqual([[26, 18, 19]]);
  });
});
