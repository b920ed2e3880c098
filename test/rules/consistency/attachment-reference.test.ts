import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/consistency/attachment-reference.js';
import { findings, lintWith } from '../../helpers/lint.js';

const ID = 'consistency/attachment-reference';
const notice = (body: string, note = '附件：1.防汛责任人名单\n2.物资储备清单') =>
  `关于做好防汛工作的通知\n各区人民政府：\n${body}\n${note}\n某市人民政府\n2024年6月3日`;

describe(ID, () => {
  it.each([
    [notice('请按要求填报（见附件3）。'), 3, 9, 12, 'error', '正文提到“附件3”，但附件说明只列出2个附件（GB/T 9704—2012 7.3.4、7.3.7）'],
    [notice('名单见附件1、3。'), 3, 4, 9, 'error', '正文提到“附件1、3”，但附件说明只列出2个附件（GB/T 9704—2012 7.3.4、7.3.7）'],
    [notice('名单见附件1，清单见附件2。', '附件：1.防汛责任人名单\n2.物资储备清单\n3.值班表'), 4, 1, 13, 'warning', '附件说明列出3个附件，正文只提到附件1、附件2，请核对是否多列了附件（GB/T 9704—2012 7.3.4、7.3.7）'],
  ])('flags %s', (text, line, column, endColumn, severity, message) => {
    expect(findings(lintWith(rule, text))).toEqual([{ ruleId: ID, severity, line, column, endColumn, message }]);
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
