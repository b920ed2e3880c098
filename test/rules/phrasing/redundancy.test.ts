import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/phrasing/redundancy.js';
import { REDUNDANCY_PATTERNS } from '../../../src/rules/phrasing/redundancy-patterns.js';
import { applyFixes, facts, said, lintWith } from '../../helpers/lint.js';

const id = 'phrasing/redundancy';
const msg = (t: string, a: string, b: string, d: string) => said('redundant', { text: t, a, b, drop: d });

describe(id, () => {
  it.each([
    ['现有办公设备约300台左右。', 'error', 7, 14, msg('约300台左右', '约', '左右', '左右'), '现有办公设备约300台。'],
    ['使用年限超过10年以上。', 'error', 5, 12, msg('超过10年以上', '超过', '以上', '以上'), '使用年限超过10年。'],
    ['其中逾100多台已报废。', 'error', 3, 8, msg('逾100多', '逾', '多', '多'), '其中逾100台已报废。'],
    ['我局目的是为了提高效率。', 'error', 3, 8, msg('目的是为了', '目的', '为了', '为了'), '我局目的是提高效率。'],
    ['原因是由于资金不足。', 'error', 1, 6, msg('原因是由于', '原因', '由于', '由于'), '原因是资金不足。'],
    ['比上年同期同比增长5%。', 'error', 1, 8, msg('比上年同期同比', '同比', '比上年同期', '同比'), '比上年同期增长5%。'],
    ['城乡收入悬殊很大。', 'error', 5, 9, msg('悬殊很大', '悬殊', '很大', '很大'), '城乡收入悬殊。'],
    ['涉及到的设备要登记。', 'warning', 1, 4, msg('涉及到', '涉及', '到', '到'), '涉及的设备要登记。'],
    ['近100人左右参加。', 'warning', 1, 8, msg('近100人左右', '近', '左右', '左右'), '近100人参加。'],
    // The widened family (issue 9): the words as written (lead/tail), the alternative that matched (drop2).
    ['大约有300人左右参加。', 'error', 1, 10, msg('大约有300人左右', '大约', '左右', '左右'), '大约有300人参加。'],
    ['每组十几人上下。', 'error', 3, 8, msg('十几人上下', '十几', '上下', '上下'), '每组十几人。'],
    ['工作10多年以上的职工', 'error', 3, 9, msg('10多年以上', '多', '以上', '以上'), '工作10多年的职工'],
    ['每个组至少3人以上。', 'error', 4, 10, msg('至少3人以上', '至少', '以上', '以上'), '每个组至少3人。'],
    ['办理时限不超过5个工作日以内。', 'error', 5, 15, msg('不超过5个工作日以内', '不超过', '以内', '以内'), '办理时限不超过5个工作日。'],
    ['增长百分之30%。', 'error', 3, 9, msg('百分之30%', '百分之', '%', '%'), '增长百分之30。'],
    ['其目的就是为了规范管理。', 'error', 2, 8, msg('目的就是为了', '目的', '为了', '为了'), '其目的就是规范管理。'],
    ['较上年相比增长5%。', 'error', 1, 6, msg('较上年相比', '较', '相比', '相比'), '较上年增长5%。'],
    ['截止到2024年6月底为止，共受理120件。', 'warning', 1, 14, msg('截止到2024年6月底为止', '截止', '为止', '为止'), '截止到2024年6月底，共受理120件。'],
    ['现在目前已完成。', 'error', 1, 5, msg('现在目前', '目前', '现在', '现在'), '目前已完成。'],
    ['会议又再次强调了安全生产。', 'warning', 3, 6, msg('又再次', '再次', '又', '再次'), '会议又强调了安全生产。'],
    ['各位代表们：', 'error', 1, 6, msg('各位代表们', '各位', '们', '们'), '各位代表：'],
    ['众多的专家们一致认为', 'error', 1, 7, msg('众多的专家们', '众多', '们', '们'), '众多的专家一致认为'],
    ['违规所得一律全部没收。', 'warning', 5, 9, msg('一律全部', '一律', '全部', '全部'), '违规所得一律没收。'],
    ['对超标车辆均一律劝返', 'warning', 6, 9, msg('均一律', '一律', '均', '均'), '对超标车辆一律劝返'],
    ['每年年均增长5%', 'error', 1, 5, msg('每年年均', '年均', '每年', '每年'), '年均增长5%'],
    ['形势越来越更加严峻。', 'error', 3, 8, msg('越来越更加', '越来越', '更加', '更加'), '形势越来越严峻。'],
    ['他忍俊不禁地笑了。', 'error', 2, 9, msg('忍俊不禁地笑了', '忍俊不禁', '笑', '地笑了'), '他忍俊不禁。'],
    ['要大力加大执法检查力度。', 'error', 2, 12, msg('大力加大执法检查力度', '大力', '加大力度', '大力'), '要加大执法检查力度。'],
    ['他毕业于北京大学毕业。', 'error', 2, 11, msg('毕业于北京大学毕业', '毕业于', '毕业', '毕业'), '他毕业于北京大学。'],
    ['必须改变目前的现状。', 'warning', 5, 10, msg('目前的现状', '目前', '现状', '目前的'), '必须改变现状。'],
  ])('flags %s', (text, severity, column, endColumn, message, fixed) => {
    const messages = lintWith(rule, text);
    expect(facts(messages)).toEqual([{ ruleId: id, severity, line: 1, column, endColumn, ...message }]);
    expect(applyFixes(text, messages)).toBe(fixed);
  });

  it.each([
    ['我市之所以发展快的原因是营商环境好。', 'warning', 3, 12, said('redundantNoFix', { text: '之所以发展快的原因', a: '之所以', b: '原因', drop: '' })],
    ['群众的要求日益变得越来越高。', 'error', 6, 13, said('redundantNoFix', { text: '日益变得越来越', a: '日益', b: '越来越', drop: '' })],
    ['所有问题都全部整改到位。', 'warning', 1, 8, said('redundantNoFix', { text: '所有问题都全部', a: '所有', b: '都全部', drop: '' })],
  ])('flags %s without a fix (which word goes is the writer’s choice)', (text, severity, column, endColumn, message) => {
    expect(facts(lintWith(rule, text))).toEqual([{ ruleId: id, severity, line: 1, column, endColumn, ...message }]);
  });

  it('reads 大约 with a few words before the number (0 on gov-docs, both parts)', () => {
    expect(facts(lintWith(rule, '大约占全市的30%上下。'))).toEqual([
      { ruleId: id, severity: 'error', line: 1, column: 1, endColumn: 12, ...msg('大约占全市的30%上下', '大约', '上下', '上下') },
    ]);
  });

  it('reports one finding where two patterns cover the same words', () => {
    expect(lintWith(rule, '约100多人左右参加。').map((m) => [m.column, m.endColumn, m.data])).toEqual([
      [1, 9, { text: '约100多人左右', a: '约', b: '左右', drop: '左右' }],
    ]);
  });

  it('has no fix for 凡是…都…都 and says “delete one”', () => {
    expect(facts(lintWith(rule, '凡是参加培训的人员都要都按时签到。'))).toEqual([
      { ruleId: id, severity: 'warning', line: 1, column: 1, endColumn: 13, ...said('redundantNoFix', { text: '凡是参加培训的人员都要都', a: '凡是', b: '都', drop: '' }) },
    ]);
  });

  it.each([
    '节约30%左右的用电。',
    '制约10年以上的发展',
    '最近10天左右',
    '附近10多家企业',
    '《关于目的是为了的辨析》已印发。', // a cited title
    '所谓“约300台左右”的说法不准确。', // quoted words
    '使用年限在10年以上。',
    '大约300台。',
    '每月人均收入3000元。', // two units: per person, each month
    '这是一个孩子们喜欢的节目。', // 一个 belongs to 节目, not to 孩子们
    '许多同学们喜欢的书已经借完。', // a relative clause: 许多 may belong to 书
    '各位领导、同志们：', // two salutations
    '与上年相比增长5%。',
    '从明天起，开始实施。',
    '首先第一批试点已启动。',
    '迄今为止，已完成80%。',
    '已审核的材料不再重新审核。',
    '十三五时期左右', // not 三五
  ])('stays silent on %s', (text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });

  describe.each(REDUNDANCY_PATTERNS.map((p) => [p.words.join('…'), p] as const))('pattern %s', (_name, p) => {
    it.each(p.examples.bad)('flags %s once, at its severity', (text) => {
      const messages = lintWith(rule, text);
      expect(messages.map((m) => [m.ruleId, m.severity])).toEqual([[id, p.severity]]);
    });
    it.each(p.examples.good)('stays silent on %s', (text) => {
      expect(lintWith(rule, text)).toEqual([]);
    });
    it('its gate lets every bad example through', () => {
      for (const text of p.examples.bad) expect([...p.gate].some((c) => text.includes(c)), text).toBe(true);
    });
  });
});
