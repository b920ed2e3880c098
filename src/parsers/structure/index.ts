/**
 * The recogniser: a flat list of source paragraphs (`line` nodes) → the official-document tree.
 * Classification is by text first (every input has text), helped by formatting where DOCX gives it
 * and by block hints where Markdown gives them.
 *
 * One module per phase of the document (GB/T 9704—2012 §7), each `(scan, at) → { elements, next }`:
 * header.ts 版头 → title.ts 标题 (and what published layouts put under it) → addressee.ts 主送 →
 * body.ts 正文, with closing.ts 附件说明/署名/成文日期/附注 and attachment.ts 附件 recognised where they
 * stand in it → imprint.ts 版记. patterns.ts holds every pattern, lines.ts what a single line reads as.
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
import type { Block, Body, DocumentKind, DocumentNode, DocxInfo, Element, Line, SourceFormat } from '../../tree/types.js';
import { addressee } from './addressee.js';
import { attachmentStart } from './attachment.js';
import { bodyContext, bodyLine } from './body.js';
import { attachmentNote, closing, findClosingDate } from './closing.js';
import { isLetterLayout, isSealLine } from './docx.js';
import { header, isLetterByText, minutesLines } from './header.js';
import { findImprint, imprint, misplacedImprint } from './imprint.js';
import { el, kindOfTitle } from './lines.js';
import { RE } from './patterns.js';
import type { Scan } from './phase.js';
import { title } from './title.js';

export { headingDepth, headingParts, isAddressee, kindOfTitle, signatureWithDate, type HeadingParts } from './lines.js';
export { RE } from './patterns.js';

export interface RecogniseOptions {
  format: SourceFormat;
  docx?: DocxInfo;
}

/** Builds the tree. Blank lines are dropped (positions come from each line, so nothing is lost). */
export function recognise(allLines: Line[], options: RecogniseOptions): DocumentNode {
  const scan: Scan = { lines: allLines.filter((l) => l.value.trim() !== ''), format: options.format };
  const { lines, format } = scan;
  const main: Array<Element | Body> = [];
  const attachments: Block[] = [];
  let kindOverride: DocumentKind | undefined;

  // --- 版头
  const head = header(scan, 0);
  let i = head?.next ?? 0;
  if (head?.orderMark) kindOverride = 'order';
  // 纪要格式 (GB/T 9704—2012 10.3): the red mark "×××纪要" names the kind; there is no title.
  const markElements = (head?.elements ?? []).filter((e) => e.type === 'issuerMark');
  const mark = markElements.map((e) => e.children.map((l) => l.value.trim()).join(''));
  let layout: DocumentNode['layout'];
  if (mark.some((m) => /纪\s*要$/.test(m))) {
    kindOverride = 'minutes';
    layout = 'minutes';
  } else if (mark.some((m) => /文\s*件$/.test(m))) layout = 'file';
  else if (format === 'docx' && head) {
    const numberLine = head.elements.find((e) => e.type === 'documentNumber')?.children[0];
    if (isLetterLayout(allLines, markElements.flatMap((e) => e.children), numberLine)) layout = 'letter';
  }

  // --- 标题
  const top = title(scan, i, { headed: !!head });
  main.push(...top.elements);
  i = top.next;
  if (!layout && format !== 'docx' && head && isLetterByText(head, top.text)) layout = 'letter';
  // A plain 纪要 draft: the title "…纪要" stands for the mark; its 期数 and office-and-date line follow.
  if (!head && top.text && kindOfTitle(top.text).kind === 'minutes') {
    const more = minutesLines(scan, i);
    main.push(...more.elements);
    i = more.next;
  }

  // --- 主送机关
  const to = addressee(scan, i, { afterTitle: top.found });
  main.push(...to.elements);
  i = to.next;

  // --- The end first: the 版记 at the very end, and the closing 成文日期 of the main text.
  const imprintStart = findImprint(scan, i);
  const dateAt = findClosingDate(scan, i, imprintStart);

  // --- 正文, with the closing elements and the attachments where they stand.
  const body: Body = { type: 'body', children: [] };
  let block: Array<Element | Body> = main;
  let currentBody = body;
  main.push(body);
  let attachmentIndex = -1;
  let seenDate = false;
  let hasNote = false;
  const ctx = bodyContext(lines, main.find((e): e is Element => e.type === 'title'));

  while (i < imprintStart) {
    const line = lines[i];
    const v = line.value;
    if (RE.directive.test(v)) { currentBody.children.push(el('directive', [line])); i++; continue; }
    if (format !== 'docx' && RE.pageNumber.test(v)) { currentBody.children.push(el('pageNumber', [line])); i++; continue; }
    const note = !seenDate && attachmentIndex < 0 && !hasNote ? attachmentNote(scan, i, { to: imprintStart, dateAt }) : undefined;
    if (note) {
      block.push(...note.elements);
      hasNote = true;
      i = note.next;
      continue;
    }
    if (isSealLine(line, format)) { currentBody.children.push(el('seal', [line])); i++; continue; }
    if (i === dateAt) {
      // A signature after the attachment note belongs after it; both stay in the main block.
      const end = closing(scan, i, { body: currentBody.children, to: imprintStart });
      block.push(...end.elements);
      seenDate = true;
      i = end.next;
      continue;
    }
    const misplaced = seenDate ? misplacedImprint(scan, i, imprintStart) : undefined;
    if (misplaced) {
      currentBody.children.push(...misplaced.elements);
      i = misplaced.next;
      continue;
    }
    const opened = attachmentStart(scan, i, { to: imprintStart, afterDate: seenDate, expected: attachmentIndex >= 0 || hasNote });
    if (opened) {
      attachmentIndex++;
      currentBody = { type: 'body', children: [] };
      const att: Block = { type: 'attachment', children: [...opened.elements, currentBody] };
      attachments.push(att);
      block = att.children;
      i = opened.next;
      continue;
    }
    bodyLine(currentBody.children, line, ctx);
    i++;
  }

  // --- 版记
  const end = imprint(scan, imprintStart);

  const children: Block[] = [];
  if (head?.elements.length) children.push({ type: 'headerBlock', children: head.elements });
  children.push({ type: 'mainBlock', children: main });
  children.push(...attachments);
  if (end.elements.length) children.push({ type: 'imprintBlock', children: end.elements });

  markTemplateSlots(children);
  const doc: DocumentNode = { type: 'document', format, children };
  const { kind, word } = top.text ? kindOfTitle(top.text) : {};
  if (kind) doc.kind = kind;
  else if (kindOverride) doc.kind = kindOverride;
  if (word) doc.kindWord = word;
  if (layout) doc.layout = layout;
  if (options.docx) doc.docx = options.docx;
  return doc;
}

/**
 * Marks elements that are a template's unfilled bracketed slot ([主送单位]： [发文单位] [日期]), so the
 * placeholder rule sees them although the recogniser filed them as the element they stand for.
 * Body paragraphs and headings are not marked: 【…】 there is ordinary text (【典型案例】).
 */
function markTemplateSlots(blocks: Block[]): void {
  for (const block of blocks) {
    for (const child of block.children) {
      if (child.type === 'body' || child.type === 'paragraph' || child.type === 'heading' || child.type === 'directive') continue;
      if (child.children.some((l) => RE.templateSlot.test(l.value))) child.templateSlot = true;
    }
  }
}
