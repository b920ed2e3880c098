import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/consistency/closing-formula.js';
import { facts, said, lintWith } from '../../helpers/lint.js';

const art = '（《党政机关公文处理工作条例》第八条）';

describe('consistency/closing-formula', () => {
  it.each([
    ['关于申请防汛经费的请示\n市政府：\n今年汛情严峻，拟申请专项经费100万元。\n特此通知。', 4, 1, 5, said('mismatch', { formula: '特此通知', formulaKind: '通知', kind: '请示' })],
    ['关于做好防汛工作的通知\n各区人民政府：\n请做好防汛工作。\n特此报告。', 4, 1, 5, said('mismatch', { formula: '特此报告', formulaKind: '报告', kind: '通知' })],
    ['关于做好防汛工作的通知\n各区人民政府：\n请做好防汛工作。\n妥否，请批示。', 4, 1, 7, said('mismatch', { formula: '妥否，请批示', formulaKind: '请示', kind: '通知' })],
    ['关于防汛工作的函\n某局：\n请协助做好防汛工作。\n特此通知。', 4, 1, 5, said('mismatch', { formula: '特此通知', formulaKind: '通知', kind: '函' })],
    ['关于防汛工作情况的报告\n市政府：\n现将有关情况报告如下，特此通报。', 3, 12, 16, said('mismatch', { formula: '特此通报', formulaKind: '通报', kind: '报告' })],
  ])('flags %s', (text, line, column, endColumn, message) => {
    expect(facts(lintWith(rule, text))).toEqual([
      { ruleId: 'consistency/closing-formula', severity: 'error', line, column, endColumn, ...message },
    ]);
  });

  it.each([
    '关于申请防汛经费的请示\n市政府：\n今年汛情严峻，拟申请专项经费100万元。\n妥否，请批示。',
    '关于做好防汛工作的通知\n各区人民政府：\n请做好防汛工作。\n特此通知。',
    '关于防汛工作的函\n某局：\n请协助做好防汛工作。\n特此函告。',
    '关于2024年防汛工作情况的报告\n市政府：\n以上报告，妥否，请批示。', // element/report-no-request's
    '请做好防汛工作。\n特此报告。', // kind unknown
    '某市人民政府关于转发市应急局防汛工作情况报告的通知\n各区人民政府：\n现将市应急局报告转发给你们。\n特此报告。', // forwarded text
  ])('stays silent on %s', (text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });
});
