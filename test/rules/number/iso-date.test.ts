import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/number/iso-date.js';
import { applyFixes, lintWith, said } from '../../helpers/lint.js';

const id = 'number/iso-date';
const dotted = (t: string, f: string) => said('dotted', { text: t, fixed: f });
const numeric = (t: string, f: string) => said('numeric', { text: t, fixed: f });

describe(id, () => {
  it.each([
    ['会议于2024.11.15召开。', 4, 14, dotted('2024.11.15', '2024年11月15日'), 'error', '会议于2024年11月15日召开。'],
    ['截至2024/3/1。', 3, 11, dotted('2024/3/1', '2024年3月1日'), 'error', '截至2024年3月1日。'],
    ['于2024-11-15前报送。', 2, 12, numeric('2024-11-15', '2024年11月15日'), 'warning', '于2024年11月15日前报送。'],
    ['于2024-01-05前报送。', 2, 12, numeric('2024-01-05', '2024年1月5日'), 'warning', '于2024年1月5日前报送。'],
  ])('flags %s', (text, column, endColumn, message, severity, fixed) => {
    const messages = lintWith(rule, text);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ ruleId: id, severity, line: 1, column, endColumn, ...message });
    expect(applyFixes(text, messages)).toBe(fixed);
  });

  it.each([
    '会议于2024年11月15日召开。',
    '版本号1.2.3',
    '编号2024-13-45',
    '见https://www.gov.cn/2024/11/15/a.htm',
    '软件V2024.11.15版',
    '代码2024-11-15-01',
  ])('stays silent on %s', (text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });
});

describe(`${id} in tables`, () => {
  it('leaves a Markdown table cell alone but flags the same date in a paragraph', () => {
    const md = '# 关于做好检查工作的通知\n\n请于2024-11-15前报送。\n\n| 项目 | 时间 |\n|---|---|\n| 检查 | 2024-11-15 |\n';
    const messages = lintWith(rule, md, { filename: 'test.md' });
    expect(messages.map((m) => [m.line, m.column, m.endColumn])).toEqual([[3, 3, 13]]);
  });
});

describe(`${id} in a remark`, () => {
  it('allows the numeric form in 附注 but not the dotted one', () => {
    const text = '关于做好工作的通知\n各单位：\n现将有关事项通知如下。\nXX局\n2024年11月5日\n（此件于2024-11-05公开）';
    expect(lintWith(rule, text)).toEqual([]);
    const dotted = lintWith(rule, '关于做好工作的通知\n各单位：\n现将有关事项通知如下。\nXX局\n2024年11月5日\n（此件于2024.11.05公开）');
    expect(dotted.map((m) => [m.line, m.column, m.endColumn, m.severity])).toEqual([[6, 5, 15, 'error']]);
  });
});
