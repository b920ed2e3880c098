import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/element/report-no-request.js';
import { findings, lintWith } from '../../helpers/lint.js';
import { doc } from './doc.js';

const ID = 'element/report-no-request';
const msg = (text: string) => `报告中不得夹带请示事项，“${text}”是请示用语；需要请求批准的应另行请示（《党政机关公文处理工作条例》第十五条）`;
const report = (overrides: Record<number, string>) =>
  doc({ 7: '青山市应急管理局关于冬季安全检查情况的报告', 9: '青山市人民政府：', ...overrides });

describe(ID, () => {
  it.each([
    ['妥否，请批示', '以上报告，妥否，请批示。', 6, 12],
    ['当否请指示', '以上报告当否请指示。', 5, 10],
    ['请予批准', '拟增加检查经费50万元，请予批准。', 13, 17],
    ['请审批', '整改方案附后，请审批。', 8, 11],
    ['请审定', '整改方案附后，请审定。', 8, 11],
    ['请予核准', '拟调整检查计划，请予核准。', 9, 13],
    ['恳请…予以批准', '恳请市政府予以批准。', 1, 10],
    ['望予批准', '拟增加检查经费50万元，望予批准。', 13, 17],
    ['如无不妥，请同意', '以上安排如无不妥，请同意。', 10, 13],
  ])('flags %s', (_name, sentence, column, endColumn) => {
    const messages = lintWith(rule, report({ 17: sentence }));
    expect(findings(messages)).toEqual([
      { ruleId: ID, line: 17, column, endColumn, message: msg(sentence.slice(column - 1, endColumn - 1)), severity: 'error' },
    ]);
  });

  it.each([
    ['a plain report', report({})],
    ['a procedure that was approved', report({ 17: '整改方案已报请市政府批准，现正组织实施。' })],
    ['a report to a congress', report({ 17: '以上报告，请审议。' })],
    ['a report to be forwarded (呈转性报告)', report({ 17: '以上报告如无不妥，请批转各地执行。' })],
    ['an approval already asked for', report({ 17: '实施方案已于10月申请市政府同意，现正组织实施。' })],
    ['a request (not a report)', doc({ 7: '青山市应急管理局关于增加安全检查经费的请示', 17: '妥否，请批示。' })],
  ])('stays silent on %s', (_name, text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });
});
