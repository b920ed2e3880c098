import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/punctuation/dunhao-between-quotes.js';
import { applyFixes, lintWith } from '../../helpers/lint.js';

const id = 'punctuation/dunhao-between-quotes';
const msg = (kind: string) => `并列的${kind}之间通常不用顿号，应删去“、”（GB/T 15834—2011 4.5.3.5）`;

describe(id, () => {
  it.each([
    ['学习《条例》、《规定》。', 7, 8, msg('书名号'), '学习《条例》《规定》。'],
    ['坚持“两个确立”、“两个维护”。', 9, 10, msg('引号'), '坚持“两个确立”“两个维护”。'],
  ])('flags %s', (text, column, endColumn, message, fixed) => {
    const messages = lintWith(rule, text);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ ruleId: id, severity: 'warning', line: 1, column, endColumn, message });
    expect(applyFixes(text, messages)).toBe(fixed);
  });

  it('flags every 顿号 in a longer list', () => {
    const messages = lintWith(rule, '《甲》、《乙》、《丙》');
    expect(messages.map((m) => m.column)).toEqual([4, 8]);
  });

  it.each(['学习《条例》《规定》。', '学习《条例》（2019年修订）、《规定》。', '“十四五”、《规划》', '坚持“两个确立”“两个维护”。'])(
    'stays silent on %s',
    (text) => {
      expect(lintWith(rule, text)).toEqual([]);
    },
  );
});
