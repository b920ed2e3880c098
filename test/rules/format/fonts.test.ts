import { describe, expect, it } from 'vitest';
import { AlignmentType, Paragraph } from 'docx';
import { buildDocx, compact, font, lintDocx, noticeWith, para, run } from './docx-builder.js';
import fontFamily from '../../../src/rules/format/font-family.js';
import fontSize from '../../../src/rules/format/font-size.js';
import { fontFamily as familyOf } from '../../../src/rules/format/shared.js';

const rules = [fontFamily, fontSize];

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
      message: '正文使用了“宋体”，应使用仿宋体（如仿宋_GB2312、仿宋）（GB/T 9704—2012 7.3.3）',
    }]);
  });

  it('says when only the Latin font is right (python-docx run.font.name without w:eastAsia)', async () => {
    const r = lintDocx(await buildDocx({ children: noticeWith(5, para('为做好今年汛期安全工作，现通知如下。', 'GwBody', {}, { font: font('ＭＳ 明朝', '仿宋_GB2312') })) }), { rules });
    expect(compact(r.messages)).toEqual([{
      ruleId: 'format/font-family', line: 5, severity: 'warning',
      message: '正文的中文字体（w:eastAsia）为“ＭＳ 明朝”，只有西文字体是“仿宋_GB2312”；应使用仿宋体（如仿宋_GB2312、仿宋）（GB/T 9704—2012 7.3.3）',
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
      { ruleId: 'format/font-family', line: 2, severity: 'warning', message: '签发人姓名使用了“仿宋_GB2312”，应使用楷体（如楷体_GB2312、楷体）（GB/T 9704—2012 7.2.6）' },
      { ruleId: 'format/font-family', line: 3, severity: 'warning', message: '标题使用了“黑体”，应使用小标宋体（如方正小标宋简体）（GB/T 9704—2012 7.3.1）' },
      { ruleId: 'format/font-family', line: 6, severity: 'warning', message: '一级标题使用了“仿宋_GB2312”，应使用黑体（如黑体、SimHei）（GB/T 9704—2012 7.3.3）' },
      { ruleId: 'format/font-family', line: 8, severity: 'warning', message: '二级标题使用了“黑体”，应使用楷体（如楷体_GB2312、楷体）（GB/T 9704—2012 7.3.3）' },
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
