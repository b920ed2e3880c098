import { describe, expect, it } from 'vitest';
import { AlignmentType, Paragraph } from 'docx';
import { bodyStyle, buildDocx, compact, font, lintDocx, longer, noticeWith, para, run } from './docx-builder.js';
import fontSize from '../../../src/rules/format/font-size.js';

const rules = [fontSize];

describe('format/font-size', () => {
  it('wants 2号 for the title and 4号 for the imprint', async () => {
    const children = noticeWith(3, para('东江市人民政府办公室关于做好汛期安全工作的通知', 'GwTitle', {}, { size: 36 }));
    children.splice(11, 1, para('抄送：市委各部门，市人大常委会办公室。', 'Normal'));
    const r = lintDocx(await buildDocx({ children }), { rules });
    expect(compact(r.messages)).toEqual([
      { ruleId: 'format/font-size', line: 3, severity: 'warning', messageId: 'wrongSize', data: { label: '标题', found: '小二（18磅）', want: '二号（22磅）', clause: 'GB/T 9704—2012 7.3.1' } },
      { ruleId: 'format/font-size', line: 12, severity: 'warning', messageId: 'wrongSize', data: { label: '抄送机关', found: '三号（16磅）', want: '四号（14磅）', clause: 'GB/T 9704—2012 7.4' } },
    ]);
  });

  it('judges digits too, one finding per paragraph', async () => {
    const p = new Paragraph({ style: 'GwBody', children: [run('汛期每天巡查'), run('1', { size: 24 }), run('次重点部位。', { size: 24 })] });
    const r = lintDocx(await buildDocx({ children: noticeWith(9, p) }), { rules });
    expect(compact(r.messages)).toEqual([
      { ruleId: 'format/font-size', line: 9, severity: 'warning', messageId: 'wrongSize', data: { label: '正文', found: '小四（12磅）', want: '三号（16磅）', clause: 'GB/T 9704—2012 7.3.3' } },
    ]);
  });

  it('leaves centred lines in the body alone (subtitles, captions)', async () => {
    const p = para('——在全市防汛工作会议上', undefined, { alignment: AlignmentType.CENTER }, { size: 28, font: font('楷体_GB2312') });
    const r = lintDocx(await buildDocx({ children: noticeWith(5, [p, para('为做好今年汛期安全工作，现通知如下。', 'GwBody')]) }), { rules });
    expect(r.messages).toEqual([]);
  });
});


describe('format/font-size: a fault of the style', () => {
  it('one finding on the style (五号 body text), fixed on the style', async () => {
    const r = lintDocx(await buildDocx({ children: longer(), styles: bodyStyle({ size: 21 }) }), { rules });
    expect(compact(r.messages)).toEqual([
      { ruleId: 'format/font-size', line: 5, severity: 'warning', messageId: 'styleSize', data: { style: 'Gongwen Body', label: '正文、一级标题、二级标题', found: '五号（10.5磅）', count: 9, want: '三号（16磅）', clause: 'GB/T 9704—2012 7.3.3' } },
    ]);
    expect(r.messages[0].formatFix).toEqual([{
      kind: 'style', styleId: 'GwBody', styleName: 'Gongwen Body', set: { run: { sizeHalfPoints: 32 } },
      description: '样式“Gongwen Body”：字号 五号（10.5磅） → 16磅（9段）',
    }]);
  });
});
