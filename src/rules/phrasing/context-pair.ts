/**
 * Pairs told apart by context (易混词语): 截至 before a time (截至6月底) and 截止 after it (6月底截止) — 截止
 * directly followed by a time is an error, and its message quotes the time as written (“截止10月底”应为
 * “截至10月底”); the others are warnings, since the context decides:
 * 必须/必需, 权力/权利, 作出/做出 with 决定·部署 and the like, 账/帐, 一揽子/一篮子. Data:
 * src/lexicon/data/context-pairs.json and the user's lexicons with `"rule": "phrasing/context-pair"`.
 */
import { defineRule } from '../../rule.js';
import { lexiconRuleCheck, LEXICON_RULE_OPTIONS, type LexiconRuleOptions } from '../../lexicon/rule-check.js';

const ID = 'phrasing/context-pair';

/** The time after 截止/截至, quoted in the message: 10月底前, 2023年12月31日, 目前, 今年上半年. */
const TIME = /^(?:(?:\d{1,4}|[〇零一二三四五六七八九十]{1,4})(?:年|月份|月|日|号|时|点|季度)|上半年|下半年|第[一二三四]季度|目前|当前|现在|今年|去年|上年|本年|今天|今日|本月|上月|年底|年末|年初|月底|月末|底|末|初|上旬|中旬|下旬|发稿时?)+(?:前|时)?/u;

export default defineRule<LexiconRuleOptions>({
  meta: {
    id: ID,
    category: 'phrasing',
    clause: '《现代汉语词典》（第7版）；《党政机关公文处理工作条例》第十九条（用词准确）',
    citation: { zh: '{source}' },
    description: {
      zh: '易混词语：截至/截止、必须/必需、权力/权利、作出/做出、账/帐、一揽子/一篮子',
      en: 'Words told apart by context: 截至/截止, 必须/必需, 权力/权利, 作出/做出, 账/帐, 一揽子/一篮子',
    },
    severity: 'warning',
    fixable: true,
    messages: {
      replace: {
        zh: '“{wrong}”应为“{right}”{reason}',
        en: '“{wrong}” should be “{right}”{reasonEn}',
      },
      avoid: {
        zh: '“{wrong}”用词不当{reason}',
        en: '“{wrong}” is the wrong word here{reasonEn}',
      },
      asOf: {
        zh: '“截止{time}”应为“截至{time}”：表示到某一时间为止用“截至”，“截止”指到期停止，用在时间之后',
        en: '“截止{time}” should be “截至{time}”: 截至 (as of) goes before a time; 截止 (to end) goes after it',
      },
    },
    ...LEXICON_RULE_OPTIONS,
    examples: {
      bad: ['截止6月底，已完成全年任务的60%。', '截止目前，共受理申请120件。', '建立工作台帐。'],
      good: ['截至6月底，已完成全年任务的60%。', '申报于6月30日截止。', '截止日期为6月30日。', '截止到目前，共受理申请120件。'],
    },
  },
  check(context) {
    lexiconRuleCheck(context, ID, {
      message(m, text, data) {
        if (m.text !== '截止' || m.right !== '截至') return undefined;
        const time = TIME.exec(text.slice(m.end))?.[0];
        return time ? { messageId: 'asOf', data: { ...data, time } } : undefined;
      },
    });
  },
});
