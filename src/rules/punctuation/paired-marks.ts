/**
 * Paired marks come in pairs: every “ ‘ 《 〈 （ 【 〔 is closed by its ” ’ 》 〉 ） 】 〕, and no closing half
 * stands without its opening (GB/T 15834—2011 4.8, 4.9, 4.15). Quotes nest double outside, single inside (4.8.3.2);
 * 书名号 nest 《〈〉》 (4.15.3.2).
 *
 * The stack runs across paragraphs: a quotation may span up to 60 paragraphs (amendments quote whole
 * articles: 修改为：“… … …”), a bracket or title mark up to 8 (a title wrapped over lines, a
 * revision note under a regulation's title). A quotation of several paragraphs may also open each
 * paragraph with “ and close only the last (4.8.3.4): a paragraph starting with “ while only “ from
 * earlier paragraphs is open is not an error. Nesting is checked within a paragraph.
 *
 * An opener that is the last mark of its paragraph and is never closed is a text broken right after
 * it (GB/T 15834—2011 5.1.3: the first half of a paired mark never ends a line): what it opened, and its
 * closing half, went to a later paragraph or were lost with a line break. That is reported as the
 * position fault it plainly is — a warning, for the reason punctuation-position warns (in .txt a
 * paragraph is a line, and text copied from web pages or PDFs carries breaks) — not as an unpaired
 * mark, whose pairing cannot be judged across a broken text. An opener closed in a later paragraph
 * stays silent as before.
 *
 * Left alone: a closing bracket after a list counter ("1）加强…", "包括：a) 甲；b) 乙", "甲）…；乙）…",
 * "Ⅱ）…"), which some
 * enumerations use; ’ between Latin letters (an apostrophe, "China’s").
 */
import { defineRule } from '../../rule.js';
import type { Line } from '../../tree/types.js';
import { isLatin, proseLines } from './shared.js';

const OPEN_TO_CLOSE: Record<string, string> = { '“': '”', '‘': '’', '《': '》', '〈': '〉', '（': '）', '【': '】', '〔': '〕' };
const CLOSE_TO_OPEN: Record<string, string> = Object.fromEntries(Object.entries(OPEN_TO_CLOSE).map(([o, c]) => [c, o]));
const MARKS = /[“”‘’《》〈〉（）【】〔〕()]/g;
/** Half-width brackets count as brackets here (their width is the fullwidth rule's business). */
const ALIAS: Record<string, string> = { '(': '（', ')': '）' };
/** Counters a list may close with a bracket: digits, Latin letters, Chinese numerals, 天干 (甲乙丙), Roman numerals. */
const COUNTER = '0-9A-Za-z一二三四五六七八九十甲乙丙丁戊己庚辛壬癸Ⅰ-Ⅻⅰ-ⅻ';
const LIST_COUNTER = new RegExp(`^\\s*[${COUNTER}]{1,3}[）)]`);
/** A counter right before the closing bracket, standing after a mark or a space: "；b)", "；乙）". */
const INLINE_COUNTER = new RegExp(`(?:^|[\\s\\u3000：:；;，,。])[${COUNTER}]{1,2}$`);

/** An opener with nothing after it in its paragraph: the text breaks right after it. */
interface Open { mark: string; line: Line; offset: number; index: number; atEnd: boolean }

/** How many paragraphs a quotation, or a bracket / title mark, may stay open. */
const QUOTE_SPAN = 60;
const BRACKET_SPAN = 8;

export default defineRule({
  meta: {
    id: 'punctuation/paired-marks',
    category: 'punctuation',
    clause: 'GB/T 15834—2011 4.8、4.9、4.15',
    citation: { zh: 'GB/T 15834—2011 {clause}', en: 'GB/T 15834—2011 §{clause}' },
    description: {
      zh: '引号、括号、书名号应成对使用，引号内层用单引号，书名号内层用单书名号',
      en: 'Quotes, brackets and title marks come in pairs; nested quotes are single, nested title marks 〈〉',
    },
    severity: 'error',
    fixable: false,
    messages: {
      unclosed: {
        zh: '“{mark}”没有对应的“{close}”，标号应成对使用',
        en: '“{mark}” is never closed by “{close}”: paired marks come in pairs',
      },
      brokenAfterOpener: {
        zh: '“{mark}”在段末，其后的内容和对应的“{close}”不在本段，疑为断行：标号的前一半不出现在一行之末，且应成对使用',
        en: '“{mark}” ends the paragraph and is never closed by “{close}”: the text seems broken after it (the first half of a paired mark never ends a line)',
        clause: { zh: 'GB/T 15834—2011 5.1.3', en: 'GB/T 15834—2011 §5.1.3' },
      },
      unopened: {
        zh: '“{mark}”前面没有对应的“{open}”，标号应成对使用',
        en: '“{mark}” has no opening “{open}”: paired marks come in pairs',
      },
      nestedQuote: {
        zh: '引号内再用引号时，里面一层应使用单引号‘’',
        en: 'A quotation inside a quotation takes single quotes ‘’',
        clause: { zh: 'GB/T 15834—2011 4.8.3.2', en: 'GB/T 15834—2011 §4.8.3.2' },
      },
      nestedTitle: {
        zh: '书名号内再用书名号时，里面一层应使用单书名号〈〉',
        en: 'A title inside a title takes single title marks 〈〉',
        clause: { zh: 'GB/T 15834—2011 4.15.3.2', en: 'GB/T 15834—2011 §4.15.3.2' },
      },
    },
    examples: {
      bad: ['学习《条例》和《规定精神。', '要坚持“两个确立”。”', '贯彻《关于《条例》的说明》', '他说：“要落实“三个必须”。”'],
      good: [
        '学习《中国共产党纪律处分条例》。',
        '他说：“要落实‘三个必须’。”',
        '贯彻《关于〈条例〉的说明》。',
        '“第一段引文。\n“第二段引文。”',
        '1）加强领导。',
      ],
    },
  },
  check(context) {
    let stack: Open[] = [];
    let index = -1;
    for (const { line, text } of proseLines(context.lines)) {
      index++;
      // where the paragraph's text ends: an opener at or after it has nothing after it (brokenAfterOpener)
      const textEnd = text.trimEnd().length;
      // A paragraph opening with “ continues a quotation left open above: the convention for
      // quotations of several paragraphs.
      if (text.trimStart().startsWith('“') && stack.length > 0 && stack.every((o) => o.mark === '“' && o.index < index)) {
        stack = [];
      }
      for (const m of text.matchAll(MARKS)) {
        const mark = ALIAS[m[0]] ?? m[0];
        const i = m.index!;
        if (mark === '’' && isLatin(text[i - 1]) && isLatin(text[i + 1])) continue;
        if (OPEN_TO_CLOSE[mark]) {
          const sameLine = (o: Open) => o.index === index && o.mark === mark;
          if (mark === '“' && stack.some(sameLine)) {
            context.report({ line, start: i, end: i + 1, messageId: 'nestedQuote' });
          } else if (mark === '《' && stack.some(sameLine)) {
            context.report({ line, start: i, end: i + 1, messageId: 'nestedTitle' });
          }
          stack.push({ mark, line, offset: i, index, atEnd: i + 1 >= textEnd });
          continue;
        }
        const open = CLOSE_TO_OPEN[mark];
        let k = stack.length - 1;
        while (k >= 0 && stack[k].mark !== open) k--;
        if (k < 0) {
          if (mark === '）' && (LIST_COUNTER.test(text.slice(0, i + 1)) || INLINE_COUNTER.test(text.slice(Math.max(0, i - 4), i)))) continue;
          context.report({ line, start: i, end: i + 1, messageId: 'unopened', data: { mark, open, clause: clauseOf(mark) } });
          continue;
        }
        // anything opened after it and still open is unclosed
        for (const o of stack.splice(k).slice(1)) reportUnclosed(o);
      }
      // Openers left open too long: a quotation may run over many paragraphs (an amendment quoting
      // whole articles), a bracketed note or a title over a few lines (a wrapped title, a revision
      // history under a regulation's title).
      stack = stack.filter((o) => {
        const keep = index - o.index < (o.mark === '“' || o.mark === '‘' ? QUOTE_SPAN : BRACKET_SPAN);
        if (!keep) reportUnclosed(o);
        return keep;
      });
    }
    for (const o of stack) reportUnclosed(o);

    function reportUnclosed(o: Open) {
      if (o.atEnd) {
        context.report({
          line: o.line, start: o.offset, end: o.offset + 1, messageId: 'brokenAfterOpener', severity: 'warning',
          data: { mark: o.mark, close: OPEN_TO_CLOSE[o.mark] },
        });
        return;
      }
      context.report({
        line: o.line,
        start: o.offset,
        end: o.offset + 1,
        messageId: 'unclosed',
        data: { mark: o.mark, close: OPEN_TO_CLOSE[o.mark], clause: clauseOf(o.mark) },
      });
    }
  },
});

function clauseOf(mark: string): string {
  if ('“”‘’'.includes(mark)) return '4.8';
  if ('《》〈〉'.includes(mark)) return '4.15';
  return '4.9';
}
