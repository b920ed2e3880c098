import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/consistency/request-one-matter.js';
import { findings, lintWith } from '../../helpers/lint.js';

const request = (body: string) => `关于申请防汛经费的请示\n市政府：\n${body}\n妥否，请批示。`;
const msg = (n: number) => `本请示提出了${n}项请求（另见第一项请求），请示应当一文一事（《党政机关公文处理工作条例》第十五条）`;

describe('consistency/request-one-matter', () => {
  it('flags a second request and points at the first', () => {
    const messages = lintWith(rule, request('恳请批准拨付防汛专项经费100万元。\n同时，请同意增设防汛办公室。'));
    expect(findings(messages)).toEqual([
      { ruleId: 'consistency/request-one-matter', severity: 'warning', line: 4, column: 4, endColumn: 7, message: msg(2) },
    ]);
    expect(messages[0].related).toMatchObject([{ line: 3, column: 1, endColumn: 5, message: '第一项请求' }]);
  });

  it.each([
    [request('恳请批准拨付防汛专项经费100万元；请同意增设防汛办公室；请审批新建仓库。'), [[3, 19, 22], [3, 30, 33]]],
    [request('恳请市政府安排养护补助资金800万元。\n同时，恳请市政府协调增加人员编制20名。'), [[4, 4, 11]]],
  ])('flags every request after the first in %s', (text, places) => {
    expect(findings(lintWith(rule, text))).toEqual(
      places.map(([line, column, endColumn]) => ({
        ruleId: 'consistency/request-one-matter', severity: 'warning', line, column, endColumn, message: msg(places.length + 1),
      })),
    );
  });

  it.each([
    request('恳请批准拨付防汛专项经费100万元。'),
    '关于申请防汛经费的请示\n市政府：\n恳请批准拨付防汛专项经费100万元。\n以上请示如无不妥，请批准。',
    // not a 请示: not judged
    '关于防汛工作的通知\n各单位：\n请同意甲方案。请批准乙方案。',
  ])('stays silent on %s', (text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });
});
