/**
 * No spaces inside Chinese text: every character and mark takes its own position (GB/T 15834—2011
 * 5.1). Spaces counted: ASCII space, tab, U+00A0, ideographic space U+3000; only a single space
 * inside the line (leading indentation and trailing spaces are the format rules'; two or more spaces
 * are layout, such as blanks to fill in "填表时间：　　年　月　日").
 *
 * - Error: a space before a point mark or a closing half (“各地区 、”, “领导 。”, “条例 》”), or after
 *   a point mark or an opening half (“如下： 一是”, “《 条例”), with Chinese text or a digit on the other
 *   side. The fix removes it.
 * - Warning: a space between two words of a sentence — Han or a closing mark before, Han or an
 *   opening mark after ("要加强 组织领导", "可用 “一、”"). It may be a deliberate gap, so it is a warning
 *   without a fix, and it is not reported where official texts use such a gap on purpose:
 *   - the dateline of a news release, "新华社北京5月30日电 近日…";
 *   - a line that is only short Han words and spaces ("张三 李四 王五"), letter-spaced labels
 *     ("召 集 人："), joint issuers ("中共中央 国务院", also inside 《》);
 *   - after an article or chapter number, "第五条 …", "第一章 总则";
 *   - the ideographic space U+3000, which is typography ("第七条　", "张　军", "于漪（女）　…");
 *   - a space after a bracketed note in a list of people ("张三（女） 某某单位");
 *   - "（记者 张三）";
 *   - titles, signatures, addressees, copy-to lists, print lines, attachment notes, remarks and table
 *     cells, where spaces align or separate names.
 */
import { defineRule } from '../../rule.js';
import type { ElementType } from '../../tree/types.js';
import { CJK_CLOSING, CJK_OPENING, CJK_POINTS, inTable, isCjkPunct, isDigit, isHan, proseLines } from './shared.js';

const ANY_SPACE = /[ \t\u00A0\u3000]/;
const SHORT_HEAD = /^[\s\u3000]*[^\s\u3000]{0,30}$/;
const MONTH_DAY = /\d+月\d+日/;
const SHORT_NAME_GAP = /^\p{Script=Han}{1,4}[ \u3000]/u;
const HAN_TAIL = /\p{Script=Han}*$/u;
const HAN_HEAD = /^\p{Script=Han}*/u;
const BYLINE_OPEN = /（[^（）]{0,8}$/;
const BYLINE_CLOSE = /^[^（）]{0,12}）/;

const SPACES = /[ \t\u00A0\u3000]+/g;
/** A space before these (point marks, closing halves) is always extra: error. */
const STRICT_BEFORE = CJK_POINTS + CJK_CLOSING + '…';
/** A space after these (point marks, opening halves) is always extra: error. */
const STRICT_AFTER = CJK_POINTS + CJK_OPENING;
const NAME_LIST = /^[\s\u3000]*\p{Script=Han}{1,12}(?:[ \t\u00A0\u3000]+\p{Script=Han}{1,12})+[\s\u3000]*$/u;
const DATELINE = /(?:电|讯|报道|消息)$/;
const ARTICLE = /(?:^|[\s\u3000])第[一二三四五六七八九十百零〇\d]+[编章节条款]$/;
const ISSUER_END = /(?:中央|国务院|政府|委员会|部|委|厅|局|署|办|院|会|室|行|军委|总局|总署)$/;
const NO_HAN_GAP: ReadonlySet<ElementType> = new Set<ElementType>([
  'title', 'issuerSignature', 'signer', 'addressee', 'copyTo', 'printLine', 'attachmentNote',
  'attachmentLabel', 'issuerMark', 'remark', 'table',
]);

export default defineRule({
  meta: {
    id: 'punctuation/extra-space',
    category: 'punctuation',
    clause: 'GB/T 15834—2011 5.1',
    citation: { en: 'GB/T 15834—2011 §5.1' },
    description: {
      zh: '中文标点前后不加空格；句中汉字之间不应有空格',
      en: 'No spaces around Chinese punctuation, nor between Han characters within a sentence',
    },
    severity: 'error',
    fixable: true,
    messages: {
      aroundMark: {
        zh: '标点“{mark}”{side}有多余的空格，应删除',
        en: 'Extra space {sideEn} “{mark}”: delete it',
      },
      gap: {
        zh: '句中有多余的空格，应删除',
        en: 'Extra space within a sentence: delete it',
      },
      betweenHan: {
        zh: '句中汉字之间有空格，应删除',
        en: 'Space between Han characters within a sentence: delete it',
      },
    },
    examples: {
      bad: ['各地区 、各部门要抓好落实。', '现通知如下： 一是加强领导。', '要加强 组织领导。'],
      good: ['各地区、各部门要抓好落实。', '新华社北京5月30日电 近日，有关部门印发通知。', '张三 李四 王五', 'Made in China 2025。'],
    },
  },
  check(context) {
    for (const { line, element } of proseLines(context.lines)) {
      const v = line.value;
      if (!ANY_SPACE.test(v.trim())) continue;
      const nameList = NAME_LIST.test(v);
      for (const m of v.matchAll(SPACES)) {
        const start = m.index!;
        const end = start + m[0].length;
        if (start === 0 || end === v.length) continue; // indentation / trailing
        // Two or more spaces are layout: blanks to fill in ("填表时间：　　年　月　日"), alignment.
        if (m[0].length > 1) continue;
        const prev = v[start - 1];
        const next = v[end];
        const head = v.slice(0, start);
        if (DATELINE.test(head) && SHORT_HEAD.test(head.replace(MONTH_DAY, ''))) continue;
        const strictBefore = STRICT_BEFORE.includes(next);
        if (strictBefore || STRICT_AFTER.includes(prev)) {
          const mark = strictBefore ? next : prev;
          // "（记者 张三）": a space inside brackets around a short name is a name gap
          if (!strictBefore && prev === '（' && SHORT_NAME_GAP.test(v.slice(end))) continue;
          // Latin text on the far side (English in brackets) is not Chinese text
          const far = strictBefore ? prev : next;
          if (!isHan(far) && !isCjkPunct(far) && !isDigit(far)) continue;
          context.report({
            line,
            start,
            end,
            messageId: 'aroundMark',
            data: { mark, side: strictBefore ? '前' : '后', sideEn: strictBefore ? 'before' : 'after' },
            fix: { start, end, text: '' },
          });
          continue;
        }
        // A gap between words: Han or a closing mark before, Han or an opening mark after.
        if (!(isHan(prev) || CJK_CLOSING.includes(prev)) || !(isHan(next) || CJK_OPENING.includes(next))) continue;
        if (nameList || NO_HAN_GAP.has(element.type) || inTable(line)) continue;
        // The ideographic space is deliberate typography: "第七条　", names padded to align ("张　军"),
        // "于漪（女）　上海市…" in lists of people.
        if (m[0] === '\u3000') continue;
        const before = HAN_TAIL.exec(head)![0];
        const after = HAN_HEAD.exec(v.slice(end))![0];
        // "第五条 烟花爆竹…": the article number is followed by a space in regulations
        if (ARTICLE.test(head)) continue;
        // letter-spaced labels ("召 集 人："), joint issuers ("中共中央 国务院", "财政部 国资委")
        if (before.length === 1 || after.length === 1 || ISSUER_END.test(before)) continue;
        // a name with a bracketed note, then a description: "张三（女） 某某单位主任"
        if (prev === '）') continue;
        // inside 《》: the title of a jointly issued document
        if (head.lastIndexOf('《') > head.lastIndexOf('》')) continue;
        // "（记者 张三）", "（新华社记者 张三 李四）"
        if (BYLINE_OPEN.test(head) && BYLINE_CLOSE.test(v.slice(end))) continue;
        context.report({
          line,
          start,
          end,
          messageId: isHan(prev) && isHan(next) ? 'betweenHan' : 'gap',
          severity: 'warning',
          // no fix: the gap may be deliberate
        });
      }
    }
  },
});
