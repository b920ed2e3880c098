/**
 * Titles of regulations, standards and laws (法规名称): a cited 《title》 one or two characters off a title
 * offices cite most (《党政机关公文处理工作条例》, 《中国共产党章程》, 《中华人民共和国公务员法》 …, about
 * 300 in src/lexicon/data/regulation-titles.json, plus the user's title lexicons) is a mis-citation.
 * Edit distance (with transpositions) on the text inside 《》, edition notes such as （试行）（2018年修订）
 * set aside. Not judged: exact titles, unknown titles, short forms (《公务员法》), derived documents
 * (…实施细则, …释义), titles under six characters, and a citation equally near two known titles (it
 * may be a third, real one). Distance 2 only counts for titles of ten characters or more. Real
 * neighbouring titles differ by a whole word (外资企业法 / 合伙企业法) or an added character (环境保护法 /
 * 环境保护税法), so only slips count: a character replaced, swapped or doubled, or the fixed prefix
 * 中华人民共和国 misspelt (errors); a character or two missing (warnings: an older or shortened title
 * may be meant).
 *
 * The known titles cover national laws, administrative regulations and central Party regulations,
 * in force and repealed (issue 9): a cited title that is itself known is never a near miss. A
 * repealed title (`repealed` in the lexicon: 《国家行政机关公文处理办法》, replaced on 2012-07-01 by
 * 《党政机关公文处理工作条例》) cited as the basis for present action (根据/依据/按照… right before
 * it, in a document dated on or after the repeal) is reported too: an error with a document date, a
 * warning without one; a sentence about the past or the repeal itself is not judged.
 */
import { defineRule } from '../../rule.js';
import { lexiconsFor, type LexiconRuleOptions } from '../../lexicon/rule-check.js';
import { ruleOf } from '../../lexicon/load.js';
import { overlapsProtected } from '../../lexicon/match.js';
import { nearestTitle, normaliseTitle } from '../../lexicon/titles.js';
import type { Lexicon } from '../../lexicon/types.js';

const ID = 'phrasing/regulation-title';
const CITED = /《([^《》\n]{2,80})》/gu;

interface TitleIndex {
  /** Repealed titles: since when and what replaced them. */
  repealed: Map<string, { on: string; by?: string }>;
  set: Set<string>;
  list: string[];
  source: Map<string, string>;
  /** Standard number ("GB/T 9704") → title. */
  byCode: Map<string, string>;
}

/** A standard number, its year optional, right before a cited title: GB/T 9704—2012《…》. */
const CODED = /\b(GB(?:\/T|\/Z)?)\s*(\d+(?:\.\d+)?)(?:\s*[—–\-－]\s*\d{4})?\s*《([^《》\n]{2,80})》/gu;
const cache = new WeakMap<readonly unknown[], TitleIndex>();

/**
 * A repealed title cited as the basis for present action: 根据/依据/按照/依照/遵照/执行/贯彻/落实 shortly
 * before it in the same sentence. Not when the sentence talks about the repeal or the past (废止, 原,
 * 取代, 修订, 此前, a year before the verb: 2005年根据《…》).
 */
const AS_BASIS = /(?:根据|依据|按照|依照|遵照|遵循|执行|贯彻|落实|参照)[^。；！？\n《》]{0,6}$/u;
const HISTORICAL = /(?:废止|废除|失效|取代|代替|替代|修订|修改|原|此前|曾|当时|过去|\d{4}年)/u;
const HISTORICAL_AFTER = /^[^。；！？\n]{0,12}(?:同时废止|废止|停止执行|不再执行|失效|已被|被取代)/u;

function sentenceBefore(text: string, at: number): string {
  let i = at;
  while (i > 0 && !'。；！？'.includes(text[i - 1]!)) i--;
  return text.slice(i, at);
}

function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}
let builtinIndex: { key: Lexicon[]; index: TitleIndex } | undefined;

function indexOf(lexicons: Lexicon[]): TitleIndex {
  const index: TitleIndex = { repealed: new Map(), set: new Set(), list: [], source: new Map(), byCode: new Map() };
  for (const lexicon of lexicons) {
    if (lexicon.type !== 'title' || ruleOf(lexicon) !== ID) continue;
    for (const e of lexicon.entries) {
      if (!e.title) continue;
      const t = normaliseTitle(e.title);
      if (e.code && !index.byCode.has(e.code)) index.byCode.set(e.code, t);
      if (e.repealed && !index.repealed.has(t)) index.repealed.set(t, e.repealed);
      if (index.set.has(t)) continue;
      index.set.add(t);
      index.list.push(t);
      index.source.set(t, e.source);
    }
  }
  return index;
}

export default defineRule<LexiconRuleOptions>({
  meta: {
    id: ID,
    category: 'phrasing',
    clause: '《党政机关公文处理工作条例》第十九条（引用公文应当先引标题）；法规、标准名称以发布文本为准',
    citation: { zh: '{source}' },
    description: {
      zh: '引用法律、法规、党内法规和标准须用规范名称：与常引名称差一两个字的引用视为写错',
      en: 'Cited titles of laws, regulations and standards must be exact: one or two characters off a well-known title is a mis-citation',
    },
    severity: 'error',
    fixable: false,
    messages: {
      near: {
        zh: '引用的《{cited}》与规范名称《{title}》不符，法规、标准名称应一字不差',
        en: 'The cited 《{cited}》 differs from the exact title 《{title}》',
      },
      code: {
        zh: '标准编号{code}的名称是《{title}》，此处写作《{cited}》',
        en: 'Standard {code} is titled 《{title}》, not 《{cited}》',
      },
      repealed: {
        zh: '《{cited}》已于{on}废止{by}，不应作为现行依据引用',
        en: '《{cited}》 was repealed on {onEn}{byEn}; do not cite it as in force',
      },
    },
    schema: {
      type: 'object',
      properties: { builtin: { type: 'boolean', description: 'Use the built-in title list (default true).' } },
      additionalProperties: false,
    },
    defaultOptions: { builtin: true },
    examples: {
      bad: ['依据《党政机关公文处理条例》办理。', '根据《中国共产党纪律处份条例》给予处分。', '按照GB/T 9704—2012《党政机关公文格式规范》排版。'],
      good: [
        '依据《党政机关公文处理工作条例》办理。',
        '按照《公务员法》和《中华人民共和国公务员法实施条例》执行。',
        '印发《关于做好2024年春节期间有关工作的通知》。',
        '按照GB/T 9704—2012《党政机关公文格式》排版。',
      ],
    },
  },
  check(context) {
    const lexicons = lexiconsFor(context);
    let index: TitleIndex;
    if (context.lexicons?.length) {
      index = cache.get(context.lexicons) ?? indexOf(lexicons);
      cache.set(context.lexicons, index);
    } else {
      if (!builtinIndex || builtinIndex.key.length !== lexicons.length) builtinIndex = { key: lexicons, index: indexOf(lexicons) };
      index = builtinIndex.index;
    }
    if (index.list.length === 0) return;
    for (const { line, element } of context.lines) {
      if (element.type === 'directive' || !line.value.includes('《')) continue;
      const judged = new Set<number>();
      if (index.byCode.size) {
        for (const m of line.value.matchAll(CODED)) {
          const code = `${m[1]} ${m[2]}`;
          const title = index.byCode.get(code);
          const cited = m[3]!;
          if (!title) continue;
          const start = m.index! + m[0].length - cited.length - 1;
          judged.add(start);
          if (normaliseTitle(cited) === title) continue;
          if (overlapsProtected(line.value, start, start + cited.length, context.protectedTerms)) continue;
          context.report({
            line,
            start,
            end: start + cited.length,
            messageId: 'code',
            data: { code, title, cited, source: index.source.get(title) ?? '' },
          });
        }
      }
      for (const m of line.value.matchAll(CITED)) {
        if (judged.has(m.index! + 1)) continue;
        const cited = m[1]!;
        const repealed = index.repealed.get(normaliseTitle(cited));
        if (repealed) {
          const start = m.index! + 1;
          const end = start + cited.length;
          const date = context.referenceDate;
          const before = sentenceBefore(line.value, m.index!);
          const current = date === undefined || date >= repealed.on;
          if (
            current &&
            AS_BASIS.test(before) &&
            !HISTORICAL.test(before) &&
            !HISTORICAL_AFTER.test(line.value.slice(m.index! + m[0].length)) &&
            !overlapsProtected(line.value, start, end, context.protectedTerms)
          ) {
            context.report({
              line,
              start,
              end,
              messageId: 'repealed',
              data: {
                cited,
                on: chineseDate(repealed.on),
                onEn: repealed.on,
                by: repealed.by ? `，现行为《${repealed.by}》` : '',
                byEn: repealed.by ? `, replaced by 《${repealed.by}》` : '',
                source: index.source.get(normaliseTitle(cited)) ?? '',
              },
              // without a document date, the reader may be reading an old document
              ...(date === undefined ? { severity: 'warning' as const } : {}),
            });
          }
          continue;
        }
        const near = nearestTitle(cited, index.set, index.list);
        if (!near) continue;
        const start = m.index! + 1;
        const end = start + cited.length;
        if (overlapsProtected(line.value, start, end, context.protectedTerms)) continue;
        context.report({
          line,
          start,
          end,
          messageId: 'near',
          data: { cited, title: near.title, source: index.source.get(near.title) ?? '' },
          severity: near.severity,
        });
      }
    }
  },
});
