/**
 * Inline enumerators in running text: 一是…二是…, 一要…二要…, 第一，第二，, 其一，其二，.
 * (Heading counters 一、（一）1.（1） are the recogniser's and element/heading-sequence's.)
 */
import { HAN_COUNTER, matchCounter } from '../parsers/structure/patterns.js';
import { parseInteger } from './number.js';
import { matchAllOf } from './regex-scan.js';

/**
 * 一是 / 一要 / 第一， / 其一， — and, read only on request (inline), the heading counters written
 * inside a paragraph after a colon or a clause end: （一） （1） 1. (“包括：（一）…；（二）…”).
 */
export type MarkerForm = 'shi' | 'yao' | 'di' | 'qi' | 'paren' | 'parenNum' | 'dot';

export interface Marker {
  form: MarkerForm;
  n: number;
  /** The marker as written: 一是, 第二, 其三. */
  text: string;
  start: number;
  end: number;
}

/** Written form of a marker for messages. */
export function markerText(form: MarkerForm, n: number, han: (n: number) => string): string {
  const c = han(n);
  switch (form) {
    case 'shi': return `${c}是`;
    case 'yao': return `${c}要`;
    case 'di': return `第${c}`;
    case 'qi': return `其${c}`;
    case 'paren': return `（${c}）`;
    case 'parenNum': return `（${n}）`;
    case 'dot': return `${n}.`;
  }
}

const COUNTER = HAN_COUNTER;
// A marker starts a clause: at the start of the text or after a point mark, an opening bracket or space.
// A numeral right after 是/要 ends it (一是一，二是二), except 一 opening a word (二是一些…, 三是一批…).
const MARKER_RE = new RegExp(
  `(?<=^|[，。；：、！？,;:!?\\s（(“])(?:(${COUNTER})(是|要)(?![二三四五六七八九十]|一(?![些批定部系方个项种件直般律体线站次把手]))|第(${COUNTER})(?=[，,])|其(${COUNTER})(?=[，,是：:]))`,
  'g',
);

/**
 * Counters inside a paragraph, right after a colon or a clause end (not at its start: a counter there
 * is a heading, element/heading-sequence's): （三） （3） 3. — not 3.5, not 第（三）项 (no mark before it).
 */
const INLINE_COUNTER_RE = new RegExp(`(?<=[：；。:;])[ \\t\\u3000]*(?:[（(](${HAN_COUNTER})[）)]|[（(](\\d{1,2})[）)]|(\\d{1,2})[.．](?![\\d.．%％]))`, 'g');

export function findMarkers(text: string, options: { inline?: boolean } = {}): Marker[] {
  const out: Marker[] = [];
  if (options.inline) {
    // matchAllOf: the same matches; the lookbehinds tested only where the words are, not at every position
    for (const m of matchAllOf(text, INLINE_COUNTER_RE)) {
      const lead = m[0].length - m[0].trimStart().length;
      const n = m[1] ? parseInteger(m[1]) : Number(m[2] ?? m[3]);
      if (n === undefined || n < 1) continue;
      const form: MarkerForm = m[1] ? 'paren' : m[2] ? 'parenNum' : 'dot';
      out.push({ form, n, text: m[0].slice(lead), start: m.index! + lead, end: m.index! + m[0].length });
    }
  }
  for (const m of matchAllOf(text, MARKER_RE)) {
    const counter = m[1] ?? m[3] ?? m[4];
    const n = parseInteger(counter);
    if (n === undefined || n < 1) continue;
    const form: MarkerForm = m[1] ? (m[2] === '是' ? 'shi' : 'yao') : m[3] ? 'di' : 'qi';
    // "一是一，二是二" (an idiom) is not an enumerator; "二是一些…", "三是一批…" are.
    const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 1);
    const idiom = after === counter.slice(-1) && /^(?:[，。,；;！!]|$)/.test(text.slice(m.index! + m[0].length + 1, m.index! + m[0].length + 2));
    if ((form === 'shi' || form === 'yao') && (after === '' || idiom || /[，。,]/.test(after))) continue;
    // 二要素, 三要件, 一是否…: words, not enumerators.
    if (form === 'yao' && /[素求件点闻务害地职塞案员]/.test(after)) continue;
    if (form === 'shi' && after === '否') continue;
    out.push({ form, n, text: m[0], start: m.index!, end: m.index! + m[0].length });
  }
  return options.inline ? out.sort((a, b) => a.start - b.start) : out;
}

/**
 * Heading counter at the start of a text: depth and number (一、 → 1, （三） → 2, 4. → 3, （5） → 4),
 * read with the recogniser's patterns (src/parsers/structure/patterns.ts, the one definition of the
 * counters), in their standard punctuation only: 一、 (not 一，), 4. or 4． not followed by a digit.
 */
export function headingCounter(text: string): { depth: 1 | 2 | 3 | 4; n: number } | undefined {
  for (const depth of [1, 2, 4, 3] as const) {
    const c = matchCounter(text, depth);
    if (!c) continue;
    const punct = text.slice(c.numEnd, c.end).replace(/[\s）)]/g, '');
    if (depth === 1 && punct !== '、') continue;
    if (depth === 3 && (!/^[.．]$/.test(punct) || /^\d/.test(text.slice(c.end)))) continue;
    return { depth, n: c.n };
  }
  return undefined;
}
