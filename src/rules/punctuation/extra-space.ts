/**
 * No spaces inside Chinese text: a mark takes its own character position (GB/T 15834—2011 5.1), so a
 * space before or after a Chinese point mark or paired mark is an error, and the fix removes it.
 * Spaces counted: ASCII space, tab, U+00A0, ideographic space U+3000. Leading indentation and trailing
 * spaces are not this rule's (format rules judge indentation).
 *
 * A space between two Han characters inside a sentence is a warning (it may be a deliberate gap).
 * Not reported, because official texts use such a space on purpose:
 * - the dateline of a news release, "新华社北京5月30日电 近日…" / "……电（记者 张三）";
 * - lists of names or bodies separated by spaces ("张三 李四 王五", "中共中央 国务院"), which are
 *   lines of short Han words and spaces only, or a space right before/after a short name inside
 *   brackets ("（记者 张三）");
 * - titles, signatures, addressees, copy-to lists, print lines, attachment notes and table cells,
 *   where spaces align or separate the names of joint issuers.
 */
import { defineRule } from '../../rule.js';
import type { ElementType } from '../../tree/types.js';
import { CJK_CLOSING, CJK_OPENING, CJK_POINTS, inTable, isCjkPunct, isDigit, isHan, isProse } from './shared.js';

const SPACES = /[ \t\u00A0\u3000]+/g;
const MARKS_AFTER = CJK_POINTS + CJK_CLOSING; // a space before these is wrong
const MARKS_BEFORE = CJK_POINTS + CJK_OPENING; // a space after these is wrong
const NAME_LIST = /^[\s\u3000]*\p{Script=Han}{1,12}(?:[ \t\u00A0\u3000]+\p{Script=Han}{1,12})+[\s\u3000]*$/u;
const DATELINE = /(?:电|讯|报道|消息)$/;
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
    description: {
      zh: '中文标点前后不加空格；句中汉字之间不应有空格',
      en: 'No spaces around Chinese punctuation, nor between Han characters within a sentence',
    },
    severity: 'error',
    fixable: true,
    messages: {
      aroundMark: {
        zh: '标点“{mark}”{side}有多余的空格，应删除（GB/T 15834—2011 5.1）',
        en: 'Extra space {sideEn} “{mark}”: delete it (GB/T 15834—2011 §5.1)',
      },
      betweenHan: {
        zh: '句中汉字之间有空格，应删除（GB/T 15834—2011 5.1）',
        en: 'Space between Han characters within a sentence: delete it (GB/T 15834—2011 §5.1)',
      },
    },
    examples: {
      bad: ['各地区 、各部门要抓好落实。', '现通知如下： 一是加强领导。', '要加强 组织领导。'],
      good: ['各地区、各部门要抓好落实。', '新华社北京5月30日电 近日，有关部门印发通知。', '张三 李四 王五', 'Made in China 2025。'],
    },
  },
  check(context) {
    for (const entry of context.lines) {
      if (!isProse(entry)) continue;
      const { line, element } = entry;
      const v = line.value;
      if (!/[ \t\u00A0\u3000]/.test(v.trim())) continue;
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
        if (DATELINE.test(head) && /^[\s\u3000]*[^\s\u3000]{0,30}$/.test(head.replace(/\d+月\d+日/, ''))) continue;
        if (MARKS_AFTER.includes(next) || MARKS_BEFORE.includes(prev)) {
          const mark = MARKS_AFTER.includes(next) ? next : prev;
          const before = MARKS_AFTER.includes(next);
          // "（记者 张三）": a space inside brackets around a short name is a name gap
          if (!before && prev === '（' && /^\p{Script=Han}{1,4}[ \u3000]/u.test(v.slice(end))) continue;
          // Latin text on the far side (English in brackets) is not Chinese text
          const far = before ? prev : next;
          if (!isHan(far) && !isCjkPunct(far) && !isDigit(far)) continue;
          context.report({
            line,
            start,
            end,
            messageId: 'aroundMark',
            data: { mark, side: before ? '前' : '后', sideEn: before ? 'before' : 'after' },
            fix: { start, end, text: '' },
          });
          continue;
        }
        if (isHan(prev) && isHan(next)) {
          if (nameList || NO_HAN_GAP.has(element.type) || inTable(line)) continue;
          // The ideographic space is deliberate typography: "第七条　", names padded to align ("张　军").
          if (m[0] === '\u3000') continue;
          const before = /\p{Script=Han}+$/u.exec(head)![0];
          const after = /^\p{Script=Han}+/u.exec(v.slice(end))![0];
          // letter-spaced labels ("召 集 人："), joint issuers ("中共中央 国务院", "财政部 国资委")
          if (before.length === 1 || after.length === 1 || ISSUER_END.test(before)) continue;
          // inside 《》: the title of a jointly issued document
          if (head.lastIndexOf('《') > head.lastIndexOf('》')) continue;
          // "（记者 张三）", "（新华社记者 张三 李四）"
          if (/（[^（）]{0,8}$/.test(head) && /^[^（）]{0,12}）/.test(v.slice(end))) continue;
          context.report({
            line,
            start,
            end,
            messageId: 'betweenHan',
            severity: 'warning',
            fix: { start, end, text: '' },
          });
        }
      }
    }
  },
});
