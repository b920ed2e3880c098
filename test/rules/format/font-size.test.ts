import { describe, expect, it } from 'vitest';
import { AlignmentType, Paragraph } from 'docx';
import { buildDocx, compact, font, lintDocx, noticeParagraphs, noticeWith, para, run, styles } from './docx-builder.js';
import fontSize from '../../../src/rules/format/font-size.js';

const rules = [fontSize];

describe('format/font-size', () => {
  it('wants 2号 for the title and 4号 for the imprint', async () => {
    const children = noticeWith(3, para('东江市人民政府办公室关于做好汛期安全工作的通知', 'GwTitle', {}, { size: 36 }));
    children.splice(11, 1, para('抄送：市委各部门，市人大常委会办公室。', 'Normal'));
    const r = lintDocx(await buildDocx({ children }), { rules });
    expect(compact(r.messages)).toEqual([
      { ruleId: 'format/font-size', line: 3, severity: 'warning', message: '标题字号为小二（18磅），应为二号（22磅）（GB/T 9704—2012 7.3.1）' },
      { ruleId: 'format/font-size', line: 12, severity: 'warning', message: '抄送机关字号为三号（16磅），应为四号（14磅）（GB/T 9704—2012 7.4）' },
    ]);
  });

  it('judges digits too, one finding per paragraph', async () => {
    const p = new Paragraph({ style: 'GwBody', children: [run('汛期每天巡查'), run('1', { size: 24 }), run('次重点部位。', { size: 24 })] });
    const r = lintDocx(await buildDocx({ children: noticeWith(9, p) }), { rules });
    expect(compact(r.messages)).toEqual([
      { ruleId: 'format/font-size', line: 9, severity: 'warning', message: '正文字号为小四（12磅），应为三号（16磅）（GB/T 9704—2012 7.3.3）' },
    ]);
  });

  it('leaves centred lines in the body alone (subtitles, captions)', async () => {
    const p = para('——在全市防汛工作会议上', undefined, { alignment: AlignmentType.CENTER }, { size: 28, font: font('楷体_GB2312') });
    const r = lintDocx(await buildDocx({ children: noticeWith(5, [p, para('为做好今年汛期安全工作，现通知如下。', 'GwBody')]) }), { rules });
    expect(r.messages).toEqual([]);
  });
});

/** The builder's styles with GwBody (and, through basedOn, nothing else that sets its own) given `run`. */
function bodyStyle(runProps: Record<string, unknown>) {
  const st = styles();
  st.paragraphStyles = st.paragraphStyles.map((p) => (p.id === 'GwBody' ? { ...p, run: runProps } : p)) as typeof st.paragraphStyles;
  return st;
}

/** The notice with four more body paragraphs (ordinals 10–13 are the extra body text). */
function longer(): Paragraph[] {
  const list = noticeParagraphs();
  list.splice(9, 0, ...['各单位要储备抢险物资。', '各单位要组织应急演练。', '各单位要畅通信息渠道。', '各单位要加强值班值守。'].map((t) => para(t, 'GwBody')));
  return list;
}

describe('format/font-size: a fault of the style', () => {
  it('one finding on the style (五号 body text), fixed on the style', async () => {
    const r = lintDocx(await buildDocx({ children: longer(), styles: bodyStyle({ size: 21 }) }), { rules });
    expect(compact(r.messages)).toEqual([
      { ruleId: 'format/font-size', line: 5, severity: 'warning', message: '样式“Gongwen Body”的字号为五号（10.5磅），正文、一级标题、二级标题有9段因此字号不符；应将该样式的字号改为三号（16磅）（GB/T 9704—2012 7.3.3）' },
    ]);
    expect(r.messages[0].formatFix).toEqual([{
      kind: 'style', styleId: 'GwBody', styleName: 'Gongwen Body', set: { run: { sizeHalfPoints: 32 } },
      description: '样式“Gongwen Body”：字号 五号（10.5磅） → 16磅（9段）',
    }]);
  });
});
