/**
 * Banned and cautioned words (禁用词和慎用词): the entries of 新华社《新闻信息报道中的禁用词和慎用词》
 * (2016 revision) that official documents run into, by the list's categories (时政和社会生活, 法律法规,
 * 民族宗教, 领土主权和港澳台, 国际关系) plus vulgar words. Banned words are errors; cautioned words
 * (最佳, 回教, 南朝鲜 …) are warnings, because official prose sometimes has a reason for them.
 * Data: src/lexicon/data/banned-words.json, banned-words-dated.json and the user's existence lexicons.
 *
 * Not a finding (issue 9): a word inside a proper name — followed by a place or organisation ending
 * (自然保护区, 村, 岭, 公司 …) or inside a cited 《title》 — and, for literal forms of up to three
 * characters, a match whose edge falls inside a longer word as Intl.Segmenter cuts the sentence
 * (a fixed compound such as 书呆子, or two characters across a word boundary).
 */
import { defineRule } from '../../rule.js';
import { lexiconRuleCheck, LEXICON_RULE_OPTIONS, type LexiconRuleOptions } from '../../lexicon/rule-check.js';
import type { LexiconMatch } from '../../lexicon/match.js';

/**
 * What follows a word that is part of a proper name rather than the word itself: a place (a nature
 * reserve, a village, a mountain or river), an organisation or a named thing. A banned or cautioned
 * word inside such a name (瞎子岭, 哑巴河自然保护区, 最佳西方酒店) is the name's, not the writer's (issue 9).
 */
const NAME_SUFFIX = /^(?:国家级|省级|自然保护区|保护区|风景名胜区|风景区|景区|湿地|森林公园|地质公园|公园|村|屯|寨|庄|岭|峰|山|河|江|湖|溪|沟|岛|湾|峡|洞|泉|坝|镇|乡|街道|社区|路|街|巷|桥|站|公司|集团|大学|学院|中学|小学|医院|研究院|研究所|协会|商会|基金会|合作社|酒店|宾馆|饭店|工作室|有限)/u;
/** Endings that mark an organisation or a protected area even a word or two after the match (最佳西方酒店). */
const NAME_SUFFIX_NEAR = /^\p{Script=Han}{1,2}(?:酒店|宾馆|饭店|公司|集团|有限|大学|学院|医院|自然保护区|保护区|风景区|景区)/u;
/** A quoted or title-marked name: the word stands inside 《》 or 「」, i.e. it is cited, not used. */
function partOfName(m: LexiconMatch, text: string): boolean {
  const after = text.slice(m.end);
  if (NAME_SUFFIX.test(after) || NAME_SUFFIX_NEAR.test(after)) return true;
  const before = text.slice(0, m.start);
  const open = before.lastIndexOf('《');
  return open >= 0 && before.indexOf('》', open) < 0 && text.indexOf('》', m.end) >= 0;
}

const ID = 'phrasing/banned-word';

export default defineRule<LexiconRuleOptions>({
  meta: {
    id: ID,
    category: 'phrasing',
    clause: '新华社《新闻信息报道中的禁用词和慎用词》（2016年修订）',
    citation: { zh: '{source}' },
    description: {
      zh: '禁用词和慎用词：蔑称、不当的领土和国际关系称谓、粗俗用语等；慎用词为警告',
      en: 'Banned and cautioned words (Xinhua list, 2016): slurs, improper territorial and international terms, vulgarisms',
    },
    severity: 'error',
    fixable: true,
    messages: {
      replace: {
        zh: '禁用词“{wrong}”应改为“{right}”{reason}',
        en: 'Banned word ({category}): “{wrong}” should be “{right}”{reasonEn}',
      },
      avoid: {
        zh: '禁用词“{wrong}”不宜使用{reason}',
        en: 'Banned word ({category}): do not use “{wrong}”{reasonEn}',
      },
      cautionReplace: {
        zh: '慎用词“{wrong}”宜改为“{right}”{reason}',
        en: 'Cautioned word ({category}): “{wrong}” is better written “{right}”{reasonEn}',
      },
      cautionAvoid: {
        zh: '慎用词“{wrong}”宜慎用{reason}',
        en: 'Cautioned word ({category}): use “{wrong}” with care{reasonEn}',
      },
    },
    ...LEXICON_RULE_OPTIONS,
    examples: {
      bad: ['为残废人提供帮扶。', '积极参与一带一路战略。', '前苏联解体后。'],
      good: ['为残疾人提供帮扶。', '积极参与共建“一带一路”倡议。', '苏联解体后。'],
    },
  },
  check(context) {
    lexiconRuleCheck(context, ID, {
      filter: (m, text) => !partOfName(m, text),
      message: (m, _text, data) => m.compiled.entry.severity === 'warning'
        ? { messageId: m.right !== undefined && m.right !== m.text ? 'cautionReplace' : 'cautionAvoid', data }
        : undefined,
    });
  },
});
