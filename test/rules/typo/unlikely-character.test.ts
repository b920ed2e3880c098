import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/typo/unlikely-character.js';
import { lintWith } from '../../helpers/lint.js';

describe('typo/unlikely-character', () => {
  it.each([
    ['加强数局安全管理工作。', 4, 5, '“局”可能是错别字，疑为“据”（“加强数局安全管理”；统计提示，请核对）'],
    ['切实加强组识领导，确保各项任务落到实处。', 6, 7, '“识”可能是错别字，疑为“织”（“实加强组识领导，确”；统计提示，请核对）'],
  ])('hints at %s', (text, column, endColumn, message) => {
    const messages = lintWith(rule, text);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ ruleId: 'typo/unlikely-character', severity: 'warning', line: 1, column, endColumn, message });
    expect(messages[0]!.fix).toBeUndefined();
  });

  it.each([
    '加强数据安全管理工作。',
    '切实加强组织领导，确保各项任务落到实处。',
    '进一步完善社会保障体系，提高人民生活水平。',
    '坚持以人民为中心的发展思想。',
    '严格执行中央八项规定精神。',
    '加强对财政资金的监督管理，提高资金使用效益。',
    '认真贯彻落实党中央决策部署，持续优化营商环境。',
  ])('stays silent on %s', (text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });

  it('treats a wording that recurs in the document as a term', () => {
    expect(lintWith(rule, '加强数局安全管理工作。\n数局中心要做好备份。')).toEqual([]);
  });

  it('never flags a protected term', () => {
    expect(lintWith(rule, '加强数局安全管理工作。', { config: { protectedTerms: ['数局'] } })).toEqual([]);
  });

  it('takes its threshold from the options', () => {
    const config = { rules: { 'typo/unlikely-character': ['warning', { threshold: 100 }] as ['warning', Record<string, unknown>] } };
    expect(lintWith(rule, '加强数局安全管理工作。', { config })).toEqual([]);
  });

  it('is in the recommended preset, as a warning (advisory, but a typo check users expect by default)', () => {
    expect(rule.meta.presets).toEqual(['recommended']);
    expect(rule.meta.severity).toBe('warning');
    expect(rule.meta.severity).toBe('warning');
  });
});
