import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/placeholder/filler-mark.js';
import { facts, lintWith, said } from '../../helpers/lint.js';
import { doc } from '../element/doc.js';

const ID = 'placeholder/filler-mark';
const msg = (text: string) => said('filler', { text });

describe(ID, () => {
  it.each([
    ['××', '请各单位于××前报送材料。', 6, 8],
    ['×月×日 (month)', '请各单位于2024年×月×日前报送材料。', 11, 12],
    ['XXX同志', '经研究，同意XXX同志任办公室主任。', 7, 10],
    ['xx', '联系人：xx，联系电话：12345678。', 5, 7],
    ['○○○', '联系人：○○○，联系电话：12345678。', 5, 8],
    ['△△', '全市共检查企业△△家。', 8, 10],
    ['□□', '全市共检查企业□□家。', 8, 10],
    ['**', '全市共检查企业**家。', 8, 10],
    ['202X年', '会议定于202X年召开。', 8, 9],
    ['第X号', '根据第X号文件执行。', 4, 5],
  ])('flags %s', (_name, sentence, column, endColumn) => {
    const messages = lintWith(rule, doc({ 17: sentence }));
    const text = sentence.slice(column - 1, endColumn - 1);
    expect(facts(messages)[0]).toEqual({ ruleId: ID, line: 17, column, endColumn, ...msg(text), severity: 'error' });
    expect(messages[0].fix).toBeUndefined();
  });

  it.each([
    ['a bracketed slot in running text', '请于[报送日期]前报送。', 3, 9, 'slot'],
    ['a full-width bracketed slot', '主送：【主送单位】。', 4, 10, 'slot'],
    ['an asterisk for a name', '经研究，同意*同志任办公室主任。', 7, 8, 'star'],
    ['an asterisk for a place', '请*市人民政府抓好落实。', 2, 3, 'star'],
    ['an asterisk after a colon', '联系人：*，电话：12345678。', 5, 6, 'star'],
  ])('flags %s', (_name, sentence, column, endColumn, messageId) => {
    const messages = lintWith(rule, doc({ 17: sentence }));
    expect(messages.map((m) => [m.ruleId, m.line, m.column, m.endColumn, m.messageId])).toEqual([[ID, 17, column, endColumn, messageId]]);
  });

  it('flags a template slot the recogniser filed as an element', () => {
    const messages = lintWith(rule, '[发文机关]文件\n\n关于做好安全生产工作的通知\n\n[主送单位]：\n\n现将有关事项通知如下。\n\n[发文单位]\n[日期]\n');
    expect(messages.filter((m) => m.messageId === 'slot').map((m) => m.data?.text)).toEqual(expect.arrayContaining(['[主送单位]', '[日期]']));
  });

  it.each([
    ['notation explaining a naming pattern', '保护区统一命名为□□□国家级自然保护区。'],
    ['notation in quotes', '标牌文字为“○○○人民政府”。'],
    ['a masked name in a public list', '获奖人员：张*明、李*华。'],
    ['a masked given name in a public list', '获奖人员：张*、李*。'],
    ['a reference mark', '详见参考文献[1]。'],
    ['a bracketed heading word', '【背景】近年来，各地积极推进。'],
    ['a footnote asterisk after text', '增长率为5.2%*。'],
  ])('stays silent on %s', (_name, sentence) => {
    expect(lintWith(rule, doc({ 17: sentence }))).toEqual([]);
  });

  it('flags each mark of ×月×日', () => {
    const messages = lintWith(rule, doc({ 17: '请各单位于×月×日前报送材料。' }));
    expect(facts(messages).map((f) => [f.line, f.column, f.endColumn, said(f.messageId!, f.data)])).toEqual([
      [17, 6, 7, msg('×')],
      [17, 8, 9, msg('×')],
    ]);
  });

  it('flags a filler in the title', () => {
    expect(facts(lintWith(rule, doc({ 7: 'XX市人民政府关于做好冬季安全生产工作的通知' })))).toEqual([
      { ruleId: ID, line: 7, column: 1, endColumn: 3, ...msg('XX'), severity: 'error' },
    ]);
  });

  it.each([
    ['the clean document', doc()],
    ['multiplication', doc({ 17: '标牌规格为280毫米×135毫米，计算公式为销售额×税率。' })],
    ['3 × 4', doc({ 17: '按3 × 4的规格摆放。' })],
    ['X射线', doc({ 17: '推动硬X射线自由电子激光装置建设。' })],
    ['1+X证书', doc({ 17: '启动1+X证书制度试点。' })],
    ['XX染色体', doc({ 17: '讲解XX染色体相关知识。' })],
    ['a Latin code with X', doc({ 17: '推进C—V2X标准制定，采购XXL号服装。' })],
    ['a Chinese-numeral year with ○○', doc({ 17: '本办法自二○○八年八月八日起施行。' })],
    ['a pattern named in quotes', doc({ 17: '标牌上“×××人民政府”字样居中。' })],
    ['某某 as an anonymised name', doc({ 17: '对张某某予以通报批评。' })],
    ['a classification star', doc()],
  ])('stays silent on %s', (_name, text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });

  it('leaves Markdown emphasis alone in .md sources', () => {
    expect(lintWith(rule, doc({ 17: '各单位要**认真落实**，按时报送。' }), { filename: 'draft.md' })).toEqual([]);
  });
});
