import { describe, expect, it } from 'vitest';
import { maskExempt } from '../../../src/rules/punctuation/shared.js';

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
