import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/element/heading-sequence.js';
import { applyFixes, facts, findings, lintWith, said } from '../../helpers/lint.js';
import { doc } from './doc.js';

const ID = 'element/heading-sequence';
const C = '（GB/T 9704—2012 7.3.3）';
const marker = (level: number, want: string, got: string) => `第${level}层序数应写作“${want}”，不写作“${got}”${C}`;

describe(ID, () => {
  it.each([
    ['一．', { 11: '一．总体要求' }, 11, 1, 3, marker(1, '一、', '一．')],
    ['一，', { 11: '一，总体要求' }, 11, 1, 3, marker(1, '一、', '一，')],
    ['（一）、', { 12: '（一）、压实责任。各单位要落实主体责任。' }, 12, 1, 5, marker(2, '（一）', '（一）、')],
    ['(一) with half-width parentheses', { 12: '(一)压实责任。各单位要落实主体责任。' }, 12, 1, 4, marker(2, '（一）', '(一)')],
    ['1、', { 13: '1、加强检查。定期开展安全检查。' }, 13, 1, 3, marker(3, '1.', '1、')],
    ['(1) with half-width parentheses', { 13: '(1)加强检查。定期开展安全检查。', 14: '(2)强化整改。及时整改各类隐患。', 12: '（一）压实责任。', 15: '（二）加强宣传。广泛开展安全宣传。' }, 13, 1, 4, marker(4, '（1）', '(1)')],
  ] as Array<[string, Record<number, string>, number, number, number, string]>)('flags the marker %s', (_name, overrides, line, column, endColumn, message) => {
    const text = doc(overrides);
    const messages = lintWith(rule, text).filter((m) => m.line === line);
    expect(findings(messages)).toEqual([{ ruleId: ID, line, column, endColumn, message, severity: 'warning' }]);
    const fixedLine = text.split('\n')[line - 1].replace(/^[^\u4e00-\u9fa5]*[一二]?[^\u4e00-\u9fa5]*/, '');
    expect(applyFixes(text, messages).split('\n')[line - 1]).toMatch(new RegExp(`^(一、|（一）|1\\.|（1）)${fixedLine.replace(/[.()]/g, '\\$&')}$`));
  });

  it('fixes a marker to the standard form', () => {
    const text = doc({ 11: '一．总体要求', 12: '(一)压实责任。各单位要落实主体责任。', 13: '1、加强检查。定期开展安全检查。' });
    expect(applyFixes(text, lintWith(rule, text))).toBe(doc());
  });

  it.each([
    ['a skipped level-1 number', { 16: '三、工作措施' }, [[16, 1, 2, `层次序数不连续：上一个同级序数是“一、”，此处应为“二、”，不是“三、”${C}`, 'error']]],
    ['a skipped level-3 number', { 14: '3.强化整改。及时整改各类隐患。' }, [[14, 1, 2, `层次序数不连续：上一个同级序数是“1.”，此处应为“2.”，不是“3.”${C}`, 'error']]],
    ['a repeated level-2 number', { 15: '（一）加强宣传。广泛开展安全宣传。' }, [[15, 2, 3, `同一上级标题下序数从“（一）”重新开始，上一个同级序数是“（一）”，应连续编号为“（二）”${C}`, 'warning']]],
    ['a level that starts high', { 12: '（三）压实责任。各单位要落实主体责任。' }, [
      [12, 2, 3, `本级层次序数应从“（一）”开始，此处为“（三）”${C}`, 'warning'],
      [15, 2, 3, `层次序数不连续：上一个同级序数是“（三）”，此处应为“（四）”，不是“（二）”${C}`, 'error'],
    ]],
    ['a （1） right under 一、', { 12: '（1）压实责任。各单位要落实主体责任。', 13: '（2）加强检查。定期开展安全检查。', 14: '', 15: '' }, [
      [12, 1, 4, `“（1）”直接位于第一层标题之下，层次序数应依次使用“（一）”或“1.”，再用“（1）”${C}`, 'warning'],
    ]],
    ['1. right under 二、 after 一、 listed the same kind of item as （一）（二） (level 2 skipped)', { 13: '', 14: '', 17: '1.加强调度。各单位要按时报送工作情况。', 18: '2.强化督查。市政府将组织督查。' }, [
      [17, 1, 3, `“1.”直接位于第一层标题“二、”之下，跳过了第二层“（一）”：层次序数应依次使用“一、”“（一）”“1.”“（1）”${C}`, 'warning'],
    ]],
  ] as Array<[string, Record<number, string>, Array<[number, number, number, string, string]>]>)('flags %s', (_name, overrides, expected) => {
    const messages = lintWith(rule, doc(overrides), { config: { rules: { [ID]: ['warning', { skippedLevel: 'mixed' }] } } });
    expect(findings(messages)).toEqual(expected.map(([line, column, endColumn, message, severity]) => ({ ruleId: ID, line, column, endColumn, message, severity })));
  });

  it.each([
    ['the clean document', doc()],
    ['level 2 continuing across level-1 parents', doc({ 17: '（三）各单位要认真落实，按时报送工作情况。' })],
    ['level 2 restarting under a new level-1 heading', doc({ 17: '（一）各单位要认真落实，按时报送工作情况。' })],
    ['1. right under 一、 (one level skipped)', doc({ 12: '1.压实责任。各单位要落实主体责任。', 13: '2.加强检查。定期开展安全检查。', 14: '3.强化整改。及时整改各类隐患。', 15: '' })],
    ['an enumeration of quarters', doc({ 17: '一、二季度各单位要认真落实，按时报送工作情况。' })],
    ['3、4月份', doc({ 17: '3、4月份各单位要认真落实，按时报送工作情况。' })],
    ['a list introduced by a colon', doc({ 14: '有下列情形之一的，予以通报：', 15: '（一）未按时整改的；', 16: '（二）瞒报隐患的。', 17: '' })],
    ['a document divided into parts whose 一、 and （一） restart in each part', doc({
      11: '第一部分　总体要求', 12: '一、指导思想', 13: '（一）坚持统筹推进。', 14: '（二）坚持问题导向。', 15: '第二部分　主要任务', 16: '一、压实责任', 17: '（一）各单位要认真落实，按时报送工作情况。',
    })],
    ['1. under 二、 after a numbered list ran on (24. in 三、)', doc({ 17: '3.加强调度。各单位要按时报送工作情况。' })],
    // Published central documents skip level 2 by section: 一、 1. 2. beside 二、 （一） 1. 2. (the （一） are parents).
    ['1. right under 二、 while 一、 has （一） with 1. under them', doc({ 17: '1.加强调度。各单位要按时报送工作情况。', 18: '2.强化督查。市政府将组织督查。' })],
    // 一、 1. （1）: the skipped level used for parents, as test/conformance c01 is set.
    ['1. with （1） under it right under 二、', doc({ 13: '', 14: '', 17: '1.加强调度。', 18: '（1）按时报送工作情况。', 19: '（2）及时报告重大事项。', 20: '' })],
    ['2.2025年… read as a heading, not a decimal', doc({ 14: '2.2025年底前完成整改。', 15: '3.强化宣传。广泛开展安全宣传。' })],
  ])('stays silent on %s', (_name, text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });

  it('reports a level skipped between sections by default (skippedLevel: mixed)', () => {
    const text = doc({ 13: '', 14: '', 17: '1.加强调度。各单位要按时报送工作情况。', 18: '2.强化督查。市政府将组织督查。' });
    expect(lintWith(rule, text).map((m) => [m.line, m.column, m.endColumn, m.messageId, m.data])).toEqual([
      [17, 1, 3, 'skipped', { got: '1.', parent: '二、' }],
    ]);
  });

  // An item whose counter takes another level's form in the middle of a series: reported where it
  // stands (an error, fixed to the series' form), and counted in the series so the next one is no gap.
  it.each([
    ['一、二、3、四、', { 12: '', 13: '', 14: '', 15: '', 16: '二、工作措施', 17: '3、保障措施', 18: '四、工作要求' }, 17, '3、', '二、', '三、'],
    ['（一）（二）3.（四）', { 13: '', 14: '', 15: '（二）加强宣传。广泛开展安全宣传。', 16: '3.强化督查。严格督查问责。', 17: '（四）严格考核。纳入年度考核。' }, 16, '3.', '（二）', '（三）'],
    ['（一）（二）3. at the end of the series (then 二、)', { 13: '', 14: '', 15: '（二）加强宣传。广泛开展安全宣传。', 16: '3.强化督查。严格督查问责。', 17: '二、工作措施' }, 16, '3.', '（二）', '（三）'],
    ['1. 2. （三） 4.', { 12: '', 15: '（三）加强宣传。广泛开展安全宣传。', 16: '4.强化督查。严格督查问责。', 17: '' }, 15, '（三）', '2.', '3.'],
  ] as Array<[string, Record<number, string>, number, string, string, string]>)('flags the odd item of %s where it stands', (_name, overrides, line, got, prev, wanted) => {
    const text = doc(overrides);
    const messages = lintWith(rule, text);
    expect(messages.map((m) => [m.line, m.column, m.endColumn, m.messageId, m.severity, m.data])).toEqual([
      [line, 1, 1 + got.length, 'odd', 'error', { got, prev, want: wanted }],
    ]);
    expect(applyFixes(text, messages).split('\n')[line - 1].startsWith(wanted)).toBe(true);
  });

  it.each([
    ['（一）1.2.（二）3.4.: level 3 counted on through the text', doc({ 15: '（二）加强宣传。', 16: '3.开展宣传。', 17: '4.加强培训。' })],
    ['（一）（二） then 1. under （二）', doc({ 13: '', 14: '', 15: '（二）加强宣传。', 16: '1.开展宣传。', 17: '2.加强培训。' })],
  ])('stays silent on %s (no odd item)', (_name, text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });

  // Level-1 headings whose text opens with a numeral: not a list of numbers (三、四月份), still a heading.
  it.each([
    ['一、一年来的工作', { 11: '一、一年来的工作', 16: '二、工作措施' }],
    ['二、五年来主要成绩', { 16: '二、五年来主要成绩' }],
    ['二、三年行动目标 (the next level-1 number, set as a heading)', { 16: '二、三年行动目标' }],
    ['二、三项重点任务', { 16: '二、三项重点任务' }],
  ] as Array<[string, Record<number, string>]>)('takes %s as a level-1 heading', (_name, overrides) => {
    // （一） after it restarts level 2 under a new parent: silent only if the line is a level-1 heading
    // (as a paragraph, （一） would restart the list under 一、 — a 'restart' warning).
    expect(lintWith(rule, doc({ ...overrides, 17: '（一）各单位要认真落实，按时报送工作情况。' }))).toEqual([]);
    expect(lintWith(rule, doc({ 16: '各单位要认真落实。', 17: '（一）各单位要认真落实，按时报送工作情况。' })).map((m) => [m.line, m.messageId])).toEqual([[17, 'restart']]);
  });

  it('reports any skipped level with skippedLevel: always, and none with never', () => {
    const text = doc({ 12: '1.压实责任。各单位要落实主体责任。', 13: '2.加强检查。定期开展安全检查。', 14: '3.强化整改。及时整改各类隐患。', 15: '' });
    const withOption = (skippedLevel: string) =>
      lintWith(rule, text, { config: { rules: { [ID]: ['warning', { skippedLevel }] } } });
    expect(findings(withOption('always'))).toEqual([
      { ruleId: ID, line: 12, column: 1, endColumn: 3, severity: 'warning', message: `“1.”直接位于第一层标题“一、”之下，跳过了第二层“（一）”：层次序数应依次使用“一、”“（一）”“1.”“（1）”${C}` },
    ]);
    expect(withOption('never')).toEqual([]);
  });
});

describe(`${'element/heading-sequence'}: counters written with full-width digits or after an invisible character (issue 9, precision)`, () => {
  const head = '关于做好检查工作的通知\n各单位：\n一、总体要求\n';
  it.each([
    ['full-width digits', '１．明确任务。要做好检查。\n２．落实责任。要压实责任。\n３．加强督促。要加强督促。\n４．总结经验。要总结经验。'],
    ['a zero-width space before 3.', '1.明确任务。要做好检查。\n2.落实责任。要压实责任。\n\u200b3.加强督促。要加强督促。\n4.总结经验。要总结经验。'],
  ])('reads the series through %s (their width is number/halfwidth-digits\' business)', (_name, body) => {
    expect(lintWith(rule, head + body)).toEqual([]);
  });

  it('still reports a gap in a full-width series where it stands', () => {
    const messages = lintWith(rule, `${head}１．明确任务。要做好检查。\n２．落实责任。要压实责任。\n４．总结经验。要总结经验。`);
    expect(messages.map((m) => ({ ruleId: m.ruleId, severity: m.severity, line: m.line, column: m.column, endColumn: m.endColumn, messageId: m.messageId })))
      .toEqual([{ ruleId: 'element/heading-sequence', severity: 'error', line: 6, column: 1, endColumn: 2, messageId: 'counter' }]);
  });
});

describe('element/heading-sequence: a gap across a broken text is a warning (issue 9)', () => {
  const head = '关于做好检查工作的通知\n各单位：\n一、总体要求\n';
  const gap = (severity: string, messageId: string, line: number, prev: string, want: string, got: string) => ({
    ruleId: ID, severity, line, column: 2, endColumn: 3, ...said(messageId, { prev, want, got, first: '（一）' }),
  });
  it.each([
    ['a paragraph between ends with an opening bracket', '（一）明确任务。要做好检查（\n要加强督促。\n（三）总结经验。要总结经验。', 6],
    ['a paragraph between starts with a point mark', '（一）明确任务。要做好检查。\n，要加强督促。\n（三）总结经验。要总结经验。', 6],
    ['the earlier heading ends with an opening quote', '（一）明确任务。要做好“\n（三）总结经验。要总结经验。', 5],
  ])('warns when %s', (_name, body, line) => {
    expect(facts(lintWith(rule, head + body))).toEqual([gap('warning', 'counterAcrossBreak', line, '（一）', '（二）', '（三）')]);
  });

  it.each([
    ['no broken paragraph between', '（一）明确任务。要做好检查。\n要加强督促。\n（三）总结经验。要总结经验。', 6],
    ['the broken paragraph stands before the earlier heading', '要做好检查（\n（一）明确任务。要做好检查。\n（三）总结经验。要总结经验。', 6],
  ])('still errs with %s', (_name, body, line) => {
    expect(facts(lintWith(rule, head + body))).toEqual([gap('error', 'counter', line, '（一）', '（二）', '（三）')]);
  });
});

describe('element/heading-sequence: counters quoted over several paragraphs are the quoted text\'s (issue 9)', () => {
  const head = '国务院关于修改《某某条例》的决定\n国务院决定对《某某条例》作如下修改：\n';
  it.each([
    ['an amendment quoting an article\'s items', '一、将第五条修改为：“有下列情形之一的，不予登记：\n（一）申请材料不齐全的；\n（三）不符合法定形式的。”\n二、将第七条修改为：“有下列情形之一的，可以延期：\n（二）因不可抗力的；\n（三）其他情形。”\n三、删去第九条。'],
  ])('stays silent on %s', (_name, body) => {
    expect(lintWith(rule, head + body)).toEqual([]);
  });

  it.each([
    ['the document\'s own gap after a quotation closes', '一、将第五条修改为：“有下列情形之一的，不予登记：\n（一）申请材料不齐全的。”\n三、删去第九条。', 5, 'counter', 'error'],
    ['a gap under a quotation never closed (a stray “ hides nothing)', '一、将第五条修改为：“有下列情形之一的：\n（一）申请材料不齐全的；\n（三）不符合法定形式的。', 5, 'counter', 'error'],
  ])('still reports %s', (_name, body, line, messageId, severity) => {
    expect(facts(lintWith(rule, head + body)).map((f) => [f.line, f.messageId, f.severity])).toEqual([[line, messageId, severity]]);
  });
});

describe('element/heading-sequence: a gap at a level whose lists restart with no parent between is a warning (issue 9)', () => {
  const head = '关于做好检查工作的通知\n各单位：\n一、总体要求\n';
  const at = (line: number) => (f: { line?: number; messageId?: string; severity: string }) => f.line === line;
  it('warns at the gap when the same level restarts elsewhere with no parent (unnumbered parents)', () => {
    const body = '1.明确任务。要做好检查。\n2.落实责任。要压实责任。\n1.加强督促。要加强督促。\n2.总结经验。要总结经验。\n4.建立台账。要建立台账。';
    const found = facts(lintWith(rule, head + body));
    expect(found.filter(at(8))).toEqual([{ ruleId: ID, severity: 'warning', line: 8, column: 1, endColumn: 2, ...said('counterUnseenParent', { prev: '2.', want: '3.', got: '4.', first: '1.' }) }]);
    expect(found.filter(at(6)).map((f) => f.messageId)).toEqual(['restart']);
  });

  it.each([
    ['the restart is introduced by a colon (a new list)', '1.明确任务。要做好检查。\n2.落实责任。有以下要求：\n1.加强督促。要加强督促。\n2.总结经验。要总结经验。\n4.建立台账。要建立台账。', 8],
    ['the restart is at another level', '（一）明确任务。要做好检查。\n1.落实责任。要压实责任。\n2.加强督促。要加强督促。\n1.总结经验。要总结经验。\n（二）开展自查。要开展自查。\n（四）建立台账。要建立台账。', 9],
  ])('still errs when %s', (_name, body, line) => {
    expect(facts(lintWith(rule, head + body)).filter(at(line)).map((f) => [f.messageId, f.severity])).toEqual([['counter', 'error']]);
  });
});
