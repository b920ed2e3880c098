/**
 * Common typos (错别字): a curated lexicon of wrong → right word forms that are wrong in any context
 * (按装→安装, 再接再励→再接再厉, 布署→部署 …), src/lexicon/data/common-typos.json, plus the user's
 * substitution lexicons (config `lexicons`). A wrong form inside a longer correct word is not a
 * finding: the match must sit on word boundaries as Intl.Segmenter cuts the sentence ("既使用" is
 * 既 + 使用), and entries list longer correct strings in `unless`. Protected terms are never touched.
 * Variant forms (异形词 such as 成份, 精采, 宏扬, 复盖) are warnings with their own message, not typos;
 * forms the 现代汉语词典 records as words or accepted idioms (前赴后继, 名符其实, 慎密, 屡禁不绝) are not listed.
 */
import { defineRule } from '../../rule.js';
import { lexiconMessages, lexiconRuleCheck, LEXICON_RULE_OPTIONS, type LexiconRuleOptions } from '../../lexicon/rule-check.js';

const ID = 'typo/common-typo';

export default defineRule<LexiconRuleOptions>({
  meta: {
    id: ID,
    category: 'typo',
    clause: '《党政机关公文处理工作条例》第十九条（用字准确）；《现代汉语词典》（第7版）',
    citation: { zh: '{source}' },
    description: {
      zh: '常见错别字（按装→安装、布署→部署、再接再励→再接再厉等），可自动改正',
      en: 'Common misspelt words (按装→安装, 布署→部署, 再接再励→再接再厉 …), fixable',
    },
    severity: 'error',
    fixable: true,
    messages: {
      ...lexiconMessages({ zh: '错别字：', en: 'Misspelling:' }),
      variant: {
        zh: '“{wrong}”是异形词或变体写法，宜用推荐词形“{right}”',
        en: '“{wrong}” is a variant form; the recommended form is “{right}”',
      },
    },
    ...LEXICON_RULE_OPTIONS,
    examples: {
      bad: ['项目已按期峻工。', '全力做好防汛布署工作。', '希望大家再接再励。', '一如继往地支持改革。'],
      good: ['项目已按期竣工。', '全力做好防汛部署工作。', '请按装修标准执行。', '既使用电脑，又使用手机。'],
    },
  },
  check(context) {
    // A variant form (异形词: 成份, 精采, 宏扬 …) is not a typo: the entry says so with severity
    // warning and gets its own wording (issue 9: variants reported as error typos were false alarms).
    lexiconRuleCheck(context, ID, {
      message: (m, _text, data) => (m.compiled.entry.severity === 'warning' && m.compiled.entry.reason?.startsWith('异形词') ? { messageId: 'variant', data } : undefined),
    });
  },
});
