import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/consistency/announced-count.js';
import { facts, said, lintWith } from '../../helpers/lint.js';

describe('consistency/announced-count', () => {
  it.each([
    // inline 一是 series
    ['重点抓好三项工作：一是加强领导；二是完善制度。', 1, 5, 9, said('fewer', { announced: '三项工作', count: 3, listed: 2 }), 'error', [1, 10, 12]],
    // headings at the next level, counted at their own level
    ['我讲三点意见。\n一、提高认识\n要认识到位。\n二、狠抓落实\n要落实到位。', 1, 3, 7, said('fewer', { announced: '三点意见', count: 3, listed: 2 }), 'error', [2, 1, 7]],
    ['会议要求做好以下四个方面工作：\n（一）加强领导。\n要加强领导。\n（二）完善制度。\n1.建立机制。\n2.明确责任。\n3.加强考核。\n（三）强化督查。\n二、其他', 1, 9, 15, said('fewer', { announced: '四个方面工作', count: 4, listed: 3 }), 'error', [2, 1, 9]],
    // quoted items
    ['牢记“三个务必”：“务必不忘初心”“务必谦虚谨慎”。', 1, 4, 8, said('fewer', { announced: '三个务必', count: 3, listed: 2 }), 'error', [1, 10, 18]],
    ['提出五点要求：第一，提高认识；第二，狠抓落实；第三，严守纪律。', 1, 3, 7, said('fewer', { announced: '五点要求', count: 5, listed: 3 }), 'error', [1, 8, 10]],
    // a series over paragraphs, with sub-items that do not count
    ['主要任务有四项：\n一是加强领导。\n二是完善制度。\n（1）建立机制；（2）明确责任；（3）加强考核。\n三是强化督查。', 1, 6, 8, said('fewer', { announced: '四项', count: 4, listed: 3 }), 'error', [2, 1, 3]],
    ['抓好3项工作：(1)防汛；(2)抗旱。', 1, 3, 7, said('fewer', { announced: '3项工作', count: 3, listed: 2 }), 'error', [1, 8, 11]],
    // the series right after the announcing sentence; "…工作通知如下。" announces 工作
    ['会议明确了三项重点工作。一是加快施工进度。二是加强质量监管。', 1, 6, 12, said('fewer', { announced: '三项重点工作', count: 3, listed: 2 }), 'error', [1, 13, 15]],
    ['现就做好以下三个方面工作通知如下。\n一、加强组织领导\n要加强领导。\n二、强化督促检查\n要强化检查。', 1, 7, 13, said('fewer', { announced: '三个方面工作', count: 3, listed: 2 }), 'error', [2, 1, 9]],
    // a plain 顿号 list: warning
    ['抓好三项工作：防汛、抗旱。', 1, 3, 7, said('fewer', { announced: '三项工作', count: 3, listed: 2 }), 'warning', [1, 8, 10]],
    ['坚定“四个自信”，即道路自信、理论自信、制度自信。', 1, 4, 8, said('fewer', { announced: '四个自信', count: 4, listed: 3 }), 'warning', [1, 11, 15]],
  ])('flags %s', (text, line, column, endColumn, message, severity, [rl, rc, re]) => {
    const messages = lintWith(rule, text);
    expect(facts(messages)).toEqual([
      { ruleId: 'consistency/announced-count', severity, line, column, endColumn, ...message },
    ]);
    expect(messages[0].related).toMatchObject([{ line: rl, column: rc, endColumn: re }]);
  });

  it.each([
    '重点抓好三项工作：一是加强领导；二是完善制度；三是强化督查。',
    '我讲两点意见。\n一、提高认识\n（一）认识到位。\n（二）思想到位。\n（三）行动到位。\n二、狠抓落实\n要落实到位。',
    '提出以下三点要求：\n一是加强领导。\n要加强领导，形成合力。\n二是完善制度。\n（1）建立机制；（2）明确责任；（3）加强考核；（4）严格奖惩。\n三是强化督查。',
    '抓好三项工作：防汛、抗旱和森林防火。',
    '会议明确了两项重点工作。一是加快施工进度。二是加强质量监管。',
    '现就做好以下两个方面工作通知如下。\n一、加强组织领导\n二、强化督促检查',
    '完成了三项工作。防汛、抗旱、救灾都有进展。', // no series after the full stop
    // a gap is consistency/enumeration-series's: three items are listed
    '重点抓好三项工作：一是加强领导；二是完善制度；四是强化督查。',
    '我讲三点意见。\n一、提高认识\n二、狠抓落实\n四、严守纪律',
    '具备下列三个条件之一：一是有资质；二是有场地；三是有人员。',
    // names, not announcements
    '坚持“三个代表”重要思想，一是这样，二是那样。',
    '坚定“四个自信”，即道路自信、理论自信、制度自信、文化自信。',
    '践行“三个代表”\n一、甲\n二、乙',
    '坚决做到“两个维护”，即坚决维护习近平总书记党中央的核心、全党的核心地位，坚决维护党中央权威和集中统一领导。',
    '深刻领悟“两个确立”的决定性意义：一是这个；二是那个；三是其他。',
    // two counts in the clause, ordinals, approximations
    '从5个方面提出20项举措：一是加强领导；二是完善制度。',
    '《条例》第一百零五条：一是甲；二是乙；三是丙。',
    '耕地质量提升0.5个等级（别）以上：一是甲；二是乙。',
    '每户掌握1—2项实用技术。\n一、甲\n二、乙\n三、丙',
    // no series follows
    '现就两项保险合并实施提出以下意见。\n一、甲\n二、乙\n三、丙',
  ])('stays silent on %s', (text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });
});
