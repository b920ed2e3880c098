import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/phrasing/organ-name.js';
import { applyFixes, facts, lintWith, said } from '../../helpers/lint.js';

const ORG = '《党政机关公文处理工作条例》第十九条';
const XINHUA = '新华社《新闻信息报道中的禁用词和慎用词》2016年修订版';
const SHORT = '中国政府网公布的国务院部门规范简称';
const data = (wrong: string, right: string, reason: string, source: string) => ({ wrong, right, reason, reasonEn: '', source, category: '机关和职务名称', date: '' });
const replace = (wrong: string, right: string, reason: string, source = ORG) => said('replace', data(wrong, right, reason, source));
const avoid = (wrong: string, reason: string, source = ORG) => said('avoid', data(wrong, '', reason, source));

describe('phrasing/organ-name', () => {
  it.each([
    ['浙江省省委书记出席会议。', 3, 6, replace('省省委', '省委', '：省级党委称“XX省委”，“省”字不重复'), '浙江省委书记出席会议。'],
    ['杭州市市委办公厅印发通知。', 3, 6, replace('市市委', '市委', '：市级党委称“XX市委”，“市”字不重复'), '杭州市委办公厅印发通知。'],
    ['中共党中央、国务院印发通知。', 1, 6, replace('中共党中央', '中共中央', '：党的中央委员会简称“中共中央”或“党中央”'), '中共中央、国务院印发通知。'],
  ])('flags %s', (text, column, endColumn, message, fixed) => {
    const messages = lintWith(rule, text);
    expect(facts(messages)).toEqual([{ ruleId: 'phrasing/organ-name', severity: 'error', line: 1, column, endColumn, ...message }]);
    expect(applyFixes(text, messages)).toBe(fixed);
  });

  it.each([
    ['请省市区有关部门抓好落实。', 2, 5, avoid('省市区', '：省级行政区统称“省、自治区、直辖市”（简称“省区市”），不作“省市区”')],
    ['原甘肃省委书记出席会议。', 1, 8, replace('原甘肃省委书记', '甘肃省委原书记', '：“原”放在单位与职务之间，写作“XX省委原书记”，单位已撤销时才写“原XX单位”', XINHUA)],
  ])('warns on %s (no fix)', (text, column, endColumn, message) => {
    const messages = lintWith(rule, text);
    expect(facts(messages)).toEqual([{ ruleId: 'phrasing/organ-name', severity: 'warning', line: 1, column, endColumn, ...message }]);
    expect(messages[0]!.fix).toBeUndefined();
  });

  it.each([
    ['报国家发改委审批。', 2, 7, '国家发改委', '国家发展改革委', '报国家发展改革委审批。'],
    ['由工信部牵头。', 2, 5, '工信部', '工业和信息化部', '由工业和信息化部牵头。'],
    ['市卫健委负责。', 2, 5, '卫健委', '卫生健康委', '市卫生健康委负责。'],
  ])('warns on the short name in %s and fixes it', (text, column, endColumn, wrong, right, fixed) => {
    const messages = lintWith(rule, text);
    expect(facts(messages)).toEqual([
      { ruleId: 'phrasing/organ-name', severity: 'warning', line: 1, column, endColumn, ...replace(wrong, right, '：机关名称用全称或规范化简称', SHORT) },
    ]);
    expect(applyFixes(text, messages)).toBe(fixed);
  });

  it.each([
    '人社部函〔2020〕11号',
    '国家发展改革委、工业和信息化部、住房城乡建设部负责。',
    '浙江省委书记、浙江省省长出席会议。',
    '各省区市要抓好落实。',
    '覆盖所有省市区县。',
    '潍坊市原市委副书记、原寿光县委书记。',
    '太原市委书记出席会议。',
    '各县县委书记、全省各市市委书记参加培训。',
    // issue 9: a short name's last character starting the next word (部门, 委托)
    '省工信部门、住建部门和人社部门联合督查。',
    '由青岛市市委托第三方机构评估。',
  ])('stays silent on %s', (text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });
});
