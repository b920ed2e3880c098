/** Checks that involve several format rules at once: a conforming notice, .txt input, separator lines, attachments. */
import { describe, expect, it } from 'vitest';
import { AlignmentType, Paragraph } from 'docx';
import { buildDocx, compact, font, lintDocx, noticeWith, para, run } from './docx-builder.js';
import bodyIndent from '../../../src/rules/format/body-indent.js';
import paragraphAlignment from '../../../src/rules/format/paragraph-alignment.js';
import textColor from '../../../src/rules/format/text-color.js';
import { formatRules } from '../../../src/rules/format/index.js';

describe('format rules', () => {
  it('say nothing about a conforming notice', async () => {
    expect(compact(lintDocx(await buildDocx(), { rules: formatRules }).messages)).toEqual([]);
  });
  it('do not run on .txt input', async () => {
    const { lintWith } = await import('../../helpers/lint.js');
    for (const rule of formatRules) expect(lintWith(rule, '关于做好汛期安全工作的通知\n各区：\n现通知如下。')).toEqual([]);
  });
});

describe('separator lines drawn with characters', () => {
  it('are graphics, not text: no indent, size or colour finding', async () => {
    const line = para('━━━━━━━━━━━━━━━━━━━━━━━━', 'Normal', {}, { size: 20, color: 'FF0000' });
    const children = noticeWith(9, [para('汛期每天巡查一次重点部位，发现险情及时报告。', 'GwBody'), line]);
    const r = lintDocx(await buildDocx({ children }));
    expect(r.messages).toEqual([]);
  });
});

describe('attachments (GB/T 9704—2012 7.3.7)', () => {
  const withAttachment = (label: Paragraph, title: Paragraph) => {
    const list = noticeWith(9, [para('汛期每天巡查一次重点部位，发现险情及时报告。', 'GwBody'), para('附件：汛期值班安排表', 'GwBody')]);
    list.splice(12, 0, label, title, para('值班时间为每日8时至次日8时。', 'GwBody'));
    return list;
  };

  it('accepts 附件 in 3号黑体 top left and a centred title', async () => {
    const children = withAttachment(para('附件', 'Normal', {}, { font: font('黑体') }), para('汛期值班安排表', 'GwTitle'));
    const { formatRules } = await import('../../../src/rules/format/index.js');
    expect(compact(lintDocx(await buildDocx({ children }), { rules: formatRules }).messages)).toEqual([]);
  });

  it('flags a centred 仿宋 label and a left-aligned title', async () => {
    const { default: fontFamily } = await import('../../../src/rules/format/font-family.js');
    const children = withAttachment(para('附件', 'Normal', { alignment: AlignmentType.CENTER }), para('汛期值班安排表', 'GwTitle', { alignment: AlignmentType.LEFT }));
    const r = lintDocx(await buildDocx({ children }), { rules: [fontFamily, paragraphAlignment] });
    expect(compact(r.messages)).toEqual([
      { ruleId: 'format/font-family', line: 13, severity: 'warning', messageId: 'wrongFont', data: { label: '附件标识', found: '仿宋_GB2312', want: '黑体', canonical: '黑体、SimHei', clause: 'GB/T 9704—2012 7.3.7' } },
      { ruleId: 'format/paragraph-alignment', line: 13, severity: 'warning', messageId: 'flushLeft', data: { label: '附件标识', clause: 'GB/T 9704—2012 7.3.7' } },
      { ruleId: 'format/paragraph-alignment', line: 14, severity: 'warning', messageId: 'attachmentTitleCentre', data: { found: '左对齐' } },
    ]);
  });
});
