import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/punctuation/duplicate-punctuation.js';
import { applyFixes, lintWith } from '../../helpers/lint.js';

describe('punctuation/duplicate-punctuation', () => {
  it.each([
    ['现将有关事项通知如下：。', 11, 13, '：。', '现将有关事项通知如下：'],
    ['完成任务。，确保质量。', 5, 7, '。，', '完成任务，确保质量。'],
    ['一是抓落实；；二是', 6, 8, '；；', '一是抓落实；二是'],
  ])('flags %s', (text, column, endColumn, marks, fixed) => {
    const messages = lintWith(rule, text);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({
      ruleId: 'punctuation/duplicate-punctuation',
      severity: 'error',
      line: 1,
      column,
      endColumn,
      message: `标点“${marks}”叠用，只保留一个（GB/T 15834—2011 4）`,
    });
    expect(applyFixes(text, messages)).toBe(fixed);
  });

  it.each(['现将有关事项通知如下：', '这是为什么？！', '真的吗？？', '“好。”他说。', '详见http://example.gov.cn/a?x=1,,2。'])('stays silent on %s', (text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });

  it('reports on the right line of a multi-line text', () => {
    const messages = lintWith(rule, '第一行。\n第二行，，有错。');
    expect(messages.map((m) => [m.line, m.column])).toEqual([[2, 4]]);
  });
});
