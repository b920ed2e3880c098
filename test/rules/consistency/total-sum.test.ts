import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/consistency/total-sum.js';
import { findings, lintWith } from '../../helpers/lint.js';

describe('consistency/total-sum', () => {
  it.each([
    ['参会人员共计120人，其中男性70人、女性60人。', 1, 7, 11, '合计为120人，但所列分项之和为130人（男性70人、女性60人）', 'error', [1, 14, 25]],
    ['共安排资金1.2亿元，其中中央资金8000万元、地方资金3000万元。', 1, 6, 11, '合计为1.2亿元，但所列分项之和为1.1亿元（中央资金8000万元、地方资金3000万元）', 'error', [1, 14, 35]],
    ['共有职工500人，其中男职工300人（含党员100人），女职工150人。', 1, 5, 9, '合计为500人，但所列分项之和为450人（男职工300人、女职工150人）', 'error', [1, 12, 36]],
    // parts that may overlap: only a sum above the total, as a warning
    ['全系统共有职工500人，其中党员120人、女性200人、干部300人。', 1, 8, 12, '合计为500人，但所列分项之和已达620人（党员120人、女性200人、干部300人），请核对是否有重复计算', 'warning', [1, 15, 35]],
    // no 共计 before the total
    ['项目总投资1500万元，其中：设备购置900万元，软件系统400万元，场地改造300万元。', 1, 6, 12, '合计为1500万元，但所列分项之和已达1600万元（设备购置900万元、软件系统400万元、场地改造300万元），请核对是否有重复计算', 'warning', [1, 16, 45]],
  ])('flags %s', (text, line, column, endColumn, message, severity, [rl, rc, re]) => {
    const messages = lintWith(rule, text);
    expect(findings(messages)).toEqual([
      { ruleId: 'consistency/total-sum', severity, line, column, endColumn, message },
    ]);
    expect(messages[0].related).toMatchObject([{ line: rl, column: rc, endColumn: re }]);
  });

  it.each([
    '参会人员共计120人，其中男性70人、女性50人。',
    '全系统共有职工500人，其中党员120人、女性200人。', // some categories only
    '共有职工500人，其中男职工300人，女职工200人。',
    '共检查网站7788个，占运行政府网站总数的15%。',
    '共建成项目30个，其中10个已投产。',
    '今年新增泊位1200个，其中城区800个、新区300个。', // parts may be a selection
    '全市GDP增长5.2%，其中第一产业增长3%。',
  ])('stays silent on %s', (text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });
});
