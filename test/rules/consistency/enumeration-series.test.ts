import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/consistency/enumeration-series.js';
import { facts, said, lintWith } from '../../helpers/lint.js';

describe('consistency/enumeration-series', () => {
  it.each([
    ['一是加强领导；二是完善制度；四是强化督查。', 1, 15, 17, said('gap', { found: '四是', previous: '二是', expected: '三是' })],
    ['第一，加强领导；第二，完善制度；第四，强化督查。', 1, 17, 19, said('gap', { found: '第四', previous: '第二', expected: '第三' })],
    ['一是加强领导。\n二是完善制度。\n四是强化督查。', 3, 1, 3, said('gap', { found: '四是', previous: '二是', expected: '三是' })],
    ['一是加强领导；二要完善制度。', 1, 8, 10, said('switch', { found: '二要', previous: '一是', expected: '二是' })],
    ['一是加强领导；二是完善制度；三要强化督查；四要严格考核。', 1, 15, 17, said('switch', { found: '三要', previous: '二是', expected: '三是' })],
    ['第一，加强领导；二是完善制度。', 1, 9, 11, said('switch', { found: '二是', previous: '第一', expected: '第二' })],
  ])('flags %s', (text, line, column, endColumn, message) => {
    expect(facts(lintWith(rule, text))).toEqual([
      { ruleId: 'consistency/enumeration-series', severity: 'error', line, column, endColumn, ...message },
    ]);
  });

  it.each([
    '一是加强领导；二是完善制度；三是强化督查。',
    '一要加强领导，二要完善制度，三要强化督查。',
    '第一，加强领导，一是建立机制，二是明确责任；第二，完善制度。', // nested series of another form
    '一是一，二是二，不能含糊。',
    '一是部分网站未设监督入口。二是一些网站无互动栏目。三是部分栏目长期不回应。', // 二是 before 一些
    '一、总体要求\n一是加强领导；二是完善制度。\n二、主要任务\n三是强化督查。', // a heading ends the series
    '这一要求很重要，统一是前提，排名第二，完善制度。',
  ])('stays silent on %s', (text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });
});

// A series whose counter changes form in the middle (issue 9): the odd item is reported where it
// stands, and the series goes on from it (the item after it is no gap). Counters written inside a
// paragraph after a colon or a clause end count as a series too.
describe('consistency/enumeration-series: an odd item in the middle of a series', () => {
  it.each([
    ['主要任务包括：（一）加强领导；（二）完善制度；3.强化督查；（四）严肃问责。', 24, 26, { found: '3.', previous: '（二）', expected: '（三）' }],
    ['主要任务包括：（1）加强领导；（2）完善制度；（三）强化督查；（4）严肃问责。', 24, 27, { found: '（三）', previous: '（2）', expected: '（3）' }],
    ['一是加强领导；二是完善制度；（三）强化督查；四是严肃问责。', 15, 18, { found: '（三）', previous: '二是', expected: '三是' }],
    ['一是加强领导；二是完善制度；第三，强化督查；四是严肃问责。', 15, 17, { found: '第三', previous: '二是', expected: '三是' }],
  ])('flags %s', (text, column, endColumn, data) => {
    expect(lintWith(rule, text).map((m) => [m.line, m.column, m.endColumn, m.messageId, m.data])).toEqual([[1, column, endColumn, 'switch', data]]);
  });

  it.each([
    '主要任务包括：1.加强领导；2.完善制度；3.强化督查。',
    '主要任务包括：（一）加强领导；（二）完善制度；（三）强化督查。',
    '按照本条第（三）项规定执行；3.5亿元已到位。', // a cited item and a decimal
    '附件：1.工作方案',
  ])('stays silent on %s', (text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });
});
