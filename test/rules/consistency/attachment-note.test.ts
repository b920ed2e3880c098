import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/consistency/attachment-note.js';
import { findings, lintWith } from '../../helpers/lint.js';

const head = '关于做好防汛工作的通知\n各区人民政府：\n请做好防汛工作。\n';
const sign = '某市人民政府\n2024年6月3日\n';
const two = '附件：1.防汛责任人名单\n2.物资储备清单\n';

describe('consistency/attachment-note', () => {
  it.each([
    [`${head}${two}${sign}附件1\n防汛责任人名单\n张三\n附件2\n防汛物资调拨清单\n沙袋`, 12, 1, 9, 'error',
      '附件2的标题“防汛物资调拨清单”与附件说明中的名称“物资储备清单”不一致（GB/T 9704—2012 7.3.7）'],
    [`${head}${two}${sign}附件1\n防汛责任人名单\n张三`, 4, 1, 13, 'warning',
      '附件说明列出2个附件，文后实际附有1个附件（GB/T 9704—2012 7.3.7）'],
    [`${head}${two}${sign}附件1\n防汛责任人名单\n张三\n附件3\n物资储备清单\n沙袋`, 11, 1, 4, 'error',
      '“附件3”在附件说明中没有对应的序号（GB/T 9704—2012 7.3.7）'],
  ])('flags %s', (text, line, column, endColumn, severity, message) => {
    expect(findings(lintWith(rule, text))).toEqual([
      { ruleId: 'consistency/attachment-note', severity, line, column, endColumn, message },
    ]);
  });

  it('flags more attachments than listed, and the unlisted one', () => {
    const text = `${head}附件：防汛责任人名单\n${sign}附件1\n防汛责任人名单\n张三\n附件2\n物资储备清单\n沙袋`;
    expect(findings(lintWith(rule, text))).toEqual([
      { ruleId: 'consistency/attachment-note', severity: 'error', line: 4, column: 1, endColumn: 11, message: '附件说明列出1个附件，文后实际附有2个附件（GB/T 9704—2012 7.3.7）' },
      { ruleId: 'consistency/attachment-note', severity: 'error', line: 10, column: 1, endColumn: 4, message: '“附件2”在附件说明中没有对应的序号（GB/T 9704—2012 7.3.7）' },
    ]);
  });

  it('points at the note item from a title mismatch', () => {
    const messages = lintWith(rule, `${head}${two}${sign}附件1\n防汛责任人名单\n张三\n附件2\n防汛物资调拨清单\n沙袋`);
    expect(messages[0].related).toMatchObject([{ line: 5, column: 3, endColumn: 9, message: '附件说明' }]);
  });

  it.each([
    `${head}附件：1.防汛责任人名单\n　　　2.物资储备清单\n${sign}附件1\n防汛责任人名单\n张三\n附件2\n物资储备清单\n沙袋`,
    `${head}附件：1.《防汛责任人名单》\n2.物资储备清单。\n${sign}附件1\n防汛责任人名单\n张三\n附件2\n物资储备清单\n沙袋`,
    `${head}${two}${sign}`, // attachments sent separately
    `${head}附件：防汛责任人名单\n${sign}附件\n防汛责任人名单\n张三`,
    `${head}附件：防汛责任人名单\n${sign}附件\n（100名）\n张三`,
  ])('stays silent on %s', (text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });
});
