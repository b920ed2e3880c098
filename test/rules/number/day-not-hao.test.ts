import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/number/day-not-hao.js';
import { applyFixes, facts, lintWith, said } from '../../helpers/lint.js';

const id = 'number/day-not-hao';
const msg = (t: string, f: string) => said('hao', { text: t, fixed: f });

describe(id, () => {
  it.each([
    ['请于4月1号前报送。', 3, 7, msg('4月1号', '4月1日'), '请于4月1日前报送。'],
    ['截至2024年12月31号，已完成。', 8, 14, msg('12月31号', '12月31日'), '截至2024年12月31日，已完成。'],
    ['会议定于十二月三号召开。', 5, 10, msg('十二月三号', '十二月三日'), '会议定于十二月三日召开。'],
    ['于3月25号完成', 2, 7, msg('3月25号', '3月25日'), '于3月25日完成'],
  ])('flags %s', (text, column, endColumn, message, fixed) => {
    const messages = lintWith(rule, text);
    expect(facts(messages)).toEqual([{ ruleId: id, severity: 'error', line: 1, column, endColumn, ...message }]);
    expect(applyFixes(text, messages)).toBe(fixed);
  });

  it.each([
    '请于4月1日前报送。',
    '按照5月1号文件要求执行。',
    '3月8号楼完成改造。',
    '乘坐地铁12号线。',
    '依据国办发〔2024〕5号文件。',
  ])('stays silent on %s', (text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });
});
