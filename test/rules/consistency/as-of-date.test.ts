import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/consistency/as-of-date.js';
import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';
import { facts, said, lintWith } from '../../helpers/lint.js';

const doc = (body: string) => `关于防汛工作的报告\n市政府：\n${body}\n某区人民政府\n2024年11月15日`;

describe('consistency/as-of-date', () => {
  it.each([
    [doc('截至2024年12月31日，已累计转移群众1200人。'), 3, 1, 14, said('after', { text: '截至2024年12月31日', issueDate: '2024年11月15日' })],
    [doc('截至2024年底，全区共建成避险点30个。'), 3, 1, 9, said('after', { text: '截至2024年底', issueDate: '2024年11月15日' })],
    [doc('今年以来，全区防汛形势平稳。截至2024年12月31日，共转移群众1200人；截至2024年10月31日，已累计转移群众1000人。'), 3, 15, 28, said('after', { text: '截至2024年12月31日', issueDate: '2024年11月15日' })],
  ])('flags %s', (text, line, column, endColumn, message) => {
    expect(facts(lintWith(rule, text))).toEqual([
      { ruleId: 'consistency/as-of-date', severity: 'error', line, column, endColumn, ...message },
    ]);
  });

  it.each([
    doc('截至2024年10月31日，已累计转移群众1200人。'),
    doc('截至2024年11月，已累计转移群众1200人。'), // a month not yet over: its first day counts
    '关于申报项目的通知\n各单位：\n申报截止2024年12月31日，请按时报送。\n某区人民政府\n2024年11月15日', // a deadline
    doc('截至2025年底，要累计完成改造100处。'), // a target
    '截至2024年12月31日，已累计转移群众1200人。', // no 成文日期
  ])('stays silent on %s', (text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });
});

describe('consistency/as-of-date without a year', () => {
  it.each([
    [doc('截至11月30日，全区已累计转移群众1200人。'), 1, 9, '截至11月30日'],
    [doc('截至12月底，全区共建成避险点30个。'), 1, 7, '截至12月底'],
  ])('reads %s in the year of the 成文日期', (text, column, endColumn, quoted) => {
    expect(lintWith(rule, text).map((m) => [m.line, m.column, m.endColumn, m.messageId, m.data])).toEqual([
      [3, column, endColumn, 'after', { text: quoted, issueDate: '2024年11月15日' }],
    ]);
  });

  it.each([
    doc('截至10月31日，已累计转移群众1200人。'), // before the 成文日期
    doc('截至11月，已累计转移群众1200人。'), // a month not yet over: its first day
    '关于防汛工作的报告\n市政府：\n截至12月底，全区共建成避险点30个。\n某区人民政府\n2025年1月10日', // last December
    doc('截至12月底，要累计完成改造100处。'), // a target
  ])('stays silent on %s', (text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });
});

/** A .docx 报告 whose closing 成文日期 is set as a right-aligned paragraph under the signature (the DOCX recogniser's date). */
async function report(body: string, date: Paragraph[]): Promise<Uint8Array> {
  const p = (text: string, alignment?: (typeof AlignmentType)[keyof typeof AlignmentType]) => new Paragraph({ alignment, children: [new TextRun(text)] });
  const children = [
    p('丰源市应急管理局关于2024年防汛工作情况的报告', AlignmentType.CENTER),
    p('市人民政府：'),
    p(`　　${body}`),
    p('　　特此报告。'),
    p('丰源市应急管理局', AlignmentType.RIGHT),
    ...date,
  ];
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

describe('consistency/as-of-date in a .docx report with a signed date', () => {
  const right = (...runs: string[]) => new Paragraph({ alignment: AlignmentType.RIGHT, children: runs.map((t) => new TextRun(t)) });
  it.each([
    ['a date paragraph', [right('2024年11月15日')]],
    ['a date in Chinese numerals', [right('二〇二四年十一月十五日')]],
    ['a date split over runs', [right('2024年', '11', '月', '15', '日')]],
    ['a seal line between signature and date', [right('（盖章）'), right('2024年11月15日')]],
  ] as Array<[string, Paragraph[]]>)('flags a later 截至 date (%s)', async (_name, date) => {
    const bytes = await report('今年以来，全市防汛形势平稳。截至2024年12月31日，全市已累计转移群众1200人。', date);
    expect(lintWith(rule, bytes, { filename: 'a.docx' }).map((m) => [m.line, m.column, m.endColumn, m.messageId, m.data])).toEqual([
      [3, 17, 30, 'after', { text: '截至2024年12月31日', issueDate: '2024年11月15日' }],
    ]);
  });
  it('stays silent when the 截至 date is not after the signed date', async () => {
    const bytes = await report('今年以来，全市防汛形势平稳。截至2024年10月31日，全市已累计转移群众1200人。', [right('2024年11月15日')]);
    expect(lintWith(rule, bytes, { filename: 'a.docx' })).toEqual([]);
  });
});

describe('consistency/as-of-date in a 纪要', () => {
  const minutes = (body: string) => `丰源市人民政府常务会议纪要\n第5期\n丰源市人民政府办公室　　　　2024年3月5日\n3月4日，市政府召开常务会议。现纪要如下：\n一、关于春耕备耕\n${body}\n`;
  it('judges against the date in the line under the 纪要 mark', () => {
    expect(lintWith(rule, minutes('会议听取了汇报。截至2024年3月31日，全市已累计备足化肥2万吨。')).map((m) => [m.line, m.column, m.messageId, m.data])).toEqual([
      [6, 9, 'after', { text: '截至2024年3月31日', issueDate: '2024年3月5日' }],
    ]);
  });
  it('stays silent on an earlier date', () => {
    expect(lintWith(rule, minutes('会议听取了汇报。截至2024年2月29日，全市已累计备足化肥2万吨。'))).toEqual([]);
  });
});
