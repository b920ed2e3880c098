import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/punctuation/range-dash.js';
import { applyFixes, lintWith, said } from '../../helpers/lint.js';

const id = 'punctuation/range-dash';
const msg = (t: string) => said('hyphen', { text: t });

describe(id, () => {
  it.each([
    ['本规划（2021-2025年）', 5, 15, '2021-2025年', '本规划（2021—2025年）'],
    ['2021年-2025年', 1, 12, '2021年-2025年', '2021年—2025年'],
    ['规划(2016－2020年)', 4, 14, '2016－2020年', '规划(2016—2020年)'],
    ['纲要（2018–2022年）', 4, 14, '2018–2022年', '纲要（2018—2022年）'],
  ])('flags %s', (text, column, endColumn, span, fixed) => {
    const messages = lintWith(rule, text);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ ruleId: id, severity: 'warning', line: 1, column, endColumn, ...msg(span) });
    expect(applyFixes(text, messages)).toBe(fixed);
  });

  it.each([
    '《规划（2021—2025年）》',
    '执行GB/T 9704-2012标准',
    '联系电话：010-12345678',
    '于2024-11-15前报送',
    '2021～2025年',
    '编号2025-2021年',
  ])('stays silent on %s', (text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });
});

describe(`${id}: a cited title is quoted as it was issued (issue 9)`, () => {
  it.each(['印发《青年发展规划（2016－2025年）》。', '贯彻《关于实施〈科技规划（2021-2025年）〉的意见》。'])('stays silent on %s', (text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });

  it('still flags the span outside the title marks, once', () => {
    const messages = lintWith(rule, '印发《青年发展规划（2016－2025年）》，2016-2020年为第一阶段。');
    expect(messages.map((m) => ({ ruleId: m.ruleId, line: m.line, column: m.column, endColumn: m.endColumn, messageId: m.messageId, data: m.data })))
      .toEqual([{ ruleId: id, line: 1, column: 24, endColumn: 34, messageId: 'hyphen', data: { text: '2016-2020年' } }]);
  });
});
