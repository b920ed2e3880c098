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
    },
    examples: {
      bad: ['请于2024年×月×日前报送材料。', '经研究，同意XXX同志任办公室主任。', '会议定于202X年召开。', '联系人：○○○，电话：12345678。'],
      good: ['规格为280毫米×135毫米。', '推动硬X射线自由电子激光装置建设。', '启动1+X证书制度试点。', '二○○八年八月八日', '按“×××人民政府”字样制作。', '对张某某予以通报批评。'],
    },
  },
  check(context) {
    for (const { line } of context.lines) {
      const v = line.value;
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
        context.report({ line, start: at, end, messageId: 'filler', data: { text } });
      }
    }
  },
});
