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
 * - Nesting: a （1） under a 一、 with no （一） or 1. between is a warning (once, at the first such （N）).
 *   Skipping one level (一、 → 1.) is what central documents do throughout a text; in a document that
 *   uses （一） elsewhere it is an inconsistency, reported once (option skippedLevel: mixed | always | never).
 * - Parts: 第X篇 / 第X部分 / 第X编 / 第X章 lines open a new parent, so 一、 （一） restart in each part.
 * Each attachment has its own sequence, and so has text after the issue date (an attachment without
 * label). Word-numbered paragraphs (.docx) are judged by their generated label (`format.numberingText`)
 * plus their text; the finding then covers the heading's text, without a fix. A counter typed after
 * the generated one (“一、一、总体要求” on the page) is a warning, fixed by deleting the typed one. Table cells are not headings. Chinese numerals up to 九十九.
 */
import { defineRule } from '../../rule.js';
import type { Line } from '../../tree/types.js';
import { chineseNumber, inSourceOrder, toChinese } from './shared.js';

const CLAUSE = 'GB/T 9704—2012 7.3.3';
/** 第X条 / 第X章 / 第X节, and the parts of a long document (第X篇 / 第X部分 / 第X编): a new parent. */
const ARTICLE = /^[ \t\u3000]*第[一二三四五六七八九十百零〇]{1,5}(?:[条章节篇编]|部分)/;
const NUM = '[一二三四五六七八九十]{1,3}';
const MARKERS: Record<1 | 2 | 3 | 4, RegExp> = {
  1: new RegExp(`^([ \\t\\u3000]*)(${NUM})([ \\t\\u3000]*[、，,．.])`),
  2: new RegExp(`^([ \\t\\u3000]*)([（(][ \\t\\u3000]*(${NUM})[ \\t\\u3000]*[）)](?:[ \\t\\u3000]*[、，,．.])?)`),
  3: /^([ \t\u3000]*)(\d{1,2})([ \t\u3000]*[.．、])/,
  4: /^([ \t\u3000]*)([（(][ \t\u3000]*(\d{1,2})[ \t\u3000]*[）)](?:[ \t\u3000]*[、，,．.])?)/,
};

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
/** A heading counter typed at the start of a text (一、 （一） 1. （1）, also wrong forms). */
const TYPED = /^(?:[一二三四五六七八九十]{1,3}[、，,．.](?![一二三四五六七八九十])|[（(][ \t\u3000]*[一二三四五六七八九十\d]{1,3}[ \t\u3000]*[）)][、，,．.]?|\d{1,2}[.．、](?!\d))[ \t\u3000]*/;
/** Where a heading's title ends in its text (the finding on a Word-numbered heading covers it). */
const STOP = /[。；;：:，,]/;

function parseMarker(value: string, depth: 1 | 2 | 3 | 4): Marker | undefined {
  const m = MARKERS[depth].exec(value);
  if (!m) return undefined;
  const lead = m[1].length;
  if (depth === 1 || depth === 3) {
    const numText = m[2];
    const n = chineseNumber(numText);
    if (n === undefined) return undefined;
    const after = value.slice(m[0].length);
    // “一、二季度” / “3、4月份”: an enumeration of numbers, not a heading.
    if (depth === 1 && /^[一二三四五六七八九十]{1,3}(?:[、，]|季度|个月|月|年级|年|等|类|级|期|批|号|胎|孩|线|中全会|次|届|项|方面)/.test(after)) return undefined;
    if (depth === 3 && /^\d/.test(after) && !/^(?:19|20)\d\d年/.test(after)) return undefined;
    const written = value.slice(lead, m[0].length);
    const punct = m[3].trim();
    const good = depth === 1 ? punct === '、' && m[3] === '、' : (punct === '.' || punct === '．') && m[3].length === 1;
    return {
      n, written, start: lead, end: m[0].length, numStart: lead, numEnd: lead + numText.length, good,
      fixed: want(depth, numText),
    };
  }
  const numText = m[3];
  const n = chineseNumber(numText);
  if (n === undefined) return undefined;
  const written = m[2];
  const numStart = lead + written.indexOf(numText);
  return {
    n, written, start: lead, end: lead + written.length, numStart, numEnd: numStart + numText.length,
    good: written === want(depth, numText), fixed: want(depth, numText),
  };
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
    defaultOptions: { skippedLevel: 'never' },
    messages: {
      marker: {
        zh: '第{level}层序数应写作“{want}”，不写作“{got}”',
        en: 'A level-{level} heading number is written “{want}”, not “{got}”',
      },
      counter: {
        zh: '层次序数不连续：上一个同级序数是“{prev}”，此处应为“{want}”，不是“{got}”',
        en: 'Heading numbers are not continuous: after “{prev}” comes “{want}”, not “{got}”',
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
    interface Scope { last: number[]; lastText: string[]; open: boolean[]; global: number[] }
    const scopes = new Map<string, Scope>();
    let previous: Line | undefined;
    // 一、 then 1. with no （一） between. Central documents skip level 2 on purpose, consistently through
    // a text; a document that has used （一） before and then skips it is inconsistent — the default
    // 'mixed' reports only that (off by default: conforming documents, e.g. test/conformance c01, mix
    // 一、（一） and 一、 1. by section), at a 1. (a list numbered on through the text, 24., is a style).
    // 'always' reports any skip, 'never' none.
    const skippedLevel = String(context.options.skippedLevel ?? 'never');
    let skipReported = skippedLevel === 'never';
    // Text after the issue date that is no labelled attachment is a new part: its own sequence.
    let part = 0;
    for (const { line, element, block, attachmentIndex } of inSourceOrder(context.lines)) {
      const before = previous;
      previous = line;
      if (element.type === 'issueDate') part++;
      if (line.container === 'table') continue;
      const key = block === 'attachment' ? `a${attachmentIndex}` : `${block}${part}`;
      let scope = scopes.get(key);
      if (!scope) {
        scope = { last: [0, 0, 0, 0, 0], lastText: ['', '', '', '', ''], open: [true, false, false, false, false], global: [0, 0, 0, 0, 0] };
        scopes.set(key, scope);
      }
      // “3.2019年底前……”: the recogniser reads 3.2 as a decimal; it is a level-3 heading.
      const yearItem = element.type === 'paragraph' && /^[ \t\u3000]*\d{1,2}[.．](?:19|20)\d\d年/.test(line.value);
      if ((element.type !== 'heading' || !element.depth) && !yearItem) {
        // 第X条 / 第X章 (articles of a regulation the recogniser keeps as paragraphs) and the parts of a
        // long document (第一篇 / 第二部分, whose 一、 restarts) open a new parent.
        if (ARTICLE.test(line.value)) for (let k = 1; k <= 4; k++) { scope.last[k] = 0; scope.open[k] = false; scope.global[k] = 0; }
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
        const typed = TYPED.exec(line.value.slice(lead));
        const typedEnd = typed && typed[0].length < line.value.trimEnd().length - lead && parseMarker(label + '正文', depth) ? lead + typed[0].length : lead;
        if (typedEnd > lead) {
          context.report({
            line, start: lead, end: typedEnd, messageId: 'double', data: { label, typed: typed![0].trim() },
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
      report(context, line, depth, marker, scope, introduced);
    }

    function report(ctx: typeof context, line: Line, depth: 1 | 2 | 3 | 4, marker: Marker, scope: Scope, introduced: boolean) {
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
          if (depth > 1 && !introduced) ctx.report({ line, start: marker.numStart, end: marker.numEnd, messageId: 'restart', data });
        } else {
          ctx.report({ line, start: marker.numStart, end: marker.numEnd, messageId: 'counter', severity: 'error', data });
        }
      }
      // 一、 then 1. with no （一）: level 2 skipped. Once per document — the first place shows the fix.
      if (
        depth === 3 && !skipReported && scope.last[1] > 0 && !scope.open[2] && scope.last[3] === 0 &&
        (skippedLevel === 'always' || (marker.n === 1 && scope.global[2] > 0))
      ) {
        skipReported = true;
        ctx.report({ line, start: marker.start, end: marker.end, messageId: 'skipped', data: { got: marker.written, parent: scope.lastText[1] } });
      }
      if (depth === 4 && scope.open[1] && !scope.open[2] && !scope.open[3] && scope.last[4] === 0) {
        ctx.report({ line, start: marker.start, end: marker.end, messageId: 'nesting', data: { got: marker.written } });
      }
      scope.last[depth] = marker.n;
      scope.global[depth] = marker.n;
      scope.lastText[depth] = want(depth, marker.n);
      scope.open[depth] = true;
      for (let k = depth + 1; k <= 4; k++) {
        scope.last[k] = 0;
        scope.lastText[k] = '';
        scope.open[k] = false;
      }
    }
  },
});
