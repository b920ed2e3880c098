/**
 * Filler marks left in a draft: ××, XXX, xx, ○○, △△, □□, **, and dates or numbers still held by a mark
 * (×月×日, 202X年, 第X号). Nothing like it may go out (catalogue §5, [G]): an error.
 *
 * Not flagged, because they are real text:
 * - multiplication: 3×4, 280毫米×135毫米 (a single × between figures);
 * - Latin words and codes: X射线, 1+X证书, C—V2X, XXL, XX染色体 (letters next to other Latin letters,
 *   digits or “+”, or followed by 射线/染色体/光);
 * - 〇/○ as the zero of a Chinese-numeral year (二○○八年);
 * - marks inside quotation marks naming a pattern: “×××人民政府”字样 (a specification of a sign or a
 *   form, as in rules on plaques and stamps);
 * - Markdown emphasis **…** in .md sources (paired, hugging text), and * or ** as footnote or
 *   significance marks in table cells;
 * - 某某 (张某某): the accepted way to anonymise a name in a 通报, so never flagged.
 */
import { defineRule } from '../../rule.js';

const CLAUSE = '《党政机关公文处理工作条例》第十九条';
// Runs of filler marks; single marks only where a date or count is held by them.
const FILLER = /[×Xx]{2,}|[○〇]{2,}|△{2,}|□{2,}|\*{2,}|＊{2,}|(?<![\dA-Za-z+＋])[×X](?=[ \t]*(?:年|月|日|号|时|名|人|个|条|项|次|家|元|万|亿|届|期|批))|(?<=\d)[X×]{1,2}(?=年)/g;

/**
 * A bracketed template slot in running text: [主送单位]、【发文日期】、［联系人姓名］ — brackets around a few
 * Chinese characters that name what goes there. Only names that end in a slot noun count, so a
 * bracketed heading, a reference mark [1] or a Markdown link text stays silent.
 */
const SLOT = /[\[［【]\s*([\u4e00-\u9fa5]{0,10}(?:单位|机关|部门|名称|姓名|名字|日期|时间|年份|地点|文号|标题|事由|电话|联系人|职务|金额|数量|地址|邮箱|内容))\s*[\]］】](?!\s*[(（]\s*(?:https?:|\.|\/|#))/g;

/**
 * A character every slot, star and filler holds (a bracket, ×, X, x, ○, 〇, △, □, * or ＊): a line
 * with none of them has nothing for the patterns below, which are not run on it.
 */
const ANY_MARK = /[\[［【×Xx○〇△□*＊]/;

/**
 * A single asterisk standing for a name or a place: “同意*同志”, “*市人民政府”, “联系人：*”: what follows is
 * a title, a kind of place or organ, or the end of the item. Not a masked name in a public list
 * (张*明: a given-name character follows), not a footnote or significance mark (after a figure, in
 * tables), not Markdown emphasis.
 */
const STAR = /(?<![*＊\dA-Za-z%％])[*＊](?![*＊])(?=\s*(?:同志|先生|女士|省|市|县|区|州|盟|旗|乡|镇|村|街道|局|厅|委|办|部|公司|单位|[，。；、）)”]|$))/g;

/**
 * □□□/○○○/△△△ as notation explaining a pattern (“命名为‘□□□自然保护区’”, “格式为○○○（单位名称）”):
 * the sentence says it shows a form, so the marks are the form, not a gap.
 */
const NOTATION = /字样|格式为|格式如|形式为|命名为|名称为|写法为|表述为|写作|例如|如：|形如|模板|样式|范式|标注为/;

function insideQuotes(value: string, at: number): boolean {
  const open = value.lastIndexOf('“', at);
  if (open < 0) return false;
  const close = value.indexOf('”', at);
  const between = value.lastIndexOf('”', at);
  return close > at && between < open && close - open <= 24;
}

export default defineRule({
  meta: {
    id: 'placeholder/filler-mark',
    category: 'placeholder',
    clause: CLAUSE,
    citation: { en: 'Regulations on the Handling of Official Documents, Article 19' },
    description: {
      zh: '定稿中不得留有“××”“XXX”“○○”“**”“×月×日”等占位符',
      en: 'No filler marks (××, XXX, ○○, **, ×月×日 …) left in the document',
    },
    severity: 'error',
    fixable: false,
    messages: {
      filler: {
        zh: '“{text}”是未填写的占位符，发文前应替换为实际内容',
        en: '“{text}” is an unfilled placeholder: replace it with the real content before issue',
      },
      slot: {
        zh: '“{text}”是模板中待填写的栏目，发文前应替换为实际内容',
        en: '“{text}” is a template slot still to be filled: replace it with the real content before issue',
      },
      star: {
        zh: '“*”代替了人名或地名，是未填写的占位符，发文前应替换为实际内容',
        en: '“*” stands in for a name or place: replace it with the real content before issue',
      },
    },
    examples: {
      bad: ['请于2024年×月×日前报送材料。', '经研究，同意XXX同志任办公室主任。', '会议定于202X年召开。', '联系人：○○○，电话：12345678。', '请于[报送日期]前报送。', '经研究，同意*同志任办公室主任。'],
      good: ['规格为280毫米×135毫米。', '推动硬X射线自由电子激光装置建设。', '启动1+X证书制度试点。', '二○○八年八月八日', '按“×××人民政府”字样制作。', '对张某某予以通报批评。', '保护区统一命名为□□□国家级自然保护区。', '获奖人员：张*明、李*华。', '详见参考文献[1]。'],
    },
  },
  check(context) {
    for (const { line, element } of context.lines) {
      const v = line.value;
      if (!ANY_MARK.test(v)) continue;
      // The recogniser filed a bracketed slot as an element ([主送单位]：, [日期]): the whole slot.
      if ((element as { templateSlot?: true }).templateSlot) {
        const m = /[\[［【][^\]］】]*[\]］】]/.exec(v);
        if (m) {
          context.report({ line, start: m.index, end: m.index + m[0].length, messageId: 'slot', data: { text: m[0] } });
          continue;
        }
      }
      for (const m of v.matchAll(SLOT)) {
        if (context.format === 'md' && v[m.index! + m[0].length] === '(') continue;
        context.report({ line, start: m.index!, end: m.index! + m[0].length, messageId: 'slot', data: { text: m[0] } });
      }
      if (line.container !== 'table') {
        for (const m of v.matchAll(STAR)) {
          if (context.format === 'md' && /^\s*[*＊]\s/.test(v)) continue; // a Markdown list item
          // 张*、李*: a surname with its given name masked, as public lists print them.
          if (/[\u4e00-\u9fa5]/.test(v[m.index! - 1] ?? '') && /^\s*(?:[，。；、）)”]|$)/.test(v.slice(m.index! + 1))) continue;
          context.report({ line, start: m.index!, end: m.index! + 1, messageId: 'star' });
        }
      }
      for (const m of v.matchAll(FILLER)) {
        const at = m.index!;
        const text = m[0];
        const end = at + text.length;
        const before = v[at - 1] ?? '';
        const after = v[end] ?? '';
        const heldYear = /\d/.test(before) && after === '年';
        if (/^[Xx]+$/.test(text) && !heldYear) {
          // Part of a Latin word or code (XXL, C—V2X, 0xFF) or a term (XX染色体).
          if (/[A-Za-z0-9]/.test(before) || /[A-Za-z0-9]/.test(after)) continue;
          if (/^(?:染色体|射线|光|型)/.test(v.slice(end))) continue;
          if (/^x+$/.test(text) && text.length < 2) continue;
        }
        if (/^[○〇]+$/.test(text) && (/[一二三四五六七八九十〇○零]/.test(before) || /^[一二三四五六七八九〇○零]*年/.test(v.slice(end)))) continue;
        if (/^\*+$|^＊+$/.test(text)) {
          if (line.container === 'table') continue;
          if (context.format === 'md' && text === '**' && /\S/.test(after) && after !== '*') {
            const close = v.indexOf('**', end + 1);
            if (close > end && /\S/.test(v[close - 1])) continue;
          }
          if (context.format === 'md' && text === '**' && /\S/.test(before) && before !== '*' && v.lastIndexOf('**', at - 1) >= 0) continue;
        }
        if (/[×X]/.test(text) && insideQuotes(v, at)) continue;
        if (/^(?:[○〇]+|□+|△+)$/.test(text)) {
          // Notation: the marks inside quotes, or in a sentence that says it shows a form.
          if (insideQuotes(v, at)) continue;
          const sentenceStart = Math.max(v.lastIndexOf('。', at), v.lastIndexOf('；', at)) + 1;
          if (NOTATION.test(v.slice(sentenceStart, at))) continue;
        }
        context.report({ line, start: at, end, messageId: 'filler', data: { text } });
      }
    }
  },
});
