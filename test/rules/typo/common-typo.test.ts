import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/typo/common-typo.js';
import { applyFixes, lintWith } from '../../helpers/lint.js';

const SRC = '（《现代汉语词典》（第7版））';
const IDIOM = '（《现代汉语词典》（第7版）；成语固定写法）';

describe('typo/common-typo', () => {
  it.each([
    ['项目已按期峻工。', 6, 8, `错别字：“峻工”应为“竣工”${SRC}`, '项目已按期竣工。'],
    ['全力做好防汛布署工作。', 7, 9, `错别字：“布署”应为“部署”${SRC}`, '全力做好防汛部署工作。'],
    ['认真部暑今年的工作。', 3, 5, `错别字：“部暑”应为“部署”${SRC}`, '认真部署今年的工作。'],
    ['希望同志们再接再励。', 6, 10, `错别字：“再接再励”应为“再接再厉”${IDIOM}`, '希望同志们再接再厉。'],
    ['我们将一如继往地支持。', 4, 8, `错别字：“一如继往”应为“一如既往”${IDIOM}`, '我们将一如既往地支持。'],
    ['既使条件再艰苦，任务也要完成。', 1, 3, `错别字：“既使”应为“即使”${SRC}`, '即使条件再艰苦，任务也要完成。'],
    ['严肃查处循私舞弊行为。', 5, 9, `错别字：“循私舞弊”应为“徇私舞弊”${IDIOM}`, '严肃查处徇私舞弊行为。'],
    ['全市上下众志成诚，共克时艰。', 5, 9, `错别字：“众志成诚”应为“众志成城”${SRC}`, '全市上下众志成城，共克时艰。'],
    ['请各位侯选人按时到场。', 4, 7, `错别字：“侯选人”应为“候选人”${SRC}`, '请各位候选人按时到场。'],
  ])('flags %s', (text, column, endColumn, message, fixed) => {
    const messages = lintWith(rule, text);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ ruleId: 'typo/common-typo', severity: 'error', line: 1, column, endColumn, message });
    expect(applyFixes(text, messages)).toBe(fixed);
  });

  // issue 9: a variant form (异形词) is not a typo — a warning with its own message, still fixable
  it.each([
    ['要大力宏扬优良传统。', 4, 6, `“宏扬”是异形词或变体写法，宜用推荐词形“弘扬”${SRC}`, '要大力弘扬优良传统。'],
    ['坚决反对奢糜之风。', 5, 7, `“奢糜”是异形词或变体写法，宜用推荐词形“奢靡”${SRC}`, '坚决反对奢靡之风。'],
    ['优化产业结构成份。', 7, 9, `“成份”是异形词或变体写法，宜用推荐词形“成分”${SRC}`, '优化产业结构成分。'],
  ])('reports the variant form in %s as a warning', (text, column, endColumn, message, fixed) => {
    const messages = lintWith(rule, text);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ ruleId: 'typo/common-typo', severity: 'warning', line: 1, column, endColumn, message });
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
    expect(messages.map((m) => [m.column, m.endColumn, m.message])).toEqual([
      [3, 6, '错别字：“发改局”应为“发展改革局”（本单位规范简称）'],
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
    ['对违法行为严惩不怠。', 6, 10, '严惩不怠', '严惩不贷'],
    ['选取一批典形案例。', 5, 9, '典形案例', '典型案例'],
  ])('flags %s', (text, column, endColumn, wrong, right) => {
    const messages = lintWith(rule, text);
    expect(messages.map((m) => ({ ruleId: m.ruleId, severity: m.severity, line: m.line, column: m.column, endColumn: m.endColumn, messageId: m.messageId, data: m.data })))
      .toEqual([{ ruleId: 'typo/common-typo', severity: 'error', line: 1, column, endColumn, messageId: expect.any(String), data: expect.objectContaining({ wrong, right }) }]);
  });

  it.each(['对优惠卷烟实行统一定价。', '对违法行为严惩不贷。', '这项制度名符其实地运转起来。'])('stays silent on %s', (text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });
});
