import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/consistency/total-sum.js';
import { facts, said, lintWith } from '../../helpers/lint.js';

describe('consistency/total-sum', () => {
  it.each([
    ['参会人员共计120人，其中男性70人、女性60人。', 1, 7, 11, said('mismatch', { total: '120人', sum: '130人', parts: '男性70人、女性60人' }), 'error', [1, 14, 25]],
    ['共安排资金1.2亿元，其中中央资金8000万元、地方资金3000万元。', 1, 6, 11, said('mismatch', { total: '1.2亿元', sum: '1.1亿元', parts: '中央资金8000万元、地方资金3000万元' }), 'error', [1, 14, 35]],
    ['共有职工500人，其中男职工300人（含党员100人），女职工150人。', 1, 5, 9, said('mismatch', { total: '500人', sum: '450人', parts: '男职工300人、女职工150人' }), 'error', [1, 12, 36]],
    // parts that may overlap (党员, 女性): a sum above the total is a warning
    ['全系统共有职工500人，其中党员120人、女性200人、干部300人。', 1, 8, 12, said('over', { total: '500人', sum: '620人', parts: '党员120人、女性200人、干部300人' }), 'warning', [1, 15, 35]],
    ['全市共有企业300家，其中国有企业100家、高新技术企业250家。', 1, 7, 11, said('over', { total: '300家', sum: '350家', parts: '国有企业100家、高新技术企业250家' }), 'warning', [1, 14, 33]],
    // two or three parts counted in things, above the total: certainly wrong (no 共计 before the total)
    ['项目总投资1500万元，其中：设备购置900万元，软件系统400万元，场地改造300万元。', 1, 6, 12, said('more', { total: '1500万元', sum: '1600万元', parts: '设备购置900万元、软件系统400万元、场地改造300万元' }), 'error', [1, 16, 45]],
    ['今年新增公共停车泊位1200个，其中城区800个、城郊新区500个。', 1, 11, 16, said('more', { total: '1200个', sum: '1300个', parts: '城区800个、城郊新区500个' }), 'error', [1, 19, 34]],
    ['共建成项目30个，其中已投产20个、在建15个。', 1, 6, 9, said('more', { total: '30个', sum: '35个', parts: '已投产20个、在建15个' }), 'error', [1, 12, 24]],
    ['共安排资金500万元，其中省级资金600万元、市级资金100万元。', 1, 6, 11, said('more', { total: '500万元', sum: '700万元', parts: '省级资金600万元、市级资金100万元' }), 'error', [1, 14, 33]],
    // kinds that may overlap (a loan to a small firm may be a farm loan): a warning
    ['共发放贷款500亿元，其中小微企业贷款300亿元、涉农贷款260亿元。', 1, 6, 11, said('over', { total: '500亿元', sum: '560亿元', parts: '小微企业贷款300亿元、涉农贷款260亿元' }), 'warning', [1, 14, 35]],
    // 城区 and 城郊 look like the whole: a shortfall is a warning
    ['今年新增公共停车泊位1200个，其中城区800个、城郊新区300个。', 1, 11, 16, said('less', { total: '1200个', sum: '1100个', parts: '城区800个、城郊新区300个' }), 'warning', [1, 19, 34]],
  ])('flags %s', (text, line, column, endColumn, message, severity, [rl, rc, re]) => {
    const messages = lintWith(rule, text);
    expect(facts(messages)).toEqual([
      { ruleId: 'consistency/total-sum', severity, line, column, endColumn, ...message },
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
    '主骨架线网里程29万公里左右，其中高速铁路5.6万公里、普速铁路7.1万公里。', // the rest are roads
    '全县共有学校120所，其中小学80所、初中30所。', // a shortfall: other schools
    '共有党员500人，其中预备党员50人、女党员200人。',
    '全市GDP增长5.2%，其中第一产业增长3%。',
  ])('stays silent on %s', (text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });
});
