/**
 * An announced count matches what follows: "重点抓好三项工作：一是…二是…三是…", "提三点要求：" followed
 * by （一）（二）（三）, "“三个务必”：“…”“…”“…”". 数据一致性（审核通则）— general knowledge [G]
 * (rule catalogue §7 "Announced counts match enumerations").
 *
 * The series is the one that starts right after the announcement (after its colon, or on the next
 * paragraph when the announcement ends its paragraph) with counter 1, and it is counted at its own
 * level: sub-items (（1）…, or 一是… under （一）) are not items. Left alone, for precision: a count
 * inside quotes that is not followed at once by a colon or 即 (“三个代表”, “两个确立” are names), a
 * clause with two counts ("从5个方面提出20项举措："), approximate counts (三个以上), and anything not
 * followed by a series. A plain 顿号 list ("三项工作：防汛、抗旱、森林防火") is judged as a warning.
 */
import { defineRule } from '../../rule.js';
import type { LineEntry } from '../../rule.js';
import type { Line } from '../../tree/types.js';
import { textLines } from '../../util/doc.js';
import { findMarkers, headingCounter, type MarkerForm } from '../../util/enumeration.js';
import { parseInteger } from '../../util/number.js';
import { matchAllOf } from '../../util/regex-scan.js';

const COUNT = '(?<![第每前后近约逾\\d.．—\\-～~至到或零〇一二两三四五六七八九十百千万几数])(?<count>[一二两三四五六七八九十]{1,3}|\\d{1,2})';
/**
 * An announcement: the count, its unit (三项 三点 三个方面 三类 …), a short noun (工作, 要求), a closing
 * quote when the count is quoted, and what leads to the items — a colon, 即, or the end of the
 * sentence (then the items come in the next paragraph, or as 一是… after the full stop).
 */
const ANNOUNCE = new RegExp(
  `${COUNT}(?<unit>项|点|个方面|方面|件事|条|个|种|类)(?<noun>[^，。；：:！？、（()\\s]{0,8}?)(?<quote>”?)\\s*(?<lead>[：:]|[，,]?\\s*即|[。]?\\s*$|。(?=\\s*(?:[一二两]\\s*[是要]|第一[，,]|其一)))`,
  'g',
);
const COUNT_ANYWHERE = /(?<![第每])(?:[一二两三四五六七八九十]{1,3}|\d{1,3})(?:项|点|个|条|种|大|方面|件)/g;

interface Found {
  count: number;
  first?: { line: Line; start: number; end: number };
  warning?: boolean;
}

/** Counts the items of an inline-marker series of `form`, from `text` (a line's rest) on. */
function countMarkers(entries: LineEntry[], i: number, text: string, offset: number, form: MarkerForm): Found {
  // The level the series lives at: headings at or above it (or 一、/（一）) end it; deeper numbered
  // paragraphs (1. （1）) are the items' content.
  let level = 0;
  for (let j = i; j >= 0; j--) {
    if (entries[j].element.type === 'heading') {
      level = entries[j].element.depth ?? 0;
      break;
    }
  }
  // Items are counted as written: a gap (一是 二是 四是) is consistency/enumeration-series's, so 四是
  // counts as the third item here; a counter that goes back ends the series.
  let k = 0;
  let last = 0;
  const next = (n: number) => n > last && n <= last + 3;
  let first: Found['first'];
  let skipped = 0;
  for (let j = i; j < entries.length; j++) {
    const line = entries[j].line;
    const t = j === i ? text : line.value;
    const base = j === i ? offset : 0;
    if (j > i) {
      const depth = entries[j].element.type === 'heading' ? entries[j].element.depth ?? 1 : undefined;
      if ((depth !== undefined && (depth <= 2 || depth <= level)) || entries[j].block !== entries[i].block || entries[j].attachmentIndex !== entries[i].attachmentIndex) break;
      const ms = findMarkers(t).filter((m) => m.form === form);
      if (!ms.length || t.slice(0, ms[0].start).trim() !== '' || !next(ms[0].n)) {
        if (ms.length || ++skipped > 3) break;
        continue;
      }
      skipped = 0;
    }
    for (const m of findMarkers(t).filter((x) => x.form === form)) {
      if (!next(m.n)) break;
      k++;
      last = m.n;
      if (k === 1) first = { line, start: base + m.start, end: base + m.end };
    }
  }
  return { count: k, first };
}

/** Counts headings (or paragraphs opening with a heading counter) of depth `depth` from line i on. */
function countHeadings(entries: LineEntry[], i: number, depth: number): Found {
  let k = 0;
  let last = 0;
  let first: Found['first'];
  for (let j = i; j < entries.length; j++) {
    if (entries[j].block !== entries[i].block || entries[j].attachmentIndex !== entries[i].attachmentIndex) break;
    const hc = headingCounter(entries[j].line.value);
    if (!hc || hc.depth > depth) continue;
    // A gap in the counters is element/heading-sequence's: count the headings as written.
    if (hc.depth < depth || hc.n <= last || hc.n > last + 3) break;
    k++;
    last = hc.n;
    if (k === 1) first = { line: entries[j].line, start: 0, end: entries[j].line.value.length };
  }
  return { count: k, first };
}

/** Counts inline heading-style counters （一）（二） or （1）（2） in one text. */
export function countInlineCounters(text: string, offset: number, line: Line): Found | undefined {
  const han = /^\s*[（(]\s*一\s*[）)]/.test(text);
  const arabic = /^\s*[（(]\s*1\s*[）)]/.test(text);
  if (!han && !arabic) return undefined;
  const re = han ? /[（(]\s*([一二三四五六七八九十]{1,3})\s*[）)]/g : /[（(]\s*(\d{1,2})\s*[）)]/g;
  let k = 0;
  let last = 0;
  let first: Found['first'];
  for (const m of text.matchAll(re)) {
    const n = parseInteger(m[1]);
    if (n === undefined || n <= last || n > last + 3) break;
    k++;
    last = n;
    if (k === 1) first = { line, start: offset + m.index!, end: offset + m.index! + m[0].length };
  }
  return { count: k, first };
}

/** Quoted items in a row: “…”“…”、“…”. */
export function countQuoted(text: string, offset: number, line: Line): Found | undefined {
  const m = /^\s*((?:“[^“”]{1,30}”[、，,和及与]?\s*){2,})/.exec(text);
  if (!m) return undefined;
  const end = m[0].length;
  const next = text.slice(end, end + 1);
  if (next && !/[。；;，,）)\s]/.test(next)) return undefined;
  const items = m[1].match(/“[^“”]{1,30}”/g)!;
  const start = text.indexOf('“');
  return { count: items.length, first: { line, start: offset + start, end: offset + start + items[0].length } };
}

/** A plain list "防汛、抗旱和森林防火。" of short items (warning only). */
export function countList(text: string, offset: number, line: Line): Found | undefined {
  const m = /^\s*([^，。；：:！？,;]+)[。；;]?\s*$/.exec(text);
  if (!m) return undefined;
  const parts = m[1].split('、');
  if (parts.length < 2) return undefined;
  const lastParts = parts[parts.length - 1].split(/和|及|以及|与/);
  if (lastParts.length > 2) return undefined;
  const items = [...parts.slice(0, -1), ...lastParts];
  if (items.some((p) => p.trim().length === 0 || p.trim().length > 10)) return undefined;
  const s = text.indexOf(parts[0].trim());
  return { count: items.length, first: { line, start: offset + s, end: offset + s + parts[0].trim().length }, warning: true };
}

/**
 * Items separated by commas after the colon ("分为三类：一般项目，重点项目，重大项目。", issue 9): only a
 * whole sentence of short noun-like items (no 、 or ；, each at most 8 characters), so that clauses
 * joined by commas are never counted (warning only).
 */
export function countCommaList(text: string, offset: number, line: Line): Found | undefined {
  const m = /^\s*([^。；;：:！？!?、“”《》]+)[。]?\s*$/.exec(text);
  if (!m) return undefined;
  const parts = m[1].split(/[，,]/);
  if (parts.length < 2) return undefined;
  const lastParts = parts[parts.length - 1].split(/和|及|以及|与/);
  if (lastParts.length > 2) return undefined;
  const items = [...parts.slice(0, -1), ...lastParts].map((p) => p.trim());
  if (items.some((p) => p.length < 2 || p.length > 8)) return undefined;
  // Items of a list share a shape: a clause (要…, 把…, 确保…) or one that runs on (等) is no item.
  if (items.some((p) => /^(?:要|把|将|对|在|从|并|还|也|又|确保|切实|进一步|全面|同时|其中|主要|包括|分别)|等$/.test(p))) return undefined;
  const first = text.indexOf(items[0]);
  return { count: items.length, first: { line, start: offset + first, end: offset + first + items[0].length }, warning: true };
}

/** Where a strategy looks: the rest of the announcing line, or the paragraphs that follow it. */
interface Input {
  entries: LineEntry[];
  /** The entry the items start in. */
  i: number;
  /** Its text from where the items start, and the offset of that text in the line. */
  text: string;
  offset: number;
  /** The announcement ends in a colon or 即 (not a full stop). */
  colon: boolean;
}

/**
 * How the items of an announcement are counted, in the order they are tried; the first that applies
 * counts. `rest`: items on the announcing line after it; `next`: items from the next paragraph on.
 */
export const STRATEGIES: ReadonlyArray<{ name: string; where: 'rest' | 'next'; count(input: Input): Found | undefined }> = [
  {
    // 一是… 二是… / 第一，… / (1)…, on the line and the paragraphs after it, at one level.
    name: 'markers',
    where: 'rest',
    count: ({ entries, i, text, offset }) => {
      const lead = text.length - text.trimStart().length;
      const markers = findMarkers(text);
      if (!markers.length || markers[0].start !== lead || markers[0].n !== 1) return undefined;
      return countMarkers(entries, i, text, offset, markers[0].form);
    },
  },
  { name: 'inline-counters', where: 'rest', count: (x) => (x.colon ? countInlineCounters(x.text, x.offset, x.entries[x.i].line) : undefined) },
  { name: 'quoted', where: 'rest', count: (x) => (x.colon ? countQuoted(x.text, x.offset, x.entries[x.i].line) : undefined) },
  { name: 'dunhao-list', where: 'rest', count: (x) => (x.colon ? countList(x.text, x.offset, x.entries[x.i].line) : undefined) },
  { name: 'comma-list', where: 'rest', count: (x) => (x.colon ? countCommaList(x.text, x.offset, x.entries[x.i].line) : undefined) },
  {
    // 一、 / （一） headings (or paragraphs opening with one) from the next paragraph.
    name: 'headings',
    where: 'next',
    count: ({ entries, i }) => {
      const hc = headingCounter(entries[i].line.value);
      return hc && hc.n === 1 ? countHeadings(entries, i, hc.depth) : undefined;
    },
  },
  {
    name: 'next-markers',
    where: 'next',
    count: ({ entries, i }) => {
      const v = entries[i].line.value;
      const markers = findMarkers(v);
      if (!markers.length || markers[0].n !== 1 || v.slice(0, markers[0].start).trim() !== '') return undefined;
      return countMarkers(entries, i, v, 0, markers[0].form);
    },
  },
];

/** The items counted after an announcement ending at `colonEnd` in entry `i`, by the first strategy that applies. */
function countItems(entries: LineEntry[], i: number, colonEnd: number, colon: boolean): Found | undefined {
  const entry = entries[i];
  const rest = entry.line.value.slice(colonEnd);
  let input: Input;
  let where: 'rest' | 'next';
  if (rest.trim()) {
    input = { entries, i, text: rest, offset: colonEnd, colon };
    where = 'rest';
  } else {
    const next = entries[i + 1];
    if (!next || next.block !== entry.block || next.attachmentIndex !== entry.attachmentIndex) return undefined;
    input = { entries, i: i + 1, text: next.line.value, offset: 0, colon };
    where = 'next';
  }
  for (const strategy of STRATEGIES) {
    if (strategy.where !== where) continue;
    const found = strategy.count(input);
    if (found) return found;
  }
  return undefined;
}

export default defineRule({
  meta: {
    id: 'consistency/announced-count',
    category: 'consistency',
    clause: '《党政机关公文处理工作条例》第二十条（审核重点：数字、段落顺序等是否准确）',
    citation: { zh: '《党政机关公文处理工作条例》第二十条', en: 'Regulations on Handling Party and Government Documents, art. 20' },
    description: {
      zh: '总述的数目（如“三项工作”“三点要求”）应与随后列出的条目数一致',
      en: 'An announced count (三项工作, 三点要求) must match the items listed after it',
    },
    severity: 'error',
    fixable: false,
    messages: {
      fewer: {
        zh: '文中称“{announced}”，但只列出了{listed}项',
        en: 'The text announces “{announced}” ({count}) but lists only {listed} items',
      },
      more: {
        zh: '文中称“{announced}”，但列出了{listed}项',
        en: 'The text announces “{announced}” ({count}) but lists {listed} items',
      },
    },
    examples: {
      bad: [
        '重点抓好三项工作：一是加强领导；二是完善制度。',
        '我讲三点意见。\n一、提高认识\n要认识到位。\n二、狠抓落实\n要落实到位。',
        '牢记“三个务必”：“务必不忘初心”“务必谦虚谨慎”。',
        '坚定“四个自信”，即道路自信、理论自信、制度自信。',
      ],
      good: [
        '重点抓好三项工作：一是加强领导；二是完善制度；三是强化督查。',
        '我讲两点意见。\n一、提高认识\n（一）认识到位。\n（二）思想到位。\n（三）行动到位。\n二、狠抓落实\n要落实到位。',
        '坚持“三个代表”重要思想，一是这样，二是那样。',
        '从5个方面提出20项举措：一是加强领导；二是完善制度。',
      ],
    },
  },
  check(context) {
    const entries = textLines(context);
    entries.forEach((entry, i) => {
      const v = entry.line.value;
      for (const m of matchAllOf(v, ANNOUNCE)) { // COUNT's lookbehind tried only where a count is
        const g = m.groups!;
        const count = parseInteger(g.count);
        if (count === undefined || count < 2) continue;
        const start = m.index!;
        const colonEnd = start + m[0].length;
        // The clause the count stands in: from the last clause break before it.
        const clauseStart = Math.max(v.lastIndexOf('。', start), v.lastIndexOf('；', start), v.lastIndexOf('，', start), v.lastIndexOf('：', start)) + 1;
        const clause = v.slice(clauseStart, colonEnd);
        if ((clause.match(COUNT_ANYWHERE) ?? []).length > 1) continue;
        if (/以上|以下|左右|多|余|之内|以内/.test(g.noun)) continue;
        // Without a colon ("我讲三点意见。"), only a short noun of the kind a speaker announces.
        const isColon = /[：:]|即/.test(g.lead);
        // "…三个方面工作通知如下。": the noun is 工作.
        const noun = g.noun.replace(/(?:通知|报告|说明|提出|部署|安排)?如下$/, '');
        if (!isColon && !/^(?:的)?[\u4e00-\u9fa5]{0,4}?(?:意见|要求|建议|体会|看法|认识|想法|工作|问题|任务|措施|内容|原因|特点|方面)$/.test(noun) && !(g.unit.endsWith('方面') && noun === '')) continue;
        // A count inside quotes names a concept unless a colon or 即 follows the closing quote.
        const quoted = v.lastIndexOf('“', start) > v.lastIndexOf('”', start);
        if (quoted && (!g.quote || !isColon)) continue;
        if (!quoted && g.quote) continue;
        // Items on the line after a full stop (一是… after "。") are counted as markers only.
        const found = countItems(entries, i, colonEnd, g.lead !== '。' && g.lead !== '');
        if (!found || found.count < 2 || found.count === count) continue;
        const announced = v.slice(start, start + g.count.length + g.unit.length + noun.length);
        context.report({
          line: entry.line,
          start,
          end: start + announced.length,
          messageId: found.count < count ? 'fewer' : 'more',
          data: { announced, count, listed: found.count },
          ...(found.first ? { related: [{ ...found.first, message: '列举开始处' }] } : {}),
          ...(found.warning ? { severity: 'warning' as const } : {}),
        });
      }
    });
  },
});
