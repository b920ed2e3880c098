import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/punctuation/ellipsis.js';
import { applyFixes, lintWith, said } from '../../helpers/lint.js';

const id = 'punctuation/ellipsis';
const wrong = (t: string) => said('wrongForm', { text: t });
const redundant = (w: string) => said('redundant', { word: w });

describe(id, () => {
  it.each([
    ['加强学习...提高能力', 5, 8, wrong('...'), '加强学习……提高能力'],
    ['包括土地、资金。。。', 8, 11, wrong('。。。'), '包括土地、资金……'],
    ['讲政治…顾大局', 4, 5, wrong('…'), '讲政治……顾大局'],
    ['包括水、电···', 6, 9, wrong('···'), '包括水、电……'],
    ['水、电、气……等', 8, 9, redundant('等'), undefined],
    ['水、电、气……等等', 8, 10, redundant('等等'), undefined],
  ])('flags %s', (text, column, endColumn, message, fixed) => {
    const messages = lintWith(rule, text);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ ruleId: id, severity: 'error', line: 1, column, endColumn, ...message });
    if (fixed === undefined) expect(messages[0].fix).toBeUndefined();
    else expect(applyFixes(text, messages)).toBe(fixed);
  });

  it.each([
    '包括土地、资金、人才……',
    '水、电、气等',
    '第一章　总则……………………1',
    '……………………',
    '依次为…………',
    '如此等等……',
    '设x1, x2, …, xn为样本',
    '访问http://example.com/a...b获取',
  ])('stays silent on %s', (text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });
});
