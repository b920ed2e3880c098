import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/phrasing/political-formulation.js';
import { applyFixes, facts, lintWith, said } from '../../helpers/lint.js';

const RES6 = '2021年11月《中共中央关于党的百年奋斗重大成就和历史经验的决议》';
const CONST = '2022年10月修改的《中国共产党章程》';
const DEC20 = '《中共中央关于认真学习宣传贯彻党的二十大精神的决定》';
const C20 = '党的二十大，2022年10月16日至22日';
const replace = (wrong: string, right: string, reason: string, source: string) =>
  said('replace', { wrong, right, reason, reasonEn: '', source, category: '重要政治表述', date: '' });
const order = (name: string, ordered: string, source = CONST) => said('order', { name, ordered, source });
const dated = (wrong: string, date: string, reason: string, source: string) =>
  said('dated', { wrong, right: '', reason, reasonEn: '', source, category: '与成文日期不符的提法', date });
const wording = (written: string, wording: string, lacks: string, source: string) =>
  said('wording', { written, wording, change: `漏了“${lacks}”`, changeEn: `lacks “${lacks}”`, source });

describe('phrasing/political-formulation', () => {
  it.each([
    ['坚决做到二个维护。', 5, 9, replace('二个维护', '两个维护', '：“两个维护”是固定表述，数词用“两”', RES6), '坚决做到两个维护。'],
    ['牢固树立四种意识。', 5, 9, replace('四种意识', '四个意识', '：“四个意识”是固定表述', CONST), '牢固树立四个意识。'],
    ['坚定4个自信。', 3, 7, replace('4个自信', '四个自信', '：“四个自信”是固定表述', CONST), '坚定四个自信。'],
    ['深入学习贯彻党的二十大会议精神。', 7, 16, replace('党的二十大会议精神', '党的二十大精神', '：党的代表大会的精神称“党的X大精神”，不加“会议”', DEC20), '深入学习贯彻党的二十大精神。'],
    ['传达学习党的二十届三中全会会议精神。', 12, 18, replace('全会会议精神', '全会精神', '：全会的精神称“全会精神”，不加“会议”', DEC20), '传达学习党的二十届三中全会精神。'],
    ['牢固树立政治意识、大局意识、看齐意识、核心意识。', 5, 24, order('四个意识', '政治意识、大局意识、核心意识、看齐意识'), '牢固树立政治意识、大局意识、核心意识、看齐意识。'],
    ['坚定道路、制度、理论、文化自信。', 3, 16, order('四个自信', '道路、理论、制度、文化自信'), '坚定道路、理论、制度、文化自信。'],
    ['增强政治、大局、看齐、核心意识。', 3, 16, order('四个意识', '政治、大局、核心、看齐意识'), '增强政治、大局、核心、看齐意识。'],
    ['坚持协调、创新、绿色、开放、共享发展。', 3, 19, order('新发展理念', '创新、协调、绿色、开放、共享发展', '党的二十大报告'), '坚持创新、协调、绿色、开放、共享发展。'],
    ['统筹推进政治、经济、文化、社会和生态文明建设。', 5, 23, order('五位一体', '经济、政治、文化、社会和生态文明建设'), '统筹推进经济、政治、文化、社会和生态文明建设。'],
    ['坚定理论自信、道路自信、制度自信和文化自信。', 3, 22, order('四个自信', '道路自信、理论自信、制度自信和文化自信'), '坚定道路自信、理论自信、制度自信和文化自信。'],
  ])('flags %s', (text, column, endColumn, message, fixed) => {
    const messages = lintWith(rule, text);
    expect(facts(messages)).toEqual([{ ruleId: 'phrasing/political-formulation', severity: 'error', line: 1, column, endColumn, ...message }]);
    expect(applyFixes(text, messages)).toBe(fixed);
  });

  it.each([
    ['各单位要认真学习贯彻党的十九大精神。\n2023年3月1日', 7, 18, dated('学习贯彻党的十九大精神', '2023-03-01', '：成文日期在党的二十大闭幕（2022年10月22日）之后，学习贯彻的应是党的二十大精神', C20)],
    ['深刻领悟“两个确立”的决定性意义。\n2020年5月8日', 6, 10, dated('两个确立', '2020-05-08', '：“两个确立”在2021年11月党的十九届六中全会上提出，此前成文的公文不应出现', RES6)],
  ])('flags a wording the date does not fit: %s', (text, column, endColumn, message) => {
    expect(facts(lintWith(rule, text))).toEqual([{ ruleId: 'phrasing/political-formulation', severity: 'warning', line: 1, column, endColumn, ...message }]);
  });

  it.each([
    '2018年以来，全市认真学习贯彻党的十九大精神。\n2023年3月1日',
    '过去五年，我们深入学习贯彻党的十九届六中全会精神。\n2023年3月1日',
    '认真学习贯彻党的十九大精神。\n2021年3月1日',
  ])('does not judge a historical mention or an earlier date: %s', (text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });

  it('uses the configured date when the document has none', () => {
    expect(lintWith(rule, '要认真学习贯彻党的十九届六中全会精神。', { config: { date: '2023-05-01' } })).toHaveLength(1);
    expect(lintWith(rule, '要认真学习贯彻党的十九届六中全会精神。', { config: { date: '2022-01-05' } })).toEqual([]);
    expect(lintWith(rule, '要认真学习贯彻党的十九届六中全会精神。')).toEqual([]);
  });

  it.each([
    '坚决做到“两个维护”，向第二个百年奋斗目标进军。',
    '深入学习贯彻党的二十大精神，以新时代中国特色社会主义思想统一思想。',
    '以习近平新时代中国特色社会主义思想为指导。',
    '牢固树立政治意识、大局意识、核心意识、看齐意识。',
    '增强政治意识，坚持底线思维。',
    '坚定道路、理论、制度、文化自信，增强政治、大局、核心、看齐意识。',
    '坚持创新、协调、绿色、开放、共享的新发展理念。',
    '加强思想、政治、经济、文化建设。',
    '推进教育、文化、政治建设。',
    '加强政治、经济、文化建设。',
    '提升政治、大局、核心素养。',
    '做好道路、制度建设。',
    '党的十九大以来，各项工作取得新进展。\n2023年3月1日',
    '全面建成小康社会、全面深化改革、全面依法治国、全面从严治党。',
    '推进经济建设、政治建设、文化建设、社会建设、生态文明建设。',
  ])('stays silent on %s', (text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });

  it('reads user fixedOrder lexicons', () => {
    const lexicons = [{ name: '本地', type: 'fixedOrder', entries: [{ name: '三个一', items: ['一流', '一线', '一体'], source: '本地提法' }] }];
    const messages = lintWith(rule, '做到一线、一流、一体。', { config: { lexicons } });
    expect(facts(messages)).toEqual([
      { ruleId: 'phrasing/political-formulation', severity: 'error', line: 1, column: 3, endColumn: 11, ...order('三个一', '一流、一线、一体', '本地提法') },
    ]);
  });
});

describe('phrasing/political-formulation: a fixed wording with a word inserted or dropped (issue 9)', () => {
  it.each([
    ['在以习近平为核心的党中央坚强领导下。', 2, 13, wording('以习近平为核心的党中央', '以习近平同志为核心的党中央', '同志', '党的二十大报告'), '在以习近平同志为核心的党中央坚强领导下。'],
    ['推进国家治理体系治理能力现代化。', 1, 16, wording('推进国家治理体系治理能力现代化', '推进国家治理体系和治理能力现代化', '和', '党的十九届四中全会决定'), '推进国家治理体系和治理能力现代化。'],
    ['牢固树立绿水青山是金山银山的理念。', 5, 14, wording('绿水青山是金山银山', '绿水青山就是金山银山', '就', '党的二十大报告'), '牢固树立绿水青山就是金山银山的理念。'],
    ['铸牢中华民族共同意识。', 1, 11, wording('铸牢中华民族共同意识', '铸牢中华民族共同体意识', '体', '党的二十大报告'), '铸牢中华民族共同体意识。'],
  ])('flags %s', (text, column, endColumn, message, fixed) => {
    const messages = lintWith(rule, text);
    expect(facts(messages)).toEqual([{ ruleId: 'phrasing/political-formulation', severity: 'error', line: 1, column, endColumn, ...message }]);
    expect(applyFixes(text, messages)).toBe(fixed);
  });

  it.each([
    '在以习近平同志为核心的党中央坚强领导下，全面建设社会主义现代化国家。',
    '在以习近平同志为核心的党中央的坚强领导下。', // 的 added outside the wording
    '实现中华民族的伟大复兴。', // an inserted 的 is ordinary style
    '发展全过程的人民民主。',
    '以习近平同志为总书记的党中央。', // a substitution is another (historical) wording
    '坚持不忘初心，牢记使命。', // punctuation only
    '把党的政治建设摆在首要位置。',
    '深入学习新时代中国特色社会主义思想。',
    // wordings central documents also write shorter or longer: not in the lexicon
    '贯彻创新、协调、绿色、开放、共享的发展理念。',
    '坚持和加强党的领导。',
    '坚持全心全意为人民健康服务。',
    '实现中华民族伟大复兴中国梦。',
    '坚持以人民为中心发展思想。', // 的 dropped: style
  ])('stays silent on %s', (text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });

  it('reads user exactWording lexicons', () => {
    const lexicons = [{ name: '本地', type: 'exactWording', entries: [{ wording: '三个一流建设工程', source: '本地文件' }] }];
    expect(lintWith(rule, '推进三个一流建设工程。', { config: { lexicons } })).toEqual([]);
    expect(lintWith(rule, '推进三个一流的建设工程。', { config: { lexicons } })).toEqual([]);
    expect(lintWith(rule, '推进三个一流建设大工程。', { config: { lexicons } }).map((m) => m.column)).toEqual([3]);
  });
});
