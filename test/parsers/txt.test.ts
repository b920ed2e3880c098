import { describe, expect, test } from 'vitest';
import { textToLines } from '../../src/parsers/txt.js';
import { lintSync } from '../../src/engine/lint.js';
import { defineRule } from '../../src/rule.js';

describe('textToLines', () => {
  const cases: Array<[string, string, string[]]> = [
    ['LF', '甲\n乙', ['甲', '乙']],
    ['CRLF', '甲\r\n乙\r\n', ['甲', '乙', '']],
    ['CR', '甲\r乙', ['甲', '乙']],
    ['blank lines kept', '甲\n\n乙', ['甲', '', '乙']],
    ['Unicode line separators', '甲\u2028乙\u2029丙', ['甲', '乙', '丙']],
    ['indentation kept', '　　正文', ['　　正文']],
  ];
  test.each(cases)('%s', (_n, text, values) => {
    expect(textToLines(text).map((l) => l.value)).toEqual(values);
  });

  test('positions: line numbers, columns and offsets with CRLF', () => {
    const lines = textToLines('甲乙\r\n丙\r\n');
    expect(lines.map((l) => l.position)).toEqual([
      { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 3, offset: 2 } },
      { start: { line: 2, column: 1, offset: 4 }, end: { line: 2, column: 2, offset: 5 } },
      { start: { line: 3, column: 1, offset: 7 }, end: { line: 3, column: 1, offset: 7 } },
    ]);
  });
});

describe('through the engine', () => {
  const rule = defineRule({
    meta: {
      id: 'test/find', category: 'typo', clause: 'test', severity: 'error', fixable: true,
      description: { zh: '测试', en: 'test' }, messages: { m: { zh: '找到', en: 'found' } },
    },
    check(context) {
      for (const { line } of context.lines) {
        const at = line.value.indexOf('布署');
        if (at >= 0) context.report({ line, start: at, end: at + 2, messageId: 'm', fix: { start: at, end: at + 2, text: '部署' } });
      }
    },
  });
  test('a finding on the third CRLF line: line/column and a source range', () => {
    const src = '关于X的通知\r\n各单位：\r\n　　请认真布署。\r\n';
    const [m] = lintSync(src, { filename: 'a.txt', rules: [rule], config: { preset: 'all' } }).messages;
    expect([m.line, m.column, m.endLine, m.endColumn]).toEqual([3, 6, 3, 8]);
    expect(src.slice(m.fix![0].range![0], m.fix![0].range![1])).toBe('布署');
  });
});
