import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/number/fixed-expressions.js';
import { applyFixes, lintWith, said } from '../../helpers/lint.js';

const id = 'number/fixed-expressions';
const msg = (t: string, f: string) => said('arabic', { text: t, fixed: f });

describe(id, () => {
  it.each([
    ['2024年11月15日（星期5）', 13, 16, '星期5', '星期五', '2024年11月15日（星期五）'],
    ['编制“14五”规划', 4, 7, '14五', '十四五', '编制“十四五”规划'],
    ['学习党的19届6中全会精神', 5, 12, '19届6中全会', '十九届六中全会', '学习党的十九届六中全会精神'],
    ['共建“1带1路”', 4, 8, '1带1路', '一带一路', '共建“一带一路”'],
    ['践行3个代表重要思想', 3, 7, '3个代表', '三个代表', '践行三个代表重要思想'],
    ['做到2个维护', 3, 7, '2个维护', '两个维护', '做到两个维护'],
    ['践行3严3实', 3, 7, '3严3实', '三严三实', '践行三严三实'],
  ])('flags %s', (text, column, endColumn, t, f, fixed) => {
    const messages = lintWith(rule, text);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ ruleId: id, severity: 'error', line: 1, column, endColumn, ...msg(t, f) });
    expect(applyFixes(text, messages)).toBe(fixed);
  });

  it.each([
    '2024年11月15日（星期五）',
    '编制“十四五”规划',
    '学习党的十九届六中全会精神',
    '已有3个代表团抵达',
    '共14五金店',
    '星期12',
  ])('stays silent on %s', (text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });
});
