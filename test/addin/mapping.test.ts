/** Findings → host paragraphs by text (editors/office/src/mapping.ts), table-driven. */
import { describe, expect, it } from 'vitest';
import {
  alignParagraphs, editsOf, normalizeHostText, planEdits, previewOf, targetOf, type TextEdit,
} from '../../editors/office/src/mapping.js';
import { occurrenceIndex, searchable } from '../../editors/office/src/hosts/word.js';
import type { LintMessage } from '../../src/engine/messages.js';

const lines = (...values: string[]) => values.map((value, i) => ({ ordinal: i + 1, value }));

describe('alignParagraphs', () => {
  it.each([
    ['same paragraphs', lines('甲', '乙', '丙'), ['甲\r', '乙\r', '丙\r'], [[1, 0], [2, 1], [3, 2]]],
    ['a text box the host does not list (ordinal 2) does not drag the rest', lines('甲', '框内文字', '乙'), ['甲\r', '乙\r'], [[1, 0], [3, 1]]],
    ['host has an extra paragraph the core does not (a field result)', lines('甲', '乙'), ['甲\r', '目录\r', '乙\r'], [[1, 0], [2, 2]]],
    ['repeated text pairs in order', lines('同', '异', '同'), ['同\r', '异\r', '同\r'], [[1, 0], [2, 1], [3, 2]]],
    ['empty lines are not matched', lines('', '甲'), ['\r', '甲\r'], [[2, 1]]],
    ['table cell marks and manual line breaks', lines('单元格', '标题\n第二行'), ['单元格\r\x07', '标题\x0b第二行\r'], [[1, 0], [2, 1]]],
  ] as const)('%s', (_, core, host, pairs) => {
    expect([...alignParagraphs(core, host)]).toEqual(pairs);
  });

  it('normalizeHostText', () => {
    expect(normalizeHostText('abc\r')).toBe('abc');
    expect(normalizeHostText('a\x0bb\r\x07')).toBe('a\nb');
  });
});

const msg = (m: Partial<LintMessage>): LintMessage => ({ ruleId: 'x/y', severity: 'error', message: 'm', ...m });

describe('targets and edits', () => {
  const host = ['前言\r', '发文字号国办发[24]第05号\r'];
  const map = new Map([[1, 0], [3, 1]]);

  it('target: the paragraph mapped by text and the span as the host reads it', () => {
    expect(targetOf(msg({ line: 3, column: 8, endLine: 3, endColumn: 9 }), map, host))
      .toEqual({ paragraph: 1, start: 7, end: 8, text: '[', paragraphText: '发文字号国办发[24]第05号' });
    expect(targetOf(msg({}), map, host)).toBeUndefined();                      // page-level
    expect(targetOf(msg({ line: 2, column: 1, endLine: 2, endColumn: 2 }), map, host)).toBeUndefined(); // not in the host
  });

  it('edits: every edit placed, else none', () => {
    const m = msg({ line: 3, column: 8, endLine: 3, endColumn: 9, fix: [
      { line: 3, column: 8, endLine: 3, endColumn: 9, text: '〔' }, { line: 3, column: 11, endLine: 3, endColumn: 12, text: '〕' }] });
    expect(editsOf(m, map, host)!.map((e) => [e.start, e.end, e.text, e.replacement])).toEqual([[7, 8, '[', '〔'], [10, 11, ']', '〕']]);
    expect(editsOf({ ...m, fix: [{ line: 2, column: 1, endLine: 2, endColumn: 2, text: 'x' }] }, map, host)).toBeUndefined();
    const t = targetOf(m, map, host);
    expect(previewOf(t, editsOf(m, map, host))).toEqual({ before: '[24]', after: '〔24〕' });
  });

  it('planEdits: last first, overlapping findings wait, one finding all or nothing', () => {
    const e = (paragraph: number, start: number, end: number): TextEdit => ({ paragraph, start, end, text: '', paragraphText: '', replacement: '' });
    const { edits, skipped } = planEdits([[e(0, 1, 2), e(0, 5, 6)], [e(0, 5, 7)], [e(1, 0, 1)], [e(0, 3, 3)]]);
    expect(edits.map((x) => [x.paragraph, x.start, x.end])).toEqual([[1, 0, 1], [0, 5, 6], [0, 3, 3], [0, 1, 2]]);
    expect(skipped).toBe(1);
  });

  it('Word: the k-th occurrence, and an insertion point widened by a neighbour', () => {
    expect(occurrenceIndex('，,，,', ',', 3)).toBe(1);
    expect(occurrenceIndex('aaa', 'aa', 1)).toBe(1);
    expect(searchable({ paragraph: 0, start: 2, end: 2, text: '', paragraphText: '甲乙丙' })!.target.text).toBe('乙');
    expect(searchable({ paragraph: 0, start: 0, end: 0, text: '', paragraphText: '甲乙丙' })).toMatchObject({ prefix: '', suffix: '甲' });
    expect(searchable({ paragraph: 0, start: 0, end: 300, text: 'x'.repeat(300), paragraphText: 'x'.repeat(300) })).toBeUndefined();
  });
});
