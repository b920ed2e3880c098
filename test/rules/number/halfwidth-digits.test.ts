import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/number/halfwidth-digits.js';
import { applyFixes, facts, lintWith, said } from '../../helpers/lint.js';

const id = 'number/halfwidth-digits';
const msg = (t: string, f: string) => said('fullwidth', { text: t, fixed: f });

describe(id, () => {
  it.each([
    ['全市共有１２３家企业。', 5, 8, msg('１２３', '123'), '全市共有123家企业。'],
    ['于２０２４年3月启动。', 2, 6, msg('２０２４', '2024'), '于2024年3月启动。'],
    ['增长３．５%。', 3, 6, msg('３．５', '3.5'), '增长3.5%。'],
  ])('flags %s', (text, column, endColumn, message, fixed) => {
    const messages = lintWith(rule, text);
    expect(facts(messages)).toEqual([{ ruleId: id, severity: 'warning', line: 1, column, endColumn, ...message }]);
    expect(applyFixes(text, messages)).toBe(fixed);
  });

  it.each(['全市共有123家企业。', '增长3.5%。', '第一季度'])('stays silent on %s', (text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });
});
