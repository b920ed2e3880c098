/**
 * Banned and cautioned words (禁用词和慎用词): the entries of 新华社《新闻信息报道中的禁用词和慎用词》
 * (2016 revision) that official documents run into, by the list's categories (时政和社会生活, 法律法规,
 * 民族宗教, 领土主权和港澳台, 国际关系) plus vulgar words. Banned words are errors; cautioned words
 * (最佳, 回教, 南朝鲜 …) are warnings, because official prose sometimes has a reason for them.
 * Data: src/lexicon/data/banned-words.json and the user's existence lexicons.
 */
import { defineRule } from '../../rule.js';
import { lexiconRuleCheck } from '../../lexicon/rule-check.js';

const ID = 'phrasing/banned-word';

export default defineRule({
  meta: {
    id: ID,
    category: 'phrasing',
    clause: '新华社《新闻信息报道中的禁用词和慎用词》（2016年修订）',
    description: {
      zh: '禁用词和慎用词：蔑称、不当的领土和国际关系称谓、粗俗用语等；慎用词为警告',
      en: 'Banned and cautioned words (Xinhua list, 2016): slurs, improper territorial and international terms, vulgarisms',
    },
    severity: 'error',
    fixable: true,
    messages: {
      replace: {
        zh: '禁用词“{wrong}”应改为“{right}”{reason}（{source}）',
        en: 'Banned word ({category}): “{wrong}” should be “{right}”{reasonEn} ({source})',
      },
      avoid: {
        zh: '禁用词“{wrong}”不宜使用{reason}（{source}）',
        en: 'Banned word ({category}): do not use “{wrong}”{reasonEn} ({source})',
      },
      cautionReplace: {
        zh: '慎用词“{wrong}”宜改为“{right}”{reason}（{source}）',
        en: 'Cautioned word ({category}): “{wrong}” is better written “{right}”{reasonEn} ({source})',
      },
      cautionAvoid: {
        zh: '慎用词“{wrong}”宜慎用{reason}（{source}）',
        en: 'Cautioned word ({category}): use “{wrong}” with care{reasonEn} ({source})',
      },
    },
    schema: {
      type: 'object',
      properties: { builtin: { type: 'boolean', description: 'Use the built-in lexicon (default true).' } },
      additionalProperties: false,
    },
    defaultOptions: { builtin: true },
    examples: {
      bad: ['为残废人提供帮扶。', '积极参与一带一路战略。', '前苏联解体后。'],
      good: ['为残疾人提供帮扶。', '积极参与共建“一带一路”倡议。', '苏联解体后。'],
    },
  },
  check(context) {
    lexiconRuleCheck(context, ID, {
      message: (m, _text, data) => m.compiled.entry.severity === 'warning'
        ? { messageId: m.right !== undefined && m.right !== m.text ? 'cautionReplace' : 'cautionAvoid', data }
        : undefined,
    });
  },
});
