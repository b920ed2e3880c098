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
      message: '正文段落首行缩进为0，应首行缩进2字符（GB/T 9704—2012 7.3.3）',
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

describe('separator lines drawn with characters', () => {
  it('are graphics, not text: no indent, size or colour finding', async () => {
    const line = para('━━━━━━━━━━━━━━━━━━━━━━━━', 'Normal', {}, { size: 20, color: 'FF0000' });
    const children = noticeWith(9, [para('汛期每天巡查一次重点部位，发现险情及时报告。', 'GwBody'), line]);
    const r = lintDocx(await buildDocx({ children }));
    expect(r.messages).toEqual([]);
  });
});

describe('format/paragraph-alignment', () => {
  it('wants the title centred, the addressee flush left and the date on the right', async () => {
    const children = noticeWith(3, para('东江市人民政府办公室关于做好汛期安全工作的通知', 'GwTitle', { alignment: AlignmentType.LEFT }));
    children.splice(3, 1, para('各区人民政府，市政府各部门：', 'GwBody'));
    children.splice(10, 1, para('2024年5月6日', 'Normal'));
    const r = lintDocx(await buildDocx({ children }), { rules: [paragraphAlignment] });
    expect(compact(r.messages)).toEqual([
      { ruleId: 'format/paragraph-alignment', line: 3, severity: 'warning', message: '标题为左对齐，应居中排布（GB/T 9704—2012 7.3.1）' },
      { ruleId: 'format/paragraph-alignment', line: 4, severity: 'warning', message: '主送机关应居左顶格编排（GB/T 9704—2012 7.3.2）' },
      { ruleId: 'format/paragraph-alignment', line: 11, severity: 'warning', message: '成文日期为左对齐（默认），应编排在右侧（成文日期右空四字，署名以成文日期为准居中）（GB/T 9704—2012 7.3.5）' },
    ]);
  });

  it('accepts a date pushed right with a large left indent', async () => {
    const r = lintDocx(await buildDocx({ children: noticeWith(11, para('2024年5月6日', 'Normal', { indent: { left: 5120 } })) }), { rules: [paragraphAlignment] });
    expect(r.messages).toEqual([]);
  });
});

describe('format/text-color', () => {
  it('wants black text', async () => {
    const p = new Paragraph({ style: 'GwBody', children: [run('各区要落实'), run('防汛行政首长负责制', { color: '0000FF' }), run('。')] });
    const r = lintDocx(await buildDocx({ children: noticeWith(7, p) }), { rules: [textColor] });
    expect(compact(r.messages)).toEqual([{
      ruleId: 'format/text-color', line: 7, severity: 'error', message: '文字颜色为#0000FF，公文文字应为黑色（GB/T 9704—2012 5.2.4）',
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
      { ruleId: 'format/font-family', line: 13, severity: 'warning', message: '附件标识使用了“仿宋_GB2312”，应使用黑体（如黑体、SimHei）（GB/T 9704—2012 7.3.7）' },
      { ruleId: 'format/paragraph-alignment', line: 13, severity: 'warning', message: '附件标识应居左顶格编排（GB/T 9704—2012 7.3.7）' },
      { ruleId: 'format/paragraph-alignment', line: 14, severity: 'warning', message: '附件标题为左对齐，应居中编排（GB/T 9704—2012 7.3.7）' },
    ]);
  });
});
