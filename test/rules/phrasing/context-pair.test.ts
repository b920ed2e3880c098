import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/phrasing/context-pair.js';
import { applyFixes, facts, lintWith, said } from '../../helpers/lint.js';

const DICT = '《现代汉语词典》第7版';
const data = (wrong: string, right: string, reason: string, source: string) => ({ wrong, right, reason, reasonEn: '', source, category: '易混词语', date: '' });
const CUT = (time: string) =>
  said('asOf', { ...data('截止', '截至', '：表示到某一时间为止用“截至”，“截止”指到期停止，用在时间之后或带“到”“于”', DICT), time });
const replace = (wrong: string, right: string, reason: string, source = DICT) => said('replace', data(wrong, right, reason, source));

describe('phrasing/context-pair', () => {
  it.each([
    ['截止6月底，已完成任务。', 'error', 1, 3, CUT('6月底'), '截至6月底，已完成任务。'],
    ['截止目前，共受理120件。', 'error', 1, 3, CUT('目前'), '截至目前，共受理120件。'],
    ['截止2023年12月31日，全市共有企业3万家。', 'error', 1, 3, CUT('2023年12月31日'), '截至2023年12月31日，全市共有企业3万家。'],
    ['项目截止9月底前全部完工。', 'error', 3, 5, CUT('9月底前'), '项目截至9月底前全部完工。'],
    ['截止今年上半年，累计发放补贴300万元。', 'error', 1, 3, CUT('今年上半年'), '截至今年上半年，累计发放补贴300万元。'],
    ['各单位必需严格执行。', 'warning', 4, 6, replace('必需', '必须', '：表示“一定要”用“必须”，“必需”指不可缺少，如“必需品”“所必需的”'), '各单位必须严格执行。'],
    ['党委做出决定。', 'warning', 3, 5, replace('做出', '作出', '：与决定、决策、部署等抽象事物搭配，公文惯用“作出”', '《现代汉语词典》第7版“作出”条；公文惯例'), '党委作出决定。'],
    ['建立工作台帐。', 'warning', 6, 7, replace('帐', '账', '：与钱财、记载有关用“账”，如账户、台账、对账，“帐”用于帐篷、蚊帐', '《现代汉语词典》第7版“账”条'), '建立工作台账。'],
    ['出台一篮子政策。', 'warning', 3, 6, replace('一篮子', '一揽子', '：全部包揽在内用“一揽子”，如“一揽子政策”，“一篮子”用于一篮子货币'), '出台一揽子政策。'],
    // issue 9 (typos): 反映/反应, 泄露/泄漏, 法治/法制 by what follows
    ['群众可通过热线反应问题。', 'warning', 8, 10, replace('反应', '反映', '：把情况、意见告诉上级或有关部门用“反映”，“反应”指受到刺激后引起的变化，如“不良反应”“反应迅速”'), '群众可通过热线反映问题。'],
    ['要如实反应情况。', 'warning', 4, 6, replace('反应', '反映', '：把情况、意见告诉上级或有关部门用“反映”，“反应”指受到刺激后引起的变化，如“不良反应”“反应迅速”'), '要如实反映情况。'],
    ['严禁泄漏国家秘密。', 'warning', 3, 5, replace('泄漏', '泄露', '：秘密、信息让人知道用“泄露”，“泄漏”指液体、气体漏出'), '严禁泄露国家秘密。'],
    ['加快建设法制政府。', 'warning', 5, 7, replace('法制', '法治', '：依法治理的状态和方式用“法治”（法治政府、法治国家），“法制”指法律制度（法制机构、法制审核）', '《现代汉语词典》第7版；《中共中央关于全面推进依法治国若干重大问题的决定》'), '加快建设法治政府。'],
  ])('flags %s', (text, severity, column, endColumn, message, fixed) => {
    const messages = lintWith(rule, text);
    expect(facts(messages)).toEqual([{ ruleId: 'phrasing/context-pair', severity, line: 1, column, endColumn, ...message }]);
    expect(applyFixes(text, messages)).toBe(fixed);
  });

  it('flags 公民的合法权力 without a fix', () => {
    const messages = lintWith(rule, '保障公民的合法权力。');
    expect(facts(messages)).toEqual([
      { ruleId: 'phrasing/context-pair', severity: 'warning', line: 1, column: 3, endColumn: 10, ...said('avoid', data('公民的合法权力', '', '：公民依法享有的是“权利”，“权力”指职权和强制力量，如“国家权力”“权力机关”', DICT)) },
    ]);
    expect(messages[0]!.fix).toBeUndefined();
  });

  it.each([
    '截至6月底，已完成任务。',
    '申报于6月30日截止。',
    '截止日期为6月30日。',
    '截止时间：2024年6月30日。',
    '截止到目前，共受理申请120件。',
    '保障生活必需品供应，落实工作所必需的经费。',
    '保障工作必需经费，配齐生产必需要素。',
    '这叫做为民办实事，不能把它当做为难群众的借口。',
    '规范权力运行，保障公民权利。',
    '为经济发展做出突出贡献。',
    '搭建帐篷，发放蚊帐。',
    '参考一篮子货币。',
    '建立快速反应机制，加强药品不良反应监测。',
    '市场反应情况良好，群众反应强烈。',
    '防止燃气泄漏，严禁泄露国家秘密。',
    '落实法制审核制度，由法制机构负责。',
  ])('stays silent on %s', (text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });
});
