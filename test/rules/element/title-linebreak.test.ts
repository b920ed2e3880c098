import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/element/title-linebreak.js';
import { facts, said, lintWith } from '../../helpers/lint.js';

const ID = 'element/title-linebreak';
const HEAD = '青山市人民政府文件\n青政发〔2024〕12号\n\n';
const BODY = '\n\n各区县人民政府：\n现将有关事项通知如下。\n一、总体要求\n各单位要认真落实。\n';
const text = (title: string) => HEAD + title + BODY;

describe(ID, () => {
  it.each([
    ['the modifier and its head noun 工作', '青山市人民政府关于做好防汛\n工作的通知', 4, 12, 14, said('phrase', { unit: '防汛工作' })],
    ['inside 书名号', '青山市人民政府关于印发《青山市\n安全生产条例》的通知', 4, 12, 16, said('bracket', { unit: '《青山市安全生产条例》' })],
    ['inside 〔year〕', '青山市人民政府关于废止青政发〔\n2020〕3号文件的通知', 4, 15, 16, said('bracket', { unit: '〔2020〕' })],
    ['inside quotes', '关于开展“安全生产\n月”活动的通知', 4, 5, 10, said('bracket', { unit: '“安全生产月”' })],
    ['inside a word the segmenter keeps whole', '青山市人民政府关于进一步加强安全生产管理工作的通\n知', 4, 24, 25, said('word', { unit: '通知' })],
    ['inside a word of the word list', '关于进一步加强安全\n生产工作的通知', 4, 8, 10, said('word', { unit: '安全生产' })],
    ['between a number and its unit', '青山市人民政府关于做好2024\n年度安全生产工作的通知', 4, 12, 16, said('word', { unit: '2024年度' })],
    ['印|发', '青山市人民政府关于印\n发安全生产条例的通知', 4, 10, 11, said('word', { unit: '印发' })],
    ['a place and its organ', '青山市\n人民政府关于做好防汛工作的通知', 4, 1, 4, said('name', { unit: '青山市人民政府' })],
    ['a name and its suffix', '青山\n市人民政府关于做好防汛工作的通知', 4, 1, 3, said('name', { unit: '青山市人民政府' })],
  ])('flags a break %s', (_name, title, line, column, endColumn, message) => {
    expect(facts(lintWith(rule, text(title)))).toEqual([{ ruleId: ID, line, column, endColumn, ...message, severity: 'warning' }]);
  });

  it('flags a break in a title under a 版头 the recogniser does not accept', () => {
    const messages = lintWith(rule, `№000128\n机密＊1年\n紧急\n${HEAD}青山市人民政府关于做好防汛\n工作的通知${BODY}`);
    expect(facts(messages)).toEqual([{ ruleId: ID, line: 7, column: 12, endColumn: 14, ...said('phrase', { unit: '防汛工作' }), severity: 'warning' }]);
  });

  it('flags the second break of a three-line title', () => {
    const messages = lintWith(rule, text('青山市人民政府关于\n印发《青山市安全\n生产条例》的通知'));
    expect(facts(messages)).toEqual([{ ruleId: ID, line: 5, column: 3, endColumn: 9, ...said('bracket', { unit: '《青山市安全生产条例》' }), severity: 'warning' }]);
  });

  it.each([
    ['a one-line title', '青山市人民政府关于做好防汛工作的通知'],
    ['a break after 关于', '青山市人民政府关于\n做好防汛工作的通知'],
    ['a break before 《》', '青山市人民政府关于印发\n《青山市安全生产条例》的通知'],
    ['a break before 的通知', '青山市人民政府关于做好防汛工作\n的通知'],
    ['a break before 通知', '青山市人民政府关于做好防汛工作的\n通知'],
    ['a break after the verb', '青山市人民政府办公厅关于做好\n防汛工作的通知'],
    ['a break after the issuer', '青山市人民政府办公厅\n关于做好防汛工作的通知'],
    ['three lines', '中共青山市委办公室　青山市人民政府办公室\n关于印发《青山市安全生产\n“十四五”规划》的通知'.replace('安全生产\n“', '安全生产“').replace('》的通知', '》\n的通知')],
  ])('stays silent on %s', (_name, title) => {
    expect(lintWith(rule, text(title))).toEqual([]);
  });

  it('flags a break made with a manual line break in a DOCX title', async () => {
    const p = (text: string) => new Paragraph({ children: [new TextRun(text)] });
    const doc = new Document({
      sections: [{
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ text: '青山市人民政府关于做好防汛', size: 44 }), new TextRun({ text: '工作的通知', size: 44, break: 1 })],
          }),
          p('各区县人民政府：'),
          p('现将有关事项通知如下。'),
        ],
      }],
    });
    const bytes = new Uint8Array(await Packer.toBuffer(doc));
    expect(facts(lintWith(rule, bytes, { filename: 'a.docx' }))).toEqual([
      { ruleId: ID, line: 1, column: 12, endColumn: 14, ...said('phrase', { unit: '防汛工作' }), severity: 'warning' },
    ]);
  });
});
