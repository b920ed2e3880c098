import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/consistency/upward-signer.js';
import { findings, lintWith } from '../../helpers/lint.js';

describe('consistency/upward-signer', () => {
  it.each([
    ['某区人民政府\n某政〔2024〕5号\n关于申请防汛经费的请示\n市政府：\n恳请批准拨付防汛专项经费100万元。\n妥否，请批示。', 'error', '请示属于上行文，版头应标注“签发人：姓名”（GB/T 9704—2012 7.2.6）'],
    ['某区人民政府\n某政〔2024〕5号\n关于2024年防汛工作情况的报告\n市政府：\n现将有关情况报告如下。\n特此报告。', 'warning', '报告属于上行文，版头应标注“签发人：姓名”（GB/T 9704—2012 7.2.6）'],
  ])('flags %s', (text, severity, message) => {
    expect(findings(lintWith(rule, text))).toEqual([
      { ruleId: 'consistency/upward-signer', severity, line: 2, column: 1, endColumn: 11, message },
    ]);
  });

  it.each([
    '某区人民政府\n某政〔2024〕5号          签发人：张三\n关于申请防汛经费的请示\n市政府：\n恳请批准。\n妥否，请批示。',
    '某区人民政府\n某政〔2024〕5号\n签发人：张三\n关于申请防汛经费的请示\n市政府：\n恳请批准。\n妥否，请批示。',
    '关于申请防汛经费的请示\n市政府：\n恳请批准。\n妥否，请批示。', // no 版头
    '某区人民政府\n某政〔2024〕5号\n关于做好防汛工作的通知\n各单位：\n请做好防汛工作。', // downward
  ])('stays silent on %s', (text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });
});
