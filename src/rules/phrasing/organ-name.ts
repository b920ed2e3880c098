/**
 * Names of organs and posts (机关和职务名称): XX省委书记, not XX省省委书记; 市委, not 市市委; 中共中央, not
 * 中共党中央; 省、自治区、直辖市 (省区市), not 省市区 (but 各省市区县 lists levels and is fine); and "原"
 * between the organ and the post (XX省委原书记), as a warning, since 原XX is right when the organ itself
 * no longer exists; non-standard short names of State Council departments (国家发改委 → 国家发展改革委,
 * 工信部 → 工业和信息化部 …) as warnings, 人社部 left alone as an issuer code (人社部函〔2020〕11号).
 * Data: src/lexicon/data/organ-names.json and the user's lexicons with
 * `"rule": "phrasing/organ-name"`.
 */
import { defineRule } from '../../rule.js';
import { lexiconMessages, lexiconRuleCheck, LEXICON_RULE_OPTIONS, type LexiconRuleOptions } from '../../lexicon/rule-check.js';

const ID = 'phrasing/organ-name';

export default defineRule<LexiconRuleOptions>({
  meta: {
    id: ID,
    category: 'phrasing',
    clause: '《党政机关公文处理工作条例》第十九条（机关名称应当使用全称或者规范化简称）',
    citation: { zh: '{source}' },
    description: {
      zh: '机关和职务名称规范：不作“XX省省委”“市市委”“中共党中央”“省市区”，“原”放在单位与职务之间',
      en: 'Organ and post names: no 省省委 / 市市委 / 中共党中央 / 省市区; 原 between organ and post',
    },
    severity: 'error',
    fixable: true,
    messages: lexiconMessages({ zh: '机关名称', en: 'Organ name:' }),
    ...LEXICON_RULE_OPTIONS,
    examples: {
      bad: ['浙江省省委书记出席会议。', '中共党中央、国务院印发通知。'],
      good: ['浙江省委书记出席会议。', '中共中央、国务院印发通知，各省区市抓好落实。'],
    },
  },
  check(context) {
    lexiconRuleCheck(context, ID);
  },
});
