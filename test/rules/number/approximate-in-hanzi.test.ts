import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/number/approximate-in-hanzi.js';
import { applyFixes, lintWith, said } from '../../helpers/lint.js';

const id = 'number/approximate-in-hanzi';
const pair = (t: string, f: string) => said('pair', { text: t, fixed: f });
const ji = (t: string, f: string) => said('ji', { text: t, fixed: f });

describe(id, () => {
  it.each([
    ['每组3、4个人。', 3, 6, pair('3、4', '三四'), '每组三四个人。'],
    ['需要5、6天', 3, 6, pair('5、6', '五六'), '需要五六天'],
    ['用1、2个小时', 2, 5, pair('1、2', '一两'), '用一两个小时'],
    ['已有20几家企业。', 3, 6, ji('20几', '二十几'), '已有二十几家企业。'],
    ['已有10几家企业。', 3, 6, ji('10几', '十几'), '已有十几家企业。'],
    ['有120几人', 2, 6, ji('120几', '二十几'), undefined],
  ])('flags %s', (text, column, endColumn, message, fixed) => {
    const messages = lintWith(rule, text);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ ruleId: id, severity: 'error', line: 1, column, endColumn, ...message });
    if (fixed === undefined) expect(messages[0].fix).toBeUndefined();
    else expect(applyFixes(text, messages)).toBe(fixed);
  });

  it.each(['每组三四个人。', '已有二十几家企业。', '第3、4条', '1、2月份', '1、3个', '3、4年级', '图3、4'])(
    'stays silent on %s',
    (text) => {
      expect(lintWith(rule, text)).toEqual([]);
    },
  );
});
