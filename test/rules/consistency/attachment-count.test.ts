import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/consistency/attachment-count.js';
import { facts, said, lintWith } from '../../helpers/lint.js';

const head = '关于做好防汛工作的通知\n各区人民政府：\n请做好防汛工作。\n';
const sign = '某市人民政府\n2024年6月3日\n';
const two = '附件：1.防汛责任人名单\n2.物资储备清单\n';

describe('consistency/attachment-count', () => {
  it.each([
    [`${head}${two}${sign}附件1\n防汛责任人名单\n张三`, 4, 1, 13, 'warning', said('count', { noteCount: 2, attachmentCount: 1 })],
    [`${head}附件：1.防汛责任人名单\n　　　2.物资储备清单\n　　　3.防汛值班表\n${sign}附件1\n防汛责任人名单\n张三`, 4, 1, 13, 'warning', said('count', { noteCount: 3, attachmentCount: 1 })],
    [`${head}附件：防汛责任人名单\n${sign}附件1\n防汛责任人名单\n张三\n附件2\n物资储备清单\n沙袋`, 4, 1, 11, 'error', said('count', { noteCount: 1, attachmentCount: 2 })],
  ])('flags %s', (text, line, column, endColumn, severity, message) => {
    expect(facts(lintWith(rule, text))).toEqual([
      { ruleId: 'consistency/attachment-count', severity, line, column, endColumn, ...message },
    ]);
  });

  it.each([
    `${head}${two}${sign}附件1\n防汛责任人名单\n张三\n附件2\n物资储备清单\n沙袋`,
    `${head}附件：1.防汛责任人名单\n　　　2.物资储备清单\n${sign}附件1\n防汛责任人名单\n张三\n附件2\n物资储备清单\n沙袋`,
    `${head}${two}${sign}`, // attachments sent separately
    `${head}附件：防汛责任人名单\n${sign}附件\n防汛责任人名单\n张三`,
    // a numbered note with an extra label: element/attachment-label's
    `${head}${two}${sign}附件1\n防汛责任人名单\n张三\n附件2\n物资储备清单\n沙袋\n附件3\n值班表\n李四`,
  ])('stays silent on %s', (text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });
});
