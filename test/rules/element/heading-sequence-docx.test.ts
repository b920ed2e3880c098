import { AlignmentType, Document, LevelFormat, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/element/heading-sequence.js';
import { applyFixes, findings, lintWith } from '../../helpers/lint.js';

const C = '（GB/T 9704—2012 7.3.3）';

/** A small notice whose headings are Word-numbered: level 0 “%1、” (Chinese counting), level 1 “（%2）”. */
async function numbered(headings: Array<[level: 0 | 1, text: string, restart?: boolean]>, level0 = '%1、') {
  const p = (text: string, extra: Record<string, unknown> = {}) => new Paragraph({ children: [new TextRun(text)], ...extra });
  const doc = new Document({
    numbering: {
      config: [{
        reference: 'h',
        levels: [
          { level: 0, format: LevelFormat.CHINESE_COUNTING, text: level0, alignment: AlignmentType.LEFT },
          { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）', alignment: AlignmentType.LEFT },
        ],
      }],
    },
    sections: [{
      children: [
        p('关于做好冬季安全生产工作的通知', { alignment: AlignmentType.CENTER }),
        p('各区县人民政府：'),
        p('现将有关事项通知如下。'),
        ...headings.map(([level, text, restart]) => p(text, { numbering: { reference: 'h', level, ...(restart ? { instance: 2 } : {}) } })),
        p('青山市人民政府'),
        p('2024年11月15日'),
      ],
    }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe('element/heading-sequence on Word-numbered headings', () => {
  it('reads the generated label', async () => {
    const bytes = await numbered([[0, '总体要求'], [1, '压实责任。各单位要落实主体责任。'], [1, '加强宣传。'], [0, '工作措施']]);
    expect(lintWith(rule, bytes, { filename: 'a.docx' })).toEqual([]);
  });
  it('flags a wrong label form on the heading text, without a fix', async () => {
    const bytes = await numbered([[0, '总体要求'], [0, '工作措施']], '%1．');
    const messages = lintWith(rule, bytes, { filename: 'a.docx' });
    expect(findings(messages)).toEqual([
      { ruleId: 'element/heading-sequence', line: 4, column: 1, endColumn: 5, message: `第1层序数应写作“一、”，不写作“一．”${C}`, severity: 'warning' },
      { ruleId: 'element/heading-sequence', line: 5, column: 1, endColumn: 5, message: `第1层序数应写作“二、”，不写作“二．”${C}`, severity: 'warning' },
    ]);
    expect(messages.every((m) => !m.fix)).toBe(true);
  });
  it('flags a level-2 list that restarts under the same parent', async () => {
    const bytes = await numbered([[0, '总体要求'], [1, '压实责任。各单位要落实主体责任。'], [1, '加强宣传，广泛开展宣传。', true]]);
    expect(findings(lintWith(rule, bytes, { filename: 'a.docx' }))).toEqual([
      { ruleId: 'element/heading-sequence', line: 6, column: 1, endColumn: 5, message: `同一上级标题下序数从“（一）”重新开始，上一个同级序数是“（一）”，应连续编号为“（二）”${C}`, severity: 'warning' },
    ]);
  });
  it('flags a counter typed after the generated one', async () => {
    const bytes = await numbered([[0, '一、总体要求'], [0, '工作措施']]);
    const messages = lintWith(rule, bytes, { filename: 'a.docx' });
    expect(findings(messages)).toEqual([
      { ruleId: 'element/heading-sequence', line: 4, column: 1, endColumn: 3, message: `段落已有自动编号“一、”，又手工输入了序数“一、”，应删去其一${C}`, severity: 'warning' },
    ]);
    expect(messages[0].fix).toBeTruthy();
  });
});
