import { describe, expect, it } from 'vitest';
import { AlignmentType, Paragraph } from 'docx';
import { buildDocx, compact, font, lintDocx, noticeWith, para, run } from './docx-builder.js';
import bodyIndent from '../../../src/rules/format/body-indent.js';
import paragraphAlignment from '../../../src/rules/format/paragraph-alignment.js';
import textColor from '../../../src/rules/format/text-color.js';

describe('format/body-indent', () => {
  it('wants a two-character first-line indent', async () => {
    const r = lintDocx(await buildDocx({ children: noticeWith(7, para('各区要落实防汛行政首长负责制。', 'Normal')) }), { rules: [bodyIndent] });
    expect(compact(r.messages)).toEqual([{
      ruleId: 'format/body-indent', line: 7, severity: 'warning',
      messageId: 'firstLine', data: { found: '为0' },
    }]);
  });

  it('flags a hanging indent (回行顶格)', async () => {
    const p = para('各区要落实防汛行政首长负责制。', 'Normal', { indent: { left: 640, hanging: 640 } });
    const r = lintDocx(await buildDocx({ children: noticeWith(7, p) }), { rules: [bodyIndent] });
    expect(r.messages.map((m) => [m.line, m.message])).toEqual([[7, '正文段落设置了悬挂缩进2字符，回行应顶格（GB/T 9704—2012 7.3.3）']]);
  });

  it('flags a one-character indent and names it', async () => {
    const p = para('各区要落实防汛行政首长负责制。', 'Normal', { indent: { firstLine: 320 } });
    const r = lintDocx(await buildDocx({ children: noticeWith(7, p) }), { rules: [bodyIndent] });
    expect(r.messages.map((m) => m.message)).toEqual(['正文段落首行缩进1字符，应首行缩进2字符（GB/T 9704—2012 7.3.3）']);
  });

  it.each([
    ['firstLineChars=200', { indent: { firstLineChars: 200 } }, '各区要落实防汛行政首长负责制。'],
    ['firstLine 632 (WPS, within 10%)', { indent: { firstLine: 632 } }, '各区要落实防汛行政首长负责制。'],
    ['two ideographic spaces typed', {}, '\u3000\u3000各区要落实防汛行政首长负责制。'],
    ['640 twips (two 3号 characters) on 小四 text: the size is font-size’s finding', { indent: { firstLine: 640 } }, '各区要落实防汛行政首长负责制。', 24],
  ])('accepts %s', async (_name, extra, text, size?: number) => {
    const r = lintDocx(await buildDocx({ children: noticeWith(7, para(text, 'Normal', extra, size ? { size } : {})) }), { rules: [bodyIndent] });
    expect(r.messages).toEqual([]);
  });
});
