import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/element/document-number.js';
import { applyFixes, facts, said, lintWith } from '../../helpers/lint.js';
import { doc } from './doc.js';

const ID = 'element/document-number';
const brackets = (open: string, close: string) => said('brackets', { open, close });
const BODY = (n: string) => `为切实做好冬季安全生产工作，根据《青山市安全生产办法》（${n}），现将有关事项通知如下。`;

describe(ID, () => {
  it.each([
    ['square brackets', { 5: '青政发[2024]12号' }, 5, 4, 10, brackets('[', ']'), true],
    ['full-width round brackets', { 5: '青政发（2024）12号' }, 5, 4, 10, brackets('（', '）'), true],
    ['lenticular brackets', { 5: '青政发【2024】12号' }, 5, 4, 10, brackets('【', '】'), true],
    ['full-width square brackets', { 5: '青政发［2024］12号' }, 5, 4, 10, brackets('［', '］'), true],
    ['two-digit year', { 5: '青政发〔24〕12号' }, 5, 5, 7, said('shortYear', { year: '24' }), false],
    ['第 before the serial', { 5: '青政发〔2024〕第12号' }, 5, 10, 11, said('ordinal'), true],
    ['leading zero', { 5: '青政发〔2024〕012号' }, 5, 10, 13, said('leadingZero', { serial: '012', fixed: '12' }), true],
    ['a number cited in the body', { 10: BODY('青政发[2023]5号') }, 10, 32, 38, brackets('[', ']'), true],
    ['half-width parentheses in the body', { 10: BODY('国办函(2023)5号') }, 10, 32, 38, brackets('(', ')'), true],
  ] as Array<[string, Record<number, string>, number, number, number, ReturnType<typeof said>, boolean]>)('flags %s', (_name, overrides, line, column, endColumn, message, fixable) => {
    const text = doc(overrides);
    const messages = lintWith(rule, text);
    expect(facts(messages)).toEqual([{ ruleId: ID, line, column, endColumn, ...message, severity: 'error' }]);
    if (fixable) expect(applyFixes(text, messages)).toBe(doc(line === 10 ? { 10: overrides[10]!.replace(/[[(]/, '〔').replace(/[\])]/, '〕') } : {}));
    else expect(messages[0].fix).toBeUndefined();
  });

  it('fixes the brackets back to the clean document', () => {
    const text = doc({ 5: '青政发[2024]12号', 10: BODY('青政发[2023]5号') });
    expect(applyFixes(text, lintWith(rule, text))).toBe(doc());
  });

  it('reports every fault of one number', () => {
    const messages = lintWith(rule, doc({ 5: '青政发[24]第012号' }));
    expect(facts(messages).map((f) => [f.line, f.column, f.endColumn, said(f.messageId!, f.data)])).toEqual([
      [5, 4, 8, brackets('[', ']')],
      [5, 5, 7, said('shortYear', { year: '24' })],
      [5, 8, 9, said('ordinal')],
      [5, 9, 12, said('leadingZero', { serial: '012', fixed: '12' })],
    ]);
  });

  it.each([
    ['the clean document', doc()],
    ['a correct number cited in the body', doc({ 10: BODY('国办发〔2023〕5号') })],
    ['a bracketed year that is no document number', doc({ 10: '本项目（2023）共5号楼，位于青山市。' })],
    ['a table reference in round brackets', doc({ 10: '具体见附表（2023）5号栏目，请认真填写。' })],
    ['a year range', doc({ 10: '规划期为（2021—2025）年，共5项任务。' })],
  ])('stays silent on %s', (_name, text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });
});
