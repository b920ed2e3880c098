import { describe, expect, it } from 'vitest';
import { maskExempt, proseLines } from '../../../src/rules/punctuation/shared.js';
import type { LineEntry } from '../../../src/rule.js';
import type { ElementType, Line } from '../../../src/tree/types.js';

/** Shows the masked spans as ▒ for readable expectations. */
const show = (text: string) => maskExempt(text).replace(/\u0000/g, '▒');
const blank = (text: string, span: string) => text.replace(span, '▒'.repeat(span.length));

describe('maskExempt', () => {
  it.each([
    ['详见http://www.gov.cn/a.htm?id=1,2。', 'http://www.gov.cn/a.htm?id=1,2'],
    ['访问www.gov.cn，查询', 'www.gov.cn'],
    ['发送至ab.c@example.gov.cn。', 'ab.c@example.gov.cn'],
    ['登录gov.cn查询', 'gov.cn'],
    ['附件：关于开展检查的通知.docx', '关于开展检查的通知.docx'],
    ['请填写附表,汇总表.xlsx', '汇总表.xlsx'],
    ['运行`a,b`命令', '`a,b`'],
  ])('blanks the exempt span in %s', (text, span) => {
    expect(show(text)).toBe(blank(text, span));
    expect(maskExempt(text)).toHaveLength(text.length);
  });

  it.each(['一般文字，不变。', '格式为：.docx', '增长3.5%'])('leaves %s alone', (text) => {
    expect(maskExempt(text)).toBe(text);
  });
});

describe('proseLines', () => {
  const line = (value: string, extra: Partial<Line> = {}) => ({ type: 'line', value, ...extra }) as Line;
  const entry = (type: ElementType, l: Line): LineEntry =>
    ({ line: l, element: { type } as LineEntry['element'], block: 'mainBlock' }) as LineEntry;
  const lines = [
    entry('paragraph', line('详见http://a.gov.cn/x,y，共3项。')),
    entry('documentNumber', line('国发〔2024〕1号')),
    entry('paragraph', line('无数字。')),
    entry('paragraph', line('表中3项', { container: 'table' } as Partial<Line>)),
  ];

  it('skips what is not prose and yields the masked text with the same offsets', () => {
    const got = [...proseLines(lines)].map((p) => p.text.replace(/\u0000/g, '▒'));
    expect(got).toEqual(['详见' + '▒'.repeat('http://a.gov.cn/x,y'.length) + '，共3项。', '无数字。', '表中3项']);
  });

  it('tests the gate on the masked text (string or pattern) and can skip table cells', () => {
    expect([...proseLines(lines, { gate: ',' })]).toEqual([]); // the only comma is inside the URL
    expect([...proseLines(lines, { gate: /\d/ })].map((p) => p.line.value)).toEqual([lines[0].line.value, '表中3项']);
    expect([...proseLines(lines, { gate: /\d/, tables: false })].map((p) => p.element.type)).toEqual(['paragraph']);
  });
});
