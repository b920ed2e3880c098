import { describe, expect, test } from 'vitest';
import { unified } from 'unified';
import type { Root } from 'nlcst';
import {
  MAX_RUN, parseChinese, retextChinese, segmentWords, sentencesWithWords, wordsOf,
} from '../../../src/parsers/chinese/index.js';

describe('segmentWords', () => {
  test('words and punctuation with offsets', () => {
    expect(segmentWords('加强组织领导。')).toEqual([
      { text: '加强', start: 0, end: 2, isWordLike: true },
      { text: '组织', start: 2, end: 4, isWordLike: true },
      { text: '领导', start: 4, end: 6, isWordLike: true },
      { text: '。', start: 6, end: 7, isWordLike: false },
    ]);
  });

  test('numbers and title marks', () => {
    expect(wordsOf('2024年《通知》').map((w) => w.text)).toEqual(['2024', '年', '通知']);
  });

  test('cached', () => {
    expect(segmentWords('落实责任')).toBe(segmentWords('落实责任'));
  });

  test('a sentence longer than MAX_RUN is cut but covers the whole text with exact offsets', () => {
    const s = '各地区各部门要认真贯彻落实'.repeat(Math.ceil((MAX_RUN * 3) / 13));
    const words = segmentWords(s);
    expect(words.map((w) => w.text).join('')).toBe(s);
    for (const w of words) expect(s.slice(w.start, w.end)).toBe(w.text);
    for (let i = 1; i < words.length; i++) expect(words[i].start).toBe(words[i - 1].end);
  });

  test('surrogate pairs are not cut', () => {
    const s = '𠀀'.repeat(MAX_RUN);
    expect(segmentWords(s).map((w) => w.text).join('')).toBe(s);
  });
});

describe('sentencesWithWords', () => {
  test('word offsets into the whole text', () => {
    const t = '甲要落实。乙要加强。';
    const [, second] = sentencesWithWords(t);
    expect(second.start).toBe(5);
    for (const w of second.words) expect(t.slice(w.start, w.end)).toBe(w.text);
    expect(second.words.filter((w) => w.isWordLike).map((w) => w.text)).toEqual(['乙', '要', '加强']);
  });
});

describe('parseChinese / retextChinese', () => {
  test('tree shape: paragraph → sentences → words', () => {
    const tree = parseChinese('加强领导。落实责任！');
    expect(tree.type).toBe('RootNode');
    expect(tree.children).toHaveLength(1);
    const para = tree.children[0];
    expect(para.type).toBe('ParagraphNode');
    if (para.type !== 'ParagraphNode') return;
    expect(para.children.map((s) => s.type)).toEqual(['SentenceNode', 'SentenceNode']);
    const first = para.children[0];
    if (first.type !== 'SentenceNode') return;
    expect(first.children.map((n) => [n.type, 'value' in n ? n.value : (n as any).children[0].value])).toEqual([
      ['WordNode', '加强'], ['WordNode', '领导'], ['PunctuationNode', '。'],
    ]);
    expect(para.children[1].position).toEqual({
      start: { line: 1, column: 6, offset: 5 },
      end: { line: 1, column: 11, offset: 10 },
    });
  });

  test('lines become paragraphs; whitespace and symbols are typed', () => {
    const tree = parseChinese('甲 ★\n\n乙。');
    expect(tree.children.map((c) => c.type)).toEqual(['ParagraphNode', 'WhiteSpaceNode', 'WhiteSpaceNode', 'ParagraphNode']);
    const p = tree.children[0] as any;
    expect(p.children[0].children.map((n: any) => n.type)).toEqual(['WordNode', 'WhiteSpaceNode', 'SymbolNode']);
    expect(tree.children[3].position!.start).toEqual({ line: 3, column: 1, offset: 5 });
  });

  test('every literal sits where its position says', () => {
    const text = '　　（一）加强组织领导。各地要“抓落实”，确保2024年完成！\n二、其他';
    const walk = (n: any): void => {
      if (typeof n.value === 'string') expect(text.slice(n.position.start.offset, n.position.end.offset)).toBe(n.value);
      (n.children ?? []).forEach(walk);
    };
    walk(parseChinese(text));
  });

  test('usable as a unified parser, and round-trips', () => {
    const processor = unified().use(retextChinese);
    const tree = processor.parse('甲。乙？') as Root;
    expect((tree.children[0] as any).children).toHaveLength(2);
    expect(String(processor.processSync('甲。乙？'))).toBe('甲。乙？');
  });
});

describe('sentencesOf(line)', () => {
  test('cached per line object, offsets into line.value, refreshed when the value changes', async () => {
    const { sentencesOf } = await import('../../../src/parsers/chinese/index.js');
    const line = { type: 'line', value: '　　甲要落实。乙要加强！' };
    const first = sentencesOf(line);
    expect(first.map((s) => [s.text, s.start, s.end])).toEqual([['甲要落实。', 2, 7], ['乙要加强！', 7, 12]]);
    expect(first[1].words.filter((w) => w.isWordLike).map((w) => [w.text, w.start])).toEqual([['乙', 7], ['要', 8], ['加强', 9]]);
    expect(sentencesOf(line)).toBe(first);
    line.value = '丙。';
    expect(sentencesOf(line).map((s) => s.text)).toEqual(['丙。']);
  });
});
