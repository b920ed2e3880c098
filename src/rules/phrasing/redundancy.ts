/**
 * 成分赘余 (redundant wording): two words that say the same thing, the classic of official drafting —
 * 约300台左右, 超过10年以上, 逾100多台, 目的是为了, 原因是由于, 比上年同期同比增长, 过分夸大, 凯旋归来,
 * 悬殊很大, and (warnings) 涉及到, 再次重申, 近…左右 …. 《党政机关公文处理工作条例》第十九条（三）asks
 * that a draft be 表述准确，文字精炼.
 *
 * Data-driven: the patterns, their severities and gates are in ./redundancy-patterns.ts (estimates on
 * a number, purpose and cause, time, order, quantity and scope, degree, stacked words). A finding
 * covers the whole phrase; the fix deletes the word in the capture group `drop` (or `drop2` … in
 * the alternative that matched), which never changes the meaning; patterns where either word could
 * go (日益…越来越, 之所以…的原因) report without a fix. Where two patterns cover the same words the
 * first one in the data reports, once. Text in 《》 (a cited title) and in quotation marks (quoted
 * words) is left alone, and so are headings' counters, tables of figures and the 版头/版记 (isProse).
 */
import { defineRule } from '../../rule.js';
import { proseLines } from '../punctuation/shared.js';
import { REDUNDANCY_PATTERNS } from './redundancy-patterns.js';
import { matchAllOf } from '../../util/regex-scan.js';

const COMPILED = REDUNDANCY_PATTERNS.map((p) => ({ ...p, re: new RegExp(p.source, 'gdu') }));
/**
 * Gate character (a UTF-16 code unit: gates are BMP Han) → the patterns it opens, so one walk over a
 * line finds every pattern worth trying. Testing each pattern's gate class on its own walked every
 * line 90 times (the gates hold 一, 上, 以, 和 …) and cost four times the patterns themselves.
 */
const GATE_SLOT = new Int16Array(0x10000).fill(-1);
const GATE_PATTERNS: number[][] = [];
COMPILED.forEach((p, index) => {
  for (const ch of p.gate) {
    const code = ch.charCodeAt(0);
    if (ch.length !== 1) throw new Error(`redundancy gate ${ch} is not one UTF-16 code unit`);
    if (GATE_SLOT[code] < 0) { GATE_SLOT[code] = GATE_PATTERNS.length; GATE_PATTERNS.push([]); }
    GATE_PATTERNS[GATE_SLOT[code]].push(index);
  }
});
const opened = new Uint8Array(COMPILED.length);

/** Marks in `opened` the patterns whose gate characters occur in `text`. */
function openPatterns(text: string): void {
  opened.fill(0);
  for (let k = 0; k < text.length; k++) {
    const slot = GATE_SLOT[text.charCodeAt(k)];
    if (slot >= 0) for (const index of GATE_PATTERNS[slot]) opened[index] = 1;
  }
}
/**
 * Whether `text` holds a gate character at all: the lines worth a closer look (every match holds
 * one of its pattern's gate characters). A walk over the table, not a regex of every gate in one
 * class, which the engine tests by a range search per character.
 */
function hasGate(text: string): boolean {
  for (let k = 0; k < text.length; k++) if (GATE_SLOT[text.charCodeAt(k)] >= 0) return true;
  return false;
}

/** Spans the rule does not judge: cited titles and quotations. */
const QUOTED = /《[^》]*》|“[^”]*”/g;

/** The text of the first group that matched among those named `prefix`, `prefix`2 … */
function groupText(m: RegExpMatchArray, prefix: string): string | undefined {
  for (const [name, value] of Object.entries(m.groups ?? {})) if (name.startsWith(prefix) && value !== undefined) return value;
  return undefined;
}

export default defineRule({
  meta: {
    id: 'phrasing/redundancy',
    category: 'phrasing',
    clause: '《党政机关公文处理工作条例》第十九条',
    citation: { en: 'Regulations on Handling Party and Government Documents, art. 19' },
    description: {
      zh: '成分赘余：同一意思重复表达（如“约300台左右”“超过10年以上”“目的是为了”）',
      en: 'Redundant wording that says one thing twice (约300台左右, 超过10年以上, 目的是为了)',
    },
    severity: 'error',
    fixable: true,
    messages: {
      redundant: {
        zh: '“{text}”成分赘余：“{a}”与“{b}”意思重复，应删去“{drop}”',
        en: '“{text}” is redundant: “{a}” and “{b}” say the same; delete “{drop}”',
      },
      redundantNoFix: {
        zh: '“{text}”成分赘余：“{a}”与“{b}”意思重复，应删去其一',
        en: '“{text}” is redundant: “{a}” and “{b}” say the same; delete one',
      },
    },
    examples: {
      bad: ['现有办公设备约300台左右。', '使用年限超过10年以上的设备逾100多台。', '目的是为了提高效率。', '各位代表们：', '今年产量较上年相比增长5%。'],
      good: ['现有办公设备约300台。', '使用年限超过10年的设备逾100台。', '目的是提高效率。', '节约30%左右的用电。', '与上年相比增长5%。'],
    },
  },
  check(context) {
    for (const { line, text: prose } of proseLines(context.lines)) {
      if (!hasGate(prose)) continue;
      const text = prose.replace(QUOTED, (q) => '\u0000'.repeat(q.length));
      // Where two patterns cover the same words (约100多人左右), the first one in the data reports.
      const taken: Array<[number, number]> = [];
      openPatterns(text);
      for (let index = 0; index < COMPILED.length; index++) {
        if (!opened[index]) continue;
        const p = COMPILED[index];
        for (const m of matchAllOf(text, p.re)) { // (?<![最附…])近…: the lookbehind only where 近 is
          const start = m.index!;
          const end = start + m[0].length;
          if (taken.some(([s, e]) => start < e && s < end)) continue;
          taken.push([start, end]);
          // The group the fix deletes: drop, or drop2 … in the alternative that matched.
          const dropName = Object.keys(m.groups ?? {}).find((k) => k.startsWith('drop') && m.groups![k] !== undefined);
          const drop = dropName ? m.indices?.groups?.[dropName] : undefined;
          // The words as written, where the pattern names them (lead: the first, tail: the second).
          const a = groupText(m, 'lead') ?? p.words[0];
          const b = groupText(m, 'tail') ?? p.words[1];
          const data = { text: m[0], a, b, drop: dropName ? m.groups![dropName] : '' };
          context.report({
            line, start, end, severity: p.severity,
            messageId: drop ? 'redundant' : 'redundantNoFix',
            data,
            ...(drop ? { fix: { start: drop[0], end: drop[1], text: '' } } : {}),
          });
        }
      }
    }
  },
});
