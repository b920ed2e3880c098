import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/phrasing/regulation-title.js';
import { lintWith, said } from '../../helpers/lint.js';

const CPC = '（中央党内法规和规范性文件发布文本）';
const NPC = '（国家法律法规数据库）';

describe('phrasing/regulation-title', () => {
  it.each([
    ['根据《中国共产党纪律处份条例》给予处分。', 'error', 4, 15, said('near', { cited: '中国共产党纪律处份条例', title: '中国共产党纪律处分条例', source: '中央党内法规和规范性文件发布文本' })],
    ['按照《中华人民共合国公务员法》执行。', 'error', 4, 15, said('near', { cited: '中华人民共合国公务员法', title: '中华人民共和国公务员法', source: '国家法律法规数据库' })],
    ['依据《党政机关公文处理条例》办理。', 'warning', 4, 14, said('near', { cited: '党政机关公文处理条例', title: '党政机关公文处理工作条例', source: '中央党内法规和规范性文件发布文本' })],
    ['学习《中国共产党章成》。', 'error', 4, 11, said('near', { cited: '中国共产党章成', title: '中国共产党章程', source: '中央党内法规和规范性文件发布文本' })],
    ['遵守《中华人民共和国公务员员法》。', 'error', 4, 16, said('near', { cited: '中华人民共和国公务员员法', title: '中华人民共和国公务员法', source: '国家法律法规数据库' })],
  ])('flags %s', (text, severity, column, endColumn, message) => {
    const messages = lintWith(rule, text);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ ruleId: 'phrasing/regulation-title', severity, line: 1, column, endColumn, ...message });
    expect(messages[0]!.fix).toBeUndefined();
  });

  it.each([
    '依据《党政机关公文处理工作条例》办理。',
    '按照《公务员法》执行。',
    '《中国共产党支部工作条例（试行）》',
    '《中国共产党支部工作条例》',
    '《中国共产党纪律处分条例》（2018年修订）',
    '《中华人民共和国统计法实施条例》',
    '《中华人民共和国环境保护税法》',
    '《中华人民共和国外资企业法》',
    '《事业单位工作人员奖励规定》',
    '《中华人民共和国公务员法释义》',
    '《中华人民共和国宪法修正案》',
    '《中华人民共和国宪法法》', // as near 立法法 as 宪法: not judged
    '印发《关于做好2024年春节期间有关工作的通知》。',
  ])('stays silent on %s', (text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });

  it.each([
    ['按照GB/T 9704—2012《党政机关公文格式规范》排版。', 18, 28, said('code', { code: 'GB/T 9704', title: '党政机关公文格式', cited: '党政机关公文格式规范', source: '国家标准全文公开系统' })],
    ['执行GB/T 15834-2011《标点符号使用规范》。', 19, 27, said('code', { code: 'GB/T 15834', title: '标点符号用法', cited: '标点符号使用规范', source: '国家标准全文公开系统' })],
  ])('checks a standard title against its number: %s', (text, column, endColumn, message) => {
    const messages = lintWith(rule, text);
    expect(messages.map((m) => ({ severity: m.severity, column: m.column, endColumn: m.endColumn, messageId: m.messageId, data: m.data })))
      .toEqual([{ severity: 'error', column, endColumn, ...message }]);
  });

  it.each(['按照GB/T 9704—2012《党政机关公文格式》排版。', '执行GB/T 15835—2011《出版物上数字用法》。', 'GB/T 1.1—2020《标准化工作导则》'])(
    'accepts %s',
    (text) => {
      expect(lintWith(rule, text)).toEqual([]);
    },
  );

  it('ends every message with one parenthesised source, no brackets nested in it', () => {
    const messages = lintWith(rule, '依据《党政机关公文处理条例》和《中华人民共合国公务员法》，按照GB/T 9704—2012《党政机关公文格式规范》排版。');
    expect(messages).toHaveLength(3);
    for (const m of messages) expect(m.message).toMatch(/（[^（）]+）$/u);
  });

  it('reads user title lexicons', () => {
    const lexicons = [{ name: '本省', type: 'title', entries: [{ title: '浙江省机关公文处理实施办法', source: '浙江省' }] }];
    expect(lintWith(rule, '按《浙江省机关公文处理实施办法》执行。', { config: { lexicons } })).toEqual([]);
    const m2 = lintWith(rule, '按《浙江省机关公文处里实施办法》执行。', { config: { lexicons } });
    expect(m2.map((m) => said(m.messageId!, m.data))).toEqual([said('near', { cited: '浙江省机关公文处里实施办法', title: '浙江省机关公文处理实施办法', source: '浙江省' })]);
  });
});

describe('phrasing/regulation-title: the universe of known titles and repealed ones (issue 9)', () => {
  it.each([
    '学习《中国共产党党校（行政学院）工作条例》。', // a Party-school regulation, not the 党组 one
    '依据《中华人民共和国森林法实施条例》处理。', // a known law + 实施条例 is its own derivative
    '按照《中华人民共和国草原法实施条例》执行。',
    '根据《中国共产党政治协商工作条例》开展工作。',
    '依照《中华人民共和国噪声污染防治法》处罚。',
    '执行《中华人民共和国外汇管理条例》。',
    '2001年，根据《国家行政机关公文处理办法》制定了本办法。\n2024年3月1日', // the past
    '根据《国家行政机关公文处理办法》办理。\n2010年3月1日', // dated before the repeal
    '《信访条例》同时废止。\n2022年5月1日', // the repeal itself
    '原《国家行政机关公文处理办法》已废止。\n2024年3月1日',
    '出台《碳排放权交易管理条例》及有关实施细则。', // 暂行 dropped: another edition, not a slip
  ])('stays silent on %s', (text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });

  it.each([
    [
      '根据《国家行政机关公文处理办法》，现将有关事项通知如下。\n2024年3月1日',
      'error',
      4,
      16,
      said('repealed', { cited: '国家行政机关公文处理办法', on: '2012年7月1日', onEn: '2012-07-01', by: '，现行为《党政机关公文处理工作条例》', byEn: ', replaced by 《党政机关公文处理工作条例》', source: '国务院2000年8月24日发布，2012年7月1日由《党政机关公文处理工作条例》第四十二条废止' }),
    ],
    [
      '按照《中华人民共和国合同法》有关规定执行。',
      'warning',
      4,
      14,
      said('repealed', { cited: '中华人民共和国合同法', on: '2021年1月1日', onEn: '2021-01-01', by: '，现行为《中华人民共和国民法典》', byEn: ', replaced by 《中华人民共和国民法典》', source: '国家法律法规数据库，已废止' }),
    ],
    [
      '依据《信访条例》妥善处理群众来信。\n2023年6月1日',
      'error',
      4,
      8,
      said('repealed', { cited: '信访条例', on: '2022年5月1日', onEn: '2022-05-01', by: '，现行为《信访工作条例》', byEn: ', replaced by 《信访工作条例》', source: '国家法律法规数据库，已废止' }),
    ],
  ])('reports a repealed title cited as current: %s', (text, severity, column, endColumn, message) => {
    const messages = lintWith(rule, text);
    expect(messages.map((m) => ({ severity: m.severity, line: m.line, column: m.column, endColumn: m.endColumn, messageId: m.messageId, data: m.data })))
      .toEqual([{ severity, line: 1, column, endColumn, ...message }]);
  });
});

describe('phrasing/regulation-title: a replaced character counts only when it sounds or looks like the right one (issue 9)', () => {
  // 党组 → 党团 / 党校: another body's regulation, one word away from a known title, not a slip
  it.each(['学习《中国共产党党团工作条例》。', '执行《中华人民共和国药品监督法》。'])('stays silent on %s', (text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });

  it.each([
    // 列 for 例: look-alike; 发 for 法: same sound
    ['依据《中国共产党纪律处分条列》处理。', 4, 15, '中国共产党纪律处分条列', '中国共产党纪律处分条例'],
    ['依据《中华人民共和国安全生产发》处理。', 4, 16, '中华人民共和国安全生产发', '中华人民共和国安全生产法'],
  ])('still reports a slip: %s', (text, column, endColumn, cited, title) => {
    const messages = lintWith(rule, text);
    expect(messages.map((m) => ({ ruleId: m.ruleId, severity: m.severity, line: m.line, column: m.column, endColumn: m.endColumn, messageId: m.messageId, data: m.data })))
      .toEqual([{ ruleId: 'phrasing/regulation-title', severity: 'error', line: 1, column, endColumn, messageId: 'near', data: expect.objectContaining({ cited, title }) }]);
  });
});
