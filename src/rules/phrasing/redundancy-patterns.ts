/**
 * The data of phrasing/redundancy (成分赘余): pairs of words that say the same thing twice. One entry
 * per pattern; `drop` names the capture group the fix deletes (the second of the two words, so the
 * sentence keeps the writer's lead word: 约300台左右 → 约300台). `severity: 'error'` only where the
 * two words can never both be meant (约 and 左右 are both "about"; 超过 already says 以上); the
 * rest are warnings, since a writer may mean them (涉及到 is common speech, 再次重申 stresses).
 *
 * Each pattern carries examples that the tests run both ways (bad: exactly one match; good: none).
 */

/** A number as written in prose: 300, 1.5, 三百, 两千, 几十 (with 万/亿 after it). */
const NUM = '(?:\\d+(?:\\.\\d+)?|[〇零一二三四五六七八九十百千两几数]+)[万亿千百]?';
/** What may stand between the number and the second word: a unit or measure word (台, 万元, 个百分点, %). */
const UNIT = '(?:[%％‰]|\\p{Script=Han}{0,4}?)';
/** 约 that is the adverb "about", not part of a word (节约, 制约, 公约, 预约, 集约, 纽约 …). */
const YUE = '(?:(?<![节制集预公契简邀签履违相特纽婉隐盟和条合誓立背守践赴邀])约|大概)';
/** 近 "nearly", not 最近 附近 接近 临近 靠近 邻近 就近 贴近 亲近 (将近 is "nearly" too). */
const JIN = '(?<![最附接临靠邻就贴亲走拉])近';

export interface RedundancyPattern {
  /** The two words that repeat each other, as the message names them. */
  words: [string, string];
  /** Matches the redundant phrase; the group `drop` is what the fix deletes (none: no fix). */
  source: string;
  severity: 'error' | 'warning';
  examples: { bad: string[]; good: string[] };
}

export const REDUNDANCY_PATTERNS: RedundancyPattern[] = [
  {
    words: ['约', '左右'],
    source: `${YUE}(?:占|为|有|达|合)?${NUM}${UNIT}(?<drop>左右|上下)`,
    severity: 'error',
    examples: { bad: ['现有办公设备约300台左右。', '大约占30%上下。', '大概两千人左右'], good: ['节约30%左右的用电。', '约300台。', '300台左右。'] },
  },
  {
    words: ['超过', '以上'],
    source: `超[过出]${NUM}${UNIT}(?<drop>以上)`,
    severity: 'error',
    examples: { bad: ['使用年限超过10年以上。', '超出三成以上'], good: ['使用年限超过10年。', '10年以上'] },
  },
  {
    words: ['逾', '多'],
    source: `逾${NUM}${UNIT}(?<drop>多|余|以上)`,
    severity: 'error',
    examples: { bad: ['逾100多台设备', '逾千余人'], good: ['逾100台设备', '逾期未报'] },
  },
  {
    words: ['约', '多'],
    source: `${YUE}${NUM}(?<drop>多|余)`,
    severity: 'error',
    examples: { bad: ['约300余人参加。', '约100多家企业'], good: ['约300人参加。', '300余人参加。'] },
  },
  {
    words: ['近', '左右'],
    source: `${JIN}${NUM}${UNIT}(?<drop>左右|上下|以上)`,
    severity: 'warning',
    examples: { bad: ['近100人左右'], good: ['最近10天左右', '近100人'] },
  },
  {
    words: ['近', '多'],
    source: `${JIN}${NUM}(?<drop>多|余)`,
    severity: 'warning',
    examples: { bad: ['近100多人'], good: ['近100人', '附近10多家'] },
  },
  {
    words: ['超过', '多'],
    source: `超过${NUM}(?<drop>多|余)`,
    severity: 'warning',
    examples: { bad: ['超过100多人'], good: ['超过100人'] },
  },
  {
    words: ['高于', '以上'],
    source: `(?:高于|多于|大于)${NUM}${UNIT}(?<drop>以上)`,
    severity: 'warning',
    examples: { bad: ['高于5%以上'], good: ['高于5%'] },
  },
  {
    words: ['多达', '之多'],
    source: `(?:多达|高达)${NUM}${UNIT}(?<drop>之多)`,
    severity: 'warning',
    examples: { bad: ['多达100人之多'], good: ['多达100人', '100人之多'] },
  },
  {
    words: ['目的', '为了'],
    source: '目的是(?<drop>为了)',
    severity: 'error',
    examples: { bad: ['目的是为了提高效率。'], good: ['目的是提高效率。', '为了提高效率。'] },
  },
  {
    words: ['原因', '由于'],
    source: '原因是(?<drop>由于|因为)',
    severity: 'error',
    examples: { bad: ['原因是由于资金不足。', '其原因是因为管理不严。'], good: ['原因是资金不足。'] },
  },
  {
    words: ['同比', '比上年同期'],
    source: '(?:比|较)(?:上|去)年同期(?<drop>同比)',
    severity: 'error',
    examples: { bad: ['比上年同期同比增长5%。'], good: ['同比增长5%。', '比上年同期增长5%。'] },
  },
  {
    words: ['过分', '夸大'],
    source: '(?<drop>过分|过于)夸大',
    severity: 'error',
    examples: { bad: ['不要过分夸大成绩。'], good: ['不要夸大成绩。'] },
  },
  {
    words: ['凯旋', '归来'],
    source: '凯旋(?<drop>归来|而归)',
    severity: 'error',
    examples: { bad: ['健儿凯旋归来。'], good: ['健儿凯旋。'] },
  },
  {
    words: ['悬殊', '很大'],
    source: '悬殊(?<drop>很大|较大|巨大|太大|甚大|极大)',
    severity: 'error',
    examples: { bad: ['城乡收入悬殊很大。'], good: ['城乡收入悬殊。', '差距很大。'] },
  },
  {
    words: ['亲眼', '目睹'],
    source: '(?<drop>亲眼)目睹',
    severity: 'error',
    examples: { bad: ['亲眼目睹了事故经过。'], good: ['目睹了事故经过。'] },
  },
  {
    words: ['截至', '为止'],
    source: '截至目前(?<drop>为止)',
    severity: 'warning',
    examples: { bad: ['截至目前为止，已完成80%。'], good: ['截至目前，已完成80%。', '到目前为止，已完成80%。'] },
  },
  {
    words: ['再次', '重申'],
    source: '(?<drop>再次|再度)重申',
    severity: 'warning',
    examples: { bad: ['现再次重申有关要求。'], good: ['现重申有关要求。'] },
  },
  {
    words: ['免费', '赠送'],
    source: '(?<drop>免费)赠送',
    severity: 'warning',
    examples: { bad: ['免费赠送宣传资料。'], good: ['赠送宣传资料。', '免费发放宣传资料。'] },
  },
  {
    words: ['一致', '公认'],
    source: '(?<drop>一致)公认',
    severity: 'warning',
    examples: { bad: ['得到一致公认。'], good: ['得到公认。', '一致认为'] },
  },
  {
    words: ['涉及', '到'],
    source: '涉及(?<drop>到)',
    severity: 'warning',
    examples: { bad: ['涉及到的设备'], good: ['涉及的设备'] },
  },
  {
    words: ['凡是', '都'],
    source: '凡是[^。；！？\\n]{1,30}?都[^。；！？，\\n]{1,15}?都',
    severity: 'warning',
    examples: { bad: ['凡是参加培训的人员都要都按时签到。'], good: ['凡是参加培训的人员都要按时签到。'] },
  },
];
