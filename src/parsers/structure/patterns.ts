/**
 * Every pattern the recogniser reads a line with, in one place. Rules that need the same shapes
 * (heading counters, the 发文字号, red) import them from here rather than keeping a copy.
 */
import type { DocumentKind } from '../../tree/types.js';

const DASHES = '—\\-－–~～_';

/** A Chinese counter numeral, 一 … 九十九. */
export const HAN_COUNTER = '[一二三四五六七八九十]{1,3}';

/**
 * The four heading counters as written at the start of a line (GB/T 9704—2012 7.3.3: 一、 （一） 1.
 * （1）), tolerant of wrong punctuation (（一）、 1、 一． 一， half-width brackets) so the heading rule
 * can flag it. Groups: 1 the leading space, 2 the counter with its punctuation, 3 the number.
 */
export const HEADING_COUNTER: Record<1 | 2 | 3 | 4, RegExp> = {
  1: new RegExp(`^(\\s*)((${HAN_COUNTER})\\s*[、，,．.])`),
  2: new RegExp(`^(\\s*)([（(]\\s*(${HAN_COUNTER})\\s*[）)]\\s*[、，,．.]?)`),
  3: /^([\s\u200b\ufeff]*)(([\d０-９]{1,2})\s*[.．、])/,
  4: /^([\s\u200b\ufeff]*)([（(]\s*([\d０-９]{1,2})\s*[）)]\s*[、，,．.]?)/,
};

const HAN_DIGITS = '一二三四五六七八九';

/** The value of a counter numeral: 一 … 九十九, or Arabic digits. */
export function counterValue(text: string): number | undefined {
  const t = text.trim();
  if (/^[\d０-９]{1,2}$/.test(t)) return Number(t.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(t);
  if (!m || !t) return undefined;
  if (!m[2]) return m[1] && !m[3] ? HAN_DIGITS.indexOf(m[1]) + 1 : undefined;
  return (m[1] ? HAN_DIGITS.indexOf(m[1]) + 1 : 1) * 10 + (m[3] ? HAN_DIGITS.indexOf(m[3]) + 1 : 0);
}

/** A heading counter at the start of a text, as HEADING_COUNTER reads it. Offsets into `text`. */
export interface CounterMatch {
  depth: 1 | 2 | 3 | 4;
  n: number;
  /** The counter with its punctuation as written (一、 （一） 1. （1）, or a wrong form). */
  text: string;
  start: number;
  end: number;
  /** The number inside it. */
  numStart: number;
  numEnd: number;
}

/** Reads the counter of `depth` at the start of `text` (tolerant of wrong punctuation, as HEADING_COUNTER). */
export function matchCounter(text: string, depth: 1 | 2 | 3 | 4): CounterMatch | undefined {
  const m = HEADING_COUNTER[depth].exec(text);
  if (!m) return undefined;
  const n = counterValue(m[3]);
  if (n === undefined || n < 1) return undefined;
  const start = m[1].length;
  const numStart = start + m[2].indexOf(m[3]);
  return { depth, n, text: m[2], start, end: start + m[2].length, numStart, numEnd: numStart + m[3].length };
}

/** Words after 一、二 that make the pair numbers (一、二等奖, 三、四月份, 五、六个), not a counter and a heading. */
const NUMERAL_UNIT = /^\s*(?:[、，,．.]|季度|个月|月|年级|年|等|类|级|期|批|号|胎|孩|线|中全会|次|届|项|方面|个|日|名|倍|成|万|亿|千|百|天|周|岁)/;

/**
 * Whether what follows a level-1 counter makes the line a list of numbers or an estimate rather than a
 * heading: the next numeral is the counter's successor (三、四月份, 二、三十年代) and a unit follows it,
 * or another 、 follows it (一、三、五等). A heading whose text opens with another numeral (一、一年来的
 * 工作, 二、五年来主要成绩, 三、三中全会精神) is a heading: only the successor reads as a pair.
 */
export function isNumeralListAfterCounter(n: number, after: string): boolean {
  const m = /^\s*([一二三四五六七八九十]{1,3})/.exec(after);
  if (!m) return false;
  const rest = after.slice(m[0].length);
  if (!NUMERAL_UNIT.test(rest)) return false;
  if (/^\s*、/.test(rest)) return true;
  const v = counterValue(m[1]);
  const lead = counterValue(m[1][0]);
  return v === n + 1 || (m[1].length > 1 && lead === n + 1);
}

/** The 发文字号 inside a text: 机关代字 + bracketed year + serial + 号, tolerant of wrong brackets. */
export const DOCUMENT_NUMBER_SOURCE = '[\\u4e00-\\u9fa5]{1,12}\\s*[〔\\[［(（【{｛]\\s*\\d{2,4}\\s*[〕\\]］)）】}｝]\\s*第?\\s*\\d+\\s*号';

/**
 * A 文号 cited in running text, for comparing its year (consistency/cited-number-year). Narrower than
 * DOCUMENT_NUMBER_SOURCE on purpose: a four-digit year in a group, and square brackets only — in
 * prose a year in round brackets (某规划(2021)第3号…) is too often not a 文号 to judge its year.
 * Groups: year.
 */
export const CITED_DOCUMENT_NUMBER_RE = /[\u4e00-\u9fa5]{1,12}\s*[〔\[［【]\s*((?:19|20)\d{2})\s*[〕\]］】]\s*第?\s*\d+\s*号/g;

/** A closing date as written: four-digit, Chinese-numeral or template year (202X年X月X日). Group 1: the year. */
const ISSUE_DATE_SOURCE = '([\\d０-９]{4}|[\\d０-９]{2,3}[Xx×Ｘ]{1,2}|[〇零○O一二三四五六七八九]{4})\\s*年\\s*(?:[\\d０-９〇零一二三四五六七八九十]{1,3}|[Xx×Ｘ]{1,2})\\s*月\\s*(?:[\\d０-９〇零一二三四五六七八九十]{1,3}|[Xx×Ｘ]{1,2})\\s*日';

export const RE = {
  copyNumber: /^\s*\d{6}\s*$/,
  classification: /^\s*(绝密|机密|秘密)(\s*[★☆*＊]\s*.*)?\s*$/,
  /** 特急 加急 (特提 平急 for telegrams), also wrong forms (紧急, 急件, 特急件) so the urgency rule flags them. */
  urgency: /^\s*(特急|加急|特提|平急|急件|紧急|特急件|加急件|特别紧急)\s*$/,
  /** A copy number as the first line of a header, also in wrong forms (No.128, №000128, 份号：128, full-width digits). */
  copyNumberLoose: /^\s*(?:(?:No|NO|no|№)\s*[.．:：]?\s*|份号\s*[:：]\s*)?[\d０-９]{1,8}\s*$/,
  /** 机关代字 + bracketed year + serial + 号, tolerant of wrong brackets so the element rule can judge it. */
  documentNumber: new RegExp(DOCUMENT_NUMBER_SOURCE),
  /**
   * A line that *is* a document number (possibly in parentheses, possibly with 签发人 after it):
   * 国办发〔2024〕5号, 国办发[2024]5号, 〔24〕第5号, （国发〔2016〕49号）, 办发〔2024〕3号　签发人：张三.
   */
  documentNumberLine:
    /^\s*[（(]?\s*[\u4e00-\u9fa5A-Za-z×Ｘ]{0,12}\s*[〔\[［(（【{｛]\s*(?:[\d０-９]{2,4}|[\d０-９]{2,3}[Xx×Ｘ]{1,2})\s*[〕\]］)）】}｝]\s*第?\s*(?:[\d０-９]+|[Xx×Ｘ*＊]+)\s*号\s*[）)]?\s*(?:签\s*发\s*人\s*[:：].{0,30})?$/,
  /** 令号 under a "…令" issuer mark (命令格式): 第719号. */
  orderNumberLine: /^\s*第\s*[\d０-９]+\s*号\s*$/,
  signer: /签\s*发\s*人\s*[:：]/,
  /** 一、 (also wrong forms); whether it heads a heading or a list of numbers is isLevel1Heading's. */
  heading1: new RegExp(`^\\s*${HAN_COUNTER}\\s*[、，,．.]`),
  heading2: new RegExp(`^\\s*[（(]\\s*${HAN_COUNTER}\\s*[）)]`),
  /** 1. but not a decimal (1.5亿); 3.2019年底前… is a counter followed by a year. */
  heading3: /^[\s\u200b\ufeff]*[\d０-９]{1,2}\s*[.．、](?!(?![\d０-９]{4}\s*年)[\d０-９.．])/,
  heading4: /^[\s\u200b\ufeff]*[（(]\s*[\d０-９]{1,2}\s*[）)]/,
  attachmentNote: /^\s*附\s*件\s*[:：]/,
  attachmentLabel: /^\s*附\s*件\s*(\d{1,2}|[一二三四五六七八九十]{1,3})?\s*$/,
  /** "附件2：名单" — a label with its title on the same line (after the date only). */
  attachmentLabelWithTitle: /^\s*附\s*件\s*(\d{1,2}|[一二三四五六七八九十]{1,3})?\s*[:：]\s*\S/,
  /** A date alone on its line; template placeholders (202X年X月X日) count, so the placeholder rule sees them. */
  issueDate: new RegExp(`^\\s*${ISSUE_DATE_SOURCE}\\s*$`),
  /**
   * 发文机关署名 and 成文日期 on one line, as drafts often type them: "××市人民政府办公室　2024年3月5日"
   * (ideographic or ASCII spaces, a tab, or nothing between). Groups: organ, date. Whether the organ
   * part reads as a signature is lines.signatureWithDate's.
   */
  signatureWithDate: new RegExp(`^\\s*(\\S.{1,38}?)[ \\t\\u00a0\\u3000]*(${ISSUE_DATE_SOURCE})\\s*$`),
  /** A template's placeholder for the closing date: [日期] 【成文日期】 ［发文日期］. */
  issueDatePlaceholder: /^\s*[\[［【〔]\s*(?:成文|发文|落款)?(?:日期|时间)\s*[\]］】〕]\s*$/,
  /** A template's placeholder for the signature: [发文单位] 【发文机关】 ［署名］ [单位名称]. */
  signaturePlaceholder: /^\s*[\[［【〔]\s*(?:发文|落款|署名)?(?:单位|机关|署名)(?:名称|全称)?\s*[\]］】〕]\s*$/,
  /** （2018年9月13日） under a title. */
  dateInParentheses: /^\s*[（(]\s*([\d０-９]{4}|[〇零○O一二三四五六七八九]{4})\s*年\s*[\d０-９〇零一二三四五六七八九十]{1,3}\s*月\s*[\d０-９〇零一二三四五六七八九十]{1,3}\s*日\s*[）)]\s*$/,
  remark: /^\s*[（(][^）)]*[）)]\s*$/,
  copyTo: /^\s*抄\s*送\s*[:：]/,
  printLine: /印\s*发\s*$/,
  pageNumber: new RegExp(`^\\s*(?:[${DASHES}]+\\s*\\d{1,4}\\s*[${DASHES}]+|第\\s*\\d{1,4}\\s*页(?:\\s*[,，/]?\\s*共\\s*\\d{1,4}\\s*页)?|\\d{1,4}\\s*/\\s*\\d{1,4})\\s*$`),
  directive: /^\s*(?:<!--\s*)?gongwen-lint-(?:disable|enable)(?:-next-line|-line)?\b.*$/,
  /** A news dateline at the start: 新华社北京7月20日电 (possibly followed by text). */
  dateline: /^\s*(?:新华社|人民日报|中新社|央视)[\u4e00-\u9fa5]{0,10}\d{1,2}月\d{1,2}日(?:电|讯)/,
  /** An issuer mark line: ××市人民政府文件. */
  issuerMarkFile: /^\s*[\u4e00-\u9fa5（）()、×ＸXxＸｘ\s]{2,40}文\s*件\s*$/,
  /** A seal placeholder in a draft: 〔此处加盖红色印章〕 （盖章） [印章]. */
  seal: /^\s*[〔\[［【（(<《]\s*(?:此处)?(?:加盖|盖)?(?:红色)?(?:公?章|印章|单位公章)\s*(?:处)?\s*[〕\]］】）)>》]\s*$|^\s*[〔\[［【（(]\s*(?:此处)?加盖.{0,12}[章印]\s*[〕\]］】）)]\s*$/,
  /** A separator drawn with characters in a text draft. */
  separator: /^\s*[—\-_=━─－]{4,}\s*$/,
  /** A template's label for the addressee / salutation slot, on its own line. */
  templateAddresseeLabel: /^\s*[\[［【]?\s*(?:称谓|称呼|主送|主送机关|主送单位|抬头)\s*[\]］】]?\s*$/,
  /** Words that make a line ending in a colon a lead-in to body text, not an addressee. */
  notAddressee: /如下|现将|现就|现对|为了|为进一步|根据|按照|经研究|经.*同意|通知|决定|要求|指出|强调|明确|规定|以下|下列|主要|包括|是[:：]|有[:：]|内容|情况|问题|措施|工作|事项|目标|原则|思路|任务|意见/,
  /** How an attachment's title ends (the words that make a second line part of it). */
  attachmentTitleEnd: /(?:名单|表|方案|办法|规定|细则|目录|清单|要点|计划|规划|指南|标准|条例|意见|通知|目标|情况|分工|制度|规则|纲要|章程|说明|协议|合同|一览|汇总)$/,
  /** Organ-name endings (for addressees, signatures and issuer marks). */
  organEnd: /(?:政府|委员会|人大常委会|常委会|党委|党组|党工委|工委|纪委|监委|办公厅|办公室|委|部|厅|局|署|院|办|会|中心|公司|集团|学校|大学|学院|协会|联合会|总会|支队|大队|队|所|站|处|科|室|组|团|军区|战区|法院|检察院|银行|单位|机关|机构|部门|同志|人民政府|街道|乡|镇|村|社区|省|市|县|区|州|盟|旗)$/,
  /** A template's bracketed slot for an element, alone on its line (a colon after it for the addressee): [主送单位]： [日期]. */
  templateSlot: /^\s*[\[［【]\s*[\u4e00-\u9fa5A-Za-z×Ｘ]{1,12}\s*[\]］】]\s*[：:]?\s*$/,
  /** Punctuation that makes a line a sentence rather than a title, a name or a label. */
  sentencePunct: /[。；;！!？?，,]/,
};

/** 纪要格式: the issue under the 纪要标志 (第5期, （第12期）, 第3次). */
export const MINUTES_ISSUE = /^\s*[（(]?\s*第\s*[\d０-９一二三四五六七八九十百零〇]{1,5}\s*[期次]\s*[）)]?\s*$/;

/** A date as it stands in a print line: 4- or 2-digit year, Chinese numerals, template placeholders. */
export const PRINT_DATE = /(?:[\d０-９]{2,4}|[\d０-９]{2,3}[Xx×Ｘ]{1,2}|[Xx×Ｘ]{4}|[〇零○O一二三四五六七八九]{2,4})\s*年\s*(?:[\d０-９〇零一二三四五六七八九十]{1,3}|[Xx×Ｘ]{1,2})\s*月\s*(?:[\d０-９〇零一二三四五六七八九十]{1,3}|[Xx×Ｘ]{1,2})\s*日/;

/** Title endings, longest first. Wrong kinds (请示报告, 申请, 汇报) are kept as words with no kind. */
export const KIND_ENDINGS: Array<[string, DocumentKind | undefined]> = [
  ['请示报告', undefined], ['申请报告', undefined], ['讲话稿', 'speech'], ['讲话', 'speech'],
  ['决议', 'resolution'], ['决定', 'decision'], ['命令', 'order'], ['公报', 'communique'],
  ['公告', 'announcement'], ['通告', 'publicNotice'], ['意见', 'opinions'], ['通知', 'notice'],
  ['通报', 'circular'], ['报告', 'report'], ['请示', 'request'], ['批复', 'reply'], ['议案', 'motion'],
  ['纪要', 'minutes'], ['函', 'letter'], ['令', 'order'], ['申请', undefined], ['汇报', undefined],
];

/** Draft markers after a title: （征求意见稿） （草案） （送审稿） （讨论稿） （代拟稿）. */
export const DRAFT_SUFFIX = /\s*[（(](?:征求意见稿|草案|送审稿|讨论稿|代拟稿|修改稿|初稿|审议稿|修订稿|稿|摘要|节选|全文)[）)]\s*$/;

/** The most common Chinese surnames (single characters; 欧阳 司马 诸葛 … start with one of them too or are rare). */
export const SURNAMES = new Set(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由'.split(''),
);

/**
 * Red, for text and shapes in DOCX: a strong red channel, weak green and blue. One threshold for the
 * recogniser (a red issuer mark, a red seal line) and the colour rule (red text outside the 版头),
 * so what one calls red the other does too. `#` optional, case-insensitive; `auto` is not red.
 */
export function isRed(color: string | undefined): boolean {
  const m = color ? /^#?([0-9a-f]{6})$/i.exec(color) : null;
  if (!m) return false;
  const n = parseInt(m[1], 16);
  return ((n >> 16) & 255) >= 0x99 && ((n >> 8) & 255) <= 0x60 && (n & 255) <= 0x60;
}

/** 纪要格式: the line naming the office and the date under the 纪要标志 (××办公室（编）　2024年3月5日). */
export const MINUTES_OFFICE_LINE = new RegExp(`^\\s*[\\u4e00-\\u9fa5（）()]{2,30}?[\\s\\u3000]+(?:${PRINT_DATE.source})\\s*$`);
