import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/number/ling-vs-circle.js';
import { applyFixes, lintWith, said } from '../../helpers/lint.js';

const id = 'number/ling-vs-circle';
const msg = (t: string, z: string) => said('wrongZero', { text: t, zero: z });

describe(id, () => {
  it.each([
    ['二零二四年十一月', 1, 5, msg('二零二四', '零'), '二〇二四年十一月'],
    ['于二O二四年', 2, 6, msg('二O二四', 'O'), '于二〇二四年'],
    ['二○二四年', 1, 5, msg('二○二四', '○'), '二〇二四年'],
    ['二零零八年', 1, 5, msg('二零零八', '零'), '二〇〇八年'],
  ])('flags %s', (text, column, endColumn, message, fixed) => {
    const messages = lintWith(rule, text);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ ruleId: id, severity: 'error', line: 1, column, endColumn, ...message });
    expect(applyFixes(text, messages)).toBe(fixed);
  });

  it.each(['二〇二四年十一月', '一九九八年', '三千零五十二人', '2020年', '一千零二年'])('stays silent on %s', (text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });
});

describe(`${id} and the issue date`, () => {
  it('leaves the 成文日期 to the element rules', () => {
    const text = '关于做好工作的通知\n各单位：\n现将有关事项通知如下。\nXX局\n二零二四年十一月五日';
    expect(lintWith(rule, text)).toEqual([]);
  });
});
