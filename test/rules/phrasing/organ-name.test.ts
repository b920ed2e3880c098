import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/phrasing/organ-name.js';
import { applyFixes, lintWith } from '../../helpers/lint.js';

const ORG = '（《党政机关公文处理工作条例》第十九条）';

describe('phrasing/organ-name', () => {
  it.each([
    ['浙江省省委书记出席会议。', 3, 6, `机关名称“省省委”应为“省委”：省级党委称“XX省委”，“省”字不重复${ORG}`, '浙江省委书记出席会议。'],
    ['杭州市市委办公厅印发通知。', 3, 6, `机关名称“市市委”应为“市委”：市级党委称“XX市委”，“市”字不重复${ORG}`, '杭州市委办公厅印发通知。'],
    ['中共党中央、国务院印发通知。', 1, 6, `机关名称“中共党中央”应为“中共中央”：党的中央委员会简称“中共中央”或“党中央”${ORG}`, '中共中央、国务院印发通知。'],
  ])('flags %s', (text, column, endColumn, message, fixed) => {
    const messages = lintWith(rule, text);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ ruleId: 'phrasing/organ-name', severity: 'error', line: 1, column, endColumn, message });
    expect(applyFixes(text, messages)).toBe(fixed);
  });

  it.each([
    ['请省市区有关部门抓好落实。', 2, 5, `机关名称“省市区”不宜使用：省级行政区统称“省、自治区、直辖市”（简称“省区市”），不作“省市区”${ORG}`],
    ['原甘肃省委书记出席会议。', 1, 8, '机关名称“原甘肃省委书记”应为“甘肃省委原书记”：“原”放在单位与职务之间，写作“XX省委原书记”，单位已撤销时才写“原XX单位”（新华社《新闻信息报道中的禁用词和慎用词》2016年修订版）'],
  ])('warns on %s (no fix)', (text, column, endColumn, message) => {
    const messages = lintWith(rule, text);
    expect(messages.map((m) => ({ severity: m.severity, column: m.column, endColumn: m.endColumn, message: m.message, fix: m.fix })))
      .toEqual([{ severity: 'warning', column, endColumn, message, fix: undefined }]);
  });

  it.each([
    ['报国家发改委审批。', 2, 7, '国家发展改革委', '报国家发展改革委审批。'],
    ['由工信部牵头。', 2, 5, '工业和信息化部', '由工业和信息化部牵头。'],
    ['市卫健委负责。', 2, 5, '卫生健康委', '市卫生健康委负责。'],
  ])('warns on the short name in %s and fixes it', (text, column, endColumn, right, fixed) => {
    const messages = lintWith(rule, text);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ severity: 'warning', column, endColumn });
    expect(messages[0]!.message).toContain(`应为“${right}”`);
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
