import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/phrasing/redundancy.js';
import { REDUNDANCY_PATTERNS } from '../../../src/rules/phrasing/redundancy-patterns.js';
import { applyFixes, facts, said, lintWith } from '../../helpers/lint.js';

const id = 'phrasing/redundancy';
const msg = (t: string, a: string, b: string, d: string) => said('redundant', { text: t, a, b, drop: d });

describe(id, () => {
  it.each([
    ['现有办公设备约300台左右。', 'error', 7, 14, msg('约300台左右', '约', '左右', '左右'), '现有办公设备约300台。'],
    ['使用年限超过10年以上。', 'error', 5, 12, msg('超过10年以上', '超过', '以上', '以上'), '使用年限超过10年。'],
    ['其中逾100多台已报废。', 'error', 3, 8, msg('逾100多', '逾', '多', '多'), '其中逾100台已报废。'],
    ['我局目的是为了提高效率。', 'error', 3, 8, msg('目的是为了', '目的', '为了', '为了'), '我局目的是提高效率。'],
    ['原因是由于资金不足。', 'error', 1, 6, msg('原因是由于', '原因', '由于', '由于'), '原因是资金不足。'],
    ['比上年同期同比增长5%。', 'error', 1, 8, msg('比上年同期同比', '同比', '比上年同期', '同比'), '比上年同期增长5%。'],
    ['城乡收入悬殊很大。', 'error', 5, 9, msg('悬殊很大', '悬殊', '很大', '很大'), '城乡收入悬殊。'],
    ['涉及到的设备要登记。', 'warning', 1, 4, msg('涉及到', '涉及', '到', '到'), '涉及的设备要登记。'],
    ['近100人左右参加。', 'warning', 1, 8, msg('近100人左右', '近', '左右', '左右'), '近100人参加。'],
  ])('flags %s', (text, severity, column, endColumn, message, fixed) => {
    const messages = lintWith(rule, text);
    expect(facts(messages)).toEqual([{ ruleId: id, severity, line: 1, column, endColumn, ...message }]);
    expect(applyFixes(text, messages)).toBe(fixed);
  });

  it('has no fix for 凡是…都…都 and says “delete one”', () => {
    expect(facts(lintWith(rule, '凡是参加培训的人员都要都按时签到。'))).toEqual([
      { ruleId: id, severity: 'warning', line: 1, column: 1, endColumn: 13, ...said('redundantNoFix', { text: '凡是参加培训的人员都要都', a: '凡是', b: '都', drop: '' }) },
    ]);
  });

  it.each([
    '节约30%左右的用电。',
    '制约10年以上的发展',
    '最近10天左右',
    '附近10多家企业',
    '《关于目的是为了的辨析》已印发。', // a cited title
    '所谓“约300台左右”的说法不准确。', // quoted words
    '使用年限在10年以上。',
    '大约300台。',
    '大约占全市的30%上下。', // words between 约 and the number: not judged (precision first)
  ])('stays silent on %s', (text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });

  describe.each(REDUNDANCY_PATTERNS.map((p) => [p.words.join('…'), p] as const))('pattern %s', (_name, p) => {
    it.each(p.examples.bad)('flags %s once, at its severity', (text) => {
      const messages = lintWith(rule, text);
      expect(messages.map((m) => [m.ruleId, m.severity])).toEqual([[id, p.severity]]);
    });
    it.each(p.examples.good)('stays silent on %s', (text) => {
      expect(lintWith(rule, text)).toEqual([]);
    });
  });
});
