/**
 * The character model behind typo/unlikely-character: a word-unigram language model (jieba's word
 * frequencies, MIT; see lexicons/build-char-model.mjs) and homophone groups (toneless pinyin from
 * pinyin-pro, MIT). A character is suspicious when swapping it for a homophone turns its
 * neighbourhood from improbable into probable text: the best segmentation's log-probability of a
 * seven-character window rises by more than a threshold (noisy channel with a flat error prior).
 *
 * Built lazily on first use (about 135,000 words); browser-safe.
 */
import homophoneData from './data/homophones.json' with { type: 'json' };
import frequencyData from './data/word-frequencies.json' with { type: 'json' };

interface Model {
  logp: Map<string, number>;
  unknown: number;
  /** For each character, its homophones (toneless pinyin shared), itself excluded. */
  homophonesOf: Map<string, Set<string>>;
  /**
   * Word with one character replaced by '?' → the characters that fill the hole to make a word
   * (a string, or a Set when there are many).
   */
  holes: Map<string, string | Set<string>>;
  /** Prior bonus (nats) of a confusion, keyed wrong + right. */
  prior: Map<string, number>;
}

let model: Model | undefined;

/**
 * How often a character was written for another (wrong, right, count) in the tuning split of the
 * ECSpell official-document set (rows with index % 5 !== 4; counts of pairs only, no text): pairs
 * seen at least twice. They become candidates (with the shape and sound groups) and get a prior
 * bonus of PAIR_BONUS × ln(count) nats.
 */
const PAIR_COUNTS = '不部6 兼监6 建健5 才财5 灵领5 织制5 自资5 里理5 健建4 冶治4 前牵4 厂广4 台治4 完院4 成程4 浓农4 祖组4 诀决4 不步3 习席3 亚业3 低地3 供工3 债责3 做作3 全权3 刑行3 列例3 到导3 制治3 同统3 实试3 平评3 当党3 报保3 时市3 智制3 木术3 本体3 画化3 线限3 练联3 维违3 致制3 荣融3 言信3 质制3 转专3 龟规3 丙内2 个各2 主注2 么公2 义议2 亲侵2 人任2 付府2 价假2 优有2 佣用2 值置2 先限2 其基2 冢家2 凯开2 凸突2 出处2 则测2 刚钢2 到道2 副扶2 力利2 十试2 单担2 原源2 去法2 取区2 可科2 品贫2 园源2 园院2 培部2 墙强2 大人2 失施2 女率2 安按2 宗踪2 官管2 害辖2 家加2 寸时2 局据2 己记2 常场2 归规2 往住2 徽会2 心信2 心必2 急集2 意医2 愿源2 懂董2 或域2 招照2 捡检2 摄社2 数术2 旅履2 旭续2 是市2 曾增2 木本2 机级2 极机2 枧规2 查察2 桂规2 止治2 正征2 水税2 汁计2 没设2 法发2 流留2 消销2 淮准2 渡度2 潜铅2 激急2 熟署2 牛生2 牲性2 白自2 着者2 神申2 穴学2 空控2 系席2 花划2 菅管2 衣依2 表标2 订定2 认以2 证政2 证正2 诉溯2 请情2 豆立2 贝员2 贡责2 账障2 赠政2 起企2 载债2 连联2 适失2 酬筹2 错措2 键建2 颗科2 题体2 题提2';
const PAIR_BONUS = 2;

/**
 * Similar-looking characters (形近字) that official writing confuses, written for this project
 * (one group per word: every two characters of a group are candidates for each other). Sound-alike
 * characters come from the homophone groups; these add the pairs that differ in sound.
 */
const SHAPE_GROUPS =
  '历厉 辨辩辫瓣 即既 侯候 戊戌戍 拔拨 贯惯 待侍持特 己已巳 未末 土士 干千于 人入八 天夭 日曰 ' +
  '析折拆 崇祟 茶荼 汩汨 冶治 刺剌 赢嬴羸 锐说悦税脱 很狠恨银根跟艰 呆保 淡谈 晴睛请清情精 ' +
  '输偷喻愉 幢撞 暇瑕遐霞 徽微 峰锋蜂逢缝 坚竖 贷货贸资 传专转 泻泄 栗粟 免兔 母毋 鸟乌 ' +
  '王玉主 太大犬 刀力 问间 密蜜 渴喝竭揭歇 狼狠 洗选 杨扬场汤畅肠 伤场 缘绿 录禄碌 堤提题 ' +
  '埋理 俭检验险捡 坏环 型形刑 钩钓 姻烟 惑感 暑署 辖割 赔陪倍培部 桔枯 厦夏 须需 测侧则 ' +
  '蓝篮监 浅线钱践残 抵低底 练炼拣 织职识帜 账帐胀张 壁璧避 效郊校较 搏博 傅缚 薄簿 ' +
  '捕铺辅浦 律津 健键建 陷馅 营莹萤荧 晚挽 伪为 坊防访纺仿妨 怀坏 棒捧 编遍偏篇骗 绩积 ' +
  '续读 稍捎梢哨消销 沿铅 列例 卷券 登凳 扎札 晋普 暂斩 惭渐 哲誓逝 岗刚纲钢 锻段 级极 ' +
  '纷份粉 拾恰洽 怡治 史吏 使便 乎平 评坪 仍扔 期欺旗棋基 尤龙 优忧扰 抗坑炕 杭航 ' +
  '态太 状壮 决诀块快 冲仲 况沉 汽气 准淮 冰水 永水 末未 灭火 休体 本木 午牛 失矢 ' +
  '由甲申 目自 白百 办为 刃刀 义又叉 工土 令今 兑说 己已 免勉 换唤焕涣 拨泼 复夏 ' +
  '侍待 持特 构钩 栋拣 检捡 险验 倍陪 培赔 住往注柱驻 往住 住任 任仕 估佑 信言 ' +
  '洁沽 活话 汗汁 浩造 滥篮 洞涧 谋某 谍碟 诉拆 讼松 访仿 请情 说兑 论伦轮抡 议仪 ' +
  '讯迅汛 记纪 设没 试式拭 词祠 诱透 谨勤 课棵颗 谊宜 详祥 该刻 诸储 诫戒械 诚城 ' +
  '问闻 闭闲 间简 阀伐 阅悦 阔活 闯 搞稿 盖羔 貌 盲育 育盲 管官 管菅 官宫 宫营 营管 ' +
  '熟塾 熔溶融 融 媒煤谋 某 牌脾碑 俾 牧收 收牧 放效 故做 做故 敬警 警惊 惊凉 谅凉 ' +
  '京就 景影 影彰 形刑 型 刑 判叛 判剖 割害 割豁 副幅福富 福富 副幅 辐 富 ' +
  '常堂掌 尝党 赏尝 当 堂 常 掌 常 觉党 学党 党 竞竟 竞竟 境镜 镜 竟 童 ' +
  '疆僵缰 僵 姜 美羡 羡慕 慕幕暮募墓 募 墓 暮 幕 模摸漠膜 模 摸 漠 膜 ' +
  '候侯 喉 猴 侯 候 休 伏优 伐代 代伐 戈 找我 我找 伐 杰 热 烈 列 例 ' +
  '迁迂 迂 还 远运 运 违 进近 近 过 这 达 迈 迟 迹 适 追迫 迫 退 送 逃 迷 逐遂 遂逐 ' +
  '遗遣 遣 逢 途徒 徒 陡 徙 徒 被披 披 彼 波 坡 玻 破 跛 皮 颇 ' +
  '杆秆 杆 竿 刊 利 梨 犁 黎 型 括刮 刮 话 舌 乱 敌 辞 甜 适 活 ' +
  '折 哲 浙 逝 誓 晰 蜥 析 淅 ' +
  '析 ' +
  '拟似 似 以 拟 议 ' +
  '锁琐 琐 锁 ' +
  '缴徼 缴 激 檄 ' +
  '既即 概慨 慨 概 溉 ' +
  '赡瞻 瞻 赡 膽 ' +
  '籍藉 藉 籍 ' +
  '辍缀 缀 掇 ' +
  '钓钧 钧 均 ' +
  '帅师 师 帅 ' +
  '刺刻 ' +
  '采彩踩睬菜 ' +
  '须顺 顺 须 ' +
  '项顶 顶 项 ' +
  '颁领 领 颁 ' +
  '侦债 债 侦 ' +
  '账 ' +
  '货 ' +
  '须';


function build(): Model {
  const data = frequencyData as { total: number; buckets: Record<string, string> };
  const logp = new Map<string, number>();
  const logTotal = Math.log(data.total);
  for (const [bucket, words] of Object.entries(data.buckets)) {
    const lp = Number(bucket) * Math.LN2 - logTotal;
    for (const w of words.split(' ')) if (w) logp.set(w, lp);
  }
  const sets = new Map<string, Set<string>>();
  for (const chars of Object.values((homophoneData as { groups: Record<string, string> }).groups)) {
    for (const c of chars) {
      const set = sets.get(c) ?? new Set<string>();
      for (const d of chars) if (d !== c) set.add(d);
      sets.set(c, set);
    }
  }
  for (const group of SHAPE_GROUPS.split(' ')) {
    for (const c of group) {
      const set = sets.get(c) ?? new Set<string>();
      for (const d of group) if (d !== c) set.add(d);
      sets.set(c, set);
    }
  }
  const prior = new Map<string, number>();
  for (const entry of PAIR_COUNTS.split(' ')) {
    const [c, d] = [entry[0]!, entry[1]!];
    // a very frequent character (不, 自, 才 …: 2^15 and more in jieba) is rarely the slip even when
    // its slips are many: no bonus (自本通知印发之日起, 不分大小)
    if ((logp.get(c) ?? -Infinity) < 14.5 * Math.LN2 - logTotal) prior.set(c + d, PAIR_BONUS * Math.log(Number(entry.slice(2))));
    const set = sets.get(c) ?? new Set<string>();
    set.add(d);
    sets.set(c, set);
  }
  const homophonesOf = sets;
  const raw = new Map<string, string>();
  for (const w of logp.keys()) {
    if (w.length < 2) continue;
    for (let k = 0; k < w.length; k++) {
      const key = w.slice(0, k) + '?' + w.slice(k + 1);
      raw.set(key, (raw.get(key) ?? '') + w[k]);
    }
  }
  const holes = new Map<string, string | Set<string>>();
  for (const [key, fill] of raw) holes.set(key, fill.length > 16 ? new Set(fill) : fill);
  return { logp, unknown: Math.log(0.5) - logTotal, homophonesOf, holes, prior };
}

function getModel(): Model {
  return (model ??= build());
}

const scratch = new Float64Array(32);

/** Log-probability of the best segmentation of `text` into known words (unknown characters penalised). */
export function segmentScore(text: string): number {
  const { logp, unknown } = getModel();
  const n = text.length;
  const dp = n < scratch.length ? scratch : new Float64Array(n + 1);
  dp.fill(-Infinity, 0, n + 1);
  dp[0] = 0;
  for (let j = 1; j <= n; j++) {
    for (let k = 1; k <= 4 && k <= j; k++) {
      let lp = logp.get(text.slice(j - k, j));
      if (lp === undefined) {
        if (k !== 1) continue;
        lp = unknown;
      }
      const v = dp[j - k]! + lp;
      if (v > dp[j]!) dp[j] = v;
    }
  }
  return dp[n]!;
}

export interface Suspect {
  /** Offset of the character in the text. */
  index: number;
  char: string;
  /** The homophone that fits best. */
  suggestion: string;
  /** Gain in log-probability (natural log) of the window. */
  gain: number;
}

/** Function words and very frequent characters are never suspects (的 is read dì in 目的 …). */
const NEVER = new Set('的地得了着过和与及在是有也都就还而或并其之以于为这那个');
const HAN_RUN = /\p{Script=Han}{4,}/gu;
/**
 * Endings of place and organisation names: a character just before one is likely part of a name
 * (平舆县, 樟江, 辛安泉, 陶然庭苑社区, 正昌集团).
 */
const PLACE = new Set('省市县区乡镇村旗州盟江河湖海山泉峰岭湾岛溪港苑社团院所园厂');
const WINDOW = 3;
/** A post title shortly before: the next characters are most likely a person's name (市长张国清). */
const POST = /(?:长|主任|书记|主席|委员|同志|经理|员|师|（女）)\p{Script=Han}{0,2}$/u;

/**
 * Suspicious characters in `text`: runs of four or more Han characters (shorter runs are mostly
 * names in lists), each character tried against its homophones that make a word with its
 * neighbours.
 */
export function suspects(text: string, threshold: number): Suspect[] {
  const { homophonesOf, holes, prior } = getModel();
  const out: Suspect[] = [];
  for (const m of text.matchAll(HAN_RUN)) {
    const run = m[0];
    if (run.length !== [...run].length) continue; // astral characters: skip the run
    for (let i = 0; i < run.length; i++) {
      const c = run[i]!;
      const alternatives = homophonesOf.get(c);
      if (!alternatives || NEVER.has(c)) continue;
      if (PLACE.has(run[i + 1] ?? '') || PLACE.has(run[i + 2] ?? '')) continue;
      if (POST.test(run.slice(Math.max(0, i - 4), i))) continue;
      const candidates = new Set<string>();
      // The neighbourhood with the hole, built once; every key below is a slice of it (slices of
      // one flat string hash fast, unlike a fresh concatenation per key).
      const lo = Math.max(0, i - 3);
      const holed = run.slice(lo, i) + '?' + run.slice(i + 1, Math.min(run.length, i + 4));
      for (let a = lo; a <= i; a++) {
        for (let b = i + 1; b <= Math.min(run.length, a + 4); b++) {
          if (b - a < 2) continue;
          const fill = holes.get(holed.slice(a - lo, b - lo));
          if (!fill) continue;
          if (typeof fill === 'string') {
            // indexed, not for-of: the string iterator is the hot spot here (BMP-only runs, see above)
            for (let k = 0; k < fill.length; k++) if (alternatives.has(fill[k]!)) candidates.add(fill[k]!);
          } else if (fill.size > alternatives.size) {
            for (const d of alternatives) if (fill.has(d)) candidates.add(d);
          } else {
            for (const d of fill) if (alternatives.has(d)) candidates.add(d);
          }
        }
      }
      if (candidates.size === 0) continue;
      const a = Math.max(0, i - WINDOW);
      const window = run.slice(a, Math.min(run.length, i + WINDOW + 1));
      const j = i - a;
      const base = segmentScore(window);
      let gain = -Infinity;
      let suggestion = '';
      for (const d of candidates) {
        const g = segmentScore(window.slice(0, j) + d + window.slice(j + 1)) - base + (prior.get(c + d) ?? 0);
        if (g > gain) {
          gain = g;
          suggestion = d;
        }
      }
      if (gain > threshold) out.push({ index: m.index! + i, char: c, suggestion, gain });
    }
  }
  return out;
}
