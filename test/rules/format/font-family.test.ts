import { describe, expect, it } from 'vitest';
import { AlignmentType, Paragraph } from 'docx';
import { bodyStyle, buildDocx, compact, font, lintDocx, longer, noticeWith, para, run } from './docx-builder.js';
import { fixDocx } from '../../../src/fix/docx/index.js';
import fontFamily from '../../../src/rules/format/font-family.js';
import { fontFamily as familyOf } from '../../../src/rules/format/shared.js';

const rules = [fontFamily];

describe('font aliases', () => {
  it.each([
    ['仿宋_GB2312', 'fangsong'], ['仿宋', 'fangsong'], ['FangSong', 'fangsong'], ['方正仿宋_GBK', 'fangsong'],
    ['方正仿宋简体', 'fangsong'], ['FangSong_GB2312', 'fangsong'], ['方正小标宋简体', 'xiaobiaosong'],
    ['方正小标宋_GBK', 'xiaobiaosong'], ['FZXiaoBiaoSong-B05S', 'xiaobiaosong'], ['黑体', 'heiti'], ['SimHei', 'heiti'],
    ['方正黑体_GBK', 'heiti'], ['楷体_GB2312', 'kaiti'], ['KaiTi', 'kaiti'], ['方正楷体_GBK', 'kaiti'], ['宋体', 'songti'],
    // as python-docx users type them
    ['Fangsong', 'fangsong'], ['仿宋GB2312', 'fangsong'], ['仿宋-GB2312', 'fangsong'], ['仿宋_GB2312 ', 'fangsong'],
    ['方正仿宋', 'fangsong'], ['FZFangSong-Z02S', 'fangsong'], ['方正小标宋', 'xiaobiaosong'], ['FZXBSK--GBK1-0', 'xiaobiaosong'],
    ['simhei', 'heiti'], ['方正黑体', 'heiti'], ['KaiTi_GB2312', 'kaiti'], ['Kaiti', 'kaiti'], ['方正楷体', 'kaiti'],
    ['ＳｉｍＨｅｉ', 'heiti'],
  ])('%s is %s', (name, family) => {
    expect(familyOf(name)).toBe(family);
  });
  it('华文中宋 is no family of its own (a substitute for 小标宋)', () => {
    expect(familyOf('华文中宋')).toBeUndefined();
  });
});

describe('format/font-family', () => {
  it('names the near miss: 宋体 for 仿宋 in the body', async () => {
    const r = lintDocx(await buildDocx({ children: noticeWith(5, para('为做好今年汛期安全工作，现通知如下。', 'GwBody', {}, { font: font('宋体', '宋体') })) }), { rules });
    expect(compact(r.messages)).toEqual([{
      ruleId: 'format/font-family', line: 5, severity: 'warning',
      messageId: 'wrongFont', data: { label: '正文', found: '宋体', want: '仿宋体', canonical: '仿宋_GB2312、仿宋', clause: 'GB/T 9704—2012 7.3.3' },
    }]);
  });

  it('says when only the Latin font is right (python-docx run.font.name without w:eastAsia)', async () => {
    const r = lintDocx(await buildDocx({ children: noticeWith(5, para('为做好今年汛期安全工作，现通知如下。', 'GwBody', {}, { font: font('ＭＳ 明朝', '仿宋_GB2312') })) }), { rules });
    expect(compact(r.messages)).toEqual([{
      ruleId: 'format/font-family', line: 5, severity: 'warning',
      messageId: 'asciiOnly', data: { label: '正文', found: 'ＭＳ 明朝', ascii: '仿宋_GB2312', want: '仿宋体', canonical: '仿宋_GB2312、仿宋', clause: 'GB/T 9704—2012 7.3.3' },
    }]);
  });

  it('reports one finding per paragraph, spanning the wrong runs', async () => {
    const p = new Paragraph({ style: 'GwBody', children: [run('各区要落实'), run('防汛', { font: font('宋体') }), run('行政首长'), run('负责制。', { font: font('宋体') })] });
    const r = lintDocx(await buildDocx({ children: noticeWith(7, p) }), { rules });
    expect(r.messages).toHaveLength(1);
    expect(r.messages[0]).toMatchObject({ ruleId: 'format/font-family', line: 7, column: 6, endColumn: 16 });
  });

  it('checks the title, headings and signer name by element', async () => {
    const children = noticeWith(3, para('东江市人民政府办公室关于做好汛期安全工作的通知', 'GwTitle', {}, { font: font('黑体') }));
    children.splice(5, 1, para('一、落实防汛责任', 'GwBody'));
    children.splice(7, 1, para('（一）加强巡查。', 'GwHeading1'));
    children.splice(1, 1, new Paragraph({ children: [run('东政办发〔2024〕7号　　签发人：'), run('张三', { font: font('仿宋_GB2312') })] }));
    const r = lintDocx(await buildDocx({ children }), { rules });
    expect(compact(r.messages)).toEqual([
      { ruleId: 'format/font-family', line: 2, severity: 'warning', messageId: 'wrongFont', data: { label: '签发人姓名', found: '仿宋_GB2312', want: '楷体', canonical: '楷体_GB2312、楷体', clause: 'GB/T 9704—2012 7.2.6' } },
      { ruleId: 'format/font-family', line: 3, severity: 'warning', messageId: 'wrongFont', data: { label: '标题', found: '黑体', want: '小标宋体', canonical: '方正小标宋简体', clause: 'GB/T 9704—2012 7.3.1' } },
      { ruleId: 'format/font-family', line: 6, severity: 'warning', messageId: 'wrongFont', data: { label: '一级标题', found: '仿宋_GB2312', want: '黑体', canonical: '黑体、SimHei', clause: 'GB/T 9704—2012 7.3.3' } },
      { ruleId: 'format/font-family', line: 8, severity: 'warning', messageId: 'wrongFont', data: { label: '二级标题', found: '黑体', want: '楷体', canonical: '楷体_GB2312、楷体', clause: 'GB/T 9704—2012 7.3.3' } },
    ]);
  });

  it('calls 华文中宋 a substitute for 小标宋', async () => {
    const r = lintDocx(await buildDocx({ children: noticeWith(3, para('东江市人民政府办公室关于做好汛期安全工作的通知', 'GwTitle', {}, { font: font('华文中宋') })) }), { rules });
    expect(r.messages.map((m) => m.message)).toEqual([
      '标题使用了“华文中宋”代替小标宋体（如方正小标宋简体），打印效果不同，请确认（GB/T 9704—2012 7.3.1）',
    ]);
  });

  it('accepts Word, WPS and Founder names; digits in Times New Roman; 一是 in 黑体 as emphasis', async () => {
    const children = noticeWith(5, [
      new Paragraph({ style: 'GwBody', children: [run('今年以来，全市共发生', { font: font('FangSong') }), run('12', { font: font('FangSong', 'Times New Roman') }), run('起险情。', { font: font('方正仿宋_GBK') })] }),
    ]);
    children.splice(6, 1, new Paragraph({ style: 'GwBody', children: [run('一是', { font: font('黑体') }), run('落实防汛行政首长负责制，明确每个风险点的责任人和联系方式。')] }));
    const r = lintDocx(await buildDocx({ children }), { rules });
    expect(r.messages).toEqual([]);
  });
});



describe('format/font-family: a fault of the style', () => {
  it('one finding on the style when it gives many paragraphs the wrong font; per paragraph only where direct formatting differs', async () => {
    const children = longer();
    // Paragraph 7: direct 宋体 on a run, which a style fix would not reach.
    children.splice(6, 1, para('各区要落实防汛行政首长负责制，明确每个风险点的责任人。', 'GwBody', {}, { font: font('宋体', '宋体') }));
    const bytes = await buildDocx({ children, styles: bodyStyle({ font: font('宋体') }) });
    const r = lintDocx(bytes, { rules });
    expect(compact(r.messages)).toEqual([
      { ruleId: 'format/font-family', line: 5, severity: 'warning', messageId: 'styleFont', data: { style: 'Gongwen Body', label: '正文', found: '宋体', count: 6, want: '仿宋体', canonical: '仿宋_GB2312、仿宋', clause: 'GB/T 9704—2012 7.3.3' } },
      { ruleId: 'format/font-family', line: 7, severity: 'warning', messageId: 'wrongFont', data: { label: '正文', found: '宋体', want: '仿宋体', canonical: '仿宋_GB2312、仿宋', clause: 'GB/T 9704—2012 7.3.3' } },
    ]);
    expect(r.messages[0].formatFix).toEqual([{
      kind: 'style', styleId: 'GwBody', styleName: 'Gongwen Body', set: { run: { fontEastAsia: '仿宋_GB2312' } },
      description: '样式“Gongwen Body”：中文字体 宋体 → 仿宋_GB2312（6段）',
    }]);
    // Fixed on the style: the whole fault is gone, the headings based on GwBody keep their own fonts.
    const fixed = fixDocx(bytes, { filename: 'x.docx', config: { preset: 'all' }, result: r });
    expect(fixed.fixed).toHaveLength(2);
    expect(lintDocx(fixed.bytes, { rules }).messages).toEqual([]);
  });

  it('two paragraphs are reported one by one', async () => {
    const children = noticeWith(9, para('汛期每天巡查一次重点部位，发现险情及时报告。', 'GwBody', {}, { font: font('仿宋_GB2312') }));
    const r = lintDocx(await buildDocx({ children, styles: bodyStyle({ font: font('宋体') }) }), { rules });
    expect(r.messages.map((m) => [m.line, m.formatFix?.[0].kind])).toEqual([[5, 'run'], [7, 'run']]);
  });

  it('stays per paragraph when setting the style would break a paragraph that is right through it', async () => {
    // Level-1 heading in GwBody style that inherits 黑体 from it: right today, wrong after a style fix.
    const children = longer();
    children.splice(5, 1, para('一、落实防汛责任', 'GwBody'));
    const r = lintDocx(await buildDocx({ children, styles: bodyStyle({ font: font('黑体') }) }), { rules });
    expect(r.messages.length).toBe(7);
    expect(r.messages.every((m) => m.formatFix?.[0].kind === 'run')).toBe(true);
  });
});
