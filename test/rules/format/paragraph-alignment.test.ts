import { describe, expect, it } from 'vitest';
import { AlignmentType, Paragraph } from 'docx';
import { buildDocx, compact, font, lintDocx, noticeWith, para, run } from './docx-builder.js';
import bodyIndent from '../../../src/rules/format/body-indent.js';
import paragraphAlignment from '../../../src/rules/format/paragraph-alignment.js';
import textColor from '../../../src/rules/format/text-color.js';

describe('format/paragraph-alignment', () => {
  it('wants the title centred, the addressee flush left and the date on the right', async () => {
    const children = noticeWith(3, para('东江市人民政府办公室关于做好汛期安全工作的通知', 'GwTitle', { alignment: AlignmentType.LEFT }));
    children.splice(3, 1, para('各区人民政府，市政府各部门：', 'GwBody'));
    children.splice(10, 1, para('2024年5月6日', 'Normal'));
    const r = lintDocx(await buildDocx({ children }), { rules: [paragraphAlignment] });
    expect(compact(r.messages)).toEqual([
      { ruleId: 'format/paragraph-alignment', line: 3, severity: 'warning', messageId: 'titleCentre', data: { found: '左对齐' } },
      { ruleId: 'format/paragraph-alignment', line: 4, severity: 'warning', messageId: 'flushLeft', data: { label: '主送机关', clause: 'GB/T 9704—2012 7.3.2' } },
      { ruleId: 'format/paragraph-alignment', line: 11, severity: 'warning', messageId: 'right', data: { label: '成文日期', found: '左对齐（默认）' } },
    ]);
  });

  it('accepts a date pushed right with a large left indent', async () => {
    const r = lintDocx(await buildDocx({ children: noticeWith(11, para('2024年5月6日', 'Normal', { indent: { left: 5120 } })) }), { rules: [paragraphAlignment] });
    expect(r.messages).toEqual([]);
  });
});
