import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/punctuation/punctuation-position.js';
import { lintWith, said } from '../../helpers/lint.js';

const id = 'punctuation/punctuation-position';
const msg = (m: string) => said('leading', { mark: m });

describe(id, () => {
  it.each([
    ['要加强领导\n，确保工作落实。', 2, 1, '，'],
    ['要加强领导\n　　。确保工作落实。', 2, 3, '。'],
    ['名单如下\n、张三、李四', 2, 1, '、'],
  ])('flags %j', (text, line, column, mark) => {
    const messages = lintWith(rule, text);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ ruleId: id, severity: 'warning', line, column, endColumn: column + 1, ...msg(mark) });
    expect(messages[0].fix).toBeUndefined();
  });

  it.each(['要加强领导，确保工作落实。', '一、总体要求', '“要加强领导。”', '（一）工作目标'])('stays silent on %j', (text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });
});
