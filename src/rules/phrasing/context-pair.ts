/**
 * Pairs told apart by context (易混词语): 截至 before a time (截至6月底) and 截止 after it (6月底截止) — 截止
 * directly followed by a time is an error; the others are warnings, since the context decides:
 * 必须/必需, 权力/权利, 作出/做出 with 决定·部署 and the like, 账/帐, 一揽子/一篮子. Data:
 * src/lexicon/data/context-pairs.json and the user's lexicons with `"rule": "phrasing/context-pair"`.
 */
import { defineRule } from '../../rule.js';
import { lexiconMessages, lexiconRuleCheck } from '../../lexicon/rule-check.js';

const ID = 'phrasing/context-pair';

export default defineRule({
  meta: {
    id: ID,
    category: 'phrasing',
    clause: '《现代汉语词典》（第7版）；《党政机关公文处理工作条例》第十九条（用词准确）',
    description: {
      zh: '易混词语：截至/截止、必须/必需、权力/权利、作出/做出、账/帐、一揽子/一篮子',
      en: 'Words told apart by context: 截至/截止, 必须/必需, 权力/权利, 作出/做出, 账/帐, 一揽子/一篮子',
    },
    severity: 'warning',
    fixable: true,
    messages: lexiconMessages({ zh: '用词：', en: 'Wording:' }),
    schema: {
      type: 'object',
      properties: { builtin: { type: 'boolean', description: 'Use the built-in lexicon (default true).' } },
      additionalProperties: false,
    },
    defaultOptions: { builtin: true },
    examples: {
      bad: ['截止6月底，已完成全年任务的60%。', '截止目前，共受理申请120件。', '建立工作台帐。'],
      good: ['截至6月底，已完成全年任务的60%。', '申报于6月30日截止。', '截止日期为6月30日。', '截止到目前，共受理申请120件。'],
    },
  },
  check(context) {
    lexiconRuleCheck(context, ID);
  },
});
