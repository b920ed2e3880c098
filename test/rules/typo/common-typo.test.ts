import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/typo/common-typo.js';
import { applyFixes, facts, lintWith, said } from '../../helpers/lint.js';

const SRC = '《现代汉语词典》（第7版）';
const IDIOM = '《现代汉语词典》（第7版）；成语固定写法';
const data = (wrong: string, right: string, source: string, reason = '') => ({ wrong, right, reason, reasonEn: '', source, category: '常见错别字', date: '' });
const typo = (wrong: string, right: string, source = SRC) => said('replace', data(wrong, right, source));
const variant = (wrong: string, right: string) => said('variant', data(wrong, right, SRC, '：异形词或变体写法，宜用推荐词形'));

describe('typo/common-typo', () => {
  it.each([
    ['项目已按期峻工。', 6, 8, typo('峻工', '竣工'), '项目已按期竣工。'],
    ['全力做好防汛布署工作。', 7, 9, typo('布署', '部署'), '全力做好防汛部署工作。'],
    ['认真部暑今年的工作。', 3, 5, typo('部暑', '部署'), '认真部署今年的工作。'],
    ['希望同志们再接再励。', 6, 10, typo('再接再励', '再接再厉', IDIOM), '希望同志们再接再厉。'],
    ['我们将一如继往地支持。', 4, 8, typo('一如继往', '一如既往', IDIOM), '我们将一如既往地支持。'],
    ['既使条件再艰苦，任务也要完成。', 1, 3, typo('既使', '即使'), '即使条件再艰苦，任务也要完成。'],
    ['严肃查处循私舞弊行为。', 5, 9, typo('循私舞弊', '徇私舞弊', IDIOM), '严肃查处徇私舞弊行为。'],
    ['全市上下众志成诚，共克时艰。', 5, 9, typo('众志成诚', '众志成城'), '全市上下众志成城，共克时艰。'],
    ['请各位侯选人按时到场。', 4, 7, typo('侯选人', '候选人'), '请各位候选人按时到场。'],
    // issue 9 (typos): verbs and set terms of official prose, look-alike or same-sound slips
    ['财政部门要及时拔付专项资金。', 8, 10, typo('拔付', '拨付'), '财政部门要及时拨付专项资金。'],
    ['各地要很抓落实，确保见效。', 4, 6, typo('很抓', '狠抓'), '各地要狠抓落实，确保见效。'],
    ['严格依据国家标淮开展检测。', 7, 9, typo('标淮', '标准'), '严格依据国家标准开展检测。'],
    ['对违规干部进行诫免谈话。', 8, 10, typo('诫免', '诫勉'), '对违规干部进行诫勉谈话。'],
    ['对不符合条件的依法注消登记。', 10, 12, typo('注消', '注销'), '对不符合条件的依法注销登记。'],
    ['建立问题追朔机制。', 5, 7, typo('追朔', '追溯'), '建立问题追溯机制。'],
    ['形成有力震摄，遏制违法行为。', 5, 7, typo('震摄', '震慑'), '形成有力震慑，遏制违法行为。'],
    ['安照有关规定办理。', 1, 3, typo('安照', '按照'), '按照有关规定办理。'],
    ['充分听取群众的合理述求。', 10, 12, typo('述求', '诉求'), '充分听取群众的合理诉求。'],
    ['给予留党查看一年处分。', 3, 7, typo('留党查看', '留党察看'), '给予留党察看一年处分。'],
    ['健全长效工作机志。', 7, 9, typo('机志', '机制'), '健全长效工作机制。'],
  ])('flags %s', (text, column, endColumn, message, fixed) => {
    const messages = lintWith(rule, text);
    expect(facts(messages)).toEqual([{ ruleId: 'typo/common-typo', severity: 'error', line: 1, column, endColumn, ...message }]);
    expect(applyFixes(text, messages)).toBe(fixed);
  });

  // issue 9: a variant form (异形词) is not a typo — a warning with its own message, still fixable
  it.each([
    ['要大力宏扬优良传统。', 4, 6, variant('宏扬', '弘扬'), '要大力弘扬优良传统。'],
    ['坚决反对奢糜之风。', 5, 7, variant('奢糜', '奢靡'), '坚决反对奢靡之风。'],
    ['优化产业结构成份。', 7, 9, variant('成份', '成分'), '优化产业结构成分。'],
  ])('reports the variant form in %s as a warning', (text, column, endColumn, message, fixed) => {
    const messages = lintWith(rule, text);
    expect(facts(messages)).toEqual([{ ruleId: 'typo/common-typo', severity: 'warning', line: 1, column, endColumn, ...message }]);
    expect(applyFixes(text, messages)).toBe(fixed);
  });

  it.each([
    '一代代共产党人前赴后继、英勇奋斗。', // 前赴后继 is in the dictionary
    '这项制度名符其实地运转起来。', // 也说“名符其实”
    '工作作风慎密细致。', // 慎密: 谨慎细密
    '违规行为屡禁不绝。',
    '请按装修标准执行。', // 按 + 装修
    '双方对付合同款项有争议。', // 对付 + 合同, not 付合
    '既使用电脑，又使用手机。', // 既 + 使用
    '既使企业减负，又使群众受益。', // 既……又使……
    '多渠道规范筹措资金。', // 规范 + 筹措
    '九洲江流域生态补偿。', // a river's name
    '项目已按期竣工，各项部署落实到位。',
    '厉行节约，反对浪费。',
    '财政部门要及时拨付专项资金，狠抓落实。',
    '严格依据国家标准，对问题干部进行诫勉谈话。',
    '淮河流域治理规划已经批准。', // 淮 in a river's name
    '建立问题追溯机制，形成有力震慑。',
    '反映群众合理诉求，给予留党察看处分，健全长效机制。',
    '归档按照有关规定执行，设立按需调整机制。', // 档按, 立按 across a word boundary: never listed
  ])('stays silent on %s', (text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });

  it('reports the right line of a multi-line text', () => {
    expect(lintWith(rule, '第一行没有错。\n第二行纪律松驰。').map((m) => [m.line, m.column, m.endColumn])).toEqual([[2, 6, 8]]);
  });

  it('never corrects a protected term', () => {
    const config = { protectedTerms: ['布署村'] };
    expect(lintWith(rule, '布署村召开村民大会。', { config })).toEqual([]);
    expect(lintWith(rule, '布署村召开村民大会，研究布署工作。', { config }).map((m) => m.column)).toEqual([13]);
  });

  it('reads user substitution lexicons from config', () => {
    const lexicons = [
      { name: '本单位', type: 'substitution', entries: [{ match: '发改局', right: '发展改革局', source: '本单位规范简称' }] },
    ];
    const messages = lintWith(rule, '报市发改局审核。', { config: { lexicons } });
    expect(facts(messages)).toEqual([
      { ruleId: 'typo/common-typo', severity: 'error', line: 1, column: 3, endColumn: 6, ...said('replace', { wrong: '发改局', right: '发展改革局', reason: '', reasonEn: '', source: '本单位规范简称', category: '本单位', date: '' }) },
    ]);
  });

  it('skips an invalid user lexicon and keeps the built-in one', () => {
    const lexicons = [{ name: 'bad', type: 'substitution', entries: [{ right: 'x' }] }];
    expect(lintWith(rule, '项目已按期峻工。', { config: { lexicons } })).toHaveLength(1);
  });

  it('can run without the built-in lexicon', () => {
    const config = { rules: { 'typo/common-typo': ['error', { builtin: false }] as ['error', Record<string, unknown>] } };
    expect(lintWith(rule, '项目已按期峻工。', { config })).toEqual([]);
  });
});

describe('typo/common-typo: idioms and words added in issue 9', () => {
  it.each([
    ['对违法行为严惩不怠。', 6, 10, '严惩不怠', '严惩不贷', IDIOM],
    ['选取一批典形案例。', 5, 9, '典形案例', '典型案例', SRC],
  ])('flags %s', (text, column, endColumn, wrong, right, source) => {
    expect(facts(lintWith(rule, text))).toEqual([{ ruleId: 'typo/common-typo', severity: 'error', line: 1, column, endColumn, ...typo(wrong, right, source) }]);
  });

  it.each(['对优惠卷烟实行统一定价。', '对违法行为严惩不贷。', '这项制度名符其实地运转起来。'])('stays silent on %s', (text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });
});
