/**
 * 结构层次序数 (heading levels): GB/T 9704—2012 7.3.3 “文中结构层次序数依次可以用‘一、’‘（一）’‘1.’‘（1）’
 * 标注”. The catalogue tags this clause [S] (seen in secondary summaries only), so the rule is a
 * warning by default; a broken counter (一、 then 三、, or 1. twice) is plainly wrong and reported as
 * an error.
 *
 * - Marker punctuation: 一、 (not 一， 一． 一.), （一） with full-width parentheses and nothing after
 *   (not （一）、 or (一)), 1. or 1． (not 1、), （1） (not (1) or （1）、). Safe fixes.
 * - Counters continuous per level. Under each new higher-level heading a level either restarts at 1
 *   or continues from the last number of the level (central documents number （一）…（二十五） through
 *   the whole text). A list that restarts at 1 with no new higher heading is a warning (a new list
 *   may be meant), except after a line ending in a colon (a list introduced afresh) or an article
 *   (第X条, 第X章), which opens a new parent; level 1 restarting is a new part, not reported.
 * - An odd item: a counter in another level's form in the middle of a series (（一）（二）3.（四）,
 *   一、二、3、四、) is reported where it stands (error, fixed to the series' form) and counted in the
 *   series, so the item after it is no gap.
 * - Nesting: a （1） under a 一、 with no （一） or 1. between is a warning (once, at the first such （N）).
 *   Skipping one level (一、 → 1.) is what central documents do, section by section (一、 1. 2. beside
 *   二、 （一） 1. 2.); the fault is the same kind of item — leaves, with nothing under them — written
 *   （一）（二） in one section and 1. 2. right under 一、 in another: reported once, at that 1.
 *   (option skippedLevel: mixed, the default; always: any skip; never). 0 findings on the 597
 *   published documents and the real DOCX corpus; `always` would give 16 there.
 * Counters are read with the recogniser's patterns (src/parsers/structure/patterns.ts): one definition.
 * - Parts: 第X篇 / 第X部分 / 第X编 / 第X章 lines open a new parent, so 一、 （一） restart in each part.
 * Each attachment has its own sequence, and so has text after the issue date (an attachment without
 * label). Word-numbered paragraphs (.docx) are judged by their generated label (`format.numberingText`)
 * plus their text; the finding then covers the heading's text, without a fix. A counter typed after
 * the generated one (“一、一、总体要求” on the page) is a warning, fixed by deleting the typed one. Table cells are not headings. Chinese numerals up to 九十九.
 * - Counters in a quotation of several paragraphs belong to the quoted text (an amendment decision
 *   quoting an article's items, which keep the article's numbers): not headings of this document.
 * - A gap or repeat at a level that elsewhere in the same part restarts at 1 with no parent heading
 *   between (a reported restart) is a warning (counterUnseenParent): that level's lists are cut by
 *   parents the text does not number (bold lines, or lines lost in a copy), so which list an item ends
 *   is not seen. Issue 9.
 * - A gap across a broken text — a paragraph between the two headings (or either heading) starts with
 *   a point mark or ends with an opening bracket or quote (GB/T 15834—2011 5.1.1, 5.1.3: a line break
 *   copied from a web page or a PDF, where a line may also be lost) — is a warning
 *   (counterAcrossBreak): the missing heading may be in the broken text. Issue 9.
 */
import { defineRule } from '../../rule.js';
import type { Line } from '../../tree/types.js';
import { matchCounter } from '../../parsers/structure/patterns.js';
import { inSourceOrder, toChinese } from './shared.js';
import { isBrokenParagraph } from '../punctuation/shared.js';

const CLAUSE = 'GB/T 9704—2012 7.3.3';
/** 第X条 / 第X章 / 第X节, and the parts of a long document (第X篇 / 第X部分 / 第X编): a new parent. */
const ARTICLE = /^[ \t\u3000]*第[一二三四五六七八九十百零〇]{1,5}(?:[条章节篇编]|部分)/;
/** How many paragraphs a quotation may run (as punctuation/paired-marks allows). */
const QUOTE_SPAN = 60;
const OPEN_QUOTE = '“'.charCodeAt(0);
const CLOSE_QUOTE = '”'.charCodeAt(0);

/**
 * Lines that begin inside a quotation opened in an earlier paragraph and closed in this one or a later
 * one (within QUOTE_SPAN paragraphs). A quotation never closed marks nothing: a stray “ hides no heading.
 */
function quotedLines(lines: readonly Line[]): Set<Line> {
  const out = new Set<Line>();
  const open: number[] = [];
  lines.forEach((line, i) => {
    // by code unit, not by character (no string per character): “ and ” are single units that no
    // surrogate pair contains
    const v = line.value;
    for (let c = 0; c < v.length; c++) {
      const u = v.charCodeAt(c);
      if (u === OPEN_QUOTE) open.push(i);
      else if (u === CLOSE_QUOTE && open.length > 0) {
        const from = open.pop()!;
        if (i - from <= QUOTE_SPAN) for (let k = from + 1; k <= i; k++) out.add(lines[k]!);
      }
    }
  });
  return out;
}

function want(depth: number, n: number | string): string {
  const s = typeof n === 'number' ? (depth <= 2 ? toChinese(n) : String(n)) : n;
  return depth === 1 ? `${s}、` : depth === 2 ? `（${s}）` : depth === 3 ? `${s}.` : `（${s}）`;
}

interface Marker {
  n: number;
  written: string;
  /** Span of the whole marker, and of the number, in line.value. */
  start: number;
  end: number;
  numStart: number;
  numEnd: number;
  good: boolean;
  fixed: string;
  /** A Word-generated label (format.numberingText): offsets cover the heading text, no fix. */
  auto?: boolean;
}

const LEAD = /^[ \t\u3000]*/;
/**
 * A heading counter typed at the start of a text (一、 （一） 1. （1）, also wrong forms, read with the
 * recogniser's patterns) and the spaces after it: its length, or 0. 一、二 and 3.5 are no counter.
 */
function typedCounter(text: string): number {
  for (const depth of [1, 2, 4, 3] as const) {
    const c = matchCounter(text, depth);
    if (!c || c.start > 0) continue;
    const after = text.slice(c.end);
    if ((depth === 1 && /^[一二三四五六七八九十]/.test(after)) || (depth === 3 && /^\d/.test(after))) return 0;
    return c.end + (/^[ \t\u3000]*/.exec(after)![0].length);
  }
  return 0;
}
/** Where a heading's title ends in its text (the finding on a Word-numbered heading covers it). */
const STOP = /[。；;：:，,]/;

/**
 * The counter of a heading the recogniser gave `depth`, read with the recogniser's own pattern
 * (patterns.ts): whether the line is a heading at all (一、二等奖 is numbers) is the recogniser's call.
 */
function parseMarker(value: string, depth: 1 | 2 | 3 | 4): Marker | undefined {
  const c = matchCounter(value, depth);
  if (!c) return undefined;
  const numText = value.slice(c.numStart, c.numEnd);
  const fixed = want(depth, numText);
  // 一、 and 1. (or 1．) exactly; （一） （1） with full-width parentheses and nothing after.
  const good = depth === 3 ? c.text === `${numText}.` || c.text === `${numText}．` : c.text === fixed;
  return { n: c.n, written: c.text, start: c.start, end: c.end, numStart: c.numStart, numEnd: c.numEnd, good, fixed };
}

export default defineRule({
  meta: {
    id: 'element/heading-sequence',
    category: 'element',
    clause: CLAUSE,
    description: {
      zh: '结构层次序数依次用“一、”“（一）”“1.”“（1）”，标点正确、序数连续、层次不跳级',
      en: 'Heading levels use 一、 （一） 1. （1） with the right punctuation, continuous counters and proper nesting',
    },
    severity: 'warning',
    fixable: true,
    schema: {
      type: 'object',
      properties: { skippedLevel: { enum: ['mixed', 'always', 'never'] } },
      additionalProperties: false,
    },
    defaultOptions: { skippedLevel: 'mixed' },
    messages: {
      marker: {
        zh: '第{level}层序数应写作“{want}”，不写作“{got}”',
        en: 'A level-{level} heading number is written “{want}”, not “{got}”',
      },
      counter: {
        zh: '层次序数不连续：上一个同级序数是“{prev}”，此处应为“{want}”，不是“{got}”',
        en: 'Heading numbers are not continuous: after “{prev}” comes “{want}”, not “{got}”',
      },
      counterUnseenParent: {
        zh: '层次序数不连续：上一个同级序数是“{prev}”，此处应为“{want}”，不是“{got}”；本级序数在文中另有无上级标题的重新编号，可能有未编号的上级标题，请核对',
        en: 'Heading numbers are not continuous: after “{prev}” comes “{want}”, not “{got}”; this level restarts elsewhere with no parent heading, so parents may be unnumbered: please check',
      },
      counterAcrossBreak: {
        zh: '层次序数不连续：上一个同级序数是“{prev}”，此处应为“{want}”，不是“{got}”；其间有断行的段落，缺少的标题可能在断开的文字中，请核对',
        en: 'Heading numbers are not continuous: after “{prev}” comes “{want}”, not “{got}”; a paragraph between is broken, so the missing heading may be in the broken text: please check',
      },
      start: {
        zh: '本级层次序数应从“{first}”开始，此处为“{got}”',
        en: 'This level of headings starts at “{first}”, not “{got}”',
      },
      restart: {
        zh: '同一上级标题下序数从“{got}”重新开始，上一个同级序数是“{prev}”，应连续编号为“{want}”',
        en: 'Heading numbers restart at “{got}” under the same parent after “{prev}”; continue with “{want}”',
      },
      double: {
        zh: '段落已有自动编号“{label}”，又手工输入了序数“{typed}”，应删去其一',
        en: 'The paragraph has the automatic number “{label}” and a typed number “{typed}”: remove one',
      },
      skipped: {
        zh: '“{got}”直接位于第一层标题“{parent}”之下，跳过了第二层“（一）”：层次序数应依次使用“一、”“（一）”“1.”“（1）”',
        en: '“{got}” sits directly under the level-1 heading “{parent}”, skipping level 2 （一）: levels go 一、 （一） 1. （1） in order',
      },
      odd: {
        zh: '序数“{got}”与同组前一个序数“{prev}”形式不一致，此处应为“{want}”',
        en: 'Heading number “{got}” does not match the series it continues (“{prev}”): write “{want}”',
      },
      nesting: {
        zh: '“{got}”直接位于第一层标题之下，层次序数应依次使用“（一）”或“1.”，再用“（1）”',
        en: '“{got}” sits directly under a level-1 heading; levels go 一、 （一） 1. （1） in order',
      },
    },
    examples: {
      bad: [
        '关于做好冬季安全生产工作的通知\n\n各区县人民政府：\n现将有关事项通知如下。\n一、总体要求\n（一）、压实责任。\n',
        '关于做好冬季安全生产工作的通知\n\n各区县人民政府：\n现将有关事项通知如下。\n一、总体要求\n二、工作措施\n四、保障措施\n',
      ],
      good: [
        '关于做好冬季安全生产工作的通知\n\n各区县人民政府：\n现将有关事项通知如下。\n一、总体要求\n（一）压实责任。\n1.加强检查。\n2.强化整改。\n（二）加强宣传。\n1.开展培训。\n二、工作措施\n',
      ],
    },
  },
  check(context) {
    /** broken[d]: a broken paragraph since the last heading of depth d. */
    interface Scope { last: number[]; lastText: string[]; open: boolean[]; global: number[]; broken: boolean[] }
    /** brokenBefore: a broken paragraph (or this heading's own line) since the previous heading. */
    interface Heading { kind: 'heading'; key: string; line: Line; depth: 1 | 2 | 3 | 4; marker: Marker; introduced: boolean; brokenBefore: boolean }
    type Event = Heading | { kind: 'parent'; key: string };
    const scopes = new Map<string, Scope>();
    let previous: Line | undefined;
    const skippedLevel = String(context.options.skippedLevel ?? 'mixed');
    let skipReported = skippedLevel === 'never';
    // Text after the issue date that is no labelled attachment is a new part: its own sequence.
    let part = 0;
    const events: Event[] = [];
    /** Parts (keys) with a broken paragraph since their last heading. */
    const brokenKeys = new Set<string>();
    const ordered = inSourceOrder(context.lines);
    const quoted = quotedLines(ordered.map((e) => e.line));
    for (const { line, element, block, attachmentIndex } of ordered) {
      const before = previous;
      previous = line;
      if (element.type === 'issueDate') part++;
      if (line.container === 'table') continue;
      // A counter inside a quotation of several paragraphs is the quoted text's (an amendment quoting
      // an article's items: 修改为：“…\n（一）…；\n（三）…。”), not a heading of this document.
      if (quoted.has(line)) continue;
      const key = block === 'attachment' ? `a${attachmentIndex}` : `${block}${part}`;
      // “3.2019年底前……”: the recogniser reads 3.2 as a decimal; it is a level-3 heading.
      const yearItem = element.type === 'paragraph' && /^[ \t\u3000]*\d{1,2}[.．](?:19|20)\d\d年/.test(line.value);
      if ((element.type !== 'heading' || !element.depth) && !yearItem) {
        // 第X条 / 第X章 (articles of a regulation the recogniser keeps as paragraphs) and the parts of a
        // long document (第一篇 / 第二部分, whose 一、 restarts) open a new parent.
        if (ARTICLE.test(line.value)) events.push({ kind: 'parent', key });
        if (isBrokenParagraph(line.value)) brokenKeys.add(key);
        continue;
      }
      const depth = yearItem ? 3 : element.depth!;
      let marker: Marker | undefined;
      if (line.format?.numbered) {
        // Word numbering: the visible counter is the generated label, not in the text. Judge label +
        // text; the finding covers the heading's text (the label has no offsets), with no fix (the
        // label lives in numbering.xml). A counter typed as well is reported (fix: delete it).
        const label = line.format.numberingText?.trim();
        if (!label) continue;
        const lead = LEAD.exec(line.value)![0].length;
        // A counter typed after the generated one: “一、一、总体要求” on the page.
        const typed = typedCounter(line.value.slice(lead));
        const typedEnd = typed > 0 && typed < line.value.trimEnd().length - lead && parseMarker(label + '正文', depth) ? lead + typed : lead;
        if (typedEnd > lead) {
          context.report({
            line, start: lead, end: typedEnd, messageId: 'double', data: { label, typed: line.value.slice(lead, typedEnd).trim() },
            fix: { start: lead, end: typedEnd, text: '' },
          });
        }
        const parsed = parseMarker(label + line.value.slice(typedEnd), depth);
        if (!parsed || parsed.end > label.length) continue;
        const stop = STOP.exec(line.value.slice(typedEnd));
        const end = typedEnd + (stop ? stop.index : line.value.trimEnd().length - typedEnd);
        marker = { ...parsed, written: label, start: typedEnd, end: Math.max(end, typedEnd + 1), numStart: typedEnd, numEnd: Math.max(end, typedEnd + 1), auto: true };
      } else marker = parseMarker(line.value, depth);
      if (!marker) continue;
      // A list introduced by a colon (……情形之一的：) starts afresh.
      const introduced = !!before && /[：:][ \t\u3000]*$/.test(before.value);
      const brokenBefore = brokenKeys.delete(key) || isBrokenParagraph(line.value);
      events.push({ kind: 'heading', key, line, depth, marker, introduced, brokenBefore });
      // A heading broken at its end breaks the text before the next one too.
      if (isBrokenParagraph(line.value)) brokenKeys.add(key);
    }

    const mixedRoles = skippedLevel === 'mixed' ? leafItemsAtTwoLevels() : new Set<Line>();
    /** Gaps and repeats, reported once the whole text is read (see counterUnseenParent). */
    const gaps: Array<{ line: Line; depth: number; key: string; start: number; end: number; data: Record<string, string> }> = [];
    /** `key:depth` of levels that restart at 1 with no parent heading between (a reported restart). */
    const restarted = new Set<string>();

    for (let i = 0; i < events.length; i++) {
      const e = events[i];
      let scope = scopes.get(e.key);
      if (!scope) {
        scope = { last: [0, 0, 0, 0, 0], lastText: ['', '', '', '', ''], open: [true, false, false, false, false], global: [0, 0, 0, 0, 0], broken: [false, false, false, false, false] };
        scopes.set(e.key, scope);
      }
      if (e.kind === 'parent') {
        for (let k = 1; k <= 4; k++) { scope.last[k] = 0; scope.open[k] = false; scope.global[k] = 0; }
        continue;
      }
      if (e.brokenBefore) scope.broken.fill(true);
      const series = oddSeries(i, scope);
      if (series) {
        // （一）（二）3.（四）: the item belongs to the series around it, written in another level's form.
        // Reported where it stands, and counted in its series so the next item is no gap.
        const got = e.marker.written;
        const fixed = want(series, e.marker.n);
        context.report({
          line: e.line, start: e.marker.start, end: e.marker.end, messageId: 'odd', severity: 'error',
          data: { got, prev: scope.lastText[series], want: fixed },
          ...(e.marker.auto ? {} : { fix: { start: e.marker.start, end: e.marker.end, text: fixed } }),
        });
        advance(scope, series, e.marker.n);
        continue;
      }
      report(context, e.line, e.depth, e.marker, scope, e.introduced, e.key);
    }
    // A gap or a repeat at a level that elsewhere in the same part restarts at 1 with no parent between:
    // that level's lists are cut by parents the text does not number (or lost), so where one list ends
    // and the next begins is not seen — a warning.
    for (const g of gaps) {
      if (restarted.has(`${g.key}:${g.depth}`)) context.report({ line: g.line, start: g.start, end: g.end, messageId: 'counterUnseenParent', data: g.data });
      else context.report({ line: g.line, start: g.start, end: g.end, messageId: 'counter', severity: 'error', data: g.data });
    }

    /**
     * The level of the series a heading is an odd member of, if it is one. It must not fit its own
     * level (the next number there, or a first number: 1, or one that continues the level's count
     * through the text). Then either the next heading is of a level L whose last number is one short
     * of it and continues L with the number after it (（一）（二）3.（四）, 一、二、3、四、), or — at the end
     * of a series — it follows the last item of a higher level L, one short of it, and nothing of L or
     * deeper follows (（一）（二）3. then 二、).
     */
    function oddSeries(i: number, scope: Scope): (1 | 2 | 3 | 4) | undefined {
      const e = events[i] as Heading;
      if (e.marker.auto || e.introduced) return undefined;
      const n = e.marker.n;
      const own = scope.last[e.depth];
      if (own > 0 ? n === own + 1 : n === 1 || n === scope.global[e.depth] + 1) return undefined;
      const sameKey = (x: Event | undefined) => (x && x.kind === 'heading' && x.key === e.key ? x : undefined);
      const next = sameKey(events[i + 1]);
      if (next && next.depth !== e.depth && scope.last[next.depth] + 1 === n && next.marker.n === n + 1) return next.depth;
      const prev = sameKey(events[i - 1]);
      if (prev && prev.depth < e.depth && scope.last[prev.depth] === prev.marker.n && prev.marker.n + 1 === n && (!next || next.depth < prev.depth)) return prev.depth;
      return undefined;
    }

    /**
     * 一、 then 1. with no （一）: central documents skip level 2 on purpose — a section whose items are
     * plain 1. 2. beside sections whose （一） head their own 1. 2. (the youth plan of 2017 does this).
     * The fault is the same kind of item written at two levels: one section's leaf items (no deeper
     * heading under them) are （一）（二）, another section's are 1. 2. right under its 一、, also leaves.
     * Returns the first 1. of each such section, in a part (scope) that also has a section of level-2
     * leaves. (一、 1. （1） — the skipped level used for parents — is left alone: it is how the
     * conformance fixture c01 and documents built like it are set, so it is a style, not this fault.)
     */
    function leafItemsAtTwoLevels(): Set<Line> {
      interface Section { l2: number; l2Parent: boolean; lastChild: number; firstDirect?: Line; directParents?: boolean }
      const byKey = new Map<string, Section[]>();
      for (const e of events) {
        let sections = byKey.get(e.key);
        if (!sections) byKey.set(e.key, (sections = []));
        const open = () => sections!.push({ l2: 0, l2Parent: false, lastChild: 0 });
        // A part (第X部分) or a level-1 heading opens a section; headings before any open one too.
        if (e.kind === 'parent' || e.depth === 1) { open(); continue; }
        if (!sections.length) open();
        const s = sections[sections.length - 1];
        if (e.depth === 2) s.l2++;
        else if (s.l2 > 0) {
          // A deeper heading under the current （N）: a child if it starts a list (1.) or goes on with one
          // (the count may run on through the section); （一）（二）3. is an odd item, not a child.
          if (e.marker.n === 1 || e.marker.n === s.lastChild + 1) {
            s.l2Parent = true;
            if (e.depth === 3) s.lastChild = e.marker.n;
          }
        }
        else if (e.depth === 3 && !s.firstDirect && e.marker.n === 1) s.firstDirect = e.line;
        else if (e.depth === 4 && s.firstDirect) s.directParents = true; // 一、 1. （1）: the 1. are parents
      }
      const out = new Set<Line>();
      for (const sections of byKey.values()) {
        // A section with level-2 headings none of which has a deeper heading under it.
        const leaves = sections.some((s) => s.l2 >= 2 && !s.l2Parent);
        if (!leaves) continue;
        for (const s of sections) if (s.firstDirect && s.l2 === 0 && !s.directParents) out.add(s.firstDirect);
      }
      return out;
    }

    function advance(scope: Scope, depth: 1 | 2 | 3 | 4, n: number) {
      scope.last[depth] = n;
      scope.global[depth] = n;
      scope.lastText[depth] = want(depth, n);
      scope.open[depth] = true;
      scope.broken[depth] = false;
      for (let k = depth + 1; k <= 4; k++) {
        scope.broken[k] = false;
        scope.last[k] = 0;
        scope.lastText[k] = '';
        scope.open[k] = false;
      }
    }

    function report(ctx: typeof context, line: Line, depth: 1 | 2 | 3 | 4, marker: Marker, scope: Scope, introduced: boolean, key: string) {
      if (!marker.good) {
        ctx.report({
          line, start: marker.start, end: marker.end, messageId: 'marker',
          data: { level: depth, want: marker.fixed, got: marker.written },
          ...(marker.auto ? {} : { fix: { start: marker.start, end: marker.end, text: marker.fixed } }),
        });
      }
      const prev = scope.last[depth];
      const expected = prev + 1;
      if (marker.n !== expected) {
        const data = { prev: scope.lastText[depth], want: want(depth, expected), got: want(depth, marker.n), first: want(depth, 1) };
        if (prev === 0) {
          // The first of its level under this parent: 一 / 1, or — as central documents often do — the
          // next number after the last one of this level under the previous parent (（一）…（五） under
          // 一、, then （六） under 二、). Anything else starts the level wrong.
          const continues = marker.n === scope.global[depth] + 1;
          // A sequence may also begin after a list the recogniser did not see (in a table): report only
          // a start beyond 2.
          if (!continues && marker.n > 2) {
            ctx.report({ line, start: marker.numStart, end: marker.numEnd, messageId: 'start', data });
          }
        } else if (marker.n === 1) {
          // A level-1 restart is a new part (a second document or an unlabelled attachment); a
          // restart after a colon is a new list.
          if (depth > 1 && !introduced) {
            ctx.report({ line, start: marker.numStart, end: marker.numEnd, messageId: 'restart', data });
            restarted.add(`${key}:${depth}`);
          }
        } else {
          // Across a broken text the missing heading may be in the broken lines: a warning.
          if (scope.broken[depth]) ctx.report({ line, start: marker.numStart, end: marker.numEnd, messageId: 'counterAcrossBreak', data });
          else gaps.push({ line, depth, key, start: marker.numStart, end: marker.numEnd, data });
        }
      }
      // 一、 then 1. with no （一）: level 2 skipped. Once per document, at the first such 1.
      if (
        depth === 3 && !skipReported && scope.last[1] > 0 && !scope.open[2] && scope.last[3] === 0 &&
        (skippedLevel === 'always' || (marker.n === 1 && mixedRoles.has(line)))
      ) {
        skipReported = true;
        ctx.report({ line, start: marker.start, end: marker.end, messageId: 'skipped', data: { got: marker.written, parent: scope.lastText[1] } });
      }
      if (depth === 4 && scope.open[1] && !scope.open[2] && !scope.open[3] && scope.last[4] === 0) {
        ctx.report({ line, start: marker.start, end: marker.end, messageId: 'nesting', data: { got: marker.written } });
      }
      advance(scope, depth, marker.n);
    }
  },
});
