import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/element/direction-tone.js';
import { facts, findings, lintWith, said } from '../../helpers/lint.js';

const ID = 'element/direction-tone';
const C = '（《党政机关公文处理工作条例》第八条）';
const letter = (body: string) => `青山市水务局关于商请支持防汛工作的函\n\n青山市应急管理局：\n${body}\n\n青山市水务局\n2024年3月5日\n`;
const notice = (body: string, addressee = '各镇人民政府，区政府各部门：') => `青山区人民政府关于做好防汛工作的通知\n\n${addressee}\n${body}\n\n青山区人民政府\n2024年3月5日\n`;
const directive = (t: string) => `函用于不相隶属机关之间商洽工作、询问和答复问题，不宜使用“${t}”等指令性用语，可改为“请予支持”“请研究函复”等${C}`;
const honorific = (t: string, o: string) => `下行文不用敬称“${t}”，应直称受文机关（如“你${o}”“各单位”）${C}`;

describe(ID, () => {
  it.each([
    [letter('请派员参加联合检查，请遵照执行。'), 4, 11, 16, 'letterDirective', directive('请遵照执行')],
    [letter('以上意见，请认真贯彻执行。'), 4, 6, 13, 'letterDirective', directive('请认真贯彻执行')],
    [notice('请贵局认真做好防汛工作。'), 4, 2, 4, 'downwardHonorific', honorific('贵局', '局')],
    [notice('望贵单位高度重视。'), 4, 2, 5, 'downwardHonorific', honorific('贵单位', '单位')],
  ])('flags %s', (text, line, column, endColumn, _messageId, message) => {
    expect(findings(lintWith(rule, text))).toEqual([{ ruleId: ID, severity: 'warning', line, column, endColumn, message }]);
  });

  const upward = (kind: '请示' | '报告', body: string) => `青山市水务局关于防汛工作的${kind}\n\n市人民政府：\n${body}\n\n青山市水务局\n2024年3月5日\n`;
  it.each([
    [upward('请示', '拟调整防汛物资储备计划，请遵照执行。\n妥否，请批示。'), 4, 13, 18, '请遵照执行'],
    [upward('报告', '以上报告，望认真贯彻执行。'), 4, 6, 13, '望认真贯彻执行'],
  ])('flags a command in an upward document: %s', (text, line, column, endColumn, quoted) => {
    expect(facts(lintWith(rule, text))).toEqual([
      { ruleId: ID, severity: 'warning', line, column, endColumn, ...said('upwardCommand', { text: quoted }) },
    ]);
  });

  it.each([
    letter('请贵局派员参加联合检查，请予支持。'),
    upward('报告', '我局认真贯彻执行市政府防汛部署，各项措施落实到位。\n特此报告。'), // the writer's own compliance
    notice('请认真做好防汛工作，贵州省的经验十分宝贵，请遵照执行。'),
    notice('请贵局派员参加。', '市应急管理局：'), // a notice to a peer organ: 贵局 is fine
    `青山市水务局关于防汛工作的请示\n\n市人民政府：\n恳请贵府批准。\n妥否，请批示。\n\n青山市水务局\n2024年3月5日\n`, // upward
  ])('stays silent on %s', (text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });
});
