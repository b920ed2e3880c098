import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/punctuation/extra-space.js';
import { applyFixes, facts, lintWith, said } from '../../helpers/lint.js';

const id = 'punctuation/extra-space';
const around = (mark: string, side: '前' | '后') => said('aroundMark', { mark, side, sideEn: side === '前' ? 'before' : 'after' });
const between = said('betweenHan');
const gap = said('gap');

describe(id, () => {
  it.each([
    ['各地区 、各部门要抓好落实。', 4, 5, around('、', '前'), 'error', '各地区、各部门要抓好落实。'],
    ['现通知如下： 一是加强领导。', 7, 8, around('：', '后'), 'error', '现通知如下：一是加强领导。'],
    ['要加强领导\u3000。', 6, 7, around('。', '前'), 'error', '要加强领导。'],
    ['学习《 条例》', 4, 5, around('《', '后'), 'error', '学习《条例》'],
    ['要加强 组织领导。', 4, 5, between, 'warning', undefined],
    ['序数可用 “一、”标注', 5, 6, gap, 'warning', undefined],
    ['学习《条例》 精神', 7, 8, gap, 'warning', undefined],
    ['学习条例 》', 5, 6, around('》', '前'), 'error', '学习条例》'],
  ])('flags %j', (text, column, endColumn, message, severity, fixed) => {
    const messages = lintWith(rule, text);
    expect(facts(messages)).toEqual([{ ruleId: id, severity, line: 1, column, endColumn, ...message }]);
    if (fixed === undefined) expect(messages[0].fix).toBeUndefined();
    else expect(applyFixes(text, messages)).toBe(fixed);
  });

  it.each([
    '各地区、各部门要抓好落实。',
    '新华社北京5月30日电 近日，有关部门印发通知。',
    '新华社北京5月30日电（记者 张三）近日印发通知。',
    '张三 李四 王五',
    '第七条\u3000本规定自发布之日起施行。',
    '第五条 本规定自发布之日起施行。',
    '第一章 总则',
    '根据《中共中央 国务院关于加强工作的意见》要求。',
    '召 集 人：张三',
    '填表时间：\u3000\u3000年\u3000月\u3000日',
    '　　一、总体要求',
    'Made in China 2025。',
    '（ WHO ）',
    '张三（女） 某某单位主任',
    '于漪（女）\u3000上海市某中学名誉校长',
  ])('stays silent on %j', (text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });
});
