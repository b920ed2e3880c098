import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/consistency/closing-formula.js';
import { facts, said, lintWith } from '../../helpers/lint.js';

const art = '（《党政机关公文处理工作条例》第八条）';

describe('consistency/closing-formula', () => {
  it.each([
    ['关于申请防汛经费的请示\n市政府：\n今年汛情严峻，拟申请专项经费100万元。\n特此通知。', 4, 1, 5, said('mismatch', { formula: '特此通知', formulaKind: '通知', kind: '请示' })],
    ['关于做好防汛工作的通知\n各区人民政府：\n请做好防汛工作。\n特此报告。', 4, 1, 5, said('mismatch', { formula: '特此报告', formulaKind: '报告', kind: '通知' })],
    ['关于做好防汛工作的通知\n各区人民政府：\n请做好防汛工作。\n妥否，请批示。', 4, 1, 7, said('mismatch', { formula: '妥否，请批示', formulaKind: '请示', kind: '通知' })],
    ['关于防汛工作的函\n某局：\n请协助做好防汛工作。\n特此通知。', 4, 1, 5, said('mismatch', { formula: '特此通知', formulaKind: '通知', kind: '函' })],
    ['关于防汛工作情况的报告\n市政府：\n现将有关情况报告如下，特此通报。', 3, 12, 16, said('mismatch', { formula: '特此通报', formulaKind: '通报', kind: '报告' })],
    ['关于做好防汛工作的通知\n各区人民政府：\n请做好防汛工作。\n以上意见，请予批复。', 4, 6, 10, said('mismatch', { formula: '请予批复', formulaKind: '请示', kind: '通知' })],
    ['关于防汛检查情况的通报\n各区人民政府：\n现将检查情况通报如下，请审批。', 3, 12, 15, said('mismatch', { formula: '请审批', formulaKind: '请示', kind: '通报' })],
    ['关于商请支持防汛工作的函\n市水务局：\n请派员参加联合检查。\n特此通知。\n某区人民政府\n2024年3月5日', 4, 1, 5, said('mismatch', { formula: '特此通知', formulaKind: '通知', kind: '函' })],
  ])('flags %s', (text, line, column, endColumn, message) => {
    expect(facts(lintWith(rule, text))).toEqual([
      { ruleId: 'consistency/closing-formula', severity: 'error', line, column, endColumn, ...message },
    ]);
  });

  it.each([
    '关于申请防汛经费的请示\n市政府：\n今年汛情严峻，拟申请专项经费100万元。\n妥否，请批示。',
    '关于做好防汛工作的通知\n各区人民政府：\n请做好防汛工作。\n特此通知。',
    '关于防汛工作的函\n某局：\n请协助做好防汛工作。\n特此函告。',
    '关于2024年防汛工作情况的报告\n市政府：\n以上报告，妥否，请批示。', // element/report-no-request's
    '请做好防汛工作。\n特此报告。', // kind unknown
    '某市人民政府关于转发市应急局防汛工作情况报告的通知\n各区人民政府：\n现将市应急局报告转发给你们。\n特此报告。', // forwarded text
    '关于做好防汛工作的通知\n各区人民政府：\n各区防汛方案要报市政府审批。\n特此通知。', // 报…审批 is a procedure
    '关于商请审批防汛物资调拨的函\n省应急管理厅：\n拟调拨防汛物资一批，请予审批。\n特此函告。', // a 函 may ask a non-superior to approve
  ])('stays silent on %s', (text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });

  const request = (...body: string[]) => ['青山市应急管理局关于增加防汛经费的请示', '', '市人民政府：', ...body, '', '青山市应急管理局', '2024年3月5日', ''].join('\n');
  it('warns at the last line of a 请示 that asks for nothing', () => {
    expect(facts(lintWith(rule, request('今年汛情严峻，需增加防汛经费100万元。', '经费将主要用于购置抢险物资。')))).toEqual([
      { ruleId: 'consistency/closing-formula', severity: 'warning', line: 5, column: 1, endColumn: 15, ...said('requestMissing') },
    ]);
  });
  it.each([
    ['妥否，请批示', request('今年汛情严峻，需增加防汛经费100万元。', '妥否，请批示。')],
    ['当否请批复', request('今年汛情严峻，需增加防汛经费100万元。', '当否，请批复。')],
    ['以上请示，请予审批', request('今年汛情严峻，需增加防汛经费100万元。', '以上请示，请予审批。')],
    ['特此请示', request('今年汛情严峻，需增加防汛经费100万元，请予支持。', '特此请示。')],
    ['no 成文日期 yet (an unfinished draft)', '青山市应急管理局关于增加防汛经费的请示\n市人民政府：\n今年汛情严峻，需增加防汛经费100万元。'],
  ])('stays silent on a 请示 that asks: %s', (_name, text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });
});
