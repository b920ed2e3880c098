import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/consistency/attachment-reference.js';
import { facts, said, lintWith } from '../../helpers/lint.js';

const ID = 'consistency/attachment-reference';
const notice = (body: string, note = '附件：1.防汛责任人名单\n2.物资储备清单') =>
  `关于做好防汛工作的通知\n各区人民政府：\n${body}\n${note}\n某市人民政府\n2024年6月3日`;

describe(ID, () => {
  it.each([
    [notice('请按要求填报（见附件3）。'), 3, 9, 12, 'error', said('notListed', { text: '附件3', count: 2 })],
    [notice('名单见附件1、3。'), 3, 4, 9, 'error', said('notListed', { text: '附件1、3', count: 2 })],
    [notice('名单见附件1，清单见附件2。', '附件：1.防汛责任人名单\n2.物资储备清单\n3.值班表'), 4, 1, 13, 'warning', said('notCited', { count: 3, cited: '附件1、附件2' })],
  ])('flags %s', (text, line, column, endColumn, severity, message) => {
    expect(facts(lintWith(rule, text))).toEqual([{ ruleId: ID, severity, line, column, endColumn, ...message }]);
  });

  it.each([
    notice('请按要求填报名单（见附件1）和清单（见附件2）。'),
    notice('名单和清单见附件1至2。'),
    notice('请按要求填报。'), // the body cites no attachment by number
    notice('名单见附件1。', '附件：1.防汛责任人名单\n2.物资储备清单\n3.值班表'), // one cited: not judged
    notice('请按要求填报（见附件3）。', ''), // no note
    notice('按照附件12万元的标准执行。', '附件：防汛责任人名单'),
  ])('stays silent on %s', (text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });
});
