import { describe, expect, it } from 'vitest';
import { AlignmentType, Paragraph } from 'docx';
import { buildDocx, compact, font, lintDocx, noticeWith, para, run } from './docx-builder.js';
import bodyIndent from '../../../src/rules/format/body-indent.js';
import paragraphAlignment from '../../../src/rules/format/paragraph-alignment.js';
import textColor from '../../../src/rules/format/text-color.js';

describe('format/text-color', () => {
  it('wants black text', async () => {
    const p = new Paragraph({ style: 'GwBody', children: [run('各区要落实'), run('防汛行政首长负责制', { color: '0000FF' }), run('。')] });
    const r = lintDocx(await buildDocx({ children: noticeWith(7, p) }), { rules: [textColor] });
    expect(compact(r.messages)).toEqual([{
      ruleId: 'format/text-color', line: 7, severity: 'error', messageId: 'notBlack', data: { color: '#0000FF' },
    }]);
    expect(r.messages[0]).toMatchObject({ column: 6, endColumn: 15 });
  });

  it('wants the issuer mark red', async () => {
    const p = new Paragraph({ alignment: AlignmentType.CENTER, children: [run('东江市人民政府办公室文件', { font: font('方正小标宋简体'), size: 72 })] });
    const r = lintDocx(await buildDocx({ children: noticeWith(1, p) }), { rules: [textColor] });
    expect(r.messages.map((m) => [m.line, m.message])).toEqual([[1, '发文机关标志颜色为自动（黑色），应为红色（GB/T 9704—2012 7.2.4）']]);
  });

  it('lets a seal placeholder be red', async () => {
    const children = noticeWith(10, [
      new Paragraph({ alignment: AlignmentType.RIGHT, indent: { right: 1280 }, children: [run('东江市人民政府办公室')] }),
      new Paragraph({ alignment: AlignmentType.RIGHT, children: [run('（此处加盖印章）', { color: 'C00000' })] }),
    ]);
    expect(lintDocx(await buildDocx({ children }), { rules: [textColor] }).messages).toEqual([]);
  });
});
