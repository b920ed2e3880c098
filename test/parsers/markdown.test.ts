import { describe, expect, test } from 'vitest';
import { markdownToLines } from '../../src/parsers/markdown.js';
import { parseDocument } from '../../src/parsers/index.js';
import { createLocator, pointAt, sourceOffset } from '../../src/tree/position.js';
import { lintSync } from '../../src/engine/lint.js';
import { defineRule } from '../../src/rule.js';

/** Every value character that is also in the source maps onto that same character. */
function expectFaithful(src: string, exceptJoins = true) {
  for (const line of markdownToLines(src)) {
    for (let i = 0; i < line.value.length; i++) {
      const c = line.value[i];
      if (exceptJoins && c === ' ') continue;
      expect(src[sourceOffset(line, i)!], `${line.value}[${i}]`).toBe(c);
    }
  }
}

describe('markdownToLines: blocks and values', () => {
  const cases: Array<[string, string, Array<[string, string | undefined]>]> = [
    ['ATX heading', '# 关于做好防汛工作的通知\n', [['关于做好防汛工作的通知', 'heading']]],
    ['setext heading', '关于印发方案的通知\n===\n', [['关于印发方案的通知', 'heading']]],
    ['paragraph with emphasis', '要**切实**加强*组织*领导。\n', [['要切实加强组织领导。', undefined]]],
    ['link keeps its text', '详见[通知](https://example.org/a)。\n', [['详见通知。', undefined]]],
    ['inline code keeps its content', '字段`name`必填。\n', [['字段name必填。', undefined]]],
    ['escapes and entities', '甲\\*乙&amp;丙\n', [['甲*乙&丙', undefined]]],
    ['soft break joins Chinese lines', '第一行\n第二行。\n', [['第一行第二行。', undefined]]],
    ['soft break between Latin words gets a space', 'GB/T\n9704\n', [['GB/T 9704', undefined]]],
    ['hard break also joins', '第一行  \n第二行\n', [['第一行第二行', undefined]]],
    ['bullet list drops the marker', '- 甲项\n- 乙项\n', [['甲项', 'listItem'], ['乙项', 'listItem']]],
    ['ordered list keeps the counter', '1. 加强领导\n2. 落实责任\n', [['1.加强领导', 'listItem'], ['2.落实责任', 'listItem']]],
    ['blockquote', '> 引用的话\n> 继续\n', [['引用的话继续', 'blockquote']]],
    [
      'table cells in order',
      '| 单位 | 人数 |\n| --- | --- |\n| 甲局 | 3 |\n',
      [['单位', 'tableCell'], ['人数', 'tableCell'], ['甲局', 'tableCell'], ['3', 'tableCell']],
    ],
    ['code block skipped', '正文\n\n```\ncode 不检查\n```\n\n    缩进代码\n', [['正文', undefined]]],
    ['thematic break skipped', '甲\n\n---\n\n乙\n', [['甲', undefined], ['乙', undefined]]],
    ['directive comment becomes a line', '<!-- gongwen-lint-disable punctuation/x -->\n正文\n', [['gongwen-lint-disable punctuation/x', 'html'], ['正文', undefined]]],
    ['other comments are dropped', '<!-- 备注：待改 -->\n正文\n', [['正文', undefined]]],
    ['inline comment dropped from the value', '正文<!-- 注 -->结束\n', [['正文结束', undefined]]],
    ['front matter ignored', '---\ntitle: 草稿\n---\n\n正文\n', [['正文', undefined]]],
    ['image dropped', '图![示意图](a.png)如下\n', [['图如下', undefined]]],
    ['HTML block: text between the tags', '<p align="center">\n  关于做好防汛工作的通知\n</p>\n\n正文\n', [['关于做好防汛工作的通知', 'html'], ['正文', undefined]]],
    ['HTML block: Latin words keep a space', '<div>GB/T\n9704</div>\n', [['GB/T 9704', 'html']]],
  ];
  test.each(cases)('%s', (_name, src, expected) => {
    const lines = markdownToLines(src);
    expect(lines.map((l) => [l.value, l.markdown])).toEqual(expected);
    expectFaithful(src);
  });

  test('heading depth hint', () => {
    const lines = markdownToLines('# 一\n\n### 三\n');
    expect(lines.map((l) => l.markdownDepth)).toEqual([1, 3]);
  });

  test('list item with two paragraphs: the counter only on the first', () => {
    const src = '1. 第一段\n\n   第二段\n';
    expect(markdownToLines(src).map((l) => l.value)).toEqual(['1.第一段', '第二段']);
    expectFaithful(src);
  });

  test('an ordered item line starts at its counter', () => {
    const [line] = markdownToLines('  3. 落实责任\n');
    expect(line.value).toBe('3.落实责任');
    expect(line.position!.start).toEqual({ line: 1, column: 3, offset: 2 });
  });

  test('nested list inside blockquote is a list item', () => {
    expect(markdownToLines('> - 甲\n').map((l) => [l.value, l.markdown])).toEqual([['甲', 'listItem']]);
  });
});

describe('markdownToLines: positions', () => {
  test('line positions are the block positions', () => {
    const lines = markdownToLines('标题\n\n第一行\n第二行\n');
    expect(lines[1].position!.start).toEqual({ line: 3, column: 1, offset: 4 });
    expect(lines[1].position!.end).toEqual({ line: 4, column: 4, offset: 11 });
  });

  test('source map: exact pairs for bold text', () => {
    const lines = markdownToLines('要**切实**加强');
    expect(lines[0].sourceMap).toEqual([[0, 0], [1, 3], [3, 7]]);
  });

  const locCases: Array<[string, string, string, number, number]> = [
    // [name, source, needle in value, expected line, expected column]
    ['inside bold', '要**切实**加强领导。', '切实', 1, 4],
    ['after bold', '要**切实**加强领导。', '加强', 1, 8],
    ['after a joined soft break', '第一行\n第二行错字。', '错字', 2, 4],
    ['after indentation in a list', '- 第一项\n  续写错字', '错字', 2, 5],
    ['in a blockquote continuation', '> 引用\n> 错字', '错字', 2, 3],
    ['CRLF source', '第一行\r\n第二行错字', '错字', 2, 4],
    ['in a table cell', '| 甲 | 乙错字 |\n|---|---|\n', '错字', 1, 8],
    ['after inline code', '用`x`错字', '错字', 1, 5],
  ];
  test.each(locCases)('%s', (_name, src, needle, line, column) => {
    const locate = createLocator(src);
    const l = markdownToLines(src).find((x) => x.value.includes(needle))!;
    const p = pointAt(l, l.value.indexOf(needle), locate);
    expect([p.line, p.column]).toEqual([line, column]);
  });
});

describe('through the engine', () => {
  const rule = defineRule({
    meta: {
      id: 'test/find-cuozi', category: 'typo', clause: 'test', severity: 'error', fixable: true,
      description: { zh: '测试', en: 'test' }, messages: { m: { zh: '错字', en: 'typo' } },
    },
    check(context) {
      for (const { line } of context.lines) {
        const at = line.value.indexOf('错字');
        if (at >= 0) context.report({ line, start: at, end: at + 2, messageId: 'm', fix: { start: at, end: at + 2, text: '正字' } });
      }
    },
  });

  test('a finding inside bold text lands on the source column; its fix range is in the source', () => {
    const src = '# 关于测试的通知\n\n各单位：\n\n要**落实错字**之后，第一行\n第二行。\n';
    const [m] = lintSync(src, { filename: 'a.md', rules: [rule], config: { preset: 'all' } }).messages;
    expect([m.line, m.column]).toEqual([5, 6]);
    const range = m.fix![0].range!;
    expect(range[0]).toBe(src.indexOf('错字'));
  });

  test('a finding after a joined line break points at the second source line', () => {
    const src = '第一行\n第二行错字。\n';
    const [m] = lintSync(src, { filename: 'a.md', rules: [rule], config: { preset: 'all' } }).messages;
    expect([m.line, m.column, m.endLine, m.endColumn]).toEqual([2, 4, 2, 6]);
    expect(m.fix![0].range).toEqual([7, 9]);
  });

  test('disable directive in an HTML comment suppresses the finding', () => {
    const src = '正文错字。\n\n<!-- gongwen-lint-disable test/find-cuozi -->\n\n正文错字。\n';
    const ms = lintSync(src, { filename: 'a.md', rules: [rule], config: { preset: 'all' } }).messages;
    expect(ms.map((m) => m.line)).toEqual([1]);
  });

  test('parseDocument: a Markdown heading becomes the title', () => {
    const { tree } = parseDocument('# 关于做好防汛工作的通知\n\n各区人民政府：\n\n正文。\n', 'a.md');
    const main = tree.children.find((b) => b.type === 'mainBlock')!;
    expect(main.children.map((e) => e.type)).toEqual(['title', 'addressee', 'body']);
    expect(tree.kind).toBe('notice');
  });
});

describe('markdownToLines: a source line that starts an element is a line of its own', () => {
  // [name, source, expected line values, source line of each]
  const cases: Array<[string, string, string[], number[]]> = [
    ['抄送 then the print line', '抄送：市委办公室。\n青山市人民政府办公室 2024年3月5日印发\n',
      ['抄送：市委办公室。', '青山市人民政府办公室 2024年3月5日印发'], [1, 2]],
    ['body then 附件：', '请认真执行。\n附件：1.名单\n', ['请认真执行。', '附件：1.名单'], [1, 2]],
    ['signature then a date alone', '请认真执行。\n青山市人民政府\n2024年3月5日\n', ['请认真执行。', '青山市人民政府', '2024年3月5日'], [1, 2, 3]],
    ['a date then its remark', '青山市人民政府\n2024年3月5日\n（此件公开发布）\n', ['青山市人民政府', '2024年3月5日', '（此件公开发布）'], [1, 2, 3]],
    ['附件N after the date', '2024年3月5日\n附件2\n', ['2024年3月5日', '附件2'], [1, 2]],
    ['a heading counter', '现通知如下。\n二、工作要求\n', ['现通知如下。', '二、工作要求'], [1, 2]],
    ['wrapped prose stays one line', '各地要加强\n领导，落实责任。\n', ['各地要加强领导，落实责任。'], [1]],
    ['a decimal at the start of a wrap stays', '增长\n1.5个百分点。\n', ['增长1.5个百分点。'], [1]],
    ['a date inside a sentence stays', '会议定于\n2024年3月5日召开。\n', ['会议定于2024年3月5日召开。'], [1]],
  ];
  test.each(cases)('%s', (_n, src, values, startLines) => {
    const lines = markdownToLines(src);
    expect(lines.map((l) => l.value)).toEqual(values);
    expect(lines.map((l) => l.position!.start.line)).toEqual(startLines);
    for (const l of lines) {
      // Each line's position covers exactly its text in the source.
      expect(src.slice(l.position!.start.offset, l.position!.end.offset).replace(/\n/g, '')).toBe(l.value);
    }
    expectFaithful(src);
  });

  test('the recogniser sees the 版记 in a Markdown draft', () => {
    const tree = parseDocument('# 关于X的通知\n\n各单位：\n\n请认真执行。\n\n青山市人民政府\n2024年3月5日\n\n抄送：市委办公室。\n青山市人民政府办公室 2024年3月5日印发\n', 'a.md').tree;
    const imprint = tree.children.find((b) => b.type === 'imprintBlock')!;
    expect(imprint.children.map((e) => e.type)).toEqual(['copyTo', 'printLine']);
  });
});
