/**
 * Chinese text takes full-width marks: a half-width `, ; : ? ! . ( ) "` beside a Han character is an
 * error, and so is an ASCII tilde in a numeric range of Chinese text ("3~5天" → "3～5天", 4.13.3.3) (GB/T 15834—2011 5.1: each point mark and each half of a paired mark takes one character
 * position).
 *
 * Left alone: URLs, e-mail addresses, file names, inline code (see shared.ts); a mark between two
 * digits (1,000  3.5  10:30  1:500); a full stop after a digit (the level-3 heading "1."); a dot
 * before a Latin letter (file extension, abbreviation); marks with no Han neighbour (English
 * passages); parentheses whose content has no Han character (an English abbreviation such as
 * "(WHO)" is left to the writer's house style); brackets grouping a formula, an operator next to them
 * ("综合得分=(甲项+乙项)/2": mathematical notation, not prose punctuation); a mark that ends a quoted
 * English passage (“Hello, world!”); the ")" of a list label "a)" or "1)" (the list numbering of GB/T
 * 1.1—2020 7.4.4).
 *
 * Fixes are offered only where the result is certain: `, ; : ? !` with Han text (or a closing Chinese
 * mark) before and Han text, an opening Chinese mark or the end of the line after; a pair of
 * parentheses or straight quotes in one line whose content has Han characters; a `)` that closes a
 * full-width `（`.
 */
import { defineRule } from '../../rule.js';
import { CJK_CLOSING, CJK_OPENING, isCjkPunct, isDigit, isHan, isLatin, proseLines } from './shared.js';

const ANY_CANDIDATE = /[,;:?!.()"~]/;

const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '.': '。', '(': '（', ')': '）', '~': '～' };
const CANDIDATES = /[,;:?!.()"~]/g;
/** Ends of a numeric range: "3~5天", "15%~30%", "3万~5万". */
const RANGE_END = /[\d%％万亿千百十]/;
const HAS_HAN = /\p{Script=Han}/u;
/**
 * Arithmetic operators: brackets right after or before one are a formula's grouping, not prose
 * punctuation ("综合得分=(甲项+乙项)/2", "千克/(人·日)"); a formula keeps its own notation.
 */
const OPERATOR = /[=+×÷*/＝＋÷<>≤≥^]/;
/** A list label's counter before ")": at the line start or after a point mark or space ("a)", "；2)"). */
const LIST_LABEL = /(?:^|[\s\u3000：:；;，,。])[0-9A-Za-z]{1,2}$/;
/** Closing quotes: a mark between a Latin word and one ends a quoted English passage ("Hello, world!"). */
const CLOSING_QUOTES = '”’';

/** Whether the brackets at `open` and `close` group a formula: an operator next to either outside. */
function inFormula(text: string, open: number, close: number): boolean {
  let before = open - 1;
  while (before >= 0 && text[before] === ' ') before--;
  let after = close + 1;
  while (after < text.length && text[after] === ' ') after++;
  return OPERATOR.test(text[before] ?? '') || OPERATOR.test(text[after] ?? '');
}

function chineseSide(ch: string | undefined): boolean {
  return isHan(ch) || isCjkPunct(ch);
}

export default defineRule({
  meta: {
    id: 'punctuation/fullwidth-punctuation',
    category: 'punctuation',
    clause: 'GB/T 15834—2011 5.1',
    citation: { en: 'GB/T 15834—2011 §5.1' },
    description: {
      zh: '中文行文使用全角标点，不用半角的 , . ; : ? ! ( ) " ~',
      en: 'Chinese text takes full-width punctuation, not half-width , . ; : ? ! ( ) " ~',
    },
    severity: 'error',
    fixable: true,
    messages: {
      halfwidth: {
        zh: '中文行文中使用了半角标点“{mark}”，应使用全角“{full}”',
        en: 'Half-width “{mark}” in Chinese text: use the full-width “{full}”',
      },
      halfwidthPair: {
        // no quotes around the pair: “""” would be unreadable when the pair is itself a quote pair
        zh: '中文行文中使用了半角成对标点 {marks}，应使用全角 {full}',
        en: 'Half-width pair {marks} in Chinese text: use the full-width {full}',
      },
    },
    examples: {
      bad: ['各地区,各部门要抓好落实。', '请于本月底前报送(含电子版)。', '这是所谓的"新常态"。', '通知如下:'],
      good: [
        '增长3.5%，达到1,000亿元。',
        '会议于10:30开始，比例尺1:500。',
        '详见http://www.gov.cn/zhengce/index.htm?id=1,2。',
        '1.总体要求',
        '附件：关于开展检查的通知.docx',
        '世界卫生组织(WHO)发布报告。',
      ],
    },
  },
  check(context) {
    for (const { line, text } of proseLines(context.lines, { gate: ANY_CANDIDATE })) {
      const done = new Set<number>();
      const report = (start: number, mark: string, full: string, fix: boolean) => {
        done.add(start);
        context.report({
          line,
          start,
          end: start + 1,
          messageId: 'halfwidth',
          data: { mark, full },
          ...(fix ? { fix: { start, end: start + 1, text: full } } : {}),
        });
      };

      // One finding for a pair, with both halves fixed.
      const reportPair = (open: number, close: number, marks: string, o: string, c: string) => {
        context.report({
          line,
          start: open,
          end: close + 1,
          messageId: 'halfwidthPair',
          data: { marks, full: o + c },
          fix: [
            { start: open, end: open + 1, text: o },
            { start: close, end: close + 1, text: c },
          ],
        });
      };

      // Paired marks first: ( … ) and " … " in one line.
      pairs(text, '(', ')', (open, close) => {
        const inner = text.slice(open + 1, close);
        done.add(open).add(close);
        if (HAS_HAN.test(inner) && !inFormula(text, open, close)) reportPair(open, close, '()', '（', '）');
      });
      const quotes: number[] = [];
      for (let i = 0; i < text.length; i++) if (text[i] === '"') quotes.push(i);
      if (quotes.length % 2 === 0) {
        for (let k = 0; k < quotes.length; k += 2) {
          const [a, b] = [quotes[k], quotes[k + 1]];
          done.add(a).add(b);
          if (HAS_HAN.test(text.slice(a + 1, b))) reportPair(a, b, '""', '“', '”');
        }
      }

      for (const m of text.matchAll(CANDIDATES)) {
        const i = m.index!;
        if (done.has(i)) continue;
        const mark = m[0];
        const prev = text[i - 1];
        const next = text[i + 1];
        switch (mark) {
          case '(':
          case ')':
          case '"': {
            // unpaired: only beside Han characters
            if (!isHan(prev) && !isHan(next)) break;
            // a list label of the kind GB/T 1.1 writes: "a)", "1)" at the start of an item
            if (mark === ')' && LIST_LABEL.test(text.slice(Math.max(0, i - 3), i))) break;
            // ")" closing a full-width "（" in the same line: the fix is certain
            const closesFullWidth = mark === ')' && opensBefore(text, i);
            report(i, mark, mark === '"' ? (isHan(next) ? '“' : '”') : FULL[mark], closesFullWidth);
            break;
          }
          case '~': {
            // a range in Chinese text takes the wave dash ～ (4.13.3.3): "3~5天" → "3～5天"
            const inRange = RANGE_END.test(prev ?? '') && isDigit(next);
            if (inRange && HAS_HAN.test(text)) report(i, '~', '～', true);
            break;
          }
          case '.': {
            if (prev === '.' || next === '.') break; // "..." is the ellipsis rule's
            if (!isHan(prev)) break;
            if (next === undefined || isHan(next) || isCjkPunct(next) || next === ' ') report(i, '.', '。', false);
            break;
          }
          default: {
            if (isDigit(prev) && isDigit(next)) break;
            if (!chineseSide(prev) && !chineseSide(next)) break;
            // a colon or question mark glued to Latin on both sides is code or English
            if (isLatin(prev) && isLatin(next)) break;
            // the end of a quoted English passage: “Hello, world!”
            if (isLatin(prev) && next !== undefined && CLOSING_QUOTES.includes(next)) break;
            const certain =
              (isHan(prev) || (prev !== undefined && CJK_CLOSING.includes(prev))) &&
              (isHan(next) || next === undefined || CJK_OPENING.includes(next));
            report(i, mark, FULL[mark], certain);
          }
        }
      }
    }
  },
});

/** Whether an unclosed full-width "（" stands before `at` in the line. */
function opensBefore(text: string, at: number): boolean {
  let depth = 0;
  for (let i = at - 1; i >= 0; i--) {
    if (text[i] === '）') depth++;
    else if (text[i] === '（') {
      if (depth === 0) return true;
      depth--;
    }
  }
  return false;
}

/** Calls `each(open, close)` for every innermost-first matched pair of `o`/`c` in `text`. */
function pairs(text: string, o: string, c: string, each: (open: number, close: number) => void) {
  const stack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === o) stack.push(i);
    else if (text[i] === c && stack.length) each(stack.pop()!, i);
  }
}
