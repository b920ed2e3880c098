/**
 * 正文 (GB/T 9704—2012 7.3.3): headings (depth 1–4 from the counter; in Markdown from the # depth; in
 * DOCX from Word's generated label, else the outline level or heading style), tables, paragraphs.
 */
import type { Element, Line } from '../../tree/types.js';
import { el, headingDepth, isShortPlain, numeralPairAtStart } from './lines.js';
import { matchCounter, RE } from './patterns.js';

export interface BodyContext {
  /** The # depth of a Markdown title (0 when the title is no Markdown heading). */
  titleMarkdownDepth: number;
  /** The highest outline level Word-numbered paragraphs use in this document (9 when none). */
  minOutline: number;
  /** The number of the last level-1 heading typed in the text (0 before the first). */
  lastLevel1: number;
}

export function bodyContext(lines: Line[], title: Element | undefined): BodyContext {
  const titleLine = title?.children[0];
  const titleMarkdownDepth = titleLine?.markdown === 'heading' ? titleLine.markdownDepth ?? 1 : 0;
  let minOutline = 9;
  for (const l of lines) {
    const level = l.format?.numbered ? l.format.outlineLevel : undefined;
    if (level !== undefined && level >= 0 && level < minOutline) minOutline = level;
  }
  return { titleMarkdownDepth, minOutline, lastLevel1: 0 };
}

/** Adds one body line to `children`: to the table it continues, or as a heading or a paragraph. */
export function bodyLine(children: Element[], line: Line, ctx: BodyContext): void {
  const v = line.value;
  if (line.container === 'table' || line.markdown === 'tableCell') {
    const last = children[children.length - 1];
    if (last && last.type === 'table') last.children.push(line);
    else children.push(el('table', [line]));
    return;
  }
  const depth = bodyHeadingDepth(line, v, ctx);
  if (depth === 1 && !line.format?.numbered) ctx.lastLevel1 = matchCounter(v, 1)?.n ?? ctx.lastLevel1;
  children.push(depth ? el('heading', [line], depth) : el('paragraph', [line]));
}

/**
 * 二、三年行动计划 after 一、: the list guard (三、四月份 are numbers) reads the pair as numbers, but the
 * counter is the next level-1 number and the line is set as a heading (short, no sentence in it):
 * a level-1 heading. A line that opens a sentence (三、四月份，全市降水偏多。) stays a paragraph.
 */
function continuesLevel1(v: string, ctx: BodyContext): boolean {
  const c = matchCounter(v, 1);
  if (!c || c.n !== ctx.lastLevel1 + 1 || ctx.lastLevel1 === 0) return false;
  const title = v.slice(c.end).trim().replace(/[。．.]$/, '');
  return title.length <= 30 && !RE.sentencePunct.test(title);
}

function bodyHeadingDepth(line: Line, v: string, ctx: BodyContext): 1 | 2 | 3 | 4 | undefined {
  let depth = headingDepth(v);
  if (!depth && numeralPairAtStart(v) && continuesLevel1(v, ctx)) depth = 1;
  if (!depth && line.markdown === 'heading') {
    // Counted from the level of the Markdown title (# title → ## is depth 1).
    depth = Math.min(4, Math.max(1, (line.markdownDepth ?? 2) - ctx.titleMarkdownDepth)) as 1 | 2 | 3 | 4;
  }
  if (!depth && line.format?.numberingText) {
    // Word numbering: the generated label (一、 （一） 1. （1）) says the depth, wrong forms included.
    depth = headingDepth(`${line.format.numberingText.trim()}正文`);
  }
  if (!depth && line.format?.numbered && line.format.numberingText === undefined && isShortPlain(v, 40)) {
    // No label known (an empty label means Word shows no counter: no depth from the numbering): the
    // outline level gives the depth, counted from the highest level numbered headings use here.
    const level = line.format.outlineLevel;
    if (level !== undefined && level - ctx.minOutline <= 3) depth = (level - ctx.minOutline + 1) as 1 | 2 | 3 | 4;
    else if (level === undefined) {
      // No outline level: a heading style's number (Heading 2, 标题 2) still says it.
      const m = /(?:heading|标题)\s*([1-4])\s*$/i.exec(line.format.styleName ?? line.format.styleId ?? '');
      if (m) depth = Number(m[1]) as 1 | 2 | 3 | 4;
    }
  }
  return depth;
}
