import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/phrasing/banned-word.js';
import { applyFixes, lintWith } from '../../helpers/lint.js';

const XH = '（新华社《新闻信息报道中的禁用词和慎用词》2016年修订版）';

describe('phrasing/banned-word', () => {
  it.each([
    ['为残废人提供帮扶。', 'error', 2, 5, `禁用词“残废人”应改为“残疾人”：对残疾人不使用蔑称${XH}`, '为残疾人提供帮扶。'],
    ['前苏联解体后。', 'error', 1, 4, `禁用词“前苏联”应改为“苏联”：称“苏联”，不称“前苏联”${XH}`, '苏联解体后。'],
    ['维族群众积极参加活动。', 'error', 1, 3, `禁用词“维族”应改为“维吾尔族”：民族名称不得随意简称${XH}`, '维吾尔族群众积极参加活动。'],
    ['深化中港合作。', 'error', 3, 5, `禁用词“中港”应改为“内地与香港”：不将香港与中国并列，应称“内地与香港”${XH}`, '深化中港合作。'],
    ['打造最佳营商环境。', 'warning', 3, 5, `慎用词“最佳”宜慎用：绝对化用语慎用（《中华人民共和国广告法》第九条），确需使用时应有依据${XH}`, '打造最佳营商环境。'],
    ['积极参与“一带一路”战略。', 'warning', 5, 13, `慎用词“‘一带一路’战略”宜改为“‘一带一路’倡议”：“一带一路”称“倡议”，不称“战略”${XH}`, '积极参与“一带一路”战略。'],
  ])('flags %s', (text, severity, column, endColumn, message, fixed) => {
    const messages = lintWith(rule, text);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ ruleId: 'phrasing/banned-word', severity, line: 1, column, endColumn, message });
    expect(applyFixes(text, messages)).toBe(fixed);
  });

  it('does not judge 一带一路战略 in documents dated before 2017', () => {
    expect(lintWith(rule, '落实“一带一路”战略。\n2016年5月19日')).toEqual([]);
    expect(lintWith(rule, '落实“一带一路”战略。\n2019年5月19日')).toHaveLength(1);
  });

  it.each([
    '为残疾人提供帮扶。',
    '支教教师返回教学岗位，按时返回教室。',
    '集中港口资源，培养思维族群意识。',
    '打造新村长廊。',
    '尼玛扎西同志',
    '朝鲜族群众欢度节日。',
    '保证农村长治久安。',
    '加强罪犯改造工作。',
    '积极参与共建“一带一路”倡议。',
    // issue 9: inside proper names, cited titles, fixed compounds and across word boundaries
    '加强哑巴河自然保护区管理。',
    '瞎子岭村通村公路建成通车。',
    '最佳西方酒店有限公司参加招标。',
    '转发《关于前苏联地区援助项目的通知》。',
    '不做书呆子，要做实干家。',
  ])('stays silent on %s', (text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });

  it('respects protected terms', () => {
    expect(lintWith(rule, '中港物流公司', { config: { protectedTerms: ['中港物流'] } })).toEqual([]);
  });
});
