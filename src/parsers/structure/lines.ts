/**
 * What a single line reads as — title-like, an organ name, a person, a signature, a date, a print
 * line — and the element constructor. The phase modules decide with these where each element ends.
 */
import type { DocumentKind, Element, ElementType, Line } from '../../tree/types.js';
import { DRAFT_SUFFIX, HEADING_COUNTER, isNumeralListAfterCounter, KIND_ENDINGS, matchCounter, PRINT_DATE, RE, SURNAMES } from './patterns.js';

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
  if (RE.heading1.test(text)) return numeralPairAtStart(text) ? undefined : 1;
  if (RE.heading2.test(text)) return 2;
  if (RE.heading4.test(text)) return 4;
  if (RE.heading3.test(text)) return 3;
  return undefined;
}

/**
 * A level-1 counter followed by its successor and a unit (三、四月份, 一、二等奖): numbers, not a heading —
 * unless the line continues a run of level-1 headings (see body.ts), which the caller knows.
 */
export function numeralPairAtStart(text: string): boolean {
  const c = matchCounter(text, 1);
  return !!c && isNumeralListAfterCounter(c.n, text.slice(c.end));
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

/**
 * Splits a heading paragraph into counter, heading text and the body text run on after it
 * ("（一）加强组织领导。各地要……" → counter "（一）", title "加强组织领导。", rest "各地要……").
 */
export function headingParts(text: string): HeadingParts | undefined {
  const depth = headingDepth(text);
  if (!depth) return undefined;
  const m = HEADING_COUNTER[depth].exec(text);
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

/**
 * A print line (印发机关和印发日期): "…办公室　2024年3月5日印发", also with a wrong date (24年3月5日) or
 * none ("…办公室印发"), so the print-line rule judges it.
 */
export function isPrintLine(v: string): boolean {
  const t = v.trim();
  if (!RE.printLine.test(t) || t.length > 60) return false;
  if (/[\d０-９]{4}\s*年|[〇零○一二三四五六七八九]{4}年/.test(t)) return true;
  if (/[。；;！!？?，,：:]/.test(t)) return false;
  const organ = t.replace(/\s*印\s*发$/, '').replace(PRINT_DATE, '').trim();
  return organ.length >= 2 && endsLikeOrgan(organ.replace(/^[\[［【]|[\]］】]$/g, ''));
}

const PRINT_LINE_WITHOUT_WORD = new RegExp(`^(\\S.{1,30}?)[\\s\u3000]+(${PRINT_DATE.source})$`);

/** A print line without the word 印发 (a template's "XX单位办公室　202X年X月X日"): only right after a copy-to. */
export function isPrintLineWithoutWord(v: string): boolean {
  const t = v.trim();
  const m = PRINT_LINE_WITHOUT_WORD.exec(t);
  return !!m && endsLikeOrgan(m[1].trim());
}

/**
 * 发文机关署名 and 成文日期 typed on one line ("××市人民政府办公室　2024年3月5日", a tab or spaces
 * between, or none): the organ part must read as an organ name (an organ ending, no digits, no
 * sentence punctuation, not a 特此/请… line), so a sentence that ends in a date never does. Returns
 * the offset where the date starts, or -1.
 */
export function signatureWithDate(text: string): number {
  const m = RE.signatureWithDate.exec(text);
  if (!m) return -1;
  const organ = m[1].trim();
  if (organ.length < 3 || /[\d０-９Xx×Ｘ]/.test(organ) || !endsLikeOrgan(organ) || !looksLikeSignature(organ)) return -1;
  // Only Han (and the brackets of a name such as 中共××市委（市政府）) in the organ part.
  if (!/^[\u4e00-\u9fa5（）()·\s\u3000]+$/.test(organ)) return -1;
  return text.lastIndexOf(m[2]);
}

/** A date line: alone, or in parentheses. */
export function isDateLine(text: string): boolean {
  return RE.issueDate.test(text) || RE.dateInParentheses.test(text);
}

export function isShortPlain(text: string, max = 40): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= max && !RE.sentencePunct.test(t);
}

export function endsLikeOrgan(text: string): boolean {
  return RE.organEnd.test(text.replace(/[\s　]+$/u, ''));
}

/** A title's text without surrounding markup: what kindOfTitle and the title tests look at. */
export function looksLikeTitle(text: string, allowNoKind = true): boolean {
  const t = text.trim();
  if (t.length < 4 || t.length > 100) return false;
  if (/[。；;！!？?，,：:]$/.test(t)) return false;
  if (RE.sentencePunct.test(t.replace(/《[^》]*》|〔[^〕]*〕|（[^）]*）|“[^”]*”/g, ''))) return false;
  if (RE.dateline.test(t) || headingDepth(t) || isDateLine(t)) return false;
  if (kindOfTitle(t).word !== undefined) return true;
  if (/^[—-]{1,2}\s*在.+[上的]讲话/.test(t) || /^在.+[上时]的?讲话/.test(t)) return true;
  return allowNoKind && /关于/.test(t) && /关于.{2,}/.test(t) && !/^关于.{0,3}$/.test(t);
}

/** A personal name: 2–4 characters starting with a common surname (张三, 欧阳明). */
export function isPersonalName(text: string): boolean {
  const t = text.replace(/[\s　·]/g, '');
  return t.length >= 2 && t.length <= 4 && SURNAMES.has(t[0]) && /^[\u4e00-\u9fa5]+$/.test(t);
}

/** Personal name with an optional post before it: 张三, 市长　张三, 总　理　　李克强, （张三）. */
export function looksLikeSpeaker(text: string): boolean {
  const t = text.trim().replace(/^[（(](.*)[）)]$/, '$1').trim();
  if (!t || t.length > 24 || RE.sentencePunct.test(t) || looksLikeTitle(t)) return false;
  const tokens = t.split(/[\s　]{1,}/).filter(Boolean);
  if (tokens.length === 1) return isPersonalName(tokens[0]);
  // post + name: the name is the last token (总　理　　李克强 → 总 理 李克强)
  return isPersonalName(tokens[tokens.length - 1]) && tokens.slice(0, -1).join('').length <= 16;
}

/** A line that can stand in a signature block: organ name or post + name, short, no punctuation. */
export function looksLikeSignature(text: string): boolean {
  const t = text.trim();
  if (RE.signaturePlaceholder.test(t)) return true;
  if (!isShortPlain(t, 40) || headingDepth(t) || isDateLine(t)) return false;
  if (/^(特此|此复|妥否|当否|以上|专此|请|附件|抄送|联系人|各|[（(])/.test(t) || /[：:、]$/.test(t)) return false;
  if (/^[\d\s]+$/.test(t) || RE.pageNumber.test(t)) return false;
  // Organ names, or a post and a name (总理　李克强), or a bare name.
  return endsLikeOrgan(t) || /^[\u4e00-\u9fa5·\s　]{2,30}$/.test(t);
}

/** 各省、自治区、直辖市人民政府，国务院各部委、各直属机构： — organ names and a colon. */
export function isAddressee(text: string): boolean {
  const t = text.trim();
  if (t.length < 2 || t.length > 150 || !/[：:]$/.test(t) || /[。；;！!？?]/.test(t)) return false;
  if (headingDepth(t) || RE.attachmentNote.test(t) || RE.copyTo.test(t) || RE.signer.test(t)) return false;
  const names = t.slice(0, -1).trim().replace(/[\[\]［］【】]/g, '');
  if (RE.notAddressee.test(names.replace(/各工作部门|工作部门|有关单位|各有关单位/g, ''))) return false;
  if (/^各/.test(names) || /^(?:市|区|县|省)?[\u4e00-\u9fa5]{0,6}(政府|委|局|厅|部)$/.test(names)) return true;
  // Every name in a list separated by 、，, ends like an organ.
  const parts = names.split(/[、，,]/).map((p) => p.trim()).filter(Boolean);
  // Salutations of a speech (同志们, 女士们、先生们) count too.
  return parts.length > 0 && parts.every((p) => endsLikeOrgan(p) || /^各/.test(p) || /有关(单位|部门)$/.test(p) || /^[\u4e00-\u9fa5]{1,4}们$/.test(p));
}

export function el(type: ElementType, lines: Line[], depth?: 1 | 2 | 3 | 4): Element {
  const node: Element = { type, children: lines };
  if (depth) node.depth = depth;
  const first = lines[0]?.position;
  const last = lines[lines.length - 1]?.position;
  if (first && last) node.position = { start: first.start, end: last.end };
  return node;
}

/** Recomputes an element's position after lines were added to it. */
export function refresh(e: Element): void {
  Object.assign(e, el(e.type, e.children, e.depth));
}
