/**
 * .md → lines via remark-parse (+ remark-gfm for tables).
 *
 * One `line` per Markdown block, in document order: headings, paragraphs, list-item paragraphs,
 * table cells, blockquote paragraphs, HTML comments that carry a `gongwen-lint-…` directive, and the
 * text of other HTML blocks (<p align="center">标题</p>: tags dropped). Code blocks, thematic breaks,
 * definitions, images, front matter and other HTML comments are skipped.
 *
 * `value` is the text of the block without markup (emphasis markers, link syntax, inline code ticks,
 * backslash escapes and entities resolved). A paragraph that spans several source lines (soft or hard
 * line breaks) stays one line: its source lines are joined without the newline, because Chinese text
 * has no spaces between words; only when both sides of the break are Latin letters or digits is a
 * single space put in. An ordered-list marker ("1." / "1)") is kept at the front of the value (it is
 * the visible counter of the item, and heading rules judge it); bullet markers are dropped.
 *
 * `sourceMap` maps offsets in `value` to offsets in the source (sorted pairs, linear in between, see
 * src/tree/position.ts); every .md line has one, so a finding inside **bold** text or after a joined
 * line break lands on the right source line and column.
 */
import type { Nodes, Parent as MdParent, PhrasingContent, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Line, Point } from '../tree/types.js';
import { headingDepth, RE, signatureWithDate } from './structure.js';

type Hint = Line['markdown'];

const processor = unified().use(remarkParse).use(remarkGfm);

/** `gongwen-lint-…` inside an HTML comment. */
const DIRECTIVE_COMMENT = /^<!--\s*(gongwen-lint-[\s\S]*?)\s*-->\s*$/;

/** Builds one line's value and source map, one character at a time. */
class LineBuilder {
  value = '';
  map: Array<[number, number]> = [];
  /** Offsets in `value` where a source line (soft or hard break) begins. */
  breaks: number[] = [];
  constructor(private readonly source: string) {}

  /** Appends `text` whose first code unit stands at source offset `at`, the rest following it. */
  push(text: string, at: number): void {
    if (!text) return;
    const v = this.value.length;
    const last = this.map[this.map.length - 1];
    if (!last || last[1] + (v - last[0]) !== at) this.map.push([v, at]);
    this.value += text;
  }

  /**
   * Appends a text node's value, aligning it to its source span [from, to): characters that are not
   * in the source as written (escapes, entities, stripped indentation) are found again by looking
   * ahead a short way; a newline (soft break) is dropped or, between Latin words, made a space.
   */
  pushAligned(text: string, from: number, to: number): void {
    const src = this.source;
    let sp = from;
    for (let k = 0; k < text.length; k++) {
      const c = text[k];
      if (c === '\n') {
        const nl = src.indexOf('\n', sp);
        if (nl >= 0 && nl < to) sp = nl;
        this.lineBreak(sp, text[k + 1]);
        if (nl >= 0 && nl < to) sp = nl + 1;
        continue;
      }
      let found = -1;
      if (src[sp] === c) found = sp;
      else {
        const ahead = src.indexOf(c, sp);
        if (ahead >= 0 && ahead < to && ahead - sp <= 40) found = ahead;
      }
      // A surrogate pair: keep both halves together.
      const unit = c.charCodeAt(0) >= 0xd800 && c.charCodeAt(0) <= 0xdbff && k + 1 < text.length ? c + text[++k] : c;
      if (found >= 0) {
        this.push(unit, found);
        sp = found + unit.length;
      } else this.push(unit, Math.min(sp, to));
    }
  }

  /** A line break inside a block: nothing, or one space between two Latin words. */
  lineBreak(at: number, next: string | undefined): void {
    const prev = this.value[this.value.length - 1];
    if (prev && next && /[A-Za-z0-9]/.test(prev) && /[A-Za-z0-9]/.test(next)) this.push(' ', at);
    if (this.value) this.breaks.push(this.value.length);
  }

  /** The source offset of value offset `v`. */
  sourceOf(v: number): number {
    let pair = this.map[0];
    for (const p of this.map) {
      if (p[0] > v) break;
      pair = p;
    }
    return pair ? pair[1] + (v - pair[0]) : 0;
  }

  /** The part [from, to) of the line as a value and its source map. */
  slice(from: number, to: number): { value: string; map: Array<[number, number]> } {
    const map: Array<[number, number]> = [[0, this.sourceOf(from)]];
    for (const p of this.map) if (p[0] > from && p[0] < to) map.push([p[0] - from, p[1]]);
    return { value: this.value.slice(from, to), map };
  }
}

/**
 * Where a paragraph's source lines start an element of their own (no blank line between them in the
 * source): 抄送：, a print line (…印发), 附件：/附件N, a date alone, a heading counter — and a short line
 * right before a date alone (the signature). Returns value offsets to split at.
 */
function elementBreaks(b: LineBuilder): number[] {
  if (!b.breaks.length) return [];
  const bounds = [0, ...b.breaks, b.value.length];
  const segs = bounds.slice(0, -1).map((s, k) => b.value.slice(s, bounds[k + 1]).trim());
  // A date alone, or the signature and the date on one line (××局　2024年3月5日).
  const isDate = (t: string | undefined) => t !== undefined && (RE.issueDate.test(t) || signatureWithDate(t) >= 0);
  const starts = (t: string, k: number) =>
    RE.copyTo.test(t) || RE.attachmentNote.test(t) || RE.attachmentLabel.test(t) || RE.attachmentLabelWithTitle.test(t)
    || (RE.printLine.test(t) && t.length <= 60 && !/[。；;！!？?，,：:]/.test(t)) || isDate(t) || RE.remark.test(t) && isDate(segs[k - 1])
    || !!headingDepth(t)
    || (isDate(segs[k + 1]) && t.length <= 40 && !/[。；;！!？?，,：:]/.test(t));
  const out: number[] = [];
  for (let k = 1; k < segs.length; k++) if (segs[k] && starts(segs[k], k)) out.push(bounds[k]);
  return out;
}

function start(node: { position?: { start: { offset?: number } } }): number {
  return node.position?.start.offset ?? 0;
}
function end(node: { position?: { end: { offset?: number } } }): number {
  return node.position?.end.offset ?? 0;
}

export function markdownToLines(text: string): Line[] {
  const source = text;
  const tree = processor.parse(blankFrontMatter(text)) as Root;
  const lines: Line[] = [];

  const emit = (node: Nodes, builder: LineBuilder, hint: Hint, extra: Partial<Line> = {}) => {
    if (builder.value.trim() === '') return;
    const line: Line = { type: 'line', value: builder.value, sourceMap: builder.map };
    if (node.position) {
      line.position = {
        start: { ...node.position.start },
        end: { ...node.position.end },
      };
    }
    if (hint) line.markdown = hint;
    Object.assign(line, extra);
    lines.push(line);
  };

  const phrasing = (children: PhrasingContent[], builder: LineBuilder) => {
    for (let idx = 0; idx < children.length; idx++) {
      const child = children[idx];
      switch (child.type) {
        case 'text':
          builder.pushAligned(child.value, start(child), end(child));
          break;
        case 'inlineCode': {
          // `code` / `` co`de ``: find the code in its span, past the opening ticks.
          const s = start(child);
          const span = source.slice(s, end(child));
          const ticks = /^`+/.exec(span)?.[0].length ?? 1;
          const at = span.indexOf(child.value, ticks);
          builder.pushAligned(child.value, at >= 0 ? s + at : s + ticks, end(child));
          break;
        }
        case 'break': {
          const next = firstChar(children[idx + 1]);
          builder.lineBreak(start(child), next);
          break;
        }
        case 'html':
        case 'image':
        case 'imageReference':
        case 'footnoteReference':
          break;
        default:
          if ('children' in child) phrasing(child.children as PhrasingContent[], builder);
      }
    }
  };

  const block = (node: Nodes, hint: Hint, prefix?: { text: string; at: number; point?: Point }) => {
    switch (node.type) {
      case 'heading': {
        const b = new LineBuilder(source);
        phrasing(node.children, b);
        emit(node, b, 'heading', { markdownDepth: node.depth });
        return;
      }
      case 'paragraph': {
        const b = new LineBuilder(source);
        if (prefix) b.push(prefix.text, prefix.at);
        phrasing(node.children, b);
        // With a list counter in front, the line starts where the counter does.
        const startPoint = prefix?.point ?? (node.position ? { ...node.position.start } : undefined);
        const splits = hint === 'tableCell' ? [] : elementBreaks(b);
        if (!splits.length || !node.position || !startPoint) {
          emit(node, b, hint, prefix?.point ? { position: { start: prefix.point, end: { ...node.position!.end } } } : {});
          return;
        }
        // Source lines that start an element (抄送：, …印发, 附件, a date alone, a counter) are lines of
        // their own, as if a blank line stood before them.
        const bounds = [0, ...splits, b.value.length];
        for (let k = 0; k + 1 < bounds.length; k++) {
          const part = b.slice(bounds[k], bounds[k + 1]);
          const trimmed = part.value.replace(/\s+$/u, '');
          if (!trimmed.trim()) continue;
          const pb = new LineBuilder(source);
          pb.value = trimmed;
          pb.map = part.map;
          const s = k === 0 ? startPoint : pointAt(source, pb.sourceOf(0));
          const e = k + 2 === bounds.length ? { ...node.position.end } : pointAt(source, pb.sourceOf(trimmed.length - 1) + 1);
          emit(node, pb, hint, { position: { start: s, end: e } });
        }
        return;
      }
      case 'html': {
        const m = DIRECTIVE_COMMENT.exec(node.value);
        const b = new LineBuilder(source);
        if (m) {
          b.push(m[1], start(node) + node.value.indexOf(m[1]));
          emit(node, b, 'html');
          return;
        }
        // Other HTML (<p align="center">标题</p>): its text between the tags, comments dropped.
        if (/^\s*<!--/.test(node.value) && /-->\s*$/.test(node.value)) return;
        htmlText(node.value, start(node), b);
        emit(node, b, 'html');
        return;
      }
      case 'list': {
        let n = node.start ?? 1;
        for (const item of node.children) {
          let first = true;
          for (const child of item.children) {
            let pre: { text: string; at: number; point?: Point } | undefined;
            if (first && node.ordered && child.type === 'paragraph') {
              // Keep the counter as written ("1." / "1)"), without the spaces after it.
              const s = start(item);
              const marker = /^\s*(\d{1,9}[.)])/.exec(source.slice(s, start(child)));
              if (marker) {
                const lead = marker[0].length - marker[1].length;
                const p = item.position?.start;
                pre = { text: marker[1], at: s + lead };
                if (p && !/\n/.test(marker[0])) pre.point = { line: p.line, column: p.column + lead, offset: s + lead };
              }
              else pre = { text: `${n}.`, at: s };
            }
            first = false;
            block(child, 'listItem', pre);
          }
          n++;
        }
        return;
      }
      case 'blockquote':
        for (const child of node.children) block(child, child.type === 'list' ? 'listItem' : 'blockquote');
        return;
      case 'table':
        for (const row of node.children) {
          for (const cell of row.children) {
            const b = new LineBuilder(source);
            phrasing(cell.children, b);
            emit(cell, b, 'tableCell');
          }
        }
        return;
      case 'code':
      case 'thematicBreak':
      case 'definition':
      case 'yaml':
        return;
      default:
        if ('children' in node) for (const child of (node as MdParent).children) block(child as Nodes, hint);
    }
  };

  for (const child of tree.children) block(child, undefined);
  return lines;
}

/** Appends the text of an HTML block without its tags and comments (entities left as written). */
function htmlText(html: string, at: number, b: LineBuilder): void {
  const re = /<!--[\s\S]*?-->|<[^>]*>|([^<]+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(html))) {
    if (!m[1]) continue;
    // Newlines and indentation inside the block are layout, not text.
    const part = m[1];
    const lineRe = /[^\r\n]+/g;
    let seg: RegExpExecArray | null;
    while ((seg = lineRe.exec(part))) {
      const raw = seg[0];
      const lead = raw.length - raw.trimStart().length;
      const text = raw.trim();
      if (!text) continue;
      if (b.value && /[A-Za-z0-9]$/.test(b.value) && /^[A-Za-z0-9]/.test(text)) b.push(' ', at + m.index + seg.index);
      b.push(text, at + m.index + seg.index + lead);
    }
  }
}

/** Line/column (1-based) of a source offset. */
function pointAt(source: string, offset: number): Point {
  let line = 1;
  let lineStart = 0;
  for (let k = source.indexOf('\n'); k >= 0 && k < offset; k = source.indexOf('\n', k + 1)) {
    line++;
    lineStart = k + 1;
  }
  return { line, column: offset - lineStart + 1, offset };
}

function firstChar(node: PhrasingContent | undefined): string | undefined {
  if (!node) return undefined;
  if ('value' in node && typeof node.value === 'string') return node.value[0];
  if ('children' in node) return firstChar((node.children as PhrasingContent[])[0]);
  return undefined;
}

/**
 * YAML front matter (`---` … `---` at the very top) is not document text: blank it out (spaces,
 * newlines kept) so offsets stay the same and remark does not read it as a setext heading.
 */
function blankFrontMatter(text: string): string {
  const m = /^(?:\uFEFF)?---[ \t]*\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!m) return text;
  return m[0].replace(/[^\r\n]/g, ' ') + text.slice(m[0].length);
}

