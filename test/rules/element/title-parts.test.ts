import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/element/title-parts.js';
import { facts, said, lintWith } from '../../helpers/lint.js';
import { doc } from './doc.js';

const ID = 'element/title-parts';
const MESSAGE = said('noKind');

describe(ID, () => {
  it.each([
    ['a title without kind under a 版头', doc({ 7: '青山市人民政府关于做好冬季安全生产工作' }), 7, 1, 20],
    ['under a 版头 the recogniser does not accept (紧急, №, ＊)', doc({ 1: '№000128', 2: '机密＊1年', 3: '紧急', 7: '青山市人民政府关于做好冬季安全生产工作' }), 7, 1, 20],
  ])('flags %s', (_name, text, line, column, endColumn) => {
    expect(facts(lintWith(rule, text))).toEqual([{ ruleId: ID, line, column, endColumn, ...MESSAGE, severity: 'warning' }]);
  });

  it.each([
    ['the clean document', doc()],
    ['a kind word broken onto the next line', doc({ 7: '青山市人民政府关于做好冬季安全生产工作的通', 8: '知' })],
    ['a wrong kind (document-kind reports it)', doc({ 7: '青山市人民政府关于做好冬季安全生产工作的请示报告' })],
    ['the published layout (number under the title)', '国务院办公厅关于加强石窟寺保护利用工作\n国办发〔2020〕41号\n\n各省、自治区、直辖市人民政府：\n现将有关事项通知如下。\n'],
    ['a draft without 版头', '关于做好冬季安全生产工作\n\n各区县人民政府：\n现将有关事项通知如下。\n'],
  ])('stays silent on %s', (_name, text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });
});
