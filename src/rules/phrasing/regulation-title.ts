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
 */
import { defineRule } from '../../rule.js';
import { lexiconsFor } from '../../lexicon/rule-check.js';
import { ruleOf } from '../../lexicon/load.js';
import { overlapsProtected } from '../../lexicon/match.js';
import { nearestTitle, normaliseTitle } from '../../lexicon/titles.js';
import type { Lexicon } from '../../lexicon/types.js';

const ID = 'phrasing/regulation-title';
const CITED = /《([^《》\n]{2,80})》/gu;

interface TitleIndex {
  set: Set<string>;
  list: string[];
  source: Map<string, string>;
  /** Standard number ("GB/T 9704") → title. */
  byCode: Map<string, string>;
}

/** A standard number, its year optional, right before a cited title: GB/T 9704—2012《…》. */
const CODED = /\b(GB(?:\/T|\/Z)?)\s*(\d+(?:\.\d+)?)(?:\s*[—–\-－]\s*\d{4})?\s*《([^《》\n]{2,80})》/gu;
const cache = new WeakMap<readonly unknown[], TitleIndex>();
let builtinIndex: { key: Lexicon[]; index: TitleIndex } | undefined;

function indexOf(lexicons: Lexicon[]): TitleIndex {
  const index: TitleIndex = { set: new Set(), list: [], source: new Map(), byCode: new Map() };
  for (const lexicon of lexicons) {
    if (lexicon.type !== 'title' || ruleOf(lexicon) !== ID) continue;
    for (const e of lexicon.entries) {
      if (!e.title) continue;
      const t = normaliseTitle(e.title);
      if (e.code && !index.byCode.has(e.code)) index.byCode.set(e.code, t);
      if (index.set.has(t)) continue;
      index.set.add(t);
      index.list.push(t);
      index.source.set(t, e.source);
    }
  }
  return index;
}

export default defineRule({
  meta: {
    id: ID,
    category: 'phrasing',
    clause: '《党政机关公文处理工作条例》第十九条（引用公文应当先引标题）；法规、标准名称以发布文本为准',
    description: {
      zh: '引用法律、法规、党内法规和标准须用规范名称：与常引名称差一两个字的引用视为写错',
      en: 'Cited titles of laws, regulations and standards must be exact: one or two characters off a well-known title is a mis-citation',
    },
    severity: 'error',
    fixable: false,
    messages: {
      near: {
        zh: '引用的《{cited}》与规范名称《{title}》不符，法规、标准名称应一字不差（{source}）',
        en: 'The cited 《{cited}》 differs from the exact title 《{title}》 ({source})',
      },
      code: {
        zh: '标准编号{code}的名称是《{title}》，此处写作《{cited}》（{source}）',
        en: 'Standard {code} is titled 《{title}》, not 《{cited}》 ({source})',
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
