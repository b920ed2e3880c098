/**
 * Common typos (错别字): a curated lexicon of wrong → right word forms that are wrong in any context
 * (按装→安装, 再接再励→再接再厉, 布署→部署 …), src/lexicon/data/common-typos.json, plus the user's
 * substitution lexicons (config `lexicons`). A wrong form inside a longer correct word is not a
 * finding: the match must sit on word boundaries as Intl.Segmenter cuts the sentence ("既使用" is
 * 既 + 使用), and entries list longer correct strings in `unless`. Protected terms are never touched.
 */
import { defineRule } from '../../rule.js';
import { lexiconMessages, lexiconRuleCheck } from '../../lexicon/rule-check.js';

const ID = 'typo/common-typo';

export default defineRule({
  meta: {
    id: ID,
    category: 'typo',
    clause: '《党政机关公文处理工作条例》第十九条（用字准确）；《现代汉语词典》（第7版）',
    description: {
      zh: '常见错别字（按装→安装、布署→部署、再接再励→再接再厉等），可自动改正',
      en: 'Common misspelt words (按装→安装, 布署→部署, 再接再励→再接再厉 …), fixable',
    },
    severity: 'error',
    fixable: true,
    messages: lexiconMessages({ zh: '错别字：', en: 'Misspelling:' }),
    schema: {
      type: 'object',
      properties: { builtin: { type: 'boolean', description: 'Use the built-in lexicon (default true).' } },
      additionalProperties: false,
    },
    defaultOptions: { builtin: true },
    examples: {
      bad: ['项目已按期峻工。', '全力做好防汛布署工作。', '希望大家再接再励。', '一如继往地支持改革。'],
      good: ['项目已按期竣工。', '全力做好防汛部署工作。', '请按装修标准执行。', '既使用电脑，又使用手机。'],
    },
  },
  check(context) {
    lexiconRuleCheck(context, ID);
  },
});
