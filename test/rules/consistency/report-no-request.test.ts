import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/consistency/report-no-request.js';
import { findings, lintWith } from '../../helpers/lint.js';

const report = (body: string) => `关于2024年防汛工作情况的报告\n市政府：\n${body}`;
const tail = '：报告不得夹带请示事项，需审批的事项应另行请示（《党政机关公文处理工作条例》第十五条）';

describe('consistency/report-no-request', () => {
  it.each([
    [report('现将今年防汛工作情况报告如下。\n以上报告，妥否，请批示。'), 4, 9, 12, `报告中出现请示用语“请批示”${tail}`],
    [report('建议增设防汛办公室，请予批准。\n特此报告。'), 3, 11, 15, `报告中出现请示用语“请予批准”${tail}`],
    [report('以上意见，请审定。'), 3, 6, 9, `报告中出现请示用语“请审定”${tail}`],
  ])('flags %s', (text, line, column, endColumn, message) => {
    expect(findings(lintWith(rule, text))).toEqual([
      { ruleId: 'consistency/report-no-request', severity: 'error', line, column, endColumn, message },
    ]);
  });

  it.each([
    report('现将今年防汛工作情况报告如下。\n特此报告。'),
    report('应急预案已按程序报请批准。\n特此报告。'),
    report('预案经市政府批准后实施，方案已提请审定。\n特此报告。'),
    '关于申请防汛经费的请示\n市政府：\n拟申请专项经费。\n妥否，请批示。', // a 请示 may ask
  ])('stays silent on %s', (text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });
});
