/** format/imprint-block: 版记 order (GB/T 9704—2012 7.4); the 信函 profile's 版记 is in profiles.test.ts. */
import { describe, expect, it } from 'vitest';
import { buildDocx, compact, lintDocx, noticeParagraphs } from './docx-builder.js';
import imprintBlock from '../../../src/rules/format/imprint-block.js';

describe('format/imprint-block', () => {
  it('wants 抄送 above 印发', async () => {
    const list = noticeParagraphs();
    const [copy, print] = list.splice(11, 2);
    list.push(print, copy);
    const r = lintDocx(await buildDocx({ children: list }), { rules: [imprintBlock] });
    expect(compact(r.messages)).toEqual([{
      ruleId: 'format/imprint-block', line: 13, severity: 'error', messageId: 'order', data: {},
    }]);
  });
});

describe('format/imprint-block on a conforming notice', () => {
  it('says nothing when 抄送 stands above 印发', async () => {
    const r = lintDocx(await buildDocx({ children: noticeParagraphs() }), { rules: [imprintBlock] });
    expect(r.messages).toEqual([]);
  });
});
