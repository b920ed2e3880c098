/**
 * The recogniser: a flat list of source paragraphs (`line` nodes) → the official-document tree.
 * Classification is by text first (every input has text), helped by formatting where DOCX gives it
 * and by block hints where Markdown gives them.
 *
 * Order of the document (GB/T 9704—2012 §7): 版头 (copy number, classification, urgency, issuer mark,
 * document number, signer) → 主体 (title, addressee, body, attachment note, signature, issue date,
 * remark) → 附件 → 版记 (copy-to, print line).
 *
 * Precision before recall: rules rely on the element types, so a line is only given a special type
 * when the evidence is clear; anything else is a body paragraph. In particular:
 * - a 版头 is recognised only from a document number line (or a "…文件" / "…令" issuer mark) among
 *   the first lines, and only when the lines above it are header-like (not a title);
 * - the title is looked for only at the top (after the 版头, or after a news dateline "新华社…电"),
 *   never in the middle of the body;
 * - the closing 成文日期 must stand alone on its line and be at the end of the main text (followed by
 *   nothing, a remark, attachments or the 版记) or right after a signature-like line.
 *
 * Published layouts (国务院 documents on gov.cn): title, then the 发文字号 on the next line, then the
 * addressee. The number then is a `documentNumber` element in the mainBlock right after the title
 * (there is no headerBlock). A date in parentheses right under the title (（2018年9月13日）, the style of
 * Party documents and speeches) is an `issueDate` element in the mainBlock.
 */
import type {
  Block, Body, DocumentKind, DocumentNode, DocxInfo, Element, ElementType, Line, SourceFormat,
} from '../tree/types.js';

const DASHES = '—\\-－–~～_';

export const RE = {
  copyNumber: /^\s*\d{6}\s*$/,
  classification: /^\s*(绝密|机密|秘密)(\s*[★☆*＊]\s*.*)?\s*$/,
  /** 特急 加急 (特提 平急 for telegrams), also wrong forms (紧急, 急件, 特急件) so the urgency rule flags them. */
  urgency: /^\s*(特急|加急|特提|平急|急件|紧急|特急件|加急件|特别紧急)\s*$/,
  /** A copy number as the first line of a header, also in wrong forms (No.128, №000128, 份号：128, full-width digits). */
  copyNumberLoose: /^\s*(?:(?:No|NO|no|№)\s*[.．:：]?\s*|份号\s*[:：]\s*)?[\d０-９]{1,8}\s*$/,
  /** 机关代字 + bracketed year + serial + 号, tolerant of wrong brackets so the element rule can judge it. */
  documentNumber: /[\u4e00-\u9fa5]{1,12}\s*[〔\[［(（【{｛]\s*\d{2,4}\s*[〕\]］)）】}｝]\s*第?\s*\d+\s*号/,
  /**
   * A line that *is* a document number (possibly in parentheses, possibly with 签发人 after it):
   * 国办发〔2024〕5号, 国办发[2024]5号, 〔24〕第5号, （国发〔2016〕49号）, 办发〔2024〕3号　签发人：张三.
   */
  documentNumberLine:
    /^\s*[（(]?\s*[\u4e00-\u9fa5A-Za-z×Ｘ]{0,12}\s*[〔\[［(（【{｛]\s*(?:[\d０-９]{2,4}|[\d０-９]{2,3}[Xx×Ｘ]{1,2})\s*[〕\]］)）】}｝]\s*第?\s*(?:[\d０-９]+|[Xx×Ｘ*＊]+)\s*号\s*[）)]?\s*(?:签\s*发\s*人\s*[:：].{0,30})?$/,
  /** 令号 under a "…令" issuer mark (命令格式): 第719号. */
  orderNumberLine: /^\s*第\s*[\d０-９]+\s*号\s*$/,
  signer: /签\s*发\s*人\s*[:：]/,
  /** 一、 but not a list or an estimate of numbers (一、二等奖, 三、四月份, 五、六个). */
  heading1: /^\s*[一二三四五六七八九十]{1,3}\s*[、，,．.](?![一二三四五六七八九十]+[、，,．.等个月日年次项名倍成万亿千百天周级岁])/,
  heading2: /^\s*[（(]\s*[一二三四五六七八九十]{1,3}\s*[）)]/,
  /** 1. but not a decimal (1.5亿); 3.2019年底前… is a counter followed by a year. */
  heading3: /^\s*\d{1,2}\s*[.．、](?!(?![\d０-９]{4}\s*年)[\d.．])/,
  heading4: /^\s*[（(]\s*\d{1,2}\s*[）)]/,
  attachmentNote: /^\s*附\s*件\s*[:：]/,
  attachmentLabel: /^\s*附\s*件\s*(\d{1,2}|[一二三四五六七八九十]{1,3})?\s*$/,
  /** "附件2：名单" — a label with its title on the same line (after the date only). */
  attachmentLabelWithTitle: /^\s*附\s*件\s*(\d{1,2}|[一二三四五六七八九十]{1,3})?\s*[:：]\s*\S/,
  /** A date alone on its line; template placeholders (202X年X月X日) count, so the placeholder rule sees them. */
  issueDate: /^\s*([\d０-９]{4}|[\d０-９]{2,3}[Xx×Ｘ]{1,2}|[〇零○O一二三四五六七八九]{4})\s*年\s*(?:[\d０-９〇零一二三四五六七八九十]{1,3}|[Xx×Ｘ]{1,2})\s*月\s*(?:[\d０-９〇零一二三四五六七八九十]{1,3}|[Xx×Ｘ]{1,2})\s*日\s*$/,
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
};

/** Title endings, longest first. Wrong kinds (请示报告, 申请, 汇报) are kept as words with no kind. */
const KIND_ENDINGS: Array<[string, DocumentKind | undefined]> = [
  ['请示报告', undefined], ['申请报告', undefined], ['讲话稿', 'speech'], ['讲话', 'speech'],
  ['决议', 'resolution'], ['决定', 'decision'], ['命令', 'order'], ['公报', 'communique'],
  ['公告', 'announcement'], ['通告', 'publicNotice'], ['意见', 'opinions'], ['通知', 'notice'],
  ['通报', 'circular'], ['报告', 'report'], ['请示', 'request'], ['批复', 'reply'], ['议案', 'motion'],
  ['纪要', 'minutes'], ['函', 'letter'], ['令', 'order'], ['申请', undefined], ['汇报', undefined],
];

/** Draft markers after a title: （征求意见稿） （草案） （送审稿） （讨论稿） （代拟稿）. */
const DRAFT_SUFFIX = /\s*[（(](?:征求意见稿|草案|送审稿|讨论稿|代拟稿|修改稿|初稿|审议稿|修订稿|稿|摘要|节选|全文)[）)]\s*$/;

export function kindOfTitle(title: string): { kind?: DocumentKind; word?: string } {
  // Spaced-out titles (国 务 院 公 告) are read without the spaces.
  const t = title.replace(DRAFT_SUFFIX, '').replace(/[\s。.！!？?：:；;，,]+$/u, '').replace(/(?<=[\u4e00-\u9fa5])[ \t\u3000]+(?=[\u4e00-\u9fa5])/gu, '');
  for (const [word, kind] of KIND_ENDINGS) {
    if (t.endsWith(word)) {
      // 令 alone only as an order title (国务院令 / 中华人民共和国主席令), not "…的命令" etc.
      if (word === '令' && !/(?:[院席部委长]|嘉奖|任免|通缉|动员|特赦|戒严|授勋)令$/.test(t)) continue;
      return { kind, word };
    }
  }
  return {};
}

export function headingDepth(text: string): 1 | 2 | 3 | 4 | undefined {
  if (RE.heading1.test(text)) return 1;
  if (RE.heading2.test(text)) return 2;
  if (RE.heading4.test(text)) return 4;
  if (RE.heading3.test(text)) return 3;
  return undefined;
}

export interface HeadingParts {
  depth: 1 | 2 | 3 | 4;
  /** The counter with its punctuation as written: "一、" "（一）" "1." "（1）" (or wrong: "1、"). */
  counter: { start: number; end: number; text: string };
  /** The heading text after the counter, up to and including the first 。 (or to the end). */
  title: { start: number; end: number; text: string };
  /** Body text that follows the heading in the same paragraph (after the first 。), if any. */
  rest?: { start: number; end: number; text: string };
}

const COUNTER: Record<1 | 2 | 3 | 4, RegExp> = {
  1: /^(\s*)([一二三四五六七八九十]{1,3}\s*[、，,．.])/,
  2: /^(\s*)([（(]\s*[一二三四五六七八九十]{1,3}\s*[）)]\s*[、，,．.]?)/,
  3: /^(\s*)(\d{1,2}\s*[.．、])/,
  4: /^(\s*)([（(]\s*\d{1,2}\s*[）)]\s*[、，,．.]?)/,
};

/**
 * Splits a heading paragraph into counter, heading text and the body text run on after it
 * ("（一）加强组织领导。各地要……" → counter "（一）", title "加强组织领导。", rest "各地要……").
 */
export function headingParts(text: string): HeadingParts | undefined {
  const depth = headingDepth(text);
  if (!depth) return undefined;
  const m = COUNTER[depth].exec(text);
  if (!m) return undefined;
  const cStart = m[1].length;
  const cEnd = cStart + m[2].length;
  const stop = text.slice(cEnd).search(/[。！？]/);
  const tEnd = stop < 0 ? text.trimEnd().length : cEnd + stop + 1;
  const parts: HeadingParts = {
    depth,
    counter: { start: cStart, end: cEnd, text: m[2] },
    title: { start: cEnd, end: tEnd, text: text.slice(cEnd, tEnd) },
  };
  const rest = text.slice(tEnd);
  if (rest.trim()) {
    const rStart = tEnd + (rest.length - rest.trimStart().length);
    const rEnd = text.trimEnd().length;
    parts.rest = { start: rStart, end: rEnd, text: text.slice(rStart, rEnd) };
  }
  return parts;
}

/** A date as it stands in a print line: 4- or 2-digit year, Chinese numerals, template placeholders. */
const PRINT_DATE = /(?:[\d０-９]{2,4}|[\d０-９]{2,3}[Xx×Ｘ]{1,2}|[Xx×Ｘ]{4}|[〇零○O一二三四五六七八九]{2,4})\s*年\s*(?:[\d０-９〇零一二三四五六七八九十]{1,3}|[Xx×Ｘ]{1,2})\s*月\s*(?:[\d０-９〇零一二三四五六七八九十]{1,3}|[Xx×Ｘ]{1,2})\s*日/;

/**
 * A print line (印发机关和印发日期): "…办公室　2024年3月5日印发", also with a wrong date (24年3月5日) or
 * none ("…办公室印发"), so the print-line rule judges it.
 */
function isPrintLine(v: string): boolean {
  const t = v.trim();
  if (!RE.printLine.test(t) || t.length > 60) return false;
  if (/[\d０-９]{4}\s*年|[〇零○一二三四五六七八九]{4}年/.test(t)) return true;
  if (/[。；;！!？?，,：:]/.test(t)) return false;
  const organ = t.replace(/\s*印\s*发$/, '').replace(PRINT_DATE, '').trim();
  return organ.length >= 2 && endsLikeOrgan(organ.replace(/^[\[［【]|[\]］】]$/g, ''));
}

const PRINT_LINE_WITHOUT_WORD = new RegExp(`^(\\S.{1,30}?)[\\s\u3000]+(${PRINT_DATE.source})$`);

/** A print line without the word 印发 (a template's "XX单位办公室　202X年X月X日"): only right after a copy-to. */
function isPrintLineWithoutWord(v: string): boolean {
  const t = v.trim();
  const m = PRINT_LINE_WITHOUT_WORD.exec(t);
  return !!m && endsLikeOrgan(m[1].trim());
}

/** A date line: alone, or in parentheses. Returns undefined for anything else. */
function isDateLine(text: string): boolean {
  return RE.issueDate.test(text) || RE.dateInParentheses.test(text);
}

const SENTENCE_PUNCT = /[。；;！!？?，,]/;

function isShortPlain(text: string, max = 40): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= max && !SENTENCE_PUNCT.test(t);
}

/** Organ-name endings (for addressees, signatures and issuer marks). */
const ORGAN_END = /(?:政府|委员会|人大常委会|常委会|党委|党组|党工委|工委|纪委|监委|办公厅|办公室|委|部|厅|局|署|院|办|会|中心|公司|集团|学校|大学|学院|协会|联合会|总会|支队|大队|队|所|站|处|科|室|组|团|军区|战区|法院|检察院|银行|单位|机关|机构|部门|同志|人民政府|街道|乡|镇|村|社区|省|市|县|区|州|盟|旗)$/;

function endsLikeOrgan(text: string): boolean {
  return ORGAN_END.test(text.replace(/[\s　]+$/u, ''));
}

/** A title's text without surrounding markup: what kindOfTitle and the title tests look at. */
function looksLikeTitle(text: string, allowNoKind = true): boolean {
  const t = text.trim();
  if (t.length < 4 || t.length > 100) return false;
  if (/[。；;！!？?，,：:]$/.test(t)) return false;
  if (SENTENCE_PUNCT.test(t.replace(/《[^》]*》|〔[^〕]*〕|（[^）]*）|“[^”]*”/g, ''))) return false;
  if (RE.dateline.test(t) || headingDepth(t) || isDateLine(t)) return false;
  if (kindOfTitle(t).word !== undefined) return true;
  if (/^[—-]{1,2}\s*在.+[上的]讲话/.test(t) || /^在.+[上时]的?讲话/.test(t)) return true;
  return allowNoKind && /关于/.test(t) && /关于.{2,}/.test(t) && !/^关于.{0,3}$/.test(t);
}

/** The most common Chinese surnames (single characters; 欧阳 司马 诸葛 … start with one of them too or are rare). */
const SURNAMES = new Set(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由'.split(''),
);

/** A personal name: 2–4 characters starting with a common surname (张三, 欧阳明). */
function isPersonalName(text: string): boolean {
  const t = text.replace(/[\s　·]/g, '');
  return t.length >= 2 && t.length <= 4 && SURNAMES.has(t[0]) && /^[\u4e00-\u9fa5]+$/.test(t);
}

/** Personal name with an optional post before it: 张三, 市长　张三, 总　理　　李克强, （张三）. */
function looksLikeSpeaker(text: string): boolean {
  const t = text.trim().replace(/^[（(](.*)[）)]$/, '$1').trim();
  if (!t || t.length > 24 || SENTENCE_PUNCT.test(t) || looksLikeTitle(t)) return false;
  const tokens = t.split(/[\s　]{1,}/).filter(Boolean);
  if (tokens.length === 1) return isPersonalName(tokens[0]);
  // post + name: the name is the last token (总　理　　李克强 → 总 理 李克强)
  return isPersonalName(tokens[tokens.length - 1]) && tokens.slice(0, -1).join('').length <= 16;
}

/** A line that can stand in a signature block: organ name or post + name, short, no punctuation. */
function looksLikeSignature(text: string): boolean {
  const t = text.trim();
  if (RE.signaturePlaceholder.test(t)) return true;
  if (!isShortPlain(t, 40) || headingDepth(t) || isDateLine(t)) return false;
  if (/^(特此|此复|妥否|当否|以上|专此|请|附件|抄送|联系人|各|[（(])/.test(t) || /[：:、]$/.test(t)) return false;
  if (/^[\d\s]+$/.test(t) || RE.pageNumber.test(t)) return false;
  // Organ names, or a post and a name (总理　李克强), or a bare name.
  return endsLikeOrgan(t) || /^[\u4e00-\u9fa5·\s　]{2,30}$/.test(t);
}

function el(type: ElementType, lines: Line[], depth?: 1 | 2 | 3 | 4): Element {
  const node: Element = { type, children: lines };
  if (depth) node.depth = depth;
  const first = lines[0]?.position;
  const last = lines[lines.length - 1]?.position;
  if (first && last) node.position = { start: first.start, end: last.end };
  return node;
}

// --- DOCX formatting helpers ---------------------------------------------------------------------

function maxSize(line: Line): number {
  let size = 0;
  for (const r of line.runs ?? []) if (r.text.trim() && (r.sizeHalfPoints ?? 0) > size) size = r.sizeHalfPoints ?? 0;
  if (!size) size = line.format?.mark?.sizeHalfPoints ?? 0;
  return size;
}

function isRed(color: string | undefined): boolean {
  if (!color || color === 'auto' || !/^[0-9A-Fa-f]{6}$/.test(color)) return false;
  const r = parseInt(color.slice(0, 2), 16);
  const g = parseInt(color.slice(2, 4), 16);
  const b = parseInt(color.slice(4, 6), 16);
  return r >= 0xb0 && g <= 0x60 && b <= 0x60;
}

function mostlyRed(line: Line): boolean {
  const runs = (line.runs ?? []).filter((r) => r.text.trim());
  if (!runs.length) return false;
  const red = runs.filter((r) => isRed(r.color)).reduce((n, r) => n + r.text.length, 0);
  return red * 2 > runs.reduce((n, r) => n + r.text.length, 0);
}

/** Centred and at least 20 pt: how a DOCX title is set. */
function isDocxTitleFormat(line: Line): boolean {
  return line.format?.alignment === 'center' && maxSize(line) >= 40;
}

/** Red large text or a text box at the very top: the issuer mark. */
function isDocxIssuerMarkFormat(line: Line): boolean {
  return (mostlyRed(line) && maxSize(line) >= 40) || (line.container === 'textbox' && mostlyRed(line));
}

// -------------------------------------------------------------------------------------------------

export interface RecogniseOptions {
  format: SourceFormat;
  docx?: DocxInfo;
}

/** What the top of the document holds. */
interface HeaderScan {
  elements: Element[];
  /** Index of the first line after the header. */
  next: number;
  orderMark?: boolean;
}

/**
 * The 版头: copy number, classification, urgency, issuer mark (…文件 / red text), document number,
 * signer, separator. Returns undefined when the top of the document is no header.
 */
function scanHeader(lines: Line[], format: SourceFormat): HeaderScan | undefined {
  const limit = Math.min(lines.length, 10);
  // The document-number line (or the 令号 of an order), among the first lines.
  let numberAt = -1;
  let orderMark = false;
  for (let k = 0; k < limit; k++) {
    const v = lines[k].value;
    if (RE.documentNumberLine.test(v)) { numberAt = k; break; }
    if (RE.orderNumberLine.test(v) && k > 0 && /令\s*$/.test(lines[k - 1].value) && isShortPlain(lines[k - 1].value, 30)) {
      numberAt = k;
      orderMark = true;
      break;
    }
  }
  let end = numberAt;
  if (end < 0) {
    // No number: a "…文件" mark (or a red DOCX mark) among the first lines still opens a header.
    for (let k = 0; k < Math.min(lines.length, 5); k++) {
      const line = lines[k];
      if (RE.issuerMarkFile.test(line.value) || (format === 'docx' && isDocxIssuerMarkFormat(line))) end = k;
      else if (!isHeaderish(line, format)) break;
    }
    if (end < 0) return undefined;
  }
  // Everything above the number must be header-like; a title above it means the published layout.
  for (let k = 0; k < end; k++) {
    if (!isHeaderish(lines[k], format)) return undefined;
  }
  const elements: Element[] = [];
  let i = 0;
  for (; i <= end; i++) {
    const line = lines[i];
    const v = line.value;
    if (RE.directive.test(v)) elements.push(el('directive', [line]));
    else if (i === numberAt) elements.push(el('documentNumber', [line]));
    else if (RE.copyNumber.test(v) || (i === 0 && RE.copyNumberLoose.test(v))) elements.push(el('copyNumber', [line]));
    else if (RE.classification.test(v)) elements.push(el('classification', [line]));
    else if (RE.urgency.test(v)) elements.push(el('urgency', [line]));
    else if (RE.signer.test(v)) elements.push(el('signer', [line]));
    else if (RE.separator.test(v)) elements.push(el('redSeparator', [line]));
    else {
      // Consecutive mark lines (a joint issuer mark on two lines) form one element.
      const last = elements[elements.length - 1];
      if (last && last.type === 'issuerMark') last.children.push(line);
      else elements.push(el('issuerMark', [line]));
    }
  }
  // 签发人 may stand on its own line(s) after the number; a separator line drawn with characters too.
  while (i < lines.length && RE.signer.test(lines[i].value) && lines[i].value.trim().length <= 40) {
    elements.push(el('signer', [lines[i++]]));
  }
  // A bare name right under the number (the "签发人：" label kept elsewhere, e.g. in a text box).
  if (numberAt >= 0 && i < lines.length && isPersonalName(lines[i].value.trim()) && lines[i].value.trim().length <= 4) {
    elements.push(el('signer', [lines[i++]]));
  }
  while (i < lines.length && RE.separator.test(lines[i].value)) elements.push(el('redSeparator', [lines[i++]]));
  for (const e of elements) Object.assign(e, el(e.type, e.children, e.depth));
  return { elements, next: i, orderMark };
}

/** Could this top line belong to a 版头 (not a title, not body text)? */
function isHeaderish(line: Line, format: SourceFormat): boolean {
  const v = line.value;
  if (RE.directive.test(v) || RE.copyNumber.test(v) || RE.classification.test(v) || RE.urgency.test(v)) return true;
  if (RE.copyNumberLoose.test(v) || RE.signer.test(v) || RE.separator.test(v)) return true;
  if (format === 'docx' && isDocxIssuerMarkFormat(line)) return true;
  const t = v.trim();
  if (!isShortPlain(t, 40) || /[：:]/.test(t)) return false;
  if (RE.issuerMarkFile.test(t) || /令$/.test(t)) return true;
  if (looksLikeTitle(t)) return false;
  // A plain organ name (信函格式 / a mark written without 文件).
  return endsLikeOrgan(t);
}

/**
 * Builds the tree. Blank lines are dropped (positions come from each line, so nothing is lost).
 */
export function recognise(allLines: Line[], options: RecogniseOptions): DocumentNode {
  const lines = allLines.filter((l) => l.value.trim() !== '');
  const format = options.format;
  const header: Element[] = [];
  const main: Array<Element | Body> = [];
  const imprint: Element[] = [];
  const attachments: Block[] = [];
  let i = 0;
  let kindOverride: DocumentKind | undefined;

  // --- 版头
  const scan = scanHeader(lines, format);
  if (scan) {
    header.push(...scan.elements);
    i = scan.next;
    if (scan.orderMark) kindOverride = 'order';
    // 纪要格式 (GB/T 9704—2012 10.3): the red mark "×××纪要" names the kind; there is no title.
    const mark = scan.elements.filter((e) => e.type === 'issuerMark').map((e) => e.children.map((l) => l.value.trim()).join(''));
    if (mark.some((m) => /纪\s*要$/.test(m))) kindOverride = 'minutes';
  }

  // --- A news dateline (新华社北京7月20日电) opens published texts: a paragraph, then maybe the title.
  const leading: Element[] = [];
  while (i < lines.length && RE.directive.test(lines[i].value)) leading.push(el('directive', [lines[i++]]));
  let afterDateline = false;
  let datelineWithText = false;
  if (!scan && i < lines.length && RE.dateline.test(lines[i].value)) {
    leading.push(el('paragraph', [lines[i]]));
    afterDateline = lines[i].value.trim().replace(RE.dateline, '').trim() === '';
    datelineWithText = !afterDateline;
    i++;
  }
  main.push(...leading);

  // --- 标题: one to three lines.
  let titleText = '';
  const title = findTitle(lines, i, { format, strict: afterDateline, atTop: !datelineWithText, headed: !!scan });
  if (title) {
    // A "——…" subtitle line right under the title belongs to it — in DOCX only when it is set like the
    // title; a subtitle in body-size type (三号仿宋) is a paragraph of its own (not judged as the title).
    let subtitle: Line | undefined;
    if (title.end < lines.length && title.end - i < 3 && /^\s*(?:——|--)\S/.test(lines[title.end].value) && isShortPlain(lines[title.end].value, 60)) {
      if (format === 'docx' && maxSize(lines[title.end]) !== maxSize(lines[i])) subtitle = lines[title.end];
      else title.end++;
    }
    main.push(el('title', lines.slice(i, title.end)));
    titleText = title.text;
    i = title.end;
    if (subtitle) {
      main.push(el('paragraph', [subtitle]));
      i++;
    }
  }

  // --- Published layout: the 发文字号 right under the title; a date in parentheses; speech speaker.
  if (title) {
    if (i < lines.length && RE.documentNumberLine.test(lines[i].value)) main.push(el('documentNumber', [lines[i++]]));
    const speech = kindOfTitle(titleText).kind === 'speech';
    for (let n = 0; n < 2 && i < lines.length; n++) {
      const v = lines[i].value;
      if (isDateLine(v)) main.push(el('issueDate', [lines[i++]]));
      else if (speech && looksLikeSpeaker(v)) main.push(el('issuerSignature', [lines[i++]]));
      else break;
    }
  }

  // --- 主送机关: a line of organ names ending with a colon, right after the title (or the top).
  if (i < lines.length && isAddressee(lines[i].value)) {
    main.push(el('addressee', [lines[i++]]));
  } else if (title && i + 1 < lines.length && TEMPLATE_ADDRESSEE_LABEL.test(lines[i].value) && isAddressee(lines[i + 1].value)) {
    // A template's label for the slot ("称谓" above "各位同志：") belongs to the addressee, not the body.
    main.push(el('addressee', [lines[i], lines[i + 1]]));
    i += 2;
  }

  // --- The end: 版记 (copy-to, print line) at the very end.
  const imprintStart = findImprint(lines, i);

  // --- The closing 成文日期 of the main text.
  const dateAt = findClosingDate(lines, i, imprintStart);

  const body: Body = { type: 'body', children: [] };
  let block: Array<Element | Body> = main;
  let currentBody = body;
  main.push(body);
  let attachmentIndex = -1;
  let seenDate = false;
  const hasNote = () => main.some((e) => e.type === 'attachmentNote');

  const titleLine = (main.find((e) => e.type === 'title') as Element | undefined)?.children[0];
  const titleMarkdownDepth = titleLine?.markdown === 'heading' ? titleLine.markdownDepth ?? 1 : 0;
  let minOutline = 9;
  for (const l of lines) {
    const level = l.format?.numbered ? l.format.outlineLevel : undefined;
    if (level !== undefined && level >= 0 && level < minOutline) minOutline = level;
  }
  const pushBodyLine = (line: Line) => {
    const v = line.value;
    const children = currentBody.children;
    if (line.container === 'table' || line.markdown === 'tableCell') {
      const last = children[children.length - 1];
      if (last && last.type === 'table') last.children.push(line);
      else children.push(el('table', [line]));
      return;
    }
    let depth = headingDepth(v);
    if (!depth && line.markdown === 'heading') {
      // Counted from the level of the Markdown title (# title → ## is depth 1).
      depth = Math.min(4, Math.max(1, (line.markdownDepth ?? 2) - titleMarkdownDepth)) as 1 | 2 | 3 | 4;
    }
    if (!depth && line.format?.numberingText) {
      // Word numbering: the generated label (一、 （一） 1. （1）) says the depth, wrong forms included.
      depth = headingDepth(`${line.format.numberingText.trim()}正文`);
    }
    if (!depth && line.format?.numbered && line.format.numberingText === undefined && isShortPlain(v, 40)) {
      // No label known (an empty label means Word shows no counter: no depth from the numbering): the outline level gives the depth, counted from the highest level numbered
      // headings use in this document.
      const level = line.format.outlineLevel;
      if (level !== undefined && level - minOutline <= 3) depth = (level - minOutline + 1) as 1 | 2 | 3 | 4;
      else if (level === undefined) {
        // No outline level: a heading style's number (Heading 2, 标题 2) still says it.
        const m = /(?:heading|标题)\s*([1-4])\s*$/i.exec(line.format.styleName ?? line.format.styleId ?? '');
        if (m) depth = Number(m[1]) as 1 | 2 | 3 | 4;
      }
    }
    children.push(depth ? el('heading', [line], depth) : el('paragraph', [line]));
  };

  for (; i < imprintStart; i++) {
    const line = lines[i];
    const v = line.value;
    if (RE.directive.test(v)) { currentBody.children.push(el('directive', [line])); continue; }
    if (format !== 'docx' && RE.pageNumber.test(v)) { currentBody.children.push(el('pageNumber', [line])); continue; }
    if (RE.attachmentNote.test(v) && !seenDate && attachmentIndex < 0 && !hasNote()) {
      const noteLines = [line];
      while (i + 1 < imprintStart && i + 1 !== dateAt && isNoteContinuation(lines[i + 1], format)) noteLines.push(lines[++i]);
      block.push(el('attachmentNote', noteLines));
      continue;
    }
    if (isSealLine(line, format)) { currentBody.children.push(el('seal', [line])); continue; }
    if (i === dateAt) {
      // The signature: one or two organ names (three when all are organs) right before the date,
      // with a seal placeholder before or after it.
      const popped: Array<Element> = [];
      let sigLines = 0;
      let seals = 0;
      while (currentBody.children.length > 0) {
        const last = currentBody.children[currentBody.children.length - 1];
        if (last.type === 'seal' && seals < 2) {
          seals++;
          popped.unshift(currentBody.children.pop()!);
          continue;
        }
        if (sigLines >= 3) break;
        const text = last.children.map((l) => l.value).join('');
        if (last.type !== 'paragraph' || last.children.length !== 1 || !looksLikeSignature(text)) break;
        if (sigLines === 2) {
          const others = popped.filter((e) => e.type === 'paragraph').map((e) => e.children[0].value);
          if (!(endsLikeOrgan(text) && others.every(endsLikeOrgan))) break;
        }
        sigLines++;
        popped.unshift(currentBody.children.pop()!);
      }
      // Signature lines (in source order, consecutive) become one issuerSignature; seals stay.
      const closing: Element[] = [];
      for (const e of popped) {
        const prev = closing[closing.length - 1];
        if (e.type === 'seal') closing.push(e);
        else if (prev && prev.type === 'issuerSignature') prev.children.push(e.children[0]);
        else closing.push(el('issuerSignature', [e.children[0]]));
      }
      for (const e of closing) Object.assign(e, el(e.type, e.children));
      // A signature after the attachment note belongs after it; both stay in the main block.
      block.push(...closing);
      block.push(el('issueDate', [line]));
      seenDate = true;
      while (i + 1 < imprintStart && RE.remark.test(lines[i + 1].value) && lines[i + 1].value.trim().length <= 100) {
        block.push(el('remark', [lines[++i]]));
      }
      continue;
    }
    // A copy-to or print line that is not at the very end (版记 put before the attachments): still
    // recognised, where it stands, so the element rules judge it.
    if (seenDate && (RE.copyTo.test(v) || isPrintLine(v))) {
      const imprintLines = [line];
      if (RE.copyTo.test(v)) {
        while (i + 1 < imprintStart && /[，,、]\s*$/.test(lines[i].value) && !RE.printLine.test(lines[i + 1].value)
          && !RE.attachmentLabel.test(lines[i + 1].value)) {
          imprintLines.push(lines[++i]);
        }
      }
      currentBody.children.push(el(RE.copyTo.test(v) ? 'copyTo' : 'printLine', imprintLines));
      continue;
    }
    const labelled = RE.attachmentLabel.test(v) || (seenDate && RE.attachmentLabelWithTitle.test(v) && v.trim().length <= 60);
    if (labelled && (seenDate || attachmentIndex >= 0 || hasNote())) {
      attachmentIndex++;
      const labelLines = [line];
      // "附件" and its number broken onto two lines.
      if (/^\s*附\s*件\s*$/.test(v) && i + 1 < imprintStart && /^\s*\d{1,2}\s*$/.test(lines[i + 1].value)) labelLines.push(lines[++i]);
      const att: Block = { type: 'attachment', children: [el('attachmentLabel', labelLines)] };
      attachments.push(att);
      if (!RE.attachmentLabelWithTitle.test(v) && i + 1 < imprintStart) {
        const t = attachmentTitle(lines, i + 1, imprintStart);
        if (t > i + 1) {
          att.children.push(el('title', lines.slice(i + 1, t)));
          i = t - 1;
        }
      }
      currentBody = { type: 'body', children: [] };
      att.children.push(currentBody);
      block = att.children;
      continue;
    }
    pushBodyLine(line);
  }

  for (; i < lines.length; i++) {
    const line = lines[i];
    const v = line.value;
    const last = imprint[imprint.length - 1];
    if (RE.directive.test(v)) imprint.push(el('directive', [line]));
    else if (RE.copyTo.test(v)) imprint.push(el('copyTo', [line]));
    else if (isPrintLine(v) || (last && last.type === 'copyTo' && isPrintLineWithoutWord(v))) imprint.push(el('printLine', [line]));
    else if (RE.pageNumber.test(v)) imprint.push(el('pageNumber', [line]));
    else if (last && last.type === 'copyTo' && !RE.separator.test(v)) last.children.push(line);
    else imprint.push(el('paragraph', [line]));
  }
  for (const e of imprint) Object.assign(e, el(e.type, e.children, e.depth));

  const children: Block[] = [];
  if (header.length) children.push({ type: 'headerBlock', children: header });
  children.push({ type: 'mainBlock', children: main });
  children.push(...attachments);
  if (imprint.length) children.push({ type: 'imprintBlock', children: imprint });

  const doc: DocumentNode = { type: 'document', format, children };
  const { kind, word } = titleText ? kindOfTitle(titleText) : {};
  if (kind) doc.kind = kind;
  else if (kindOverride) doc.kind = kindOverride;
  if (word) doc.kindWord = word;
  if (options.docx) doc.docx = options.docx;
  return doc;
}

/** The title at line `at`: where it ends and its joined text, or undefined. */
function findTitle(
  lines: Line[],
  at: number,
  opts: { format: SourceFormat; strict: boolean; atTop: boolean; headed?: boolean },
): { end: number; text: string } | undefined {
  if (at >= lines.length || !opts.atTop) return undefined;
  const first = lines[at];
  const v0 = first.value.trim();
  // DOCX: centred, ≥ 20 pt lines at the top are the title, whatever they say.
  if (opts.format === 'docx' && isDocxTitleFormat(first) && !SENTENCE_PUNCT.test(v0.replace(/《[^》]*》/g, ''))) {
    let end = at + 1;
    while (end < lines.length && end < at + 3 && isDocxTitleFormat(lines[end]) && isShortPlain(lines[end].value, 40)) end++;
    return { end, text: lines.slice(at, end).map((l) => l.value.trim()).join('') };
  }
  // Markdown: a heading at the top is the title.
  if (first.markdown === 'heading' && v0.length <= 100 && !/[。；;！!？?]$/.test(v0) && !headingDepth(v0)) {
    return { end: at + 1, text: v0 };
  }
  // Several lines: the last ends in a kind word (or 讲话); together they read as a title.
  for (let k = 1; k <= 3 && at + k <= lines.length; k++) {
    const part = lines.slice(at, at + k).map((l) => l.value.trim());
    if (part.some((p) => p.length > 45 && k > 1)) break;
    if (k > 1) {
      // A title never runs over a number, a signer, a bare name or a line set differently (DOCX).
      const prev = part[k - 2];
      // A short line is a bare name, unless it is a place name (青山市⏎人民政府关于…的通知).
      const place = /[省市县区州盟旗]$/.test(prev) && prev.length >= 2 && k === 2;
      if (RE.documentNumber.test(prev) || RE.documentNumberLine.test(prev) || RE.signer.test(prev) || (prev.length <= 4 && !place)) break;
      const a = lines[at];
      const b = lines[at + k - 1];
      if (opts.format === 'docx' && (a.format?.alignment !== b.format?.alignment || maxSize(a) !== maxSize(b))) break;
    }
    if (k > 1 && !isShortPlain(part[k - 1].replace(/《[^》]*》/g, ''), 45)) break;
    if (k > 1 && (headingDepth(part[k - 1]) || isDateLine(part[k - 1]) || RE.documentNumberLine.test(part[k - 1]))) break;
    const joined = part.join('');
    const last = part[k - 1];
    // A kind word split over the break (…的通⏎知) still ends the title.
    const endsInKind = kindOfTitle(last).word !== undefined || /讲话$/.test(last)
      || (k > 1 && last.length <= 2 && (kindOfTitle(joined).word?.length ?? 0) > last.length);
    if (k === 1) {
      if (endsInKind && looksLikeTitle(joined, false)) {
        if (opts.strict && !/关于/.test(joined)) return undefined;
        // A main title with a "——在…上的讲话" subtitle.
        return { end: at + 1, text: joined };
      }
      continue;
    }
    // A main title followed by a "——…讲话" subtitle line.
    if (k === 2 && /^[—-]{1,2}/.test(last) && endsInKind && isShortPlain(part[0], 40)) {
      return { end: at + 2, text: last.replace(/^[—-]+\s*/, '') };
    }
    // Without 关于, only at the very top and only two short lines (2017年第二季度⏎全国政府网站抽查情况通报).
    const topPair = k === 2 && at === 0 && joined.length <= 50;
    if (endsInKind && looksLikeTitle(joined, false) && (/关于/.test(joined) || /^在.+讲话$/.test(joined) || topPair)) {
      return { end: at + k, text: joined };
    }
  }
  // One line with marks at its end or inside (关于…的通知。): still the title when it clearly is one —
  // 关于 and, before the closing marks, a kind word; a 版头 above it or an addressee under it — so that
  // the element rule flags the marks.
  if (!opts.strict) {
    const bare = v0.replace(/[。．.，,；;：:！!？?、]+$/u, '');
    const next = lines[at + 1]?.value.trim() ?? '';
    if (bare !== v0 || /[，,；;：:]/.test(bare)) {
      if (bare.length >= 6 && bare.length <= 60 && /关于/.test(bare) && kindOfTitle(bare).word !== undefined
        && !/[。！!？?]/.test(bare) && !headingDepth(bare) && !RE.dateline.test(bare)
        && (opts.headed || isAddressee(next))) {
        return { end: at + 1, text: bare };
      }
    }
  }
  // One line with 关于 but no kind word: still the title (the element rule flags the missing kind).
  if (!opts.strict && looksLikeTitle(v0, true) && /关于/.test(v0)) {
    const next = lines[at + 1]?.value.trim() ?? '';
    // …unless the next line would complete it (then the window above would have taken it).
    if (!next || !isShortPlain(next, 45) || isAddressee(next) || RE.documentNumberLine.test(next) || isDateLine(next) || headingDepth(next)) {
      return { end: at + 1, text: v0 };
    }
    if (kindOfTitle(next).word === undefined) return { end: at + 1, text: v0 };
  }
  return undefined;
}

/** A template's label for the addressee / salutation slot, on its own line. */
const TEMPLATE_ADDRESSEE_LABEL = /^\s*[\[［【]?\s*(?:称谓|称呼|主送|主送机关|主送单位|抬头)\s*[\]］】]?\s*$/;

const NOT_ADDRESSEE = /如下|现将|现就|现对|为了|为进一步|根据|按照|经研究|经.*同意|通知|决定|要求|指出|强调|明确|规定|以下|下列|主要|包括|是[:：]|有[:：]|内容|情况|问题|措施|工作|事项|目标|原则|思路|任务|意见/;

/** 各省、自治区、直辖市人民政府，国务院各部委、各直属机构： — organ names and a colon. */
export function isAddressee(text: string): boolean {
  const t = text.trim();
  if (t.length < 2 || t.length > 150 || !/[：:]$/.test(t) || /[。；;！!？?]/.test(t)) return false;
  if (headingDepth(t) || RE.attachmentNote.test(t) || RE.copyTo.test(t) || RE.signer.test(t)) return false;
  const names = t.slice(0, -1).trim().replace(/[\[\]［］【】]/g, '');
  if (NOT_ADDRESSEE.test(names.replace(/各工作部门|工作部门|有关单位|各有关单位/g, ''))) return false;
  if (/^各/.test(names) || /^(?:市|区|县|省)?[\u4e00-\u9fa5]{0,6}(政府|委|局|厅|部)$/.test(names)) return true;
  // Every name in a list separated by 、，, ends like an organ.
  const parts = names.split(/[、，,]/).map((p) => p.trim()).filter(Boolean);
  // Salutations of a speech (同志们, 女士们、先生们) count too.
  return parts.length > 0 && parts.every((p) => endsLikeOrgan(p) || /^各/.test(p) || /有关(单位|部门)$/.test(p) || /^[\u4e00-\u9fa5]{1,4}们$/.test(p));
}

/** Where the 版记 starts (copy-to / print line near the end, running to the end), or lines.length. */
function findImprint(lines: Line[], from: number): number {
  const isPrint = isPrintLine;
  const candidates: number[] = [];
  for (let k = Math.max(from, lines.length - 12); k < lines.length; k++) {
    const v = lines[k].value;
    if (RE.copyTo.test(v) || isPrint(v)) candidates.push(k);
  }
  // The first candidate from which every remaining line belongs to a 版记.
  for (const start of candidates) {
    let ok = true;
    let inCopyTo = false;
    for (let k = start; k < lines.length && ok; k++) {
      const v = lines[k].value;
      if (RE.copyTo.test(v)) inCopyTo = true;
      else if (isPrint(v) || (inCopyTo && isPrintLineWithoutWord(v))) inCopyTo = false;
      else if (RE.pageNumber.test(v) || RE.directive.test(v) || RE.separator.test(v) || /^\s*[（(]\s*共印.{0,10}[）)]\s*$/.test(v)) continue;
      else if (!(inCopyTo && /[，,、]\s*$/.test(lines[k - 1].value) && v.trim().length <= 120)) ok = false;
    }
    if (ok) return start;
  }
  return lines.length;
}

/**
 * The closing 成文日期: the first date-only line of the main text that ends it — followed by nothing,
 * a remark, an attachment label, the 版记 or page numbers — or that follows a signature-like line.
 */
function findClosingDate(lines: Line[], from: number, to: number): number {
  for (let k = from; k < to; k++) {
    // A template placeholder ([日期]) closes the text only right after a signature (or its placeholder).
    if (RE.issueDatePlaceholder.test(lines[k].value)) {
      if (k > from && looksLikeSignature(lines[k - 1].value)) return k;
      continue;
    }
    if (!RE.issueDate.test(lines[k].value)) continue;
    let n = k + 1;
    while (n < to && (RE.pageNumber.test(lines[n].value) || RE.directive.test(lines[n].value))) n++;
    const next = n < to ? lines[n].value : undefined;
    const endsText = next === undefined || RE.remark.test(next) || RE.attachmentLabel.test(next)
      || RE.attachmentLabelWithTitle.test(next);
    const prev = k > from ? lines[k - 1].value : '';
    if (endsText || looksLikeSignature(prev) || RE.seal.test(prev)) return k;
  }
  return -1;
}

/** A seal placeholder (text), or in DOCX a short red line that names a seal. */
function isSealLine(line: Line, format: SourceFormat): boolean {
  if (RE.seal.test(line.value)) return true;
  return format === 'docx' && mostlyRed(line) && line.value.trim().length <= 20 && /章|印/.test(line.value);
}

/** Continuation of 附件：1.… — the next numbered item, or an indented wrap in a text draft. */
function isNoteContinuation(line: Line, format: SourceFormat): boolean {
  const v = line.value;
  if (RE.issueDate.test(v) || RE.attachmentLabel.test(v)) return false;
  if (/^\s*\d{1,2}\s*[.．、]/.test(v) && v.trim().length <= 80) return true;
  // An indented wrap (not a right-aligned signature: little indentation, not an organ name).
  const indent = v.length - v.trimStart().length;
  return format !== 'docx' && indent >= 1 && indent <= 8 && /^(?:\s{2,}|　)/.test(v) && isShortPlain(v, 60)
    && !endsLikeOrgan(v.trim()) && !isDateLine(v);
}

const ATTACHMENT_TITLE_END = /(?:名单|表|方案|办法|规定|细则|目录|清单|要点|计划|规划|指南|标准|条例|意见|通知|目标|情况|分工|制度|规则|纲要|章程|说明|协议|合同|一览|汇总)$/;

/** The attachment title after a label: one line, or two when the second completes it. */
function attachmentTitle(lines: Line[], at: number, to: number): number {
  const v = lines[at].value.trim();
  if (!isShortPlain(v.replace(/《[^》]*》|（[^）]*）/g, ''), 60) || headingDepth(v) || RE.attachmentLabel.test(v)) return at;
  const next = at + 1 < to ? lines[at + 1].value.trim() : '';
  if (next && !ATTACHMENT_TITLE_END.test(v) && kindOfTitle(v).word === undefined
    && isShortPlain(next, 40) && !headingDepth(next) && !RE.attachmentLabel.test(next)
    && (ATTACHMENT_TITLE_END.test(next) || kindOfTitle(next).word !== undefined)) return at + 2;
  return at + 1;
}
