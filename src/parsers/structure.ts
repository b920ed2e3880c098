/**
 * The recogniser: a flat list of source paragraphs (`line` nodes) → the official-document tree.
 * Classification is by text first (every input has text), helped by formatting where DOCX gives it.
 *
 * Order of the document (GB/T 9704—2012 §7): 版头 (copy number, classification, urgency, issuer mark,
 * document number, signer) → 主体 (title, addressee, body, attachment note, signature, issue date,
 * remark) → 附件 → 版记 (copy-to, print line).
 */
import type {
  Block, Body, DocumentKind, DocumentNode, DocxInfo, Element, ElementType, Line, SourceFormat,
} from '../tree/types.js';

export const RE = {
  copyNumber: /^\s*\d{6}\s*$/,
  classification: /^\s*(绝密|机密|秘密)(\s*[★☆*]\s*.*)?\s*$/,
  urgency: /^\s*(特急|加急|特提|平急|急件)\s*$/,
  /** 机关代字 + bracketed year + serial + 号, tolerant of wrong brackets so the element rule can judge it. */
  documentNumber: /[\u4e00-\u9fa5]{1,12}\s*[〔\[［(（【{｛]\s*\d{2,4}\s*[〕\]］)）】}｝]\s*第?\s*\d+\s*号/,
  signer: /签\s*发\s*人\s*[:：]/,
  heading1: /^\s*[一二三四五六七八九十]{1,3}\s*[、，,．.]/,
  heading2: /^\s*[（(]\s*[一二三四五六七八九十]{1,3}\s*[）)]/,
  heading3: /^\s*\d{1,2}\s*[.．、](?![\d.．])/,
  heading4: /^\s*[（(]\s*\d{1,2}\s*[）)]/,
  attachmentNote: /^\s*附\s*件\s*[:：]/,
  attachmentLabel: /^\s*附\s*件\s*\d{0,2}\s*$/,
  issueDate: /^\s*(\d{4}|[〇零○O一二三四五六七八九]{4})\s*年\s*[\d〇零一二三四五六七八九十]{1,3}\s*月\s*[\d〇零一二三四五六七八九十]{1,3}\s*日\s*$/,
  remark: /^\s*[（(][^）)]*[）)]\s*$/,
  copyTo: /^\s*抄\s*送\s*[:：]/,
  printLine: /印\s*发\s*$/,
  pageNumber: /^\s*[—\-－–~～]?\s*(第\s*)?\d{1,4}\s*(页)?\s*[—\-－–~～]?\s*$/,
  directive: /^\s*(?:<!--\s*)?gongwen-lint-(?:disable|enable)(?:-next-line|-line)?\b.*$/,
};

/** Title endings, longest first. Wrong kinds (请示报告, 申请, 汇报) are kept as words with no kind. */
const KIND_ENDINGS: Array<[string, DocumentKind | undefined]> = [
  ['请示报告', undefined], ['申请报告', undefined], ['讲话稿', 'speech'], ['讲话', 'speech'],
  ['决议', 'resolution'], ['决定', 'decision'], ['命令', 'order'], ['公报', 'communique'],
  ['公告', 'announcement'], ['通告', 'publicNotice'], ['意见', 'opinions'], ['通知', 'notice'],
  ['通报', 'circular'], ['报告', 'report'], ['请示', 'request'], ['批复', 'reply'], ['议案', 'motion'],
  ['纪要', 'minutes'], ['函', 'letter'], ['令', 'order'], ['申请', undefined], ['汇报', undefined],
];

export function kindOfTitle(title: string): { kind?: DocumentKind; word?: string } {
  const t = title.replace(/[\s。.！!？?：:；;，,]+$/u, '');
  for (const [word, kind] of KIND_ENDINGS) {
    if (t.endsWith(word)) {
      // 令 alone only as an order title (国务院令 / 中华人民共和国主席令), not "…的命令" etc.
      if (word === '令' && !/[院席部委]令$/.test(t)) continue;
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

const SENTENCE_END = /[。；;！!？?，,]$/;

function isShortPlain(text: string, max = 40): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= max && !/[。；;，,！!？?]/.test(t);
}

function looksLikeTitle(text: string): boolean {
  const t = text.trim();
  if (t.length === 0 || t.length > 80) return false;
  if (SENTENCE_END.test(t) || /[：:]$/.test(t)) return false;
  return /关于/.test(t) || kindOfTitle(t).word !== undefined || /^在.+[上的]讲话/.test(t);
}

function el(type: ElementType, lines: Line[], depth?: 1 | 2 | 3 | 4): Element {
  const node: Element = { type, children: lines };
  if (depth) node.depth = depth;
  const first = lines[0]?.position;
  const last = lines[lines.length - 1]?.position;
  if (first && last) node.position = { start: first.start, end: last.end };
  return node;
}

export interface RecogniseOptions {
  format: SourceFormat;
  docx?: DocxInfo;
}

/**
 * Builds the tree. Blank lines are dropped (positions come from each line, so nothing is lost).
 */
export function recognise(allLines: Line[], options: RecogniseOptions): DocumentNode {
  const lines = allLines.filter((l) => l.value.trim() !== '');
  const header: Element[] = [];
  const main: Array<Element | Body> = [];
  const imprint: Element[] = [];
  const attachments: Block[] = [];
  let i = 0;

  const directiveOr = (line: Line, type: ElementType): Element =>
    el(RE.directive.test(line.value) ? 'directive' : type, [line]);

  // --- 版头: only when a document number appears near the top.
  const numberAt = lines.slice(0, 10).findIndex((l) => RE.documentNumber.test(l.value) && l.value.trim().length <= 60);
  if (numberAt >= 0) {
    for (; i <= numberAt; i++) {
      const line = lines[i];
      const v = line.value;
      if (RE.directive.test(v)) header.push(el('directive', [line]));
      else if (RE.copyNumber.test(v)) header.push(el('copyNumber', [line]));
      else if (RE.classification.test(v)) header.push(el('classification', [line]));
      else if (RE.urgency.test(v)) header.push(el('urgency', [line]));
      else if (i === numberAt) header.push(el('documentNumber', [line]));
      else if (RE.signer.test(v)) header.push(el('signer', [line]));
      else header.push(el('issuerMark', [line]));
    }
    // 签发人 may stand on its own line after the number.
    while (i < lines.length && RE.signer.test(lines[i].value) && lines[i].value.trim().length <= 40) {
      header.push(el('signer', [lines[i]]));
      i++;
    }
    // A separator line drawn with characters (txt drafts) belongs to the header.
    while (i < lines.length && /^\s*[—\-_=━─]{4,}\s*$/.test(lines[i].value)) {
      header.push(el('redSeparator', [lines[i]]));
      i++;
    }
  }

  // --- 标题: one to three lines ending in a kind word (or containing 关于).
  while (i < lines.length && RE.directive.test(lines[i].value)) main.push(el('directive', [lines[i++]]));
  let titleText = '';
  if (i < lines.length && looksLikeTitle(lines[i].value)) {
    const start = i;
    let end = i + 1;
    // A multi-line title: following short lines that complete it (the last one ends in a kind word).
    if (!kindOfTitle(lines[i].value).word) {
      for (let k = i + 1; k < Math.min(lines.length, i + 3); k++) {
        const v = lines[k].value.trim();
        if (!isShortPlain(v, 40) || headingDepth(v) || /[：:]$/.test(v)) break;
        if (kindOfTitle(v).word) { end = k + 1; break; }
      }
    }
    const titleLines = lines.slice(start, end);
    titleText = titleLines.map((l) => l.value.trim()).join('');
    main.push(el('title', titleLines));
    i = end;
  }

  // --- 主送机关: a short line ending with a colon, right after the title.
  if (titleText && i < lines.length) {
    const v = lines[i].value.trim();
    if (v.length <= 100 && /[：:]$/.test(v) && !/[。；]/.test(v) && !headingDepth(v) && !RE.attachmentNote.test(v)) {
      main.push(el('addressee', [lines[i]]));
      i++;
    }
  }

  // Find where the closing part starts: the first issue-date line after the body, and the imprint.
  let imprintStart = lines.length;
  for (let k = lines.length - 1; k >= i; k--) {
    const v = lines[k].value;
    if (RE.copyTo.test(v) || (RE.printLine.test(v) && /\d{4}\s*年/.test(v) && v.trim().length <= 60)) imprintStart = k;
    else if (RE.pageNumber.test(v) || RE.directive.test(v)) continue;
    else if (imprintStart < lines.length) {
      // a copy-to list may wrap onto more lines: keep going up while lines end the list
      if (/[，,、。]$/.test(v.trim()) && k + 1 === imprintStart && RE.copyTo.test(lines[k + 1]?.value ?? '') === false) imprintStart = k;
      else break;
    } else break;
  }

  const body: Body = { type: 'body', children: [] };
  let block: Array<Element | Body> = main;
  let currentBody = body;
  let seenDate = false;
  main.push(body);
  let attachmentIndex = -1;

  for (; i < imprintStart; i++) {
    const line = lines[i];
    const v = line.value;
    if (RE.directive.test(v)) { currentBody.children.push(el('directive', [line])); continue; }
    if (RE.pageNumber.test(v) && options.format === 'txt') { currentBody.children.push(el('pageNumber', [line])); continue; }
    if (RE.attachmentNote.test(v) && !seenDate && attachmentIndex < 0) {
      const noteLines = [line];
      while (i + 1 < imprintStart && /^\s*\d{1,2}\s*[.．、]/.test(lines[i + 1].value) && !RE.issueDate.test(lines[i + 1].value)) {
        noteLines.push(lines[++i]);
      }
      block.push(el('attachmentNote', noteLines));
      continue;
    }
    if (RE.issueDate.test(v) && attachmentIndex < 0 && !seenDate) {
      // The signature: up to three short plain lines right before the date.
      const sig: Line[] = [];
      while (currentBody.children.length > 0 && sig.length < 3) {
        const last = currentBody.children[currentBody.children.length - 1];
        const text = last.children.map((l) => l.value).join('');
        if (last.type === 'paragraph' && last.children.length === 1 && isShortPlain(text, 30) && !headingDepth(text)) {
          currentBody.children.pop();
          sig.unshift(last.children[0]);
        } else break;
      }
      if (sig.length) block.push(el('issuerSignature', sig));
      block.push(el('issueDate', [line]));
      seenDate = true;
      if (i + 1 < imprintStart && RE.remark.test(lines[i + 1].value)) block.push(el('remark', [lines[++i]]));
      continue;
    }
    if (RE.attachmentLabel.test(v) && (seenDate || attachmentIndex >= 0 || main.some((e) => e.type === 'attachmentNote'))) {
      attachmentIndex++;
      const att: Block = { type: 'attachment', children: [el('attachmentLabel', [line])] };
      attachments.push(att);
      if (i + 1 < imprintStart && isShortPlain(lines[i + 1].value, 60) && !headingDepth(lines[i + 1].value)) {
        att.children.push(el('title', [lines[++i]]));
      }
      currentBody = { type: 'body', children: [] };
      att.children.push(currentBody);
      block = att.children;
      continue;
    }
    const depth = headingDepth(v);
    currentBody.children.push(depth ? el('heading', [line], depth) : el('paragraph', [line]));
  }

  for (; i < lines.length; i++) {
    const line = lines[i];
    const v = line.value;
    if (RE.directive.test(v)) imprint.push(el('directive', [line]));
    else if (RE.copyTo.test(v)) imprint.push(el('copyTo', [line]));
    else if (RE.printLine.test(v)) imprint.push(el('printLine', [line]));
    else if (RE.pageNumber.test(v)) imprint.push(el('pageNumber', [line]));
    else {
      const last = imprint[imprint.length - 1];
      if (last && last.type === 'copyTo') last.children.push(line);
      else imprint.push(el('paragraph', [line]));
    }
  }

  const children: Block[] = [];
  if (header.length) children.push({ type: 'headerBlock', children: header });
  children.push({ type: 'mainBlock', children: main });
  children.push(...attachments);
  if (imprint.length) children.push({ type: 'imprintBlock', children: imprint });

  const { kind, word } = titleText ? kindOfTitle(titleText) : {};
  const doc: DocumentNode = { type: 'document', format: options.format, children };
  if (kind) doc.kind = kind;
  if (word) doc.kindWord = word;
  if (options.docx) doc.docx = options.docx;
  return doc;
}
