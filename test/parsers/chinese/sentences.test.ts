import { describe, expect, test } from 'vitest';
import { splitSentences } from '../../../src/parsers/chinese/index.js';

const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe('splitSentences', () => {
  const cases: Array<[string, string, string[]]> = [
    ['full stop', '一是加强领导。二是落实责任。', ['一是加强领导。', '二是落实责任。']],
    ['question and exclamation', '怎么办？必须干！好', ['怎么办？', '必须干！', '好']],
    ['semicolon', '甲要做好；乙要做好。', ['甲要做好；', '乙要做好。']],
    ['？！ stays together', '这是真的吗？！是的。', ['这是真的吗？！', '是的。']],
    ['repeated marks stay together', '好！！！再见。', ['好！！！', '再见。']],
    ['closing quote attaches', '他说：“我们要努力。”大家鼓掌。', ['他说：“我们要努力。”', '大家鼓掌。']],
    ['no split inside quotes', '提出“不忘初心。牢记使命”的要求。', ['提出“不忘初心。牢记使命”的要求。']],
    ['no split inside title marks', '学习《决定。说明》全文。接着', ['学习《决定。说明》全文。', '接着']],
    ['closing bracket attaches', '（此件公开发布。）下一句。', ['（此件公开发布。）', '下一句。']],
    ['unmatched opener does not block splitting', '他说“甲。乙。丙。', ['他说“甲。', '乙。', '丙。']],
    ['ellipsis inside a sentence', '各地要……等等。', ['各地要……等等。']],
    ['ellipsis at the end', '此处省略……', ['此处省略……']],
    ['ellipsis then space', '甲…… 乙。', ['甲……', '乙。']],
    ['ellipsis then full stop', '甲……。乙。', ['甲……。', '乙。']],
    ['half-width ? after Chinese', '是吗?对。', ['是吗?', '对。']],
    ['half-width ? in a URL is not an end', '见https://a.cn/x?id=1页面。', ['见https://a.cn/x?id=1页面。']],
    ['decimal point is not an end', '增长3.5个百分点。', ['增长3.5个百分点。']],
    ['newline always ends', '第一行\n第二行。', ['第一行', '第二行。']],
    ['whitespace trimmed', '　　一是加强。  二是落实。 ', ['一是加强。', '二是落实。']],
    ['no end mark', '关于做好防汛工作的通知', ['关于做好防汛工作的通知']],
    ['heading with body text', '（一）加强组织领导。各地要落实责任。', ['（一）加强组织领导。', '各地要落实责任。']],
    ['nested quotes', '他说：“要学习‘两个确立’。”完', ['他说：“要学习‘两个确立’。”', '完']],
    ['empty', '', []],
  ];
  test.each(cases)('%s', (_n, input, expected) => {
    expect(texts(input)).toEqual(expected);
  });

  test('offsets are into the text', () => {
    const t = '　　一是加强。二是落实！';
    expect(splitSentences(t)).toEqual([
      { text: '一是加强。', start: 2, end: 7 },
      { text: '二是落实！', start: 7, end: 12 },
    ]);
    for (const s of splitSentences(t)) expect(t.slice(s.start, s.end)).toBe(s.text);
  });

  test('cached: the same array for the same text', () => {
    expect(splitSentences('甲。乙。')).toBe(splitSentences('甲。乙。'));
  });

  test('fast on a long text', () => {
    const t = '各地区各部门要认真贯彻落实本通知精神，结合实际抓好组织实施。'.repeat(3000);
    const t0 = performance.now();
    expect(splitSentences(t)).toHaveLength(3000);
    expect(performance.now() - t0).toBeLessThan(500);
  });
});
