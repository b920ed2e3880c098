/**
 * 信函格式 (GB/T 9704—2012 10.1) in a text draft, read from the text alone (isLetterByText): a mark
 * without 文件 plus a 函 number or a …的函 title. Then what applies to a text follows: no print line
 * (element/print-line `inLetter`); nothing about page numbers.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parsers/index.js';
import printLine from '../../src/rules/element/print-line.js';
import { facts, lintWith, said } from '../helpers/lint.js';

const draft = (head: string, title: string, imprint = '抄送：市水利局。\n青山市人民政府办公室　2024年3月5日印发') =>
  `${head}\n\n${title}\n\n丰源市人民政府办公室：\n　　为做好跨界河道巡查工作，现商请贵市给予支持。\n　　特此函告。\n\n青山市人民政府办公室\n2024年3月5日\n\n${imprint}\n`;

const layoutOf = (text: string, file = 'a.txt') => parseDocument(text, file).tree.layout;

describe('信函 in a text draft', () => {
  it.each([
    ['mark without 文件 + a 函 number', draft('青山市人民政府办公室\n青政办函〔2024〕12号', '青山市人民政府办公室关于商请支持河道巡查工作的函')],
    ['mark without 文件 + a 函 number, the title a 通知', draft('青山市人民政府办公室\n青政办函〔2024〕12号', '青山市人民政府办公室关于做好河道巡查工作的通知')],
    ['mark without 文件 + a …的函 title', draft('青山市人民政府办公室\n青政办〔2024〕12号', '青山市人民政府办公室关于商请支持河道巡查工作的函')],
    ['a separator drawn under the mark', draft('青山市人民政府办公室\n━━━━━━━━━━━━━━━━━━━━━━\n青政办函〔2024〕12号', '关于商请支持河道巡查工作的函')],
  ])('%s: layout letter', (_name, text) => {
    expect(layoutOf(text)).toBe('letter');
  });

  it.each([
    ['a …文件 mark (文件格式), even with a 函 title', draft('青山市人民政府办公室文件\n青政办函〔2024〕12号', '关于商请支持河道巡查工作的函'), 'file'],
    ['a mark without 文件 and a plain number: the 文件格式 allows the bare name (7.2.4)', draft('青山市人民政府办公室\n青政办发〔2024〕12号', '关于做好河道巡查工作的通知'), undefined],
    ['a 函 number without a mark', draft('青政办函〔2024〕12号', '关于商请支持河道巡查工作的函'), undefined],
    ['a 函 title without a 版头', draft('', '青山市人民政府办公室关于商请支持河道巡查工作的函'), undefined],
    ['a 纪要 mark', '青山市人民政府常务会议纪要\n第5期\n青山市人民政府办公室　　2024年3月5日\n会议研究了有关事项。\n', undefined],
  ])('%s: not a letter', (_name, text, layout) => {
    expect(layoutOf(text)).toBe(layout);
  });

  it('.md is read the same way', () => {
    expect(layoutOf(draft('青山市人民政府办公室\n\n青政办函〔2024〕12号', '# 青山市人民政府办公室关于商请支持河道巡查工作的函'), 'a.md')).toBe('letter');
  });
});

describe('element/print-line in a text 信函', () => {
  it('flags the print line: a 信函 has none (10.1)', () => {
    const text = draft('青山市人民政府办公室\n青政办函〔2024〕12号', '青山市人民政府办公室关于商请支持河道巡查工作的函');
    expect(facts(lintWith(printLine, text))).toEqual([
      { ruleId: 'element/print-line', severity: 'error', line: 14, column: 1, endColumn: 23, ...said('inLetter') },
    ]);
  });

  it.each([
    ['a 信函 with only the copy-to', draft('青山市人民政府办公室\n青政办函〔2024〕12号', '青山市人民政府办公室关于商请支持河道巡查工作的函', '抄送：市水利局。')],
    ['a 文件格式 document with its print line', draft('青山市人民政府办公室文件\n青政办发〔2024〕12号', '青山市人民政府办公室关于做好河道巡查工作的通知')],
    ['a mark without 文件 and a plain number keeps its print line', draft('青山市人民政府办公室\n青政办发〔2024〕12号', '青山市人民政府办公室关于做好河道巡查工作的通知')],
  ])('stays silent: %s', (_name, text) => {
    expect(lintWith(printLine, text)).toEqual([]);
  });
});
