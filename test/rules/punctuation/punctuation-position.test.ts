import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/punctuation/punctuation-position.js';
import { lintWith } from '../../helpers/lint.js';

const id = 'punctuation/punctuation-position';
const msg = (m: string) => `标点“${m}”出现在段首，点号应紧随前面的文字，不出现在一行之首（GB/T 15834—2011 5.1.1）`;

describe(id, () => {
  it.each([
    ['要加强领导\n，确保工作落实。', 2, 1, '，'],
    ['要加强领导\n　　。确保工作落实。', 2, 3, '。'],
    ['名单如下\n、张三、李四', 2, 1, '、'],
  ])('flags %j', (text, line, column, mark) => {
    const messages = lintWith(rule, text);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ ruleId: id, severity: 'warning', line, column, endColumn: column + 1, message: msg(mark) });
    expect(messages[0].fix).toBeUndefined();
  });

  it.each(['要加强领导，确保工作落实。', '一、总体要求', '“要加强领导。”', '（一）工作目标'])('stays silent on %j', (text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });
});
