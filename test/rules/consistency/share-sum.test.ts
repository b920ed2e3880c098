import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/consistency/share-sum.js';
import { facts, said, lintWith } from '../../helpers/lint.js';

describe('consistency/share-sum', () => {
  it.each([
    ['全市共有企业1000家，其中国有企业占45%，民营企业占38%，外资企业占27%。', 1, 20, 41, said('over', { sum: '110', parts: '45%+38%+27%' })],
    ['三类企业分别占45%、38%和27%。', 1, 8, 19, said('over', { sum: '110', parts: '45%+38%+27%' })],
    ['其中，国有企业占企业总数的60%，民营企业占企业总数的50%。', 1, 14, 31, said('over', { sum: '110', parts: '60%+50%' })],
  ])('flags %s', (text, line, column, endColumn, message) => {
    expect(facts(lintWith(rule, text))).toEqual([
      { ruleId: 'consistency/share-sum', severity: 'error', line, column, endColumn, ...message },
    ]);
  });

  it.each([
    '全市共有企业1000家，其中国有企业占25%，民营企业占58%，外资企业占17%。',
    '其中，第一产业占33.3%，第二产业占33.4%，第三产业占33.4%。', // rounding
    '2019年国有企业占60%，2020年国有企业占55%。', // a comparison over time
    '其中A占全省的45%，B占全国的70%。', // different wholes
    '进出口总额、外商直接投资分别占全国的37%、69%。', // each against its own national figure
    '国有企业占45%，民营企业占38%，外资企业占27%。', // no 其中: not clearly one whole
  ])('stays silent on %s', (text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });
});
