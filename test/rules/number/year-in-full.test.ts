import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/number/year-in-full.js';
import { applyFixes, lintWith, said } from '../../helpers/lint.js';

const id = 'number/year-in-full';
const short = (t: string) => said('short', { text: t });
const range = (t: string, f: string) => said('shortRange', { text: t, full: f });

describe(id, () => {
  it.each([
    ['22年5月召开会议。', 1, 4, short('22年'), undefined],
    ['完成22年度工作总结。', 3, 6, short('22年'), undefined],
    ['于23年十月启动', 2, 5, short('23年'), undefined],
    ['预计24年底完成。', 3, 6, short('24年'), undefined],
    ['自25年初起执行', 2, 5, short('25年'), undefined],
    ['2020～25年规划', 6, 9, range('2020～25年', '2020～2025年'), '2020～2025年规划'],
    ['2020年-25年', 7, 10, range('2020年-25年', '2020年-2025年'), '2020年-2025年'],
    ['1998至02年', 6, 9, range('1998至02年', '1998至2002年'), '1998至2002年'],
  ])('flags %s', (text, column, endColumn, message, fixed) => {
    const messages = lintWith(rule, text);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ ruleId: id, severity: 'error', line: 1, column, endColumn, ...message });
    if (fixed === undefined) expect(messages[0].fix).toBeUndefined();
    else expect(applyFixes(text, messages)).toBe(fixed);
  });

  it.each([
    '2022年5月召开会议。',
    '已经工作了22年。',
    '近10年来',
    '第22年度',
    '连续22年度获评先进',
    '2020—2025年规划',
    '3.22年',
    '服务期满20年',
    '经过20年初步建成',
    '用10年末期的数据',
  ])('stays silent on %s', (text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });
});
