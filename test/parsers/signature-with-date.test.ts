/**
 * 发文机关署名 and 成文日期 typed on one line ("××市人民政府办公室　2024年3月5日"): the recogniser files
 * the line as the `issueDate`, so the date rules judge it — in .txt, .md and .docx — and a sentence
 * that merely ends in a date never is one.
 */
import { AlignmentType, Document, Packer, Paragraph, Tab, TabStopType, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parsers/index.js';
import { signatureWithDate } from '../../src/parsers/structure.js';
import asOfDate from '../../src/rules/consistency/as-of-date.js';
import documentNumberYear from '../../src/rules/consistency/document-number-year.js';
import issueDate from '../../src/rules/element/issue-date.js';
import { lintSync } from '../../src/engine/lint.js';
import type { Block, DocumentNode, Element } from '../../src/tree/types.js';
import { applyFixes, facts, lintWith, said } from '../helpers/lint.js';

/** block:type of the element holding the line whose trimmed text is `value`. */
function typeOf(tree: DocumentNode, value: string): string | undefined {
  for (const b of tree.children as Block[]) {
    for (const c of b.children) {
      const elements = c.type === 'body' ? c.children : [c as Element];
      for (const e of elements) if (e.children.some((l) => l.value.trim() === value)) return `${b.type}:${e.type}`;
    }
  }
  return undefined;
}

const notice = (closing: string, body = '现将有关事项通知如下。') =>
  `关于做好冬季安全生产工作的通知\n\n各区县人民政府：\n　　${body}\n　　特此通知。\n\n${closing}\n`;

describe('signatureWithDate()', () => {
  it.each([
    ['青山市人民政府办公室　2024年3月5日', 11],
    ['青山市人民政府办公室\t2024年3月5日', 11],
    ['青山市人民政府办公室   2024年3月5日', 13],
    ['青山市人民政府办公室2024年3月5日', 10],
    ['中共青山市委办公室　二〇二四年三月五日', 10],
    ['　　　　青山市应急管理局　　2024年03月05日', 14],
    ['青山市人民政府办公室　202X年X月X日', 11],
  ])('reads %s (date at %i)', (text, at) => {
    expect(signatureWithDate(text)).toBe(at);
  });
  it.each([
    '会议定于2024年3月5日', // 于 is no organ ending
    '本通知自2024年3月5日', // nor is 日
    '截止时间2024年3月5日',
    '请各单位于2024年3月5日', // 各…/请… lines are no signature
    '青山市人民政府办公室，2024年3月5日', // a sentence
    '2024年3月5日',
    '第3中学2024年3月5日', // digits in the organ part
    '青山市人民政府办公室　2024年3月5日印发', // a print line
  ])('refuses %s', (text) => {
    expect(signatureWithDate(text)).toBe(-1);
  });
});

describe('recognise: signature and date on one line', () => {
  it.each([
    ['ideographic space', '青山市人民政府办公室　2024年3月5日'],
    ['a tab', '青山市人民政府办公室\t2024年3月5日'],
    ['ASCII spaces', '青山市人民政府办公室    2024年3月5日'],
    ['nothing between', '青山市人民政府办公室2024年3月5日'],
    ['right-aligned with leading spaces', '　　　　　　　　青山市人民政府办公室　　2024年3月5日'],
  ])('.txt, %s: the line is the issueDate', (_name, closing) => {
    const tree = parseDocument(notice(closing), 'a.txt').tree;
    expect(typeOf(tree, closing.trim())).toBe('mainBlock:issueDate');
    expect(typeOf(tree, '特此通知。')).toBe('mainBlock:paragraph');
  });

  it('.txt: a remark and the 版记 after it', () => {
    const text = notice('青山市人民政府办公室　2024年3月5日\n（此件公开发布）\n\n抄送：市委办公室。\n青山市人民政府办公室　2024年3月5日印发');
    const tree = parseDocument(text, 'a.txt').tree;
    expect(typeOf(tree, '青山市人民政府办公室　2024年3月5日')).toBe('mainBlock:issueDate');
    expect(typeOf(tree, '（此件公开发布）')).toBe('mainBlock:remark');
    expect(typeOf(tree, '青山市人民政府办公室　2024年3月5日印发')).toBe('imprintBlock:printLine');
  });

  it('.md: a paragraph whose last source line holds signature and date', () => {
    const tree = parseDocument('# 关于做好冬季安全生产工作的通知\n\n各区县人民政府：\n\n现将有关事项通知如下。\n特此通知。\n青山市人民政府办公室　2024年3月5日\n', 'a.md').tree;
    expect(typeOf(tree, '青山市人民政府办公室　2024年3月5日')).toBe('mainBlock:issueDate');
  });

  it.each([
    ['a sentence ending in a date is body text', notice('会议定于2024年3月5日')],
    ['a signature-and-date line followed by body text is not closing', notice('青山市人民政府办公室　2024年3月5日\n　　请各单位按时报送。')],
    ['a date line in the body', '关于X的通知\n会议安排如下：\n青山市人民政府办公室　2024年3月5日\n会议地点：市政府。\n请准时参加。'],
  ])('%s', (_name, text) => {
    const tree = parseDocument(text, 'a.txt').tree;
    const dates = JSON.stringify(tree).match(/"type":"issueDate"/g) ?? [];
    expect(dates).toEqual([]);
  });
});

describe('the date rules read the date on the signature line (.txt)', () => {
  it.each([
    ['zero padding', issueDate, notice('青山市人民政府办公室　2024年03月05日'), 7, 12, 23, 'error', said('zeroPadding', { got: '2024年03月05日', want: '2024年3月5日' })],
    ['Chinese numerals, tab', issueDate, notice('青山市人民政府办公室\t二〇二四年三月五日'), 7, 12, 21, 'error', said('chineseNumerals', { got: '二〇二四年三月五日', want: '2024年3月5日' })],
    ['截至 after the 成文日期', asOfDate, notice('青山市人民政府办公室 2024年3月5日', '截至2024年12月31日，全市已累计排查隐患1200处。'), 4, 3, 16, 'error',
      said('after', { text: '截至2024年12月31日', issueDate: '2024年3月5日' })],
  ] as const)('%s', (_name, rule, text, line, column, endColumn, severity, message) => {
    expect(facts(lintWith(rule, text))).toEqual([{ ruleId: rule.meta.id, severity, line, column, endColumn, ...message }]);
  });

  it('the 文号 year against the date on the signature line', () => {
    const text = `青山市人民政府办公室文件\n青政办发〔2023〕5号\n\n${notice('青山市人民政府办公室　2024年3月5日')}`;
    expect(lintWith(documentNumberYear, text).map((m) => [m.ruleId, m.line, m.messageId, m.data])).toEqual([
      ['consistency/document-number-year', 2, 'mismatch', { numberYear: 2023, issueYear: 2024 }],
    ]);
  });

  it('fixes the date and keeps the organ name', () => {
    const text = notice('青山市人民政府办公室　2024年03月05日');
    expect(applyFixes(text, lintWith(issueDate, text))).toBe(notice('青山市人民政府办公室　2024年3月5日'));
  });

  it.each([
    notice('青山市人民政府办公室　2024年3月5日'),
    notice('青山市人民政府办公室\t2024年3月5日'),
    notice('青山市人民政府办公室 2024年3月5日', '截至2024年2月29日，全市已累计排查隐患1200处。'),
  ])('a correct closing line draws nothing in preset recommended: %s', (text) => {
    expect(lintSync(text, { filename: 'a.txt', config: { preset: 'recommended' } }).messages).toEqual([]);
  });
});

describe('the date rules read the date on the signature line (.docx)', () => {
  async function docx(closing: Paragraph): Promise<Uint8Array> {
    const p = (text: string, alignment?: (typeof AlignmentType)[keyof typeof AlignmentType]) => new Paragraph({ alignment, children: [new TextRun(text)] });
    const children = [
      p('丰源市应急管理局关于2024年防汛工作情况的报告', AlignmentType.CENTER),
      p('市人民政府：'),
      p('　　今年以来，全市防汛形势平稳。截至2024年12月31日，全市已累计转移群众1200人。'),
      p('　　特此报告。'),
      closing,
    ];
    return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
  }
  const right = (...runs: Array<string | TextRun>) =>
    new Paragraph({ alignment: AlignmentType.RIGHT, children: runs.map((r) => (typeof r === 'string' ? new TextRun(r) : r)) });

  it.each([
    ['ideographic spaces', right('丰源市应急管理局　　2024年11月05日')],
    ['a tab stop', new Paragraph({ tabStops: [{ type: TabStopType.RIGHT, position: 9000 }], children: [new TextRun('丰源市应急管理局'), new TextRun({ children: [new Tab(), '2024年11月05日'] })] })],
  ] as Array<[string, Paragraph]>)('zero padding and a later 截至 date (%s)', async (_name, closing) => {
    const bytes = await docx(closing);
    const tree = parseDocument(bytes, 'a.docx').tree;
    expect(JSON.stringify(tree).match(/"type":"issueDate"/g)).toHaveLength(1);
    const messages = lintSync(bytes, { filename: 'a.docx', rules: [issueDate, asOfDate], config: { preset: 'all' } }).messages;
    expect(messages.map((m) => [m.ruleId, m.line, m.messageId, m.data])).toEqual([
      ['consistency/as-of-date', 3, 'after', { text: '截至2024年12月31日', issueDate: '2024年11月5日' }],
      ['element/issue-date', 5, 'zeroPadding', { got: '2024年11月05日', want: '2024年11月5日' }],
    ]);
  });

  it('stays silent on a correct line', async () => {
    const bytes = await docx(right('丰源市应急管理局　　2025年1月5日'));
    expect(lintSync(bytes, { filename: 'a.docx', rules: [issueDate, asOfDate], config: { preset: 'all' } }).messages).toEqual([]);
  });
});
