import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/phrasing/banned-word.js';
import { applyFixes, lintWith, said } from '../../helpers/lint.js';


describe('phrasing/banned-word', () => {
  it.each([
    ['为残废人提供帮扶。', 'error', 2, 5, said('replace', { wrong: '残废人', right: '残疾人', reason: '：对残疾人不使用蔑称', reasonEn: '', source: '新华社《新闻信息报道中的禁用词和慎用词》2016年修订版', category: '时政和社会生活', date: '' }), '为残疾人提供帮扶。'],
    ['前苏联解体后。', 'error', 1, 4, said('replace', { wrong: '前苏联', right: '苏联', reason: '：称“苏联”，不称“前苏联”', reasonEn: '', source: '新华社《新闻信息报道中的禁用词和慎用词》2016年修订版', category: '国际关系', date: '' }), '苏联解体后。'],
    ['维族群众积极参加活动。', 'error', 1, 3, said('replace', { wrong: '维族', right: '维吾尔族', reason: '：民族名称不得随意简称', reasonEn: '', source: '新华社《新闻信息报道中的禁用词和慎用词》2016年修订版', category: '民族宗教', date: '' }), '维吾尔族群众积极参加活动。'],
    ['深化中港合作。', 'error', 3, 5, said('replace', { wrong: '中港', right: '内地与香港', reason: '：不将香港与中国并列，应称“内地与香港”', reasonEn: '', source: '新华社《新闻信息报道中的禁用词和慎用词》2016年修订版', category: '领土主权和港澳台', date: '' }), '深化中港合作。'],
    ['打造最佳营商环境。', 'warning', 3, 5, said('cautionAvoid', { wrong: '最佳', right: '', reason: '：绝对化用语慎用（《中华人民共和国广告法》第九条），确需使用时应有依据', reasonEn: '', source: '新华社《新闻信息报道中的禁用词和慎用词》2016年修订版', category: '时政和社会生活', date: '' }), '打造最佳营商环境。'],
    ['积极参与“一带一路”战略。', 'warning', 5, 13, said('cautionReplace', { wrong: '‘一带一路’战略', right: '‘一带一路’倡议', reason: '：“一带一路”称“倡议”，不称“战略”', reasonEn: '', source: '新华社《新闻信息报道中的禁用词和慎用词》2016年修订版', category: '时政和社会生活', date: '' }), '积极参与“一带一路”战略。'],
  ])('flags %s', (text, severity, column, endColumn, message, fixed) => {
    const messages = lintWith(rule, text);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ ruleId: 'phrasing/banned-word', severity, line: 1, column, endColumn, ...message });
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
