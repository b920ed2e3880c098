import { describe, expect, it } from 'vitest';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import rule from '../../../src/rules/consistency/request-one-matter.js';
import { findings, lintWith } from '../../helpers/lint.js';

const request = (body: string) => `关于申请防汛经费的请示\n市政府：\n${body}\n妥否，请批示。`;
const msg = (n: number, first = '恳请批准拨付防汛专项经费100万元', place = '第3行') =>
  `本请示提出了${n}项请求，第一项在${place}（“${first}”）；请示应当一文一事（《党政机关公文处理工作条例》第十五条）`;

describe('consistency/request-one-matter', () => {
  it('flags a second request and points at the first', () => {
    const messages = lintWith(rule, request('恳请批准拨付防汛专项经费100万元。\n同时，请同意增设防汛办公室。'));
    expect(findings(messages)).toEqual([
      { ruleId: 'consistency/request-one-matter', severity: 'warning', line: 4, column: 4, endColumn: 7, message: msg(2) },
    ]);
    expect(messages[0].related).toMatchObject([{ line: 3, column: 1, endColumn: 5, message: '第一项请求' }]);
  });

  it.each([
    [request('恳请批准拨付防汛专项经费100万元；请同意增设防汛办公室；请审批新建仓库。'), [[3, 19, 22], [3, 30, 33]], '恳请批准拨付防汛专项经费100万元'],
    [request('恳请市政府安排养护补助资金800万元。\n同时，恳请市政府协调增加人员编制20名。'), [[4, 4, 11]], '恳请市政府安排养护补助资金800万元'],
    [request('为保障全市防汛安全，恳请市政府尽快批准拨付防汛专项经费和抢险物资储备经费。\n请同意增设防汛办公室。'), [[4, 1, 4]], '恳请市政府尽快批准拨付防汛专项经费和抢险……'],
    // numbered 拟申请 items
    [request('1.拟申请购置应急抢险车辆2台。\n2.拟申请增加防汛值守人员编制5名。'), [[4, 3, 6]], '拟申请购置应急抢险车辆2台'],
    // a second request in a later sentence
    [request('拟申请防汛专项经费100万元。同时请批准增设防汛办公室。'), [[3, 18, 21]], '拟申请防汛专项经费100万元'],
    // the title wrongly says 请示报告: still a request
    ['关于申请防汛经费的请示报告\n市政府：\n恳请批准拨付防汛专项经费100万元。\n同时，请同意增设防汛办公室。\n妥否，请批示。', [[4, 4, 7]], '恳请批准拨付防汛专项经费100万元'],
  ])('flags every request after the first in %s', (text, places, first) => {
    expect(findings(lintWith(rule, text))).toEqual(
      places.map(([line, column, endColumn]) => ({
        ruleId: 'consistency/request-one-matter', severity: 'warning', line, column, endColumn, message: msg(places.length + 1, first),
      })),
    );
  });

  it.each([
    request('恳请批准拨付防汛专项经费100万元。'),
    // a bare formula after the request restates it
    request('恳请批准拨付防汛专项经费100万元。经费主要用于购置抢险物资，请予支持。'),
    request('拟新建防汛物资仓库一座，恳请批准。\n项目建成后将大幅提升抢险能力，恳请予以支持为盼。'),
    request('去年我局已申请省级补助资金。\n现申请市级防汛专项经费100万元，恳请批准。'),
    request('申请人应当提交申请表。拟申请防汛专项经费100万元。'),
    '关于申请防汛经费的请示\n市政府：\n恳请批准拨付防汛专项经费100万元。\n以上请示如无不妥，请批准。',
    // not a 请示: not judged
    '关于防汛工作的通知\n各单位：\n请同意甲方案。请批准乙方案。',
  ])('stays silent on %s', (text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });
});

describe('consistency/request-one-matter in a .docx', () => {
  it('names the first request by paragraph (第N段) and quotes it', async () => {
    const p = (text: string) => new Paragraph({ children: [new TextRun(text)] });
    const doc = new Document({
      sections: [{ children: [p('关于申请防汛经费的请示'), p('市政府：'), p('恳请批准拨付防汛专项经费100万元。'), p('同时，请同意增设防汛办公室。'), p('妥否，请批示。')] }],
    });
    const messages = lintWith(rule, new Uint8Array(await Packer.toBuffer(doc)), { filename: 'test.docx' });
    expect(findings(messages)).toEqual([
      { ruleId: 'consistency/request-one-matter', severity: 'warning', line: 4, column: 4, endColumn: 7, message: msg(2, '恳请批准拨付防汛专项经费100万元', '第3段') },
    ]);
  });
});
