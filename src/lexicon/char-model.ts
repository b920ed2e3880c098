/**
 * The character model behind typo/unlikely-character: a word-unigram language model (jieba's word
 * frequencies, MIT; see lexicons/build-char-model.mjs) and homophone groups (toneless pinyin from
 * pinyin-pro, MIT). A character is suspicious when swapping it for a homophone turns its
 * neighbourhood from improbable into probable text: the best segmentation's log-probability of a
 * seven-character window rises by more than a threshold (noisy channel with a flat error prior).
 *
 * Representation (issue 8): `npm run build` compiles the JSON sources into flat strings
 * (src/lexicon/data/typo-model.json, scripts/build-typo-model.mjs); on first use they are indexed
 * into open-addressing hash tables over UTF-16 code units in typed arrays (~40 ms, no object per
 * word), and the scoring reads code units, never slicing strings. Browser-safe: the data arrives by
 * an ordinary import, which the browser bundle turns into a lazily loaded chunk
 * (scripts/build-browser.mjs); `loadTypoModel()` / `setTypoModelData()` let a host build or inject
 * it ahead of time.
 */
import compiledData from './data/typo-model.json' with { type: 'json' };
import { unitClasses } from '../util/units.js';

/** The compiled model as scripts/build-typo-model.mjs writes it. */
export interface TypoModelData {
  format: 1;
  total: number;
  /** words[k]: the words of k+1 code units, concatenated, in source order. */
  words: string[];
  /** buckets[k]: one character per word of words[k], 48 + round(log2 frequency). */
  buckets: string[];
  /** Homophone groups, space-separated. */
  homophones: string;
  /** Number of distinct words-with-a-hole (sizes the table). */
  holeKeys?: number;
}

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
  // issue 9 (precision): look-alike pairs the table lacked, each a well-known 形近字 pair
  '白自 也地 肋助 圃国 足促 车军 拟以 剑险 心必 面而 斯期 乃及 徒徙 贪贫 栽裁载 炙灸 盲肓 洒酒 亨享 撤撒 辄辙 冒胃 柬束 ' +
  '鸣呜 卸御 缉揖 衷哀衰 诣旨 宦宫 浙淅 仑仓 彻砌 陈阵 抱饱 暖缓援 眨贬泛 竿竽 拓柘 卷倦 宜宣 违伟韦 遣谴 责债绩 腊蜡猎 峡狭 挟侠 娱误 ' +
  '账 ' +
  '货 ' +
  // issue 9 (typos): well-known 形近字 pairs of official wording, written for the project
  '目日 予子 隼集 蹄缔啼 悔梅海每 彦产 堂党 衣农 金全 余涂徐 毕华 牢牵 乏泛 寺持 铳统 焙培 天大 盆贫 弯变 兑党 充统 孝考 ' +
  '犮发 谝编 颈领 侃况 剌刺 柬拣 候喉 栽载裁 戎戒 邮油 徙徒 峻竣骏俊 赃脏 暮幕 ' +
  // near-sound pairs a pinyin keyboard confuses (front/back nasal, flat/retroflex, n/l, h/f), written
  // for the project; they share the look-alike mechanism: candidates, no prior
  '因应 音英 民名明 进近井静 信性 金精经京 心新星 林灵零 宾兵 贫平 陈成程城 真正 针征 身生声 分风 ' +
  '村存 词持 资知 自至 组主 速属 诉述 四事 私师 层成 仓昌 宗中 总种 三山 则哲 责这 ' +
  '须';



/** Code unit standing for the hole in a word with one character left out (never in a Han run). */
const HOLE = 1;

/**
 * Open-addressing hash table keyed by up to four UTF-16 code units (0 = absent), packed into two
 * 32-bit halves; values are positive integers (0 = absent). One slot is three adjacent Int32
 * (key halves, value): a look-up touches one cache line. Most look-ups miss (spans of text that
 * are no word), so a one-bit-per-key filter that fits in the CPU cache answers most of them first.
 */
class CodeTable {
  readonly mask: number;
  readonly cells: Int32Array;
  readonly filterMask: number;
  readonly filter: Int32Array;

  /** A table over `cells` (3 × a power of two Int32) and `filter` (a power of two bits). */
  constructor(cells: Int32Array, filter: Int32Array) {
    this.cells = cells;
    this.mask = cells.length / 3 - 1;
    this.filter = filter;
    this.filterMask = filter.length * 32 - 1;
  }

  /** An empty table for `entries` keys. */
  static sized(entries: number): CodeTable {
    let size = 1024;
    while (size < entries * 1.5) size <<= 1; // load ≤ 2/3: short probes, half the memory of ≤ 1/2
    let bits = 1 << 16;
    while (bits < entries * 8) bits <<= 1;
    return new CodeTable(new Int32Array(size * 3), new Int32Array(bits >>> 5));
  }

  /** The value of the key, 0 when absent. */
  get(lo: number, hi: number): number {
    let h = Math.imul(lo ^ Math.imul(hi, 0x27d4eb2d), 0x9e3779b1);
    h ^= h >>> 15;
    h = Math.imul(h, 0x85ebca77);
    h ^= h >>> 13;
    const bit = (h >>> 7) & this.filterMask;
    if ((this.filter[bit >>> 5]! & (1 << (bit & 31))) === 0) return 0;
    const cells = this.cells;
    const mask = this.mask;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const at = s * 3;
      const v = cells[at + 2]!;
      if (v === 0 || (cells[at] === lo && cells[at + 1] === hi)) return v;
    }
  }

  /** Stores the value unless the key is present; returns the value now stored. */
  add(lo: number, hi: number, value: number): number {
    let h = Math.imul(lo ^ Math.imul(hi, 0x27d4eb2d), 0x9e3779b1);
    h ^= h >>> 15;
    h = Math.imul(h, 0x85ebca77);
    h ^= h >>> 13;
    const bit = (h >>> 7) & this.filterMask;
    this.filter[bit >>> 5]! |= 1 << (bit & 31);
    const cells = this.cells;
    const mask = this.mask;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const at = s * 3;
      const v = cells[at + 2]!;
      if (v === 0) {
        cells[at] = lo;
        cells[at + 1] = hi;
        cells[at + 2] = value;
        return value;
      }
      if (cells[at] === lo && cells[at + 1] === hi) return v;
    }
  }
}

/**
 * The model's tables: everything built from the word list, as typed arrays and one string. A host
 * can build them once and hand them to other threads or processes as one buffer
 * (packTypoModelTables / unpackTypoModelTables): src/node/typo-model.ts reads the buffer
 * `npm run build` writes, and the worker pool shares it between its threads without a copy.
 */
export interface TypoModelTables {
  total: number;
  /** Words → bucket + 1 (CodeTable cells and filter). */
  wordCells: Int32Array;
  wordFilter: Int32Array;
  /** Words with one code unit replaced by HOLE → index + 1 into fillStart/fillLength/fillMax. */
  holeCells: Int32Array;
  holeFilter: Int32Array;
  fillStart: Int32Array;
  fillLength: Int32Array;
  /** Highest bucket among the words of each hole (an upper bound on what a fill can score). */
  fillMax: Int32Array;
  /** The characters that fill each hole to make a word, in source order. */
  fills: Uint16Array;
  /** Highest log-probability of a word of k code units (index k; 0 unused). */
  maxLogpOfLength: Float64Array;
  /** Homophone groups, space-separated (TypoModelData.homophones). */
  homophones: string;
  /**
   * Per code unit u and place in a word: highest bucket + 1 of a word of two to four units with u
   * there (0: u is never there), at u × UNIT_SLOTS + SLOT_OF_LENGTH[length] + place. A hole's best
   * fill cannot beat the least of these over the hole's other units: a bound read from arrays that
   * lets the scorer skip most hole look-ups (issue 8).
   */
  unitMax: Uint8Array;
}

/** Places in words of two, three and four units: the slots of TypoModelTables.unitMax per unit. */
const UNIT_SLOTS = 9;
/** The first slot of words of each length (index: length; 0 and 1 unused). */
const SLOT_OF_LENGTH = [0, 0, 0, 2, 5] as const;

interface Model {
  tables: TypoModelTables;
  logTotal: number;
  /** Log-probability of the words by frequency bucket: bucket × ln 2 − ln total. */
  bucketLogp: Float64Array;
  unknown: number;
  words: CodeTable;
  holes: CodeTable;
  fillStart: Int32Array;
  fillLength: Int32Array;
  fills: Uint16Array;
  fillMax: Int32Array;
  maxLogpOfLength: Float64Array;
  unitMax: Uint8Array;
  /** Homophone groups and the groups each character is in (indices, in group order). */
  groups: string[];
  groupsOf: Float64Array;
  /** Look-alike groups and the groups each character is in. */
  shapeGroups: string[];
  shapeGroupsOf: Float64Array;
  /** Learnt confusions: wrong character → right characters, in PAIR_COUNTS order. */
  pairsOf: Map<number, number[]>;
  /** Prior bonus (nats) of a confusion, keyed wrong × 65536 + right. */
  prior: Map<number, number>;
  /** Candidates of each character seen so far (code points, itself excluded), or null for none. */
  alternatives: Map<number, Alternatives | null>;
  /**
   * The same for the BMP, by code unit: 1 + an index into alternativesSeen, -1 for none (no
   * candidate), 0 for not yet (a typed array read instead of a Map look-up per character;
   * zero-filled, so its memory is touched only where a character was asked about — an array of
   * 65,536 holes was written whole at start-up).
   */
  alternativesIndex: Int32Array;
  alternativesSeen: Alternatives[];
  /**
   * maxPrior and maxSingle of the BMP characters with candidates, at unit × 2 and unit × 2 + 1: the
   * bounds suspects reads for nearly every character, side by side in one typed array rather than
   * behind two pointers.
   */
  alternativeBounds: Float64Array;
  /**
   * Bucket + 2 of the one-character word of each code unit (1: none; 0: not looked up yet): the
   * look-up made for every character of every run is a read, not a probe. Filled on first look-up
   * of each unit, not by a scan of the whole table when the model is made (issue 8: ~10 ms of a
   * small file's start-up); zero-filled, so only the pages of the units asked about are touched.
   */
  singles: Int32Array;
}

interface Alternatives {
  /** Code points in the order the candidates were first added (decides ties). */
  list: number[];
  /** Highest prior bonus of a confusion of this character (0: none). */
  maxPrior: number;
  /** Highest log-probability of a candidate on its own (as a word of one character, or unknown). */
  maxSingle: number;
}

const SURROGATE = /[\uD800-\uDFFF]/;

let data: TypoModelData | undefined;
let model: Model | undefined;
/** Where ready-made tables come from when no data was set (a Node host: a file); undefined: none. */
let tablesSource: (() => TypoModelTables | undefined) | undefined;

/**
 * Uses `source` as the typo model's data (a host that fetched or generated it itself); the tables
 * are rebuilt on next use.
 */
export function setTypoModelData(source: TypoModelData): void {
  if (source?.format !== 1 || !Array.isArray(source.words)) throw new Error('typo model: unknown data format');
  data = source;
  model = undefined;
}

/** Uses tables built elsewhere (unpackTypoModelTables of a shared buffer): nothing is built. */
export function setTypoModelTables(tables: TypoModelTables): void {
  model = modelOf(tables);
}

/**
 * Where to get ready-made tables on first use, unless data was set (setTypoModelData): called once;
 * when it returns undefined the tables are built from the compiled data as usual.
 */
export function setTypoModelTablesSource(source: (() => TypoModelTables | undefined) | undefined): void {
  tablesSource = source;
}

/**
 * Builds the typo model's tables now rather than on the first check (~40 ms), optionally from
 * injected data or a provider (e.g. `() => fetch(url).then((r) => r.json())`). Resolves once
 * built; calling it again is free.
 */
export async function loadTypoModel(source?: TypoModelData | (() => TypoModelData | Promise<TypoModelData>)): Promise<void> {
  if (source) setTypoModelData(typeof source === 'function' ? await source() : source);
  getModel();
}

/** Whether the tables are built (a check will not pay for building them). */
export function typoModelLoaded(): boolean {
  return model !== undefined;
}

/**
 * Every (character, group) of the groups as code point × 65536 + group index, sorted: the groups of
 * a character are a run found by binary search (groupsOfCode). One typed array instead of a Map of
 * arrays — building that Map was ~20 ms of a small file's start-up (issue 8), for the few
 * characters a check then asks about.
 */
function indexOfCodes(groups: string[]): Float64Array {
  let n = 0;
  for (const group of groups) n += group.length;
  const keys = new Float64Array(n);
  let k = 0;
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g]!;
    for (let i = 0; i < group.length; i++) {
      const cp = group.codePointAt(i)!;
      if (cp > 0xffff) i++;
      keys[k++] = cp * 65536 + g;
    }
  }
  return keys.subarray(0, k).sort();
}

/** The groups (ascending, each once) that contain code point `c`, or undefined for none. */
function groupsOfCode(index: Float64Array, c: number): number[] | undefined {
  const key = c * 65536;
  let lo = 0;
  let hi = index.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (index[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  let out: number[] | undefined;
  for (let i = lo; i < index.length && index[i]! < key + 65536; i++) {
    const g = index[i]! - key;
    if (!out) out = [g];
    else if (out[out.length - 1] !== g) out.push(g);
  }
  return out;
}

function bucketLogpOf(total: number): Float64Array {
  const logTotal = Math.log(total);
  const bucketLogp = new Float64Array(80);
  for (let b = 0; b < bucketLogp.length; b++) bucketLogp[b] = b * Math.LN2 - logTotal;
  return bucketLogp;
}

/** The tables of the compiled data (~40 ms on a quiet machine). */
export function buildTypoModelTables(source: TypoModelData): TypoModelTables {
  const bucketLogp = bucketLogpOf(source.total);
  let wordCount = 0;
  let holeCount = 0;
  for (let k = 0; k < 4; k++) {
    const n = (source.words[k] ?? '').length / (k + 1);
    wordCount += n;
    if (k > 0) holeCount += n * (k + 1);
  }
  const words = CodeTable.sized(wordCount);
  const holes = CodeTable.sized(source.holeKeys ?? holeCount);
  // Holes: first count the fills of every key, then lay the fills out in source order.
  const holeKeys = new Int32Array(holeCount);
  let h = 0;
  let keys = 0;
  let counts = new Int32Array(1024);
  for (let k = 0; k < 4; k++) {
    const text = source.words[k] ?? '';
    const buckets = source.buckets[k] ?? '';
    const len = k + 1;
    for (let w = 0, at = 0; at < text.length; w++, at += len) {
      const u0 = text.charCodeAt(at);
      const u1 = len > 1 ? text.charCodeAt(at + 1) : 0;
      const u2 = len > 2 ? text.charCodeAt(at + 2) : 0;
      const u3 = len > 3 ? text.charCodeAt(at + 3) : 0;
      words.add(u0 | (u1 << 16), u2 | (u3 << 16), buckets.charCodeAt(w) - 48 + 1);
      for (let c = 0; c < len && len > 1; c++) {
        const lo = (c === 0 ? HOLE : u0) | ((c === 1 ? HOLE : u1) << 16);
        const hi = (c === 2 ? HOLE : u2) | ((c === 3 ? HOLE : u3) << 16);
        const key = holes.add(lo, hi, keys + 1) - 1;
        if (key === keys) {
          keys++;
          if (keys > counts.length) {
            const grown = new Int32Array(counts.length * 2);
            grown.set(counts);
            counts = grown;
          }
        }
        counts[key]!++;
        holeKeys[h++] = key;
      }
    }
  }
  const fillStart = new Int32Array(keys);
  const fillLength = new Int32Array(keys);
  for (let i = 0, at = 0; i < keys; i++) {
    fillStart[i] = at;
    at += counts[i]!;
  }
  const fills = new Uint16Array(h);
  const fillMax = new Int32Array(keys);
  const maxLogpOfLength = new Float64Array(5).fill(-Infinity);
  const unitMax = new Uint8Array(65536 * UNIT_SLOTS);
  h = 0;
  for (let k = 0; k < 4; k++) {
    const text = source.words[k] ?? '';
    const buckets = source.buckets[k] ?? '';
    const len = k + 1;
    for (let w = 0, at = 0; at < text.length; w++, at += len) {
      const bucket = buckets.charCodeAt(w) - 48;
      if (bucketLogp[bucket]! > maxLogpOfLength[len]!) maxLogpOfLength[len] = bucketLogp[bucket]!;
      if (len < 2) continue;
      for (let c = 0; c < len; c++) {
        const key = holeKeys[h++]!;
        fills[fillStart[key]! + fillLength[key]!++] = text.charCodeAt(at + c);
        if (bucket > fillMax[key]!) fillMax[key] = bucket;
        const slot = text.charCodeAt(at + c) * UNIT_SLOTS + SLOT_OF_LENGTH[len]! + c;
        if (bucket + 1 > unitMax[slot]!) unitMax[slot] = bucket + 1;
      }
    }
  }
  return {
    total: source.total,
    wordCells: words.cells,
    wordFilter: words.filter,
    holeCells: holes.cells,
    holeFilter: holes.filter,
    fillStart,
    fillLength,
    fillMax,
    fills,
    maxLogpOfLength,
    homophones: source.homophones,
    unitMax,
  };
}

/** The model over its tables: the small maps (homophone and shape groups, learnt pairs) built here. */
function modelOf(tables: TypoModelTables): Model {
  const logTotal = Math.log(tables.total);
  const bucketLogp = bucketLogpOf(tables.total);
  const words = new CodeTable(tables.wordCells, tables.wordFilter);
  const lookup = (ch: string): number | undefined => {
    if (ch.length !== 1) return undefined;
    const v = words.get(ch.charCodeAt(0), 0);
    return v === 0 ? undefined : bucketLogp[v - 1]!;
  };
  const pairsOf = new Map<number, number[]>();
  const prior = new Map<number, number>();
  for (const entry of PAIR_COUNTS.split(' ')) {
    const [c, d] = [entry[0]!, entry[1]!];
    // a very frequent character (不, 自, 才 …: 2^15 and more in jieba) is rarely the slip even when
    // its slips are many: no bonus (自本通知印发之日起, 不分大小)
    const key = c.charCodeAt(0) * 65536 + d.charCodeAt(0);
    if ((lookup(c) ?? -Infinity) < 14.5 * Math.LN2 - logTotal) prior.set(key, PAIR_BONUS * Math.log(Number(entry.slice(2))));
    const list = pairsOf.get(c.charCodeAt(0)) ?? [];
    list.push(d.charCodeAt(0));
    pairsOf.set(c.charCodeAt(0), list);
  }
  const groups = tables.homophones.split(' ').filter(Boolean);
  const shapeGroups = SHAPE_GROUPS.split(' ');
  return {
    tables,
    logTotal,
    bucketLogp,
    unknown: Math.log(0.5) - logTotal,
    words,
    holes: new CodeTable(tables.holeCells, tables.holeFilter),
    fillStart: tables.fillStart,
    fillLength: tables.fillLength,
    fills: tables.fills,
    fillMax: tables.fillMax,
    maxLogpOfLength: tables.maxLogpOfLength,
    unitMax: tables.unitMax,
    groups,
    groupsOf: indexOfCodes(groups),
    shapeGroups,
    shapeGroupsOf: indexOfCodes(shapeGroups),
    pairsOf,
    prior,
    alternatives: new Map(),
    alternativesIndex: new Int32Array(65536),
    alternativesSeen: [],
    alternativeBounds: new Float64Array(65536 * 2),
    singles: new Int32Array(65536),
  };
}

// ---- One buffer of tables: a header of Int32 (magic, format, then byte offset and length of each
// array in TABLE_ORDER), then the arrays, each 8-byte aligned. Read back as views: no parsing, no
// copy (a SharedArrayBuffer stays shared).

const TABLES_MAGIC = 0x4f505954; // "TYPO"
/**
 * Bumped whenever the tables' layout or CodeTable's hashing changes: a buffer of another format is
 * refused (then the tables are built from the data), so a stale file can never give wrong answers.
 */
export const TYPO_TABLES_FORMAT = 2;
const TABLE_ORDER = ['wordCells', 'wordFilter', 'holeCells', 'holeFilter', 'fillStart', 'fillLength', 'fillMax', 'fills', 'maxLogpOfLength', 'homophones', 'total', 'unitMax'] as const;
const HEADER_BYTES = 128;

/** The tables as one buffer (shared: a SharedArrayBuffer, to give to worker threads). */
export function packTypoModelTables(tables: TypoModelTables, shared = false): Uint8Array {
  const parts: Uint8Array[] = TABLE_ORDER.map((name) => {
    if (name === 'homophones') {
      const units = new Uint16Array(tables.homophones.length);
      for (let i = 0; i < units.length; i++) units[i] = tables.homophones.charCodeAt(i);
      return new Uint8Array(units.buffer);
    }
    if (name === 'total') return new Uint8Array(Float64Array.of(tables.total).buffer);
    const a = tables[name];
    return new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  });
  let size = HEADER_BYTES;
  const offsets = parts.map((p) => {
    const at = size;
    size += (p.byteLength + 7) & ~7;
    return at;
  });
  const out = new Uint8Array(shared ? new SharedArrayBuffer(size) : new ArrayBuffer(size));
  const header = new Int32Array(out.buffer, 0, HEADER_BYTES / 4);
  header[0] = TABLES_MAGIC;
  header[1] = TYPO_TABLES_FORMAT;
  parts.forEach((p, i) => {
    header[2 + i * 2] = offsets[i]!;
    header[3 + i * 2] = p.byteLength;
    out.set(p, offsets[i]);
  });
  return out;
}

const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;

/** Views over a buffer of packTypoModelTables; undefined when it is not one (or another format). */
export function unpackTypoModelTables(bytes: Uint8Array): TypoModelTables | undefined {
  if (bytes.byteLength < HEADER_BYTES || bytes.byteOffset % 8 !== 0) return undefined;
  const header = new Int32Array(bytes.buffer, bytes.byteOffset, HEADER_BYTES / 4);
  if (header[0] !== TABLES_MAGIC || header[1] !== TYPO_TABLES_FORMAT) return undefined;
  const at = (i: number) => {
    const offset = header[2 + i * 2]!;
    const length = header[3 + i * 2]!;
    if (offset < HEADER_BYTES || offset % 8 !== 0 || offset + length > bytes.byteLength) throw new Error('typo model: truncated tables');
    return [bytes.byteOffset + offset, length] as const;
  };
  const int32 = (i: number) => {
    const [o, n] = at(i);
    return new Int32Array(bytes.buffer, o, n / 4);
  };
  const [ho, hn] = at(9);
  // UTF-16 code units as written by packTypoModelTables; decoded from a copy (TextDecoder refuses a
  // view of a SharedArrayBuffer)
  const homophones = LITTLE_ENDIAN
    ? new TextDecoder('utf-16le', { ignoreBOM: true }).decode(new Uint8Array(bytes.buffer, ho, hn).slice())
    : String.fromCharCode(...new Uint16Array(bytes.buffer, ho, hn / 2));
  const [fo, fn] = at(7);
  const [mo] = at(8);
  const [to] = at(10);
  const [uo, un] = at(11);
  return {
    total: new Float64Array(bytes.buffer, to, 1)[0]!,
    wordCells: int32(0),
    wordFilter: int32(1),
    holeCells: int32(2),
    holeFilter: int32(3),
    fillStart: int32(4),
    fillLength: int32(5),
    fillMax: int32(6),
    fills: new Uint16Array(bytes.buffer, fo, fn / 2),
    maxLogpOfLength: new Float64Array(bytes.buffer, mo, 5),
    homophones,
    unitMax: new Uint8Array(bytes.buffer, uo, un),
  };
}

/** The tables in use (built now if need be): what a host packs to share them. */
export function typoModelTables(): TypoModelTables {
  return getModel().tables;
}

function getModel(): Model {
  if (!model) {
    const ready = data ? undefined : tablesSource?.();
    model = modelOf(ready ?? buildTypoModelTables((data ??= compiledData as TypoModelData)));
  }
  return model;
}

/**
 * The candidates for character `c`: its homophones, then its look-alikes, then its learnt
 * confusions, each once, in that order (the order decides which suggestion wins a tie).
 */
function alternativesOf(m: Model, c: number): Alternatives | null {
  if (c <= 0xffff) {
    const k = m.alternativesIndex[c]!;
    if (k !== 0) return k < 0 ? null : m.alternativesSeen[k - 1]!;
  } else {
    const known = m.alternatives.get(c);
    if (known !== undefined) return known;
  }
  const homophoneGroups = groupsOfCode(m.groupsOf, c);
  const shapeGroups = groupsOfCode(m.shapeGroupsOf, c);
  const pairs = m.pairsOf.get(c);
  let result: Alternatives | null = null;
  if (homophoneGroups || shapeGroups || pairs) {
    const list: number[] = [];
    const seen = new Set<number>();
    const add = (d: number) => {
      if (d !== c && !seen.has(d)) {
        seen.add(d);
        list.push(d);
      }
    };
    for (const g of homophoneGroups ?? []) for (const ch of m.groups[g]!) add(ch.codePointAt(0)!);
    for (const g of shapeGroups ?? []) for (const ch of m.shapeGroups[g]!) add(ch.codePointAt(0)!);
    for (const d of pairs ?? []) add(d);
    let maxPrior = 0;
    let maxSingle = m.unknown;
    for (const d of list) {
      maxPrior = Math.max(maxPrior, m.prior.get(c * 65536 + d) ?? 0);
      if (d <= 0xffff) {
        const v = m.words.get(d, 0);
        if (v !== 0) maxSingle = Math.max(maxSingle, m.bucketLogp[v - 1]!);
      }
    }
    result = { list, maxPrior, maxSingle };
  }
  // no candidate at all and an empty list answer every caller alike: both are none
  if (result?.list.length === 0) result = null;
  if (c > 0xffff) m.alternatives.set(c, result);
  else if (!result) m.alternativesIndex[c] = -1;
  else {
    m.alternativesIndex[c] = m.alternativesSeen.push(result);
    m.alternativeBounds[c * 2] = result.maxPrior;
    m.alternativeBounds[c * 2 + 1] = result.maxSingle;
  }
  return result;
}

/** Bucket + 1 of the word made of `length` units of `units` from `from` (0: not a word). */
function wordValue(m: Model, units: Uint16Array, from: number, length: number): number {
  if (length === 1) {
    const u = units[from]!;
    const s = m.singles[u]!;
    if (s !== 0) return s - 1;
    const v = m.words.get(u, 0);
    m.singles[u] = v + 1;
    return v;
  }
  const u1 = length > 1 ? units[from + 1]! : 0;
  const u2 = length > 2 ? units[from + 2]! : 0;
  const u3 = length > 3 ? units[from + 3]! : 0;
  const lo = units[from]! | (u1 << 16);
  const hi = u2 | (u3 << 16);
  return m.words.get(lo, hi);
}

const scratchDp = new Float64Array(32);
let codes = new Uint16Array(256);

/** round(log2 frequency) of a word (1–4 characters) of the model's word list; undefined if absent. */
export function wordFrequencyBucket(word: string): number | undefined {
  if (word.length < 1 || word.length > 4 || SURROGATE.test(word)) return undefined;
  const m = getModel();
  const units = new Uint16Array(4);
  for (let i = 0; i < word.length; i++) units[i] = word.charCodeAt(i);
  const v = wordValue(m, units, 0, word.length);
  return v === 0 ? undefined : v - 1;
}

/** Log-probability of the best segmentation of `text` into known words (unknown characters penalised). */
export function segmentScore(text: string): number {
  const m = getModel();
  const n = text.length;
  if (codes.length < n) codes = new Uint16Array(n * 2);
  for (let i = 0; i < n; i++) codes[i] = text.charCodeAt(i);
  fillSpans(m, n);
  return segmentWindow(m, 0, n, -1, -1, n < scratchDp.length ? scratchDp : new Float64Array(n + 1));
}

export interface Suspect {
  /** Offset of the character in the text. */
  index: number;
  char: string;
  /** The homophone that fits best. */
  suggestion: string;
  /** Gain in log-probability (natural log) of the window. */
  gain: number;
  /** Found on the set-phrase path: the four-character word (an idiom or set term) the suggestion completes. */
  setPhrase?: string;
}

/**
 * Function words and very frequent characters (的 is read dì in 目的 …): suspects only on a gain
 * NEVER_MARGIN above the threshold or in a listed set phrase, and the PARTICLES never.
 */
const NEVER = '的地得了着过和与及在是有也都就还而或并其之以于为这那个';
const HAN_RUN = /\p{Script=Han}{4,}/gu;
/**
 * Endings of place and organisation names: a character just before one is likely part of a name
 * (平舆县, 樟江, 辛安泉, 陶然庭苑社区, 正昌集团).
 */
const PLACE = '省市县区乡镇村旗州盟江河湖海山泉峰岭湾岛溪港苑社团院所园厂';
const WINDOW = 3;
/** A post title shortly before: the next characters are most likely a person's name (市长张国清). */
const POST = /(?:长|主任|书记|主席|委员|同志|经理|员|师|（女）)\p{Script=Han}{0,2}$/u;


// Per-character scratch: which code units are candidates of the current character (stamp = the
// current generation) and their rank among them; which are collected already.
const altStamp = new Int32Array(65536);
const altRank = new Int32Array(65536);
const candStamp = new Int32Array(65536);
const holeFound = new Int32Array(16);
let generation = 0;
/**
 * A function word of NEVER other than the particles (以, 其, 就, 为 …) may be the slip off the
 * set-phrase path too, on a gain this much above the threshold (以/已, 其/期 slips). Issue 9,
 * measured on the tuning parts: +1 ECSpell-ODW sentence, no warning more on published documents
 * (at +0 one more on the held-out part).
 */
const NEVER_MARGIN = 2;
/**
 * Particles and the commonest function words: not even a set phrase makes them a slip (党的十九届
 * is no slip for 第十九届; 的/地/得 is grammar, not spelling).
 */
const PARTICLES = '的地得了着过和与及在是有个这那';
/** Per code unit: 1 for NEVER, 2 for PLACE, 4 for PARTICLES (a table read, not a Set look-up, for every character). */
const UNIT_CLASS = unitClasses([[NEVER, 1], [PLACE, 2], [PARTICLES, 4]]);

let spans = new Float64Array(1024);

/**
 * spans[e * 4 + k - 1]: the log-probability the segmentation adds for the word codes[e - k, e) of
 * the current run — the word's, or for a single character that is no word the unknown penalty, or
 * -Infinity for no word of two to four characters (so no path takes it). Read for every window of
 * the run, so the look-up and the bucket → log-probability step are made once per span.
 */
function fillSpans(m: Model, n: number): void {
  if (spans.length < (n + 1) * 4) spans = new Float64Array((n + 1) * 8);
  for (let e = 1; e <= n; e++) {
    for (let k = 1; k <= 4; k++) spans[e * 4 + k - 1] = k <= e ? spanLogp(m, wordValue(m, codes, e - k, k), k) : -Infinity;
  }
}

/** What a word of `k` units with word value `v` (bucket + 1, 0: none) adds to a segmentation. */
function spanLogp(m: Model, v: number, k: number): number {
  return v !== 0 ? m.bucketLogp[v - 1]! : k === 1 ? m.unknown : -Infinity;
}

/**
 * The best segmentation of the window codes[a, a + w) of the current run into known words (unknown
 * characters penalised), with character `d` in place of codes[i] (d = -1: as written): spans not
 * covering i come from the span table. dp[x] = the best score of the first x characters, so
 * dp[w] is the window's. scoreBothWays makes the same pass for a window as written: each dp[x] is
 * the maximum of the same sums (dp[x - k] + the span's value), so equal windows score bit for bit
 * the same whichever of the two scores them.
 */
function segmentWindow(m: Model, a: number, w: number, i: number, d: number, dp: Float64Array = scratchDp): number {
  dp.fill(-Infinity, 0, w + 1);
  dp[0] = 0;
  const saved = codes[i]!;
  if (d >= 0) codes[i] = d;
  for (let j = 1; j <= w; j++) {
    const e = a + j;
    for (let k = 1; k <= 4 && k <= j; k++) {
      const lp = d >= 0 && e - k <= i && i < e ? spanLogp(m, wordValue(m, codes, e - k, k), k) : spans[e * 4 + k - 1]!;
      const v = dp[j - k]! + lp;
      if (v > dp[j]!) dp[j] = v;
    }
  }
  if (d >= 0) codes[i] = saved;
  return dp[w]!;
}

const forward = new Float64Array(2 * WINDOW + 2);
const backward = new Float64Array(2 * WINDOW + 2);

/**
 * The window codes[a, a + w) as written: forward[x] = best score of its first x characters
 * (segmentWindow's pass, so forward[w] is the base score), backward[x] = best score of the
 * characters from x to the end (the same pass mirrored). Unrolled over the four word lengths: it
 * runs for nearly every character of every run. The single-character step always exists (finite),
 * so it starts each maximum.
 */
function scoreBothWays(a: number, w: number): void {
  forward[0] = 0;
  for (let j = 1; j <= w; j++) {
    const at = (a + j) * 4;
    let best = forward[j - 1]! + spans[at]!;
    if (j >= 2) {
      const v = forward[j - 2]! + spans[at + 1]!;
      if (v > best) best = v;
      if (j >= 3) {
        const v3 = forward[j - 3]! + spans[at + 2]!;
        if (v3 > best) best = v3;
        if (j >= 4) {
          const v4 = forward[j - 4]! + spans[at + 3]!;
          if (v4 > best) best = v4;
        }
      }
    }
    forward[j] = best;
  }
  backward[w] = 0;
  for (let x = w - 1; x >= 0; x--) {
    const at = (a + x) * 4;
    let best = backward[x + 1]! + spans[at + 4]!;
    if (x + 2 <= w) {
      const v = backward[x + 2]! + spans[at + 9]!;
      if (v > best) best = v;
      if (x + 3 <= w) {
        const v3 = backward[x + 3]! + spans[at + 14]!;
        if (v3 > best) best = v3;
        if (x + 4 <= w) {
          const v4 = backward[x + 4]! + spans[at + 19]!;
          if (v4 > best) best = v4;
        }
      }
    }
    backward[x] = best;
  }
}

/**
 * The hole table's value for the word codes[x, x + len) of the current run with codes[i] left out
 * (HOLE in its place), keyed as buildTypoModelTables keys holes: 1 + an index into the fill
 * arrays, 0 for no such hole.
 */
function holeKey(holes: CodeTable, x: number, len: number, i: number): number {
  const u0 = x === i ? HOLE : codes[x]!;
  const u1 = x + 1 === i ? HOLE : codes[x + 1]!;
  const u2 = len > 2 ? (x + 2 === i ? HOLE : codes[x + 2]!) : 0;
  const u3 = len > 3 ? (x + 3 === i ? HOLE : codes[x + 3]!) : 0;
  return holes.get(u0 | (u1 << 16), u2 | (u3 << 16));
}

/**
 * Whether some word of two to four characters around codes[i] (inside the window codes[a, a + w))
 * has a hole whose best fill, between the window's best scores left and right of it, would beat
 * `needed` — the hole look-ups of suspects, but only for the holes that two cheaper bounds of the
 * same form do not already rule out: the best word of that length (maxLogpOfLength, no memory read
 * beyond the window: stops about half the holes) and the best word with each of the hole's other
 * units at its place (unitMax). Each is at least the hole's best fill, and the sums are formed in
 * the same order, so a hole they stop would have been stopped by its look-up. Reads forward and
 * backward (scoreBothWays of the same window).
 */
function holePasses(m: Model, a: number, w: number, i: number, needed: number): boolean {
  const { unitMax, holes, fillMax, bucketLogp, maxLogpOfLength } = m;
  const j = i - a;
  for (let s = j < 3 ? 0 : j - 3; s <= j; s++) {
    const left = forward[s]!;
    const last = w < s + 4 ? w : s + 4;
    for (let e = j + 1 > s + 2 ? j + 1 : s + 2; e <= last; e++) {
      const len = e - s;
      if (left + maxLogpOfLength[len]! + backward[e]! <= needed) continue;
      const x = a + s;
      const slot = SLOT_OF_LENGTH[len]!;
      let most = 255;
      for (let p = 0; p < len; p++) {
        if (x + p === i) continue;
        const v = unitMax[codes[x + p]! * UNIT_SLOTS + slot + p]!;
        if (v < most) most = v;
      }
      if (most === 0 || left + bucketLogp[most - 1]! + backward[e]! <= needed) continue;
      const key = holeKey(holes, x, len, i);
      if (key !== 0 && left + bucketLogp[fillMax[key - 1]!]! + backward[e]! > needed) return true;
    }
  }
  return false;
}

/** Margin for rounding when a bound decides that no candidate can reach the threshold. */
const EPSILON = 1e-6;

/** False only inside withoutBounds: every character with a candidate is scored in full. */
let bounded = true;

/**
 * Runs `fn` with the bounds of suspects switched off, so every candidate of every character is
 * scored: the reference the tests hold the bounds to (they may only skip work, never a suspect).
 */
export function withoutBounds<T>(fn: () => T): T {
  bounded = false;
  try {
    return fn();
  } finally {
    bounded = true;
  }
}

/**
 * Suspicious characters in `text`: runs of four or more Han characters (shorter runs are mostly
 * names in lists), each character tried against its homophones that make a word with its
 * neighbours.
 */
export function suspects(text: string, threshold: number, setPhraseThreshold = threshold): Suspect[] {
  const m = getModel();
  // The set-phrase path (issue 9, typos in idioms and set terms): a suggestion that turns the four
  // characters around it from no word into a word of the dictionary (因循守就 → 因循守旧, 由来以久 →
  // 由来已久) needs a smaller gain, and may replace even a function word. Measured on the tuning
  // parts: four-character completions with gain 5–8 were on a wrong character every time in
  // ECSpell-ODW, and drew 2 warnings on 1.7M characters of published documents.
  const phrase = Math.min(threshold, setPhraseThreshold);
  const { holes, fills, fillStart, fillLength, prior } = m;
  const out: Suspect[] = [];
  const candidates: number[] = [];
  const spanMatches: number[] = [];
  for (const match of text.matchAll(HAN_RUN)) {
    const run = match[0];
    if (SURROGATE.test(run)) continue; // astral characters: skip the run
    const n = run.length;
    if (codes.length < n) codes = new Uint16Array(n * 2);
    for (let i = 0; i < n; i++) codes[i] = run.charCodeAt(i);
    fillSpans(m, n);
    for (let i = 0; i < n; i++) {
      const c = codes[i]!;
      const never = (UNIT_CLASS[c]! & 1) !== 0; // then the gain must pass NEVER_MARGIN more
      if (never && (UNIT_CLASS[c]! & 4) !== 0) continue;
      if ((i + 1 < n && (UNIT_CLASS[codes[i + 1]!]! & 2) !== 0) || (i + 2 < n && (UNIT_CLASS[codes[i + 2]!]! & 2) !== 0)) continue;
      // (runs with astral characters are skipped above: c is a BMP unit)
      let slot = m.alternativesIndex[c]!;
      if (slot === 0) {
        alternativesOf(m, c);
        slot = m.alternativesIndex[c]!;
      }
      if (slot < 0) continue;
      // Bounds first (most characters stop here): with any character in place of c, the best
      // segmentation is the unchanged best scores left and right of one word covering i, which
      // cannot beat the best fill of that word's hole (the hole look-ups below). Before those
      // look-ups, a cheaper bound of the same form: the best word that has each of the hole's other
      // units at its place (unitMax, array reads) — it is never below the hole's own best fill,
      // so a character it stops would have been stopped by the look-ups too.
      const a = Math.max(0, i - WINDOW);
      const w = Math.min(n, i + WINDOW + 1) - a;
      const j = i - a;
      scoreBothWays(a, w);
      const base = forward[w]!;
      const needed = phrase - m.alternativeBounds[c * 2]! + base - EPSILON;
      const single = forward[j]! + m.alternativeBounds[c * 2 + 1]! + backward[j + 1]!;
      if (bounded && single <= needed && !holePasses(m, a, w, i, needed)) continue;
      // Every word of two to four characters around i with i left out (the same spans), all of
      // them again and in order: their fills are the candidates, and the order decides ties.
      let found = 0;
      let bound = single;
      for (let s = Math.max(0, j - 3); s <= j; s++) {
        for (let e = j + 1; e <= Math.min(w, s + 4); e++) {
          const len = e - s;
          if (len < 2) continue;
          const x = a + s;
          const key = holeKey(holes, x, len, i);
          if (key === 0) continue;
          holeFound[found++] = key - 1;
          bound = Math.max(bound, forward[s]! + m.bucketLogp[m.fillMax[key - 1]!]! + backward[e]!);
        }
      }
      if (found === 0 || (bounded && bound <= needed)) continue;
      // (after the bounds, which are pure arithmetic and stop most characters: slicing and a regex
      // per character cost more than they do; the order of these skips does not change the result)
      if (POST.test(run.slice(Math.max(0, i - 4), i))) continue;
      // The candidates: the characters that fill those holes and are candidates of c, in the order
      // the old Set-based code met them (fill order, but candidate order where the fills were a
      // big set larger than the candidates).
      const gen = ++generation;
      const list = m.alternativesSeen[slot - 1]!.list;
      for (let r = 0; r < list.length; r++) {
        const d = list[r]!;
        if (d <= 0xffff) {
          altStamp[d] = gen;
          altRank[d] = r;
        }
      }
      candidates.length = 0;
      for (let h = 0; h < found; h++) {
        const key = holeFound[h]!;
        const count = fillLength[key]!;
        const start = fillStart[key]!;
        spanMatches.length = 0;
        for (let f = start; f < start + count; f++) {
          const d = fills[f]!;
          if (altStamp[d] === gen && candStamp[d] !== gen) spanMatches.push(d);
        }
        if (spanMatches.length > 1 && count > 16 && count > list.length) spanMatches.sort((x, y) => altRank[x]! - altRank[y]!);
        for (let k = 0; k < spanMatches.length; k++) {
          candStamp[spanMatches[k]!] = gen;
          candidates.push(spanMatches[k]!);
        }
      }
      if (candidates.length === 0) continue;
      let gain = -Infinity;
      let suggestion = 0;
      for (const d of candidates) {
        const g = segmentWindow(m, a, w, i, d) - base + (prior.get(c * 65536 + d) ?? 0);
        if (g > gain) {
          gain = g;
          suggestion = d;
        }
      }
      if (gain > threshold + (never ? NEVER_MARGIN : 0)) {
        out.push({ index: match.index! + i, char: run[i]!, suggestion: String.fromCharCode(suggestion), gain });
      } else if (gain > phrase) {
        const at = completedSetPhrase(m, n, i, suggestion);
        if (at >= 0) {
          const word = run.slice(at, i) + String.fromCharCode(suggestion) + run.slice(i + 1, at + 4);
          out.push({ index: match.index! + i, char: run[i]!, suggestion: String.fromCharCode(suggestion), gain, setPhrase: word });
        }
      }
    }
  }
  return out;
}

/**
 * Where `d` in place of codes[i] makes a four-character word of the current run (of `n` units)
 * while no four characters around i as written are a word (因时制宜 / 因事制宜 are both words: not
 * this path): the word's start in the run, or -1.
 */
function completedSetPhrase(m: Model, n: number, i: number, d: number): number {
  for (let s = Math.max(0, i - 3); s <= i && s + 4 <= n; s++) if (wordValue(m, codes, s, 4) !== 0) return -1;
  const saved = codes[i]!;
  codes[i] = d;
  let found = -1;
  for (let s = Math.max(0, i - 3); s <= i && s + 4 <= n && found < 0; s++) if (wordValue(m, codes, s, 4) !== 0) found = s;
  codes[i] = saved;
  return found;
}

/**
 * Whether writing `b` for `a` is a typical slip: the two characters share a toneless reading, look
 * alike (SHAPE_GROUPS) or are a learnt confusion. phrasing/regulation-title uses it to tell a
 * mis-typed title (章成 for 章程) from a different real title one word away (党校 / 党组).
 */
export function confusable(a: string, b: string): boolean {
  const alternatives = alternativesOf(getModel(), a.codePointAt(0)!);
  return alternatives !== null && alternatives.list.includes(b.codePointAt(0)!);
}
