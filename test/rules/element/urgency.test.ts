import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/element/urgency.js';
import { findings, lintWith } from '../../helpers/lint.js';
import { doc } from './doc.js';

const ID = 'element/urgency';
const C = '（《党政机关公文处理工作条例》第九条）';

describe(ID, () => {
  it.each([
    ['急件', 1, 3, `紧急程度应标注“特急”或“加急”，不用“急件”${C}`],
    ['紧急', 1, 3, `紧急程度应标注“特急”或“加急”，不用“紧急”${C}`],
    ['特急件', 1, 4, `紧急程度应标注“特急”或“加急”，不用“特急件”${C}`],
    ['特提', 1, 3, `“特提”只用于电报，公文的紧急程度标注“特急”或“加急”${C}`],
  ])('flags %s', (value, column, endColumn, message) => {
    const messages = lintWith(rule, doc({ 3: value }));
    expect(findings(messages)).toEqual([{ ruleId: ID, line: 3, column, endColumn, message, severity: 'warning' }]);
  });

  it.each([
    ['the clean document (特急)', doc()],
    ['加急', doc({ 3: '加急' })],
    ['no urgency', doc({ 3: '' })],
    ['紧急 in the body', doc({ 17: '紧急' })],
  ])('stays silent on %s', (_name, text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });
});
