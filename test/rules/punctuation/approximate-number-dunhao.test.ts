import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/punctuation/approximate-number-dunhao.js';
import { applyFixes, lintWith, said } from '../../helpers/lint.js';

const id = 'punctuation/approximate-number-dunhao';
const msg = (t: string, f: string) => said('dunhao', { text: t, fixed: f });

describe(id, () => {
  it.each([
    ['每组三、四个人。', 3, 6, '三、四', '三四', '每组三四个人。'],
    ['需要五、六天', 3, 6, '五、六', '五六', '需要五六天'],
    ['已有七、八十家', 3, 6, '七、八', '七八', '已有七八十家'],
    ['用一、二个小时', 2, 5, '一、二', '一两', '用一两个小时'],
  ])('flags %s', (text, column, endColumn, t, f, fixed) => {
    const messages = lintWith(rule, text);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ ruleId: id, severity: 'warning', line: 1, column, endColumn, ...msg(t, f) });
    expect(applyFixes(text, messages)).toBe(fixed);
  });

  it.each(['每组三四个人。', '一、二年级', '第三、四条', '三、五个', '九、十个', '三、四月份', '一、二等奖'])('stays silent on %s', (text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });
});
