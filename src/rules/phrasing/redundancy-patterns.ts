/**
 * The data of phrasing/redundancy (成分赘余): pairs of words that say the same thing twice. One entry
 * per pattern; `drop` names the capture group the fix deletes (the second of the two words, so the
 * sentence keeps the writer's lead word: 约300台左右 → 约300台). `severity: 'error'` only where the
 * two words can never both be meant (约 and 左右 are both "about"; 超过 already says 以上); the
 * rest are warnings, since a writer may mean them (涉及到 is common speech, 再次重申 stresses).
 *
 * Families, in the order the rule tries them (where two patterns cover the same words the first one
 * reports): estimates and limits on a number (约…左右, 超过…以上, 至少…以上, 十几…左右, 百分之…%);
 * purpose and cause (目的是为了, 原因是由于, 由于…的原因, 原因是…所致); time (截至…为止, 至今为止,
 * 从…起开始); order (首先第一, 又再次); quantity and scope (各位…们, 许多…们, 一律全部, 所有…都全部,
 * 彼此互相); degree (过分溺爱, 非常…极了, 日益…越来越); stacked words (大力加大…力度, 较上年相比,
 * 进行…工作活动, 毕业于…毕业, 过去的往事). Written from the usage guides' 成分赘余 lists (the classic
 * pairs of Chinese usage teaching) and checked on published documents: none fires on
 * ../shared/corpus/gov-docs (scripts/noise.mjs).
 *
 * Each pattern carries examples that the tests run both ways (bad: exactly one match; good: none).
 */

/** A number as written in prose: 300, 1.5, 三百, 两千, 几十, 半数 (with 万/亿 after it). */
const NUM = '(?:\\d+(?:\\.\\d+)?|[〇零一二三四五六七八九十百千两几数半]+)[万亿千百]?';
/** What may stand between the number and the second word: a unit or measure word (台, 万元, 个百分点, %). */
const UNIT = '(?:[%％‰]|\\p{Script=Han}{0,4}?)';
/** 约 that is the adverb "about", not part of a word (节约, 制约, 公约, 预约, 集约, 纽约 …). */
const YUE = '(?:大约|大概|(?<![节制集预公契简邀签履违相特纽婉隐盟和条合誓立背守践赴邀])约)';
/** 近 "nearly", not 最近 附近 接近 临近 靠近 邻近 就近 贴近 亲近 (将近 is "nearly" too). */
const JIN = '(?<![最附接临靠邻就贴亲走拉])近';
/** A bare number (no 几/数: 十几 and 数十 are estimates of their own). */
const NUM_BARE = '(?:\\d+(?:\\.\\d+)?|[〇零一二三四五六七八九十百千两]+)[万亿千百]?';
/** One character of a clause: no sentence or clause punctuation in between. */
const CL = '[^，,。；;！!？?：:、\\n]';
/** A Han character that can be part of a noun before 们 (not a linking word, not a pronoun's own 们). */
const NOUN = '(?:(?![的和与及或、我你他她它咱])\\p{Script=Han})';
/**
 * An average and the "each" it already says, same unit only (人均 is per person, 每人 too): 每月人均
 * (per person, each month) and 每年人均 are two units, not a repeat.
 */
const PER_UNIT: Array<[string, string]> = [['人均', '每人|每位'], ['年均', '每年'], ['日均', '每天|每日'], ['月均', '每月']];
/** The base a comparison with 较/比 names: 上年, 去年同期, 2023年 …. */
const BASE = '(?:上年同期|去年同期|上年|去年|前年|上月|上季度|上一年|上年度|同期|年初|往年|\\d{4}年(?:同期)?)';

export interface RedundancyPattern {
  /**
   * The two words that repeat each other, as the message names them. A group `lead` in the source,
   * when it matched, names the first word as written (大约, 逾, 许多 …).
   */
  words: [string, string];
  /**
   * Matches the redundant phrase; a group whose name starts with `drop` (drop, drop2: one per
   * alternative, since a name is used once) is what the fix deletes (none: no fix).
   */
  source: string;
  /**
   * Characters one of which every match contains: the rule tries the pattern only on lines that hold
   * one (a cheap test before the real one). The tests check every bad example against it.
   */
  gate: string;
  severity: 'error' | 'warning';
  examples: { bad: string[]; good: string[] };
}


export const REDUNDANCY_PATTERNS: RedundancyPattern[] = [
  // ------------------------------------------------------------ estimates and limits on a number
  {
    words: ['约', '左右'],
    source: `(?<lead>${YUE})(?:占|为|有|达|合)?${NUM}${UNIT}(?<drop>(?<tail>左右|上下))`,
    gate: '约概',
    severity: 'error',
    examples: { bad: ['现有办公设备约300台左右。', '大约占30%上下。', '大概两千人左右'], good: ['节约30%左右的用电。', '约300台。', '300台左右。'] },
  },
  {
    words: ['约', '左右'],
    source: `(?<lead>大约|大概)${CL}{1,6}?${NUM}${UNIT}(?<drop>(?<tail>左右|上下))`,
    gate: '约概',
    severity: 'error',
    examples: { bad: ['大约收集了二百份左右的问卷。', '大约占全市的30%上下。'], good: ['大约收集了二百份问卷。', '收集了二百份左右的问卷。', '大约从3月开始，每月增长5%左右。'] },
  },
  {
    words: ['超过', '以上'],
    source: `(?<lead>超[过出])${NUM}${UNIT}(?<drop>以上)`,
    gate: '超',
    severity: 'error',
    examples: { bad: ['使用年限超过10年以上。', '超出三成以上', '超过半数以上的代表同意'], good: ['使用年限超过10年。', '10年以上'] },
  },
  {
    words: ['逾', '多'],
    source: `逾${NUM}${UNIT}(?<drop>(?<tail>多|余|以上))`,
    gate: '逾',
    severity: 'error',
    examples: { bad: ['逾100多台设备', '逾千余人'], good: ['逾100台设备', '逾期未报'] },
  },
  {
    words: ['约', '多'],
    source: `(?<lead>${YUE})${NUM}(?<drop>(?<tail>多|余))`,
    gate: '约概',
    severity: 'error',
    examples: { bad: ['约300余人参加。', '约100多家企业'], good: ['约300人参加。', '300余人参加。'] },
  },
  {
    words: ['超过', '左右'],
    source: `(?<lead>超过|超出|逾)${NUM}${UNIT}(?<drop>(?<tail>左右|上下))`,
    gate: '超逾',
    severity: 'error',
    examples: { bad: ['参会人数超过200人左右。', '逾千人上下'], good: ['参会人数超过200人。', '参会人数200人左右。'] },
  },
  {
    words: ['至少', '以上'],
    source: `(?<lead>至少|最少|起码)(?:有|要|需|需要|达|达到)?${NUM}${UNIT}(?<drop>以上)`,
    gate: '至最起',
    severity: 'error',
    examples: { bad: ['每个检查组至少3人以上。', '最少需要两名以上工作人员'], good: ['每个检查组至少3人。', '每个检查组3人以上。'] },
  },
  {
    words: ['不足', '以下'],
    source: `(?<lead>不足|不到|少于|低于|未满|不满|不超过)${NUM}${UNIT}(?<drop>(?<tail>以下|以内))`,
    gate: '足到于满超',
    severity: 'error',
    examples: { bad: ['不足10人以下的小微企业', '办理时限不超过5个工作日以内。', '低于30%以下'], good: ['不足10人的小微企业', '办理时限为5个工作日以内。'] },
  },
  {
    words: ['多', '以上'],
    source: `${NUM_BARE}[个倍]?(?<lead>多|余)${UNIT}(?<drop>(?<tail>以上|左右|上下))`,
    gate: '多余',
    severity: 'error',
    examples: { bad: ['工作10多年以上的职工', '共有100余人左右', '面积扩大了一倍多以上'], good: ['工作10多年的职工', '共有100余人', '多年以上'] },
  },
  {
    words: ['概数', '左右'],
    source: `(?<lead>[一二三四五六七八九十百千万两\\d]几|几[十百千万]|一两|两三|三四|四五|五六|六七|七八|八九|(?<!十)三五)${UNIT}(?<drop>(?<tail>左右|上下))`,
    gate: '几两三四五六七八九',
    severity: 'error',
    examples: { bad: ['每组十几人左右。', '需要三四天左右', '几十个左右'], good: ['每组十几人。', '需要三四天。', '需要3天左右。'] },
  },
  {
    words: ['近', '左右'],
    source: `(?<lead>${JIN})${NUM}${UNIT}(?<drop>(?<tail>左右|上下|以上))`,
    gate: '近',
    severity: 'warning',
    examples: { bad: ['近100人左右'], good: ['最近10天左右', '近100人'] },
  },
  {
    words: ['近', '多'],
    source: `(?<lead>${JIN})${NUM}(?<drop>(?<tail>多|余))`,
    gate: '近',
    severity: 'warning',
    examples: { bad: ['近100多人'], good: ['近100人', '附近10多家'] },
  },
  {
    words: ['超过', '多'],
    source: `(?<lead>超[过出])${NUM}(?<drop>(?<tail>多|余))`,
    gate: '超',
    severity: 'warning',
    examples: { bad: ['超过100多人'], good: ['超过100人'] },
  },
  {
    words: ['高于', '以上'],
    source: `(?<lead>高于|多于|大于)${NUM}${UNIT}(?<drop>以上)`,
    gate: '于',
    severity: 'warning',
    examples: { bad: ['高于5%以上'], good: ['高于5%'] },
  },
  {
    words: ['多达', '之多'],
    source: `(?<lead>多达|高达)${NUM}${UNIT}(?<drop>(?<tail>之多|以上))`,
    gate: '达',
    severity: 'warning',
    examples: { bad: ['多达100人之多', '高达90%以上'], good: ['多达100人', '100人之多', '高达90%'] },
  },
  {
    words: ['约', '以上'],
    source: `(?<lead>${YUE})${NUM}${UNIT}(?<drop>以上)`,
    gate: '约概',
    severity: 'warning',
    examples: { bad: ['约100人以上参加培训。'], good: ['100人以上参加培训。', '节约10%以上'] },
  },
  {
    words: ['差不多', '左右'],
    source: `(?<lead>差不多|大致|大体上?)(?:有|是|为)?${NUM}${UNIT}(?<drop>(?<tail>左右|上下))`,
    gate: '差致体',
    severity: 'warning',
    examples: { bad: ['差不多50人左右', '大致3个月上下'], good: ['差不多50人', '50人左右'] },
  },
  {
    words: ['上百', '多'],
    source: `(?<lead>上[百千万])(?<drop>(?<tail>多|余))(?=\\p{Script=Han})`,
    gate: '上',
    severity: 'error',
    examples: { bad: ['上百多人参加', '上千余家企业'], good: ['上百人参加', '百余人参加'] },
  },
  {
    words: ['百分之', '%'],
    source: '百分之\\d+(?:\\.\\d+)?(?<drop>[%％])',
    gate: '百',
    severity: 'error',
    examples: { bad: ['增长百分之30%。'], good: ['增长30%。', '增长百分之三十。'] },
  },

  // ------------------------------------------------------------ purpose and cause
  {
    words: ['目的', '为了'],
    source: '目的(?:就|主要|正|也|还|只|都)?(?:是|在于)(?<drop>为了)',
    gate: '目',
    severity: 'error',
    examples: { bad: ['目的是为了提高效率。', '其目的就是为了规范管理。', '目的在于为了解决问题'], good: ['目的是提高效率。', '为了提高效率。'] },
  },
  {
    words: ['原因', '由于'],
    source: '原因(?:主要|就|正|也|还)?(?:是|在于)(?<drop>(?<tail>由于|因为))',
    gate: '原',
    severity: 'error',
    examples: { bad: ['原因是由于资金不足。', '其原因是因为管理不严。', '原因主要是由于投入不足'], good: ['原因是资金不足。'] },
  },
  {
    words: ['由于', '的原因'],
    source: `由于${CL}{2,20}?(?<drop>的原因)(?=[，,])`,
    gate: '由',
    severity: 'warning',
    examples: { bad: ['由于资金不足的原因，工程延期。'], good: ['由于资金不足，工程延期。', '由于历史原因，工程延期。', '分析资金不足的原因，提出对策。'] },
  },
  {
    words: ['原因', '所致'],
    source: `原因(?:主要)?(?:是|在于)${CL}{2,25}?(?<drop>(?<tail>所致|造成的|导致的|引起的))(?=[。；;，,！!]|$)`,
    gate: '原',
    severity: 'warning',
    examples: { bad: ['事故的原因是操作不当造成的。', '原因在于监管缺位所致。'], good: ['事故的原因是操作不当。', '事故是操作不当造成的。'] },
  },
  {
    words: ['之所以', '原因'],
    source: `之所以${CL}{1,30}?的原因`,
    gate: '以',
    severity: 'warning',
    examples: { bad: ['我市之所以发展快的原因是营商环境好。'], good: ['我市之所以发展快，是因为营商环境好。'] },
  },
  {
    words: ['同比', '比上年同期'],
    source: '(?:比|较|与|同|和)(?:上|去)年(?:同期)?(?:相比)?(?<drop>同比)',
    gate: '比较与同和',
    severity: 'error',
    examples: { bad: ['比上年同期同比增长5%。', '与去年同期相比同比增长5%。'], good: ['同比增长5%。', '比上年同期增长5%。', '与去年相比增长5%。'] },
  },
  {
    words: ['较', '相比'],
    source: `(?<![与同和跟对无相])(?<lead>较|比)${BASE}(?<drop>(?<tail>相比较|相比))`,
    gate: '较比',
    severity: 'error',
    examples: { bad: ['较上年相比增长5%。', '比去年同期相比下降3个百分点'], good: ['与上年相比增长5%。', '较上年增长5%。', '同上年相比，有所增长。'] },
  },

  // ------------------------------------------------------------ time
  {
    words: ['截至', '为止'],
    source: `(?<lead>截[至止])(?:到)?${CL}{1,15}?(?<drop>为止)`,
    gate: '截',
    severity: 'warning',
    examples: { bad: ['截至目前为止，已完成80%。', '截止到2024年6月底为止，共受理120件。'], good: ['截至目前，已完成80%。', '到目前为止，已完成80%。', '迄今为止，已完成80%。'] },
  },
  {
    words: ['至今', '为止'],
    source: '(?<!迄)至今(?<drop>为止)',
    gate: '今',
    severity: 'warning',
    examples: { bad: ['至今为止，已完成80%。'], good: ['迄今为止，已完成80%。', '至今已完成80%。'] },
  },
  {
    words: ['目前', '现在'],
    source: '目前(?<drop>现在)|(?<drop2>现在)目前',
    gate: '目',
    severity: 'error',
    examples: { bad: ['目前现在的任务是抓好落实。', '现在目前已完成。'], good: ['目前的任务是抓好落实。'] },
  },
  {
    words: ['即将', '马上'],
    source: '(?<lead>即将|立即|立刻)(?<drop>马上)|(?<drop2>马上)(?<lead2>即将|立即|立刻)',
    gate: '马',
    severity: 'warning',
    examples: { bad: ['工程即将马上开工。', '请马上立即整改。'], good: ['工程即将开工。', '请立即整改。'] },
  },
  {
    words: ['起', '开始'],
    source: `(?:从|自)${CL}{1,12}?起(?<drop>开始)`,
    gate: '从自',
    severity: 'warning',
    examples: { bad: ['本办法从即日起开始施行。'], good: ['本办法自即日起施行。', '从今年开始实施。', '从明天起，开始实施。'] },
  },

  // ------------------------------------------------------------ order
  {
    words: ['首先', '第一'],
    source: '首先(?<drop>第一)(?![次个批步位名届期年天条项类种])|(?<drop2>第一)首先',
    gate: '首',
    severity: 'error',
    examples: { bad: ['首先第一要加强领导。'], good: ['首先要加强领导。', '首先第一批试点已启动。'] },
  },
  {
    words: ['再次', '又'],
    source: '又(?<drop>(?<lead>再次|再一次|再度))|(?<lead2>再次|再一次|再度)(?<drop2>又)',
    gate: '又',
    severity: 'warning',
    examples: { bad: ['会议又再次强调了安全生产。', '再次又发生事故'], good: ['会议再次强调了安全生产。', '会议又强调了安全生产。'] },
  },
  {
    words: ['首创', '第一次'],
    source: '(?<drop>(?<lead>第一次|首次))首创',
    gate: '创',
    severity: 'error',
    examples: { bad: ['在全省第一次首创这一做法。'], good: ['在全省首创这一做法。', '在全省首次推行这一做法。'] },
  },
  {
    words: ['再次', '重申'],
    source: '(?<drop>(?<lead>再次|再度))重申',
    gate: '申',
    severity: 'warning',
    examples: { bad: ['现再次重申有关要求。'], good: ['现重申有关要求。'] },
  },

  // ------------------------------------------------------------ quantity and scope
  {
    words: ['各位', '们'],
    source: `(?<lead>各位|诸位|众位)${NOUN}{1,4}?(?<drop>们)`,
    gate: '位',
    severity: 'error',
    examples: { bad: ['各位代表们：', '感谢诸位专家们的支持'], good: ['各位代表：', '各位领导、同志们：', '各位代表，同志们：'] },
  },
  {
    words: ['许多', '们'],
    source: `(?<lead>众多|许多|很多|诸多|好多|不少|一些|大批|大量|无数|广大|(?<!数)多位|[一二两三四五六七八九十几\\d]+(?:位|名|个))的?(?!人们)${NOUN}{1,4}?(?<drop>们)(?!${CL}{1,8}?的)`,
    gate: '们',
    severity: 'error',
    examples: {
      bad: ['许多同学们参加了活动。', '众多的专家们一致认为', '三位专家们作了发言', '深受广大读者们的欢迎'],
      good: ['许多同学参加了活动。', '同学们参加了活动。', '这是一个人们常说的道理。', '许多我们熟悉的面孔', '这是一个孩子们喜欢的节目。'],
    },
  },
  {
    words: ['大家', '们'],
    source: '大家(?<drop>们)',
    gate: '家',
    severity: 'error',
    examples: { bad: ['大家们要提高认识。'], good: ['大家要提高认识。'] },
  },
  {
    words: ['所有', '全部'],
    source: `(?<lead>所有|一切|凡是|全体)${CL}{1,20}?(?<tail>都全部|全部都|均全部|全部均|都一律|一律都|均一律|一律均|一概都|都一概)`,
    gate: '所切凡体',
    severity: 'warning',
    examples: { bad: ['所有问题都全部整改到位。', '凡是违规车辆一律均予以处罚'], good: ['所有问题都整改到位。', '违规车辆一律予以处罚'] },
  },
  {
    words: ['一律', '全部'],
    source: '一律(?<drop>(?<tail>全部|均|都))|(?<drop2>(?<tail2>全部|(?<![平人年日月户亩])均|(?<![首成国京])都))一律',
    gate: '律',
    severity: 'warning',
    examples: { bad: ['违规所得一律全部没收。', '对超标车辆均一律劝返'], good: ['违规所得一律没收。', '违规所得全部没收。'] },
  },
  {
    words: ['彼此', '互相'],
    source: '彼此(?:之间)?(?<drop>(?<tail>互相|相互))|(?<tail2>互相|相互)(?<drop2>彼此)',
    gate: '彼',
    severity: 'warning',
    examples: { bad: ['各部门彼此互相配合。', '相互彼此支持', '彼此之间互相帮助'], good: ['各部门互相配合。', '彼此配合'] },
  },
  {
    words: ['共同', '一起'],
    source: '共同(?<drop>一起)|(?<drop2>一起)共同',
    gate: '共',
    severity: 'warning',
    examples: { bad: ['我们要一起共同努力。', '共同一起推进'], good: ['我们要共同努力。', '和大家一起努力。'] },
  },
  {
    words: ['仅仅', '只'],
    source: '仅仅(?<drop>只)|(?<drop2>只)仅仅',
    gate: '仅',
    severity: 'error',
    examples: { bad: ['这仅仅只是第一步。'], good: ['这仅仅是第一步。', '这只是第一步。'] },
  },
  {
    words: ['人均', '每人'],
    source: `${PER_UNIT.map(([avg, each], k) => `(?<lead${k}>${avg})(?<drop${k}>(?<tail${k}>${each}))|(?<drop${k}b>(?<tail${k}b>${each}))(?<lead${k}b>${avg})`).join('|')}`,
    gate: '均',
    severity: 'error',
    examples: { bad: ['人均每人补助500元。', '每年年均增长5%', '日均每天接待200人次'], good: ['人均补助500元。', '每人补助500元。', '年均增长5%', '每月人均收入3000元', '每年人均增收800元'] },
  },

  // ------------------------------------------------------------ degree
  {
    words: ['悬殊', '很大'],
    source: '悬殊(?<drop>(?<tail>很大|较大|巨大|太大|甚大|极大))',
    gate: '殊',
    severity: 'error',
    examples: { bad: ['城乡收入悬殊很大。'], good: ['城乡收入悬殊。', '差距很大。'] },
  },
  {
    words: ['过分', '夸大'],
    source: '(?<drop>(?<lead>过分|过于))夸大',
    gate: '夸',
    severity: 'error',
    examples: { bad: ['不要过分夸大成绩。'], good: ['不要夸大成绩。'] },
  },
  {
    words: ['过分', '溺爱'],
    source: '(?<drop>(?<lead>过分|过于|过度))溺爱',
    gate: '溺',
    severity: 'error',
    examples: { bad: ['家长过分溺爱孩子。'], good: ['家长溺爱孩子。', '家长过分宠爱孩子。'] },
  },
  {
    words: ['忍俊不禁', '笑'],
    source: '忍俊不禁(?<drop>(?:地|得)?(?:哈哈大笑|大笑|笑了起来|笑起来|笑出声来|笑出了声|笑出声|笑了|笑))',
    gate: '禁',
    severity: 'error',
    examples: { bad: ['听了这话，他忍俊不禁地笑了。'], good: ['听了这话，他忍俊不禁。', '他忍不住笑了。'] },
  },
  {
    words: ['非常', '极了'],
    source: '(?<lead>非常|十分|特别|很|极其|极为)(?:(?!极)\\p{Script=Han}){1,3}(?<drop>极了)',
    gate: '极',
    severity: 'error',
    examples: { bad: ['大家非常高兴极了。'], good: ['大家非常高兴。', '大家高兴极了。'] },
  },
  {
    words: ['极其', '之极'],
    source: '(?<lead>极其|极为|非常|十分|万分)\\p{Script=Han}{1,4}?(?<drop>(?<tail>之极|之至))',
    gate: '之',
    severity: 'error',
    examples: { bad: ['这种说法极其荒谬之极。', '我们非常感激之至'], good: ['这种说法极其荒谬。', '荒谬之极'] },
  },
  {
    words: ['日益', '越来越'],
    source: `日益${CL}{0,6}?越来越`,
    gate: '益',
    severity: 'error',
    examples: { bad: ['群众的要求日益变得越来越高。'], good: ['群众的要求日益提高。', '群众的要求越来越高。'] },
  },
  {
    words: ['越来越', '更加'],
    source: '越来越(?<drop>(?<tail>更加|更为|愈发|越发|愈加|日益|日趋))|(?<drop2>(?<tail2>更加|更为|愈发|越发|愈加|日趋))越来越',
    gate: '越',
    severity: 'error',
    examples: { bad: ['形势越来越更加严峻。', '问题愈发越来越突出'], good: ['形势越来越严峻。', '形势更加严峻。'] },
  },
  {
    words: ['几乎', '差不多'],
    source: '几乎(?<drop>差不多)|(?<drop2>差不多)几乎',
    gate: '乎',
    severity: 'error',
    examples: { bad: ['任务几乎差不多完成了。'], good: ['任务几乎完成了。', '任务差不多完成了。'] },
  },
  {
    words: ['大概', '可能'],
    source: '(?<lead>大概|也许|或许|大约)(?<drop>可能)|(?<drop2>可能)(?<lead2>大概|也许|或许)',
    gate: '能',
    severity: 'warning',
    examples: { bad: ['工程大概可能延期。', '他可能也许不来'], good: ['工程可能延期。', '工程大概会延期。'] },
  },
  {
    words: ['出乎意料', '之外'],
    source: '出乎(?:意料|预料|意外)(?<drop>之外)',
    gate: '乎',
    severity: 'warning',
    examples: { bad: ['结果出乎意料之外。'], good: ['结果出乎意料。', '结果在意料之外。'] },
  },
  {
    words: ['意义', '性'],
    source: '(?:重要|重大|深远|现实|历史|战略)意义(?<drop>性)',
    gate: '义',
    severity: 'error',
    examples: { bad: ['充分认识这项工作的重要意义性。'], good: ['充分认识这项工作的重要意义。', '充分认识这项工作的重要性。'] },
  },

  // ------------------------------------------------------------ stacked words
  {
    words: ['大力', '加大力度'],
    source: `(?<drop>大力)加大${CL}{0,12}?力度`,
    gate: '力',
    severity: 'error',
    examples: { bad: ['要大力加大执法检查力度。'], good: ['要加大执法检查力度。', '要大力加强执法检查。'] },
  },
  {
    words: ['工作', '活动'],
    source: `(?:进行|开展|组织|举办)${CL}{0,12}?(?:工作活动|活动工作)`,
    gate: '活',
    severity: 'warning',
    examples: { bad: ['开展安全宣传工作活动。'], good: ['开展安全宣传活动。', '开展安全宣传工作。'] },
  },
  {
    words: ['毕业于', '毕业'],
    source: `毕业于${CL}{2,15}?(?<drop>毕业)(?![生证典论设])`,
    gate: '毕',
    severity: 'error',
    examples: { bad: ['他毕业于北京大学毕业。'], good: ['他毕业于北京大学。', '他北京大学毕业。'] },
  },
  {
    words: ['过去', '往事'],
    source: '(?<drop>(?<lead>过去|以往|从前)的?)往事',
    gate: '往',
    severity: 'error',
    examples: { bad: ['回忆过去的往事。'], good: ['回忆往事。', '回忆过去的岁月。'] },
  },
  {
    words: ['自幼', '从小'],
    source: '自幼(?<drop>从小)|(?<drop2>从小)自幼',
    gate: '幼',
    severity: 'error',
    examples: { bad: ['他自幼从小热爱学习。'], good: ['他自幼热爱学习。', '他从小热爱学习。'] },
  },
  {
    words: ['年轻', '青年'],
    source: '(?<drop>年轻的)青年',
    gate: '青',
    severity: 'error',
    examples: { bad: ['一批年轻的青年干部走上岗位。'], good: ['一批青年干部走上岗位。', '一批年轻干部走上岗位。'] },
  },
  {
    words: ['因此', '所以'],
    source: '因此(?<drop>所以)|(?<drop2>所以)因此',
    gate: '以',
    severity: 'error',
    examples: { bad: ['因此所以要加强管理。'], good: ['因此要加强管理。', '所以要加强管理。'] },
  },
  {
    words: ['过去', '曾经'],
    source: '(?<drop>过去)曾经',
    gate: '曾',
    severity: 'warning',
    examples: { bad: ['这里过去曾经是一片荒地。'], good: ['这里曾经是一片荒地。', '这里过去是一片荒地。'] },
  },
  {
    words: ['目前', '现状'],
    source: '(?<drop>(?<lead>目前|当前|现在)的?)现状',
    gate: '状',
    severity: 'warning',
    examples: { bad: ['必须改变目前的现状。', '当前现状不容乐观'], good: ['必须改变现状。', '分析当前的形势。'] },
  },
  {
    words: ['独自', '一个人'],
    source: '(?<drop>一个人)独自|独自(?<drop2>一个人)',
    gate: '独',
    severity: 'warning',
    examples: { bad: ['他一个人独自完成了任务。', '独自一个人值守'], good: ['他独自完成了任务。', '他一个人完成了任务。'] },
  },
  {
    words: ['再', '重新'],
    source: '(?<![不没未])再(?<drop>重新)|重新(?<drop2>再)(?![次度])',
    gate: '新',
    severity: 'warning',
    examples: { bad: ['请把材料再重新修改一遍。'], good: ['请把材料重新修改一遍。', '已审核的材料不再重新审核。'] },
  },
  {
    words: ['是否', '与否'],
    source: `(?<lead>是否|能否|可否)${CL}{1,12}?(?<drop>与否)`,
    gate: '否',
    severity: 'error',
    examples: { bad: ['检查产品是否合格与否。'], good: ['检查产品是否合格。', '检查产品合格与否。'] },
  },
  {
    words: ['尤其', '特别'],
    source: '尤其(?<drop>特别)|(?<drop2>特别)尤其',
    gate: '尤',
    severity: 'error',
    examples: { bad: ['尤其特别是农村地区'], good: ['尤其是农村地区', '特别是农村地区'] },
  },
  {
    words: ['务必', '一定'],
    source: '务必(?<drop>一定)|(?<drop2>一定)务必',
    gate: '务',
    severity: 'warning',
    examples: { bad: ['务必一定要按时完成。'], good: ['务必按时完成。', '一定要按时完成。'] },
  },
  {
    words: ['自始至终', '一直'],
    source: '(?<lead>自始至终|始终)(?<drop>一直)|(?<drop2>一直)(?<lead2>始终)',
    gate: '始',
    severity: 'warning',
    examples: { bad: ['他自始至终一直坚守岗位。', '一直始终坚持'], good: ['他自始至终坚守岗位。', '他一直坚守岗位。'] },
  },
  {
    words: ['截然', '完全'],
    source: '(?<drop>完全)(?<lead>截然|大相径庭|迥然)',
    gate: '截径迥',
    severity: 'error',
    examples: { bad: ['两种做法完全截然不同。'], good: ['两种做法截然不同。', '两种做法完全不同。'] },
  },
  {
    words: ['切忌', '不要'],
    source: '(?<lead>切忌|切勿)(?<drop>不要|不能|不可)',
    gate: '切',
    severity: 'error',
    examples: { bad: ['切忌不要急于求成。'], good: ['切忌急于求成。', '切忌不顾实际盲目上马。'] },
  },
  {
    words: ['迫切', '急需'],
    source: '(?<drop>迫切)急需|急需(?<drop2>迫切)',
    gate: '急',
    severity: 'error',
    examples: { bad: ['迫切急需解决的问题'], good: ['急需解决的问题', '迫切需要解决的问题'] },
  },
  {
    words: ['提前', '预先'],
    source: '提前(?<drop>预先)|(?<drop2>预先)提前',
    gate: '预',
    severity: 'warning',
    examples: { bad: ['请提前预先做好准备。'], good: ['请提前做好准备。', '请预先做好准备。'] },
  },
  {
    words: ['不禁', '忍不住'],
    source: '不禁(?<drop>忍不住)|(?<drop2>忍不住)不禁',
    gate: '忍',
    severity: 'error',
    examples: { bad: ['他不禁忍不住笑了。'], good: ['他不禁笑了。', '他忍不住笑了。'] },
  },
  {
    words: ['非常', '十分'],
    source: '(?<lead>非常|十分)(?<drop>十分|非常|很)(?!多|少|久)',
    gate: '非十',
    severity: 'error',
    examples: { bad: ['这项工作十分非常重要。'], good: ['这项工作非常重要。', '这项工作十分重要。'] },
  },
  {
    words: ['估计', '大约'],
    source: '估计(?<drop>大约|大概)|(?<drop2>大约|大概)估计',
    gate: '估',
    severity: 'warning',
    examples: { bad: ['估计大约需要三天。'], good: ['估计需要三天。', '大约需要三天。'] },
  },
  {
    words: ['酷暑', '炎热'],
    source: '(?<drop>(?<tail>炎热|酷热)的)(?<lead>酷暑)|(?<drop2>(?<tail2>寒冷)的)(?<lead2>严冬|隆冬)',
    gate: '暑冬',
    severity: 'error',
    examples: { bad: ['在炎热的酷暑坚守岗位。', '寒冷的严冬'], good: ['在酷暑坚守岗位。', '在炎热的夏天坚守岗位。'] },
  },
  {
    words: ['普遍', '都'],
    source: '普遍(?<drop>都)|(?<drop2>都)普遍',
    gate: '普',
    severity: 'warning',
    examples: { bad: ['大家都普遍认为应尽快解决。'], good: ['大家普遍认为应尽快解决。', '大家都认为应尽快解决。'] },
  },
  {
    words: ['纷纷', '都'],
    source: '纷纷(?<drop>都)|(?<drop2>都)纷纷',
    gate: '纷',
    severity: 'warning',
    examples: { bad: ['大家纷纷都表示要向他学习。'], good: ['大家纷纷表示要向他学习。', '大家都表示要向他学习。'] },
  },
  {
    words: ['尽量', '尽可能'],
    source: '尽量(?<drop>尽可能)|(?<drop2>尽可能)尽量',
    gate: '尽',
    severity: 'error',
    examples: { bad: ['要尽量尽可能减少损失。'], good: ['要尽量减少损失。', '要尽可能减少损失。'] },
  },
  {
    words: ['物美价廉', '价格便宜'],
    source: '价格(?:便宜|低廉)[^。；;！!？?\\n]{0,8}?物美价廉|物美价廉[^。；;！!？?\\n]{0,8}?价格(?:便宜|低廉)',
    gate: '廉',
    severity: 'warning',
    examples: { bad: ['饭菜价格便宜，而且物美价廉。'], good: ['饭菜物美价廉。', '饭菜价格便宜。'] },
  },
  {
    words: ['亲眼', '目睹'],
    source: '(?<drop>亲眼)目睹',
    gate: '睹',
    severity: 'error',
    examples: { bad: ['亲眼目睹了事故经过。'], good: ['目睹了事故经过。'] },
  },
  {
    words: ['凯旋', '归来'],
    source: '凯旋(?<drop>归来|而归)',
    gate: '旋',
    severity: 'error',
    examples: { bad: ['健儿凯旋归来。'], good: ['健儿凯旋。'] },
  },
  {
    words: ['免费', '赠送'],
    source: '(?<drop>免费)赠送',
    gate: '赠',
    severity: 'warning',
    examples: { bad: ['免费赠送宣传资料。'], good: ['赠送宣传资料。', '免费发放宣传资料。'] },
  },
  {
    words: ['遗物', '留下的'],
    source: '(?<drop>留下(?:来)?的)遗物',
    gate: '遗',
    severity: 'warning',
    examples: { bad: ['整理老人去世后留下的遗物。'], good: ['整理老人的遗物。', '留下的文物'] },
  },
  {
    words: ['一致', '公认'],
    source: '(?<drop>一致)公认',
    gate: '公',
    severity: 'warning',
    examples: { bad: ['得到一致公认。'], good: ['得到公认。', '一致认为'] },
  },
  {
    words: ['涉及', '到'],
    source: '(?<lead>涉及|提及|危及|顾及|波及|触及|殃及|论及|谈及)(?<drop>到)',
    gate: '及',
    severity: 'warning',
    examples: { bad: ['涉及到的设备', '危及到群众安全'], good: ['涉及的设备', '普及到每个乡村', '以及到会人员'] },
  },
  {
    words: ['凡是', '都'],
    source: '凡是[^。；！？\\n]{1,30}?都[^。；！？，\\n]{1,15}?都',
    gate: '凡',
    severity: 'warning',
    examples: { bad: ['凡是参加培训的人员都要都按时签到。'], good: ['凡是参加培训的人员都要按时签到。'] },
  },
];
