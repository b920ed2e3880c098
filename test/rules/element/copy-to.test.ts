import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/element/copy-to.js';
import { applyFixes, facts, said, lintWith } from '../../helpers/lint.js';
import { doc } from './doc.js';

const ID = 'element/copy-to';

describe(ID, () => {
  it.each([
    ['a half-width colon', '抄送:市委办公室，市人大常委会办公室。', 3, 4, said('colon')],
    ['a 顿号 between organs', '抄送：市委办公室、市人大常委会办公室。', 9, 10, said('separator', { mark: '、' })],
    ['no full stop at the end', '抄送：市委办公室，市人大常委会办公室', 18, 19, said('fullStop')],
    ['a comma at the end', '抄送：市委办公室，市人大常委会办公室，', 19, 20, said('fullStop')],
  ])('flags %s', (_name, copyTo, column, endColumn, message) => {
    const text = doc({ 26: copyTo });
    const messages = lintWith(rule, text);
    expect(facts(messages)).toEqual([{ ruleId: ID, line: 26, column, endColumn, ...message, severity: 'error' }]);
    expect(applyFixes(text, messages)).toBe(doc());
  });

  it('checks the full stop on the last line of a wrapped list', () => {
    const text = doc({ 25: '抄送：市委办公室，市人大常委会办公室，', 26: '市政协办公室' });
    const messages = lintWith(rule, text);
    expect(facts(messages).map((f) => [f.line, f.column, f.endColumn])).toEqual([[26, 6, 7]]);
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
    expect(facts(messages).map((f) => [f.line, f.column, f.endColumn])).toEqual([[26, 18, 19]]);
  });
});
