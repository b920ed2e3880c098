import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/element/document-kind.js';
import { findings, lintWith } from '../../helpers/lint.js';
import { doc } from './doc.js';

const ID = 'element/document-kind';
const msg = (word: string, advice: string) => `“${word}”不是规定的文种，${advice}（《党政机关公文处理工作条例》第八条）`;

describe(ID, () => {
  it.each([
    ['青山市应急管理局关于增加安全检查经费的请示报告', 20, 24, msg('请示报告', '请示与报告不得混用，请求批准用“请示”，汇报工作用“报告”')],
    ['青山市应急管理局关于增加安全检查经费的申请报告', 20, 24, msg('申请报告', '请求批准用“请示”，汇报工作用“报告”')],
    ['青山市应急管理局关于增加安全检查经费的申请', 20, 22, msg('申请', '向上级请求批准用“请示”，不相隶属机关之间用“函”')],
    ['青山市应急管理局关于冬季安全检查情况的汇报', 20, 22, msg('汇报', '汇报工作用“报告”')],
  ])('flags %s', (title, column, endColumn, message) => {
    const messages = lintWith(rule, doc({ 7: title }));
    expect(findings(messages)).toEqual([{ ruleId: ID, line: 7, column, endColumn, message, severity: 'error' }]);
    expect(messages[0].fix).toBeUndefined();
  });

  it('finds the kind word on the last line of a two-line title', () => {
    const messages = lintWith(rule, doc({ 6: '青山市应急管理局关于增加', 7: '安全检查经费的请示报告' }));
    expect(findings(messages).map((f) => [f.line, f.column, f.endColumn])).toEqual([[7, 8, 12]]);
  });

  it.each([
    ['the clean notice', '青山市人民政府关于做好冬季安全生产工作的通知'],
    ['a request', '青山市应急管理局关于增加安全检查经费的请示'],
    ['a request that asks to apply', '青山市应急管理局关于申请安全检查经费的请示'],
    ['a notice transmitting a document', '青山市人民政府关于印发《青山市安全生产办法》的通知'],
    ['a speech', '在全市安全生产工作会议上的讲话'],
    ['a letter', '青山市人民政府关于商请支持安全生产工作的函'],
    ['a report', '青山市应急管理局关于冬季安全检查情况的报告'],
  ])('stays silent on %s', (_name, title) => {
    expect(lintWith(rule, doc({ 7: title }))).toEqual([]);
  });
});
