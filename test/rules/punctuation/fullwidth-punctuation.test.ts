import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/punctuation/fullwidth-punctuation.js';
import { applyFixes, facts, lintWith, said } from '../../helpers/lint.js';

const id = 'punctuation/fullwidth-punctuation';
const single = (mark: string, full: string) => said('halfwidth', { mark, full });
const pair = (marks: string, full: string) => said('halfwidthPair', { marks, full });

describe(id, () => {
  it.each([
    // text, column, endColumn, message, fixed text (undefined: no fix)
    ['各地区,各部门要抓好落实。', 4, 5, single(',', '，'), '各地区，各部门要抓好落实。'],
    ['一是抓落实;二是抓督查。', 6, 7, single(';', '；'), '一是抓落实；二是抓督查。'],
    ['现将有关事项通知如下:', 11, 12, single(':', '：'), '现将有关事项通知如下：'],
    ['这是为什么?', 6, 7, single('?', '？'), '这是为什么？'],
    ['表示热烈祝贺!', 7, 8, single('!', '！'), '表示热烈祝贺！'],
    ['附件:1.实施方案', 3, 4, single(':', '：'), undefined],
    ['工作已经完成.下一步', 7, 8, single('.', '。'), undefined],
    ['以来，持续推进“放管服”改革,', 15, 16, single(',', '，'), '以来，持续推进“放管服”改革，'],
    ['落实“十四五”规划,“两个确立”', 10, 11, single(',', '，'), '落实“十四五”规划，“两个确立”'],
    [',各部门要抓好落实。', 1, 2, single(',', '，'), undefined],
    ['用时3~5天', 4, 5, single('~', '～'), '用时3～5天'],
    ['增长15%~30%', 6, 7, single('~', '～'), '增长15%～30%'],
    ['推进“放管服”,优化服务', 8, 9, single(',', '，'), '推进“放管服”，优化服务'],
    ['请于本月底前报送(含电子版)。', 9, 15, pair('()', '（）'), '请于本月底前报送（含电子版）。'],
    ['这是所谓的"新常态"。', 6, 11, pair('""', '“”'), '这是所谓的“新常态”。'],
    ['基础设施（数据中心等)建设', 11, 12, single(')', '）'), '基础设施（数据中心等）建设'],
    ['数据中心等)建设', 6, 7, single(')', '）'), undefined],
  ])('flags %s', (text, column, endColumn, message, fixed) => {
    const messages = lintWith(rule, text);
    expect(facts(messages)).toEqual([{ ruleId: id, severity: 'error', line: 1, column, endColumn, ...message }]);
    if (fixed === undefined) expect(messages[0].fix).toBeUndefined();
    else expect(applyFixes(text, messages)).toBe(fixed);
  });

  it.each([
    '增长3.5%，达到1,000亿元。',
    '会议于10:30开始，比例尺为1:500。',
    '详见http://www.gov.cn/zhengce/index.htm?id=1,2。',
    '请发送至office@example.gov.cn，抄送有关单位。',
    '1.总体要求',
    '（1）加强领导',
    '附件：关于开展检查的通知.docx',
    '世界卫生组织(WHO)发布报告。',
    'The quick brown fox, jumps over.',
    '执行GB/T 9704-2012标准。',
    '全面推进……',
    'x~y',
    '3~5',
  ])('stays silent on %s', (text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });

  it('reports on the right line and leaves the document number alone', () => {
    const messages = lintWith(rule, 'XX市人民政府文件\n市政发〔2024〕1号\n关于做好工作的通知\n各区:');
    expect(messages.map((m) => [m.line, m.column])).toEqual([[4, 3]]);
  });
});

describe(`${id} in Markdown`, () => {
  it('maps a finding inside bold text to its source column, and fixes it there', () => {
    const md = '# 关于做好检查工作的通知\n\n各单位：\n\n请**按时报送**,不得延误。\n';
    const messages = lintWith(rule, md, { filename: 'test.md' });
    expect(facts(messages)).toEqual([{ ruleId: id, severity: 'error', line: 5, column: 10, endColumn: 11, ...single(',', '，') }]);
    expect(applyFixes(md, messages)).toBe(md.replace(',', '，'));
  });

  it('does not look into link targets or inline code', () => {
    const md = '详见[通知](http://example.gov.cn/a?x=1,2)，运行`a,b`即可。\n';
    expect(lintWith(rule, md, { filename: 'test.md' })).toEqual([]);
  });
});

describe(`${id}: half-width marks that published text uses legitimately (issue 9)`, () => {
  it.each([
    '计算公式为：综合得分=(甲项得分+乙项得分)/2。', // brackets grouping a formula
    '增长率=(本期数-上期数)/上期数×100%。',
    '人均用水量不超过150升/(人·日)。',
    '他在信中写道：“Good morning, everyone!”随后签名。', // the end of a quoted English passage
    '分为以下三类：a)基础类；b)提升类；c)示范类。', // list labels as GB/T 1.1 numbers them
    '1)建立台账；2)定期复核。',
  ])('stays silent on %s', (text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });

  it.each([
    // the faults those exemptions sit next to still fire
    ['综合得分(含加分项)为九十分。', 5, 11, pair('()', '（）')],
    ['英文名称为Daily,由报社主办。', 11, 12, single(',', '，')],
    ['一)建立台账。', 2, 3, single(')', '）')],
    ['他说:“好的。”', 3, 4, single(':', '：')],
  ])('still flags %s', (text, column, endColumn, message) => {
    expect(facts(lintWith(rule, text))).toEqual([{ ruleId: id, severity: 'error', line: 1, column, endColumn, ...message }]);
  });
});
