import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/punctuation/paired-marks.js';
import { facts, lintWith, said } from '../../helpers/lint.js';

const id = 'punctuation/paired-marks';
const unclosed = (mark: string, close: string, clause: string) => said('unclosed', { mark, close, clause });
const unopened = (mark: string, open: string, clause: string) => said('unopened', { mark, open, clause });
const nestedQuote = said('nestedQuote');
const nestedTitle = said('nestedTitle');

describe(id, () => {
  it.each([
    ['学习《条例》和《规定精神。', 1, 8, 9, unclosed('《', '》', '4.15')],
    ['要坚持“两个确立”。”', 1, 11, 12, unopened('”', '“', '4.8')],
    ['贯彻《关于《条例》的说明》。', 1, 6, 7, nestedTitle],
    ['他说：“要落实“三个必须”。”', 1, 8, 9, nestedQuote],
    ['按规定（试行执行。', 1, 4, 5, unclosed('（', '）', '4.9')],
    ['按规定试行）执行。', 1, 6, 7, unopened('）', '（', '4.9')],
    ['一是【重点任务。', 1, 3, 4, unclosed('【', '】', '4.9')],
  ])('flags %s', (text, line, column, endColumn, message) => {
    const messages = lintWith(rule, text);
    expect(facts(messages)).toEqual([{ ruleId: id, severity: 'error', line, column, endColumn, ...message }]);
  });

  it('reports a quotation never closed at the end of the text', () => {
    const messages = lintWith(rule, '第一段。\n他指出：“要加强领导。\n第三段。');
    expect(facts(messages)).toEqual([{ ruleId: id, severity: 'error', line: 2, column: 5, endColumn: 6, ...unclosed('“', '”', '4.8') }]);
  });

  it.each([
    '学习《中国共产党纪律处分条例》。',
    '他说：“要落实‘三个必须’。”',
    '贯彻《关于〈条例〉的说明》。',
    '“第一段引文。\n“第二段引文。\n“第三段引文。”',
    '第十条修改为：“第一款内容。\n（一）第一项；\n（二）第二项。”',
    '关于印发《XX市\n实施方案》的通知',
    '1）加强领导。',
    '包括：a) 甲方；b) 乙方。',
    'China’s economy（中国经济）',
    '国发〔2024〕1号',
  ])('stays silent on %s', (text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });
});

describe(`${id}: list counters of every kind close with a bracket alone (issue 9)`, () => {
  it.each(['甲）建设单位；乙）施工单位。', '其中：Ⅰ）基础类；Ⅱ）提升类。', 'ⅱ）复核数据。'])('stays silent on %s', (text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });

  it('still flags a closing bracket after a word that is no counter', () => {
    const messages = lintWith(rule, '甲方负责建设）和运营。');
    expect(facts(messages)).toEqual([{ ruleId: id, severity: 'error', line: 1, column: 7, endColumn: 8, ...unopened('）', '（', '4.9') }]);
  });
});

describe(`${id}: an opener that ends its paragraph and is never closed is a broken text (issue 9)`, () => {
  const broken = (mark: string, close: string) => said('brokenAfterOpener', { mark, close });
  it.each([
    ['按照有关规定（\n第二段。', 1, 7, broken('（', '）')],
    ['（\n第二段内容。', 1, 1, broken('（', '）')],
    ['学习贯彻《\n第二段。\n第三段。', 1, 5, broken('《', '》')],
    ['他指出：“　\n第二段。', 1, 5, broken('“', '”')],
  ])('warns at the opener of %j', (text, line, column, message) => {
    expect(facts(lintWith(rule, text))).toEqual([{ ruleId: id, severity: 'warning', line, column, endColumn: column + 1, ...message }]);
  });

  it.each([
    '按照有关规定（\n以下简称规定）执行。',
    '关于印发《\n实施方案》的通知',
    '第一段（\n第二段\n第三段）。',
  ])('stays silent when a later paragraph closes it: %j', (text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });

  it.each([
    ['按照有关规定（试行\n第二段。', 1, 7, unclosed('（', '）', '4.9')],
    ['学习《条例\n第二段。', 1, 3, unclosed('《', '》', '4.15')],
  ])('still errs on an opener with text after it in its paragraph: %j', (text, line, column, message) => {
    expect(facts(lintWith(rule, text))).toEqual([{ ruleId: id, severity: 'error', line, column, endColumn: column + 1, ...message }]);
  });
});
