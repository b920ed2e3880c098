import { describe, expect, it } from 'vitest';
import { buildDocx, compact, font, lintDocx, pageFooter, para } from './docx-builder.js';
import pageNumber, { pageNumberForm } from '../../../src/rules/format/page-number.js';

const rules = [pageNumber];

describe('format/page-number', () => {
  it('accepts "— N —" in 4号宋体, odd right and even left', async () => {
    expect(lintDocx(await buildDocx(), { rules }).messages).toEqual([]);
  });

  it('flags a document without page numbers', async () => {
    const r = lintDocx(await buildDocx({ footers: null }), { rules });
    expect(compact(r.messages)).toEqual([{
      ruleId: 'format/page-number', line: undefined, severity: 'error',
      messageId: 'missing', data: {},
    }]);
  });

  it.each([
    [['第', 'PAGE', '页'], '第1页'],
    [['-', 'PAGE', '-'], '-1-'],
    [['Page ', 'PAGE'], 'Page 1'],
    [['PAGE'], '1'],
  ] as Array<[Array<string>, string]>)('flags the form %j', async (parts, shown) => {
    const footers = { default: pageFooter('right', parts), even: pageFooter('left', parts) };
    const r = lintDocx(await buildDocx({ footers }), { rules });
    expect(compact(r.messages)).toEqual([{
      ruleId: 'format/page-number', line: undefined, severity: 'error',
      messageId: 'form', data: { found: shown },
    }]);
  });

  it('warns on the font and size (一般用4号半角宋体)', async () => {
    const f = (a: 'left' | 'right') => pageFooter(a, undefined, { font: font('仿宋_GB2312', '仿宋_GB2312'), size: 32 });
    const r = lintDocx(await buildDocx({ footers: { default: f('right'), even: f('left') } }), { rules });
    expect(r.messages.map((m) => [m.severity, m.message])).toEqual([
      ['warning', '页码（页脚）为“仿宋_GB2312”三号（16磅），一般用4号半角宋体（GB/T 9704—2012 7.5）'],
      ['warning', '页码（偶数页页脚）为“仿宋_GB2312”三号（16磅），一般用4号半角宋体（GB/T 9704—2012 7.5）'],
    ]);
  });

  it('warns on placement: odd right, even left, and needs odd/even footers', async () => {
    let r = lintDocx(await buildDocx({ footers: { default: pageFooter('left'), even: pageFooter('left') } }), { rules });
    expect(r.messages.map((m) => m.message)).toEqual(['单（奇数）页码居左，应居右空一字（GB/T 9704—2012 7.5）']);
    r = lintDocx(await buildDocx({ evenOdd: false, footers: { default: pageFooter('right') } }), { rules });
    expect(r.messages.map((m) => m.message)).toEqual(['页脚未设“奇偶页不同”，页码无法做到单页码居右、双页码居左（GB/T 9704—2012 7.5）']);
  });

  it('warns when "different first page" leaves page 1 without a number', async () => {
    const r = lintDocx(await buildDocx({ titlePage: true }), { rules });
    expect(compact(r.messages)).toEqual([{
      ruleId: 'format/page-number', line: undefined, severity: 'warning',
      messageId: 'firstPage', data: {},
    }]);
  });

  it('holds a speech only to having page numbers of the right form', async () => {
    const children = [para('在全市防汛工作会议上的讲话', 'GwTitle'), para('同志们：', 'Normal'), para('今天召开会议，主要任务是部署防汛工作。', 'GwBody')];
    const centred = { default: pageFooter('left', undefined, { size: 32 }) };
    expect(lintDocx(await buildDocx({ children, evenOdd: false, footers: centred }), { rules }).messages).toEqual([]);
    const r = lintDocx(await buildDocx({ children, footers: null }), { rules });
    expect(r.messages.map((m) => m.message)).toEqual(['文档没有页码；公文应在页脚编排页码，如“— 1 —”（GB/T 9704—2012 7.5）']);
  });

  it('classifies forms', () => {
    expect(pageNumberForm('— 12 —')).toBe('ok');
    expect(pageNumberForm('—12—')).toBe('ok');
    expect(pageNumberForm('－ 3 －')).toBe('dash');
    expect(pageNumberForm('—— 3 ——')).toBe('dash');
    expect(pageNumberForm('第 3 页 共 5 页')).toBe('chinese');
  });
});
