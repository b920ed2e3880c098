/**
 * consistency/announced-count: each counting strategy on its own (a table per strategy), and the
 * strategy table's order. The rule-level cases (positions, messages, silence) are in
 * announced-count.test.ts.
 */
import { describe, expect, it } from 'vitest';
import rule, {
  STRATEGIES, countCommaList, countInlineCounters, countList, countQuoted,
} from '../../../src/rules/consistency/announced-count.js';
import type { Line } from '../../../src/tree/types.js';
import { lintWith } from '../../helpers/lint.js';

const line = (value: string): Line => ({ type: 'line', value });

type Counter = (text: string, offset: number, line: Line) => { count: number; warning?: boolean; first?: { start: number; end: number } } | undefined;

// [text after the colon, expected count (undefined: the strategy does not apply), start of the first item]
const tables: Array<[name: string, counter: Counter, cases: Array<[string, number | undefined, number?]>]> = [
  ['inline-counters', countInlineCounters, [
    ['（一）甲；（二）乙；（三）丙。', 3, 0],
    ['(1)防汛；(2)抗旱。', 2, 0],
    ['（一）甲；（三）乙。', 2, 0], // a gap is enumeration-series's: counted as written
    ['（二）乙；（三）丙。', undefined],
    ['甲、乙', undefined],
  ]],
  ['quoted', countQuoted, [
    ['“务必不忘初心”“务必谦虚谨慎”。', 2, 0],
    ['“甲”、“乙”和“丙”。', 3, 0],
    ['“甲”是关键', undefined],
  ]],
  ['dunhao-list', countList, [
    ['防汛、抗旱。', 2, 0],
    ['防汛、抗旱和森林防火。', 3, 0],
    ['防汛、抗旱，还要做好救灾。', undefined],
    ['加强党的建设和全面从严治党工作、推进高质量发展。', undefined], // items too long
  ]],
  ['comma-list', countCommaList, [
    ['一般项目，重点项目，重大项目。', 3, 0],
    ['一般项目，重点项目和重大项目。', 3, 0],
    ['政治建设，思想建设。', 2, 0],
    ['要提高认识，要狠抓落实。', undefined], // clauses, not items
    ['加强组织领导，确保工作落实到位，推动高质量发展。', undefined], // items too long
    ['甲类、乙类，丙类。', undefined], // mixed separators
    ['防汛，抗旱等。', undefined],
    ['防汛；抗旱。', undefined],
  ]],
];

for (const [name, counter, cases] of tables) {
  describe(`strategy ${name}`, () => {
    it.each(cases)('%s → %s', (text, count, start) => {
      const found = counter(text, 0, line(text));
      expect(found?.count).toBe(count);
      if (count !== undefined && start !== undefined) expect(found?.first?.start).toBe(start);
    });
  });
}

describe('strategy table', () => {
  it('tries the series strategies before the lists, on the rest of the line before the next paragraphs', () => {
    expect(STRATEGIES.map((s) => `${s.where}:${s.name}`)).toEqual([
      'rest:markers', 'rest:inline-counters', 'rest:quoted', 'rest:dunhao-list', 'rest:comma-list',
      'next:headings', 'next:next-markers',
    ]);
  });
});

describe('comma lists after a colon (issue 9)', () => {
  it.each([
    ['分为三类：一般项目，重点项目，重大项目，特别重大项目。', 'more', '三类', 4],
    ['主要包括三个方面：政治建设，思想建设。', 'fewer', '三个方面', 2],
    ['共三项：防汛，抗旱。', 'fewer', '三项', 2],
    ['涉及四类主体：企业，高校和科研院所。', 'fewer', '四类主体', 3],
  ])('%s', (text, messageId, announced, listed) => {
    const messages = lintWith(rule, text);
    expect(messages.map((m) => ({ messageId: m.messageId, data: m.data, severity: m.severity }))).toEqual([
      { messageId, data: { announced, count: expect.any(Number), listed }, severity: 'warning' },
    ]);
  });

  it.each([
    '分为三类：一般项目，重点项目和重大项目。',
    '提出两点要求：要提高认识，要狠抓落实，要严守纪律。',
    '明确三项任务：加强组织领导，确保工作落实到位，推动高质量发展。',
    '分为两类：甲类，乙类。此外还有丙类。',
  ])('stays silent on %s', (text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });
});
