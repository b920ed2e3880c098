/**
 * English for the Chinese words that reach an English message through data rather than templates:
 * the citation (《党政机关公文处理工作条例》第二十条, a lexicon entry's source), element names from the
 * glossary (标题 → title), page-part names (页脚 → footer), font sizes (三号（16磅） → size 3 (16 pt))
 * and margin labels. Applied only with `locale: 'en'`; quoted document text is never touched (a value
 * is translated only when all of it is one of these forms). Names follow ../shared/reference/glossary.md.
 */

const HAN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 二十 → 20, 四十二 → 42, 十五 → 15 (article numbers: below 100). */
export function hanToNumber(han: string): number | undefined {
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(han);
  if (!m || (!m[1] && !m[2] && !m[3])) return undefined;
  if (!m[2]) return m[1] && !m[3] ? HAN_DIGITS[m[1]] : undefined;
  return (m[1] ? HAN_DIGITS[m[1]] : 1) * 10 + (m[3] ? HAN_DIGITS[m[3]] : 0);
}

const REGULATIONS = 'Regulations on the Handling of Party and Government Official Documents';

/** Titles and sources, whole or as a part between ，/；. */
const SOURCES: Array<[RegExp, (m: RegExpExecArray) => string]> = [
  [/^《党政机关公文处理工作条例》第([一二三四五六七八九十]+)条(?:（用字准确）)?$/, (m) => `${REGULATIONS}, art. ${hanToNumber(m[1]) ?? m[1]}`],
  [/^《党政机关公文处理工作条例》$/, () => REGULATIONS],
  [/^《现代汉语词典》(?:（第7版）|第7版)(?:“(.+)”条)?$/, (m) => `Xiandai Hanyu Cidian (Contemporary Chinese Dictionary), 7th ed.${m[1] ? `, entry ${m[1]}` : ''}`],
  [/^成语固定写法$/, () => 'fixed form of the idiom'],
  [/^公文惯例$/, () => 'official-document usage'],
  [/^国务院行政法规$/, () => 'administrative regulation of the State Council'],
  [/^国家法律法规数据库$/, () => 'National Database of Laws and Regulations'],
  [/^全国人民代表大会及其常务委员会通过的法律$/, () => 'law adopted by the NPC or its Standing Committee'],
  [/^中央党内法规和规范性文件发布文本$/, () => 'published texts of central Party regulations and normative documents'],
  [/^中央党内法规和规范性文件$/, () => 'central Party regulations and normative documents'],
  [/^中央党内法规$/, () => 'central Party regulation'],
  [/^已废止$/, () => 'repealed'],
  [/^新华社《新闻信息报道中的禁用词和慎用词》2016年修订版$/, () => 'Xinhua, Banned and Cautioned Words in News Reporting (2016 revision)'],
  [/^2022年10月修改的《中国共产党章程》$/, () => 'Constitution of the Communist Party of China, as amended in October 2022'],
  [/^中国政府网公布的国务院部门规范简称$/, () => 'standard short names of State Council departments (gov.cn)'],
  [/^国家标准全文公开系统$/, () => 'National Standards Full-Text Public System'],
  [/^2021年11月《中共中央关于党的百年奋斗重大成就和历史经验的决议》$/, () => 'Resolution of the CPC Central Committee on the Major Achievements and Historical Experience of the Party over the Past Century (November 2021)'],
  [/^党的二十大报告$/, () => 'Report to the 20th National Congress of the CPC'],
  [/^党的十九大报告$/, () => 'Report to the 19th National Congress of the CPC'],
  [/^党的二十大，2022年10月16日至22日$/, () => '20th National Congress of the CPC, 16–22 October 2022'],
  [/^《中共中央关于认真学习宣传贯彻党的二十大精神的决定》$/, () => 'Decision of the CPC Central Committee on Studying and Implementing the Guiding Principles of the 20th National Congress'],
];

/** The English form of a citation or source; the Chinese text itself when no form is known. */
export function englishCitation(zh: string): string {
  const whole = translateSource(zh);
  if (whole !== undefined) return whole;
  // "国务院行政法规，国家法律法规数据库" / "《现代汉语词典》（第7版）；成语固定写法": part by part, all or nothing.
  const parts = zh.split(/([，；])/);
  if (parts.length > 1) {
    const out: string[] = [];
    for (let i = 0; i < parts.length; i += 2) {
      const t = translateSource(parts[i].trim());
      if (t === undefined) return zh;
      out.push(t);
    }
    return out.join('; ');
  }
  return zh;
}

function translateSource(text: string): string | undefined {
  for (const [re, to] of SOURCES) {
    const m = re.exec(text);
    if (m) return to(m);
  }
  return undefined;
}

/** Glossary names of elements and page parts, for data values such as `{element}`. */
const ELEMENT_NAMES: Record<string, string> = {
  公文: 'official document', 版头: 'header block', 主体: 'main block', 版记: 'imprint block',
  份号: 'copy number', 密级: 'classification', 密级和保密期限: 'classification and period', 紧急程度: 'urgency',
  发文机关标志: 'issuer mark', 发文字号: 'document number', 文号: 'document number', 机关代字: 'issuer code',
  签发人: 'signer', 红色分隔线: 'red separator', 标题: 'title', 主送机关: 'addressee', 正文: 'body',
  一级标题: 'level-1 heading', 二级标题: 'level-2 heading', 三级标题: 'level-3 heading', 四级标题: 'level-4 heading',
  附件说明: 'attachment note', 发文机关署名: 'issuer signature', 署名: 'issuer signature', 成文日期: 'issue date',
  印章: 'seal', 附注: 'remark', 附件: 'attachment', 抄送机关: 'copy-to', 抄送: 'copy-to',
  印发机关和印发日期: 'print line', 印发: 'print line', 页码: 'page number', 版心: 'type area',
  页脚: 'footer', 页眉: 'header', 天头: 'top margin', 订口: 'binding margin', 表格: 'table', 正文样式: 'body style',
};

/** Generic font names and other whole words rules put in data. Specific fonts (仿宋_GB2312) stay as named. */
const WORDS: Record<string, string> = {
  宋体: 'SimSun', 仿宋体: 'FangSong', 仿宋: 'FangSong', 小标宋体: 'XiaoBiaoSong', 黑体: 'SimHei', 楷体: 'KaiTi',
  左对齐: 'left-aligned', 右对齐: 'right-aligned', 居中: 'centred', 两端对齐: 'justified', 分散对齐: 'distributed',
  书名号: 'title marks', 引号: 'quotation marks', 易混词语: 'easily confused words', 常见错别字: 'common misspelling',
  异形词: 'variant form', 为0: '0', '未设文档网格，正文单倍行距': 'no document grid, body text single-spaced',
  偶数页页脚: 'even-page footer', 奇数页页脚: 'odd-page footer', 首页页脚: 'first-page footer',
};

/** Data keys whose values are names or sources, never quoted document text. */
const NAME_KEYS = new Set(['source', 'label', 'part', 'size', 'found', 'want', 'list', 'category', 'kind', 'place', 'color', 'element', 'clause', 'canonical']);

const SIZE_NAMES: Record<string, string> = {
  初号: 'size 0', 小初: 'size small 0', 一号: 'size 1', 小一: 'size small 1', 二号: 'size 2', 小二: 'size small 2',
  三号: 'size 3', 小三: 'size small 3', 四号: 'size 4', 小四: 'size small 4', 五号: 'size 5', 小五: 'size small 5',
};

/** One data value in English when it is wholly a name this module knows; else unchanged. */
export function englishValue(value: string): string {
  if (ELEMENT_NAMES[value]) return ELEMENT_NAMES[value];
  if (WORDS[value]) return WORDS[value];
  const place = /^第(\d+)(行|段)$/.exec(value);
  if (place) return `${place[2] === '行' ? 'line' : 'paragraph'} ${place[1]}`;
  const colour = /^(红色|蓝色|绿色|灰色|黄色)（(#[0-9A-Fa-f]{6})）$/.exec(value);
  if (colour) return `${{ 红色: 'red', 蓝色: 'blue', 绿色: 'green', 灰色: 'grey', 黄色: 'yellow' }[colour[1]]} (${colour[2]})`;
  // 三号（16磅） / 三号 / 16磅
  const size = /^(初号|小初|[一二三四五]号|小[一二三四五])(?:（(\d+(?:\.\d+)?)磅）)?$/.exec(value);
  // 仿宋_GB2312、仿宋 / 黑体、SimHei: a list of names, each known or kept
  if (value.includes('、') && !/[，。；]/.test(value) && value.length < 40 && !/\d+(?:\.\d+)? mm/.test(value)) {
    return value.split('、').map((v) => WORDS[v] ?? ELEMENT_NAMES[v] ?? v).join(', ');
  }
  if (size) return `${SIZE_NAMES[size[1]]}${size[2] ? ` (${size[2]} pt)` : ''}`;
  const pt = /^(\d+(?:\.\d+)?)磅$/.exec(value);
  if (pt) return `${pt[1]} pt`;
  // Margin lists: 上（天头）25.4 mm、左（订口）31.8 mm、右31.8 mm、下25.4 mm
  if (/^(?:(?:上（天头）|左（订口）|右|下|上|左)\d+(?:\.\d+)? mm、?)+$/.test(value)) {
    return value
      .replace(/上（天头）|上/g, 'top ')
      .replace(/左（订口）|左/g, 'left ')
      .replace(/右/g, 'right ')
      .replace(/下/g, 'bottom ')
      .replace(/、/g, ', ');
  }
  // A source or citation, whole or part by part (unchanged when unknown).
  return englishCitation(value);
}

/** Data for an English message: every value this module knows in English, the rest as it is. */
export function englishData<T extends Record<string, string | number>>(data: T): T {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(data)) out[key] = typeof value === 'string' && NAME_KEYS.has(key) ? englishValue(value) : value;
  return out as T;
}
