/**
 * The same sentence should not appear twice in one document (a paste left over from editing).
 * 数据一致性（审核通则）— general knowledge [G] (rule catalogue §7 "The same sentence should not
 * appear twice"). Sentences are compared without whitespace and punctuation; only those of at
 * least `minHan` Han characters count (short formulas such as "特此通知" repeat legitimately).
 * Headings, table cells, bracketed notes and 注： lines are left out. Reported at the second
 * occurrence, pointing at the first.
 *
 * Scope: published documents repeat sentences on purpose at a distance (parallel plans in several
 * attachments, amended articles restated in full, boilerplate closing each item), so by default only
 * repeats within `maxDistance` paragraphs and headings (0 = the same paragraph; default 5) are
 * reported — where a leftover paste usually sits — and not between consecutive numbered items
 * (2.… 3.…), which repeat boilerplate on purpose. `maxDistance: -1` compares the whole document.
 * In laws and regulations (three or more 第N条 articles) only repeats within a paragraph count.
 * A paragraph opening with a sentence said before is a parallel item, not a paste, when a numbered
 * item (1. / （1）) stands between (财政事权 plans: "（1）…" then "中央承担…职责。" under each item);
 * without one, two paragraphs opening with the same sentence are a paste even when they go on
 * differently.
 * Sentence splitting is local (src/util/text.ts): the shared Chinese splitter was not yet available.
 */
import { defineRule } from '../../rule.js';
import type { Line } from '../../tree/types.js';
import { placeOf, textLines } from '../../util/doc.js';
import { headingCounter } from '../../util/enumeration.js';
import { hanCount, normalizeForCompare, splitSentences } from '../../util/text.js';

/** `minHan`: shortest sentence (in Han characters) compared; `maxDistance`: how many paragraphs apart. */
type Options = { minHan: number; maxDistance: number };

export default defineRule<Options>({
  meta: {
    id: 'consistency/duplicate-sentence',
    category: 'consistency',
    clause: '《党政机关公文处理工作条例》第十九条（公文起草应当做到内容简洁、文字精炼）',
    citation: { zh: '《党政机关公文处理工作条例》第十九条', en: 'Regulations on Handling Party and Government Documents, art. 19' },
    description: {
      zh: '同一文件中不应重复出现相同的句子',
      en: 'The same sentence should not appear twice in one document',
    },
    severity: 'warning',
    fixable: false,
    schema: {
      type: 'object',
      properties: { minHan: { type: 'integer', minimum: 1 }, maxDistance: { type: 'integer', minimum: -1 } },
      additionalProperties: false,
    },
    defaultOptions: { minHan: 15, maxDistance: 5 },
    messages: {
      duplicate: {
        zh: '此句与{place}的句子重复，请删去其一',
        en: 'This sentence repeats the one in {placeEn}; remove one of them',
      },
      duplicateHere: {
        zh: '此句与本段前文重复，请删去其一',
        en: 'This sentence repeats an earlier one in the same paragraph; remove one of them',
      },
    },
    examples: {
      bad: [
        '各单位要高度重视安全生产工作，切实落实主体责任。要加强检查。各单位要高度重视安全生产工作，切实落实主体责任。',
        '各单位要高度重视安全生产工作，切实落实主体责任。\n各单位要高度重视安全生产工作，切实落实主体责任。',
      ],
      good: ['各单位要高度重视安全生产工作，切实落实主体责任。特此通知。特此通知。'],
    },
  },
  check(context) {
    const minHan = Number(context.options.minHan ?? 15);
    const maxDistance = Number(context.options.maxDistance ?? 5);
    const seen = new Map<string, { line: Line; start: number; end: number; paragraph: number; items: number }>();
    let paragraph = -1;
    // Numbered items (1. / （1）) so far: parallel items repeat boilerplate on purpose.
    let items = 0;
    const entries = textLines(context);
    // Laws and regulations (第一条 … 第N条) restate penalty and procedure clauses article by article:
    // there only repeats within one paragraph count.
    const articles = entries.filter((e) => /^\s*第[一二三四五六七八九十百零〇]+条/.test(e.line.value)).length >= 3;
    for (const { line, element } of entries) {
      paragraph++;
      if ((headingCounter(line.value)?.depth ?? 0) >= 3) items++;
      if (element.type !== 'paragraph') continue;
      for (const s of splitSentences(line.value)) {
        if (hanCount(s.text) < minHan) continue;
        // Complete sentences only: not a table-of-contents line, a bracketed note (（…牵头）) or 注：.
        if (!/[。！？!?][”’）)]*$/.test(s.text) || /^[（(【]/.test(s.text) || /^注\s*[:：]/.test(s.text)) continue;
        const key = normalizeForCompare(s.text);
        const first = seen.get(key);
        // Parallel numbered items (2.… / 3.…) repeat boilerplate on purpose.
        const a = first && first.line !== line ? headingCounter(first.line.value) : undefined;
        const b = a ? headingCounter(line.value) : undefined;
        if (first && a && b && a.depth === b.depth && b.n === a.n + 1) continue;
        // A paragraph that opens with a sentence said before is a parallel item, not a paste, when a
        // numbered item (1. / （1）) stands between (4.… 6.…; "（1）…" then "中央承担…职责。" under each
        // item). Two paragraphs that open with the same sentence with no item between are a paste, even
        // when they go on differently; so is a whole paragraph pasted twice, or a repeat inside one.
        if (first && first.line !== line && s.start === 0 && first.items !== items) continue;
        const distance = articles ? 0 : maxDistance;
        if (!first || (distance >= 0 && paragraph - first.paragraph > distance)) {
          seen.set(key, { line, start: s.start, end: s.end, paragraph, items });
          continue;
        }
        context.report({
          line, start: s.start, end: s.end,
          messageId: first.line === line ? 'duplicateHere' : 'duplicate',
          data: { place: placeOf(context, first.line).zh, placeEn: placeOf(context, first.line).en },
          related: [{ line: first.line, start: first.start, end: first.end, message: '首次出现' }],
        });
      }
    }
  },
});
