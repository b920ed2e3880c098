import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/consistency/total-sum.js';
import { findings, lintWith } from '../../helpers/lint.js';

describe('consistency/total-sum', () => {
  it.each([
    ['参会人员共计120人，其中男性70人、女性60人。', 1, 7, 11, '合计为120人，但其中男性70人、女性60人之和为130人（《党政机关公文处理工作条例》第二十条）', 'error', [1, 14, 25]],
    ['共安排资金1.2亿元，其中中央资金8000万元、地方资金3000万元。', 1, 6, 11, '合计为1.2亿元，但其中中央资金8000万元、地方资金3000万元之和为1.1亿元（《党政机关公文处理工作条例》第二十条）', 'error', [1, 14, 35]],
    ['共有职工500人，其中男职工300人（含党员100人），女职工150人。', 1, 5, 9, '合计为500人，但其中男职工300人、女职工150人之和为450人（《党政机关公文处理工作条例》第二十条）', 'error', [1, 12, 36]],
    // parts that may overlap (党员, 女性): a sum above the total is a warning
    ['全系统共有职工500人，其中党员120人、女性200人、干部300人。', 1, 8, 12, '总数为500人，但其中党员120人、女性200人、干部300人之和已达620人，请核对是否有重复计算（《党政机关公文处理工作条例》第二十条）', 'warning', [1, 15, 35]],
    ['全市共有企业300家，其中国有企业100家、高新技术企业250家。', 1, 7, 11, '总数为300家，但其中国有企业100家、高新技术企业250家之和已达350家，请核对是否有重复计算（《党政机关公文处理工作条例》第二十条）', 'warning', [1, 14, 33]],
    // two or three parts counted in things, above the total: certainly wrong (no 共计 before the total)
    ['项目总投资1500万元，其中：设备购置900万元，软件系统400万元，场地改造300万元。', 1, 6, 12, '总数为1500万元，但其中设备购置900万元、软件系统400万元、场地改造300万元之和已达1600万元，超过总数（《党政机关公文处理工作条例》第二十条）', 'error', [1, 16, 45]],
    ['今年新增公共停车泊位1200个，其中城区800个、城郊新区500个。', 1, 11, 16, '总数为1200个，但其中城区800个、城郊新区500个之和已达1300个，超过总数（《党政机关公文处理工作条例》第二十条）', 'error', [1, 19, 34]],
    ['全县教师共计900人，其中小学教师600人、中学教师400人。', 1, 7, 11, '总数为900人，但其中小学教师600人、中学教师400人之和已达1000人，超过总数（《党政机关公文处理工作条例》第二十条）', 'error', [1, 14, 31]],
    // 城区 and 城郊 look like the whole: a shortfall is a warning
    ['今年新增公共停车泊位1200个，其中城区800个、城郊新区300个。', 1, 11, 16, '总数为1200个，但其中城区800个、城郊新区300个之和只有1100个；如二者已涵盖全部，请核对（《党政机关公文处理工作条例》第二十条）', 'warning', [1, 19, 34]],
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
    '主骨架线网里程29万公里左右，其中高速铁路5.6万公里、普速铁路7.1万公里。', // the rest are roads
    '全县共有学校120所，其中小学80所、初中30所。', // a shortfall: other schools
    '共有党员500人，其中预备党员50人、女党员200人。',
    '全市GDP增长5.2%，其中第一产业增长3%。',
  ])('stays silent on %s', (text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });
});
