/**
 * Acceptance for typos in less common words (issue 9): invented 通知 drafts with planted look-alike
 * and same-sound slips in verbs, idioms and set terms (fixtures/acceptance-typos/*.txt), each with its
 * corrected twin (*.corrected.txt), which must draw no typo finding at all.
 *
 * forest-fire-notice was written first and then used while adding set terms (群防群治, 值班值守 …)
 * to lexicons/official-vocabulary.txt, so it is a tuning draft; gas-safety-notice was written after
 * that work and measured once, untouched since (held out): 7 of its 11 slips are flagged, 6 of them on
 * the wrong character (分围 draws a hint at 围, the neighbour). Its misses are listed below; a test
 * that starts failing because one is caught is good news — move it into the table.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintSync } from '../src/engine/lint.js';

const dir = new URL('../fixtures/acceptance-typos/', import.meta.url);
/** [line, column, rule (u: unlikely-character, c: common-typo), written, suggested] */
type Planted = [number, number, 'u' | 'c', string, string];

function typoFindings(file: string) {
  const text = readFileSync(new URL(file, dir), 'utf8');
  return lintSync(text, { filename: file, config: { preset: 'recommended' } })
    .messages.filter((m) => m.ruleId.startsWith('typo/'))
    .map((m) => [m.line, m.column, m.ruleId === 'typo/common-typo' ? 'c' : 'u', m.data?.char ?? m.data?.wrong, m.data?.suggestion ?? m.data?.right]);
}

const drafts: Array<[string, Planted[]]> = [
  [
    'forest-fire-notice',
    [
      [5, 35, 'u', '清', '轻'], // 掉以清心
      [5, 49, 'u', '践', '渐'], // 防微杜践
      [5, 54, 'u', '谬', '缪'], // 未雨绸谬
      [6, 18, 'u', '则', '责'], // 履职尽则
      [6, 23, 'u', '石', '实'], // 层层压石
      [7, 15, 'u', '伙', '火'], // 野外用伙
      [7, 36, 'u', '察', '查'], // 隐患排察
      [8, 18, 'u', '被', '备'], // 物资储被
      [8, 25, 'u', '首', '守'], // 值班值首
      [8, 32, 'u', '冶', '治'], // 群防群冶
      [9, 13, 'u', '读', '渎'], // 失职读职
    ],
  ],
  [
    // held out; missed: 消号 (销号), 停业正顿 (整顿), 决不手阮 (手软), 自救护救 (互救)
    'gas-safety-notice',
    [
      [4, 36, 'u', '克', '刻'], // 深克
      [5, 36, 'u', '试', '式'], // 拉网试
      [6, 42, 'u', '堵', '杜'], // 堵绝
      [8, 18, 'u', '急', '及'], // 普急
      [8, 61, 'u', '围', '为'], // 分围: the hint lands on the neighbour of the slip
      [9, 20, 'c', '举一返三', '举一反三'],
      [9, 28, 'u', '却', '缺'], // 查漏补却
    ],
  ],
];

describe('acceptance: typos in less common words (issue 9)', () => {
  it.each(drafts)('%s: exactly the planted slips, at their place', (name, planted) => {
    expect(typoFindings(`${name}.txt`)).toEqual(planted);
  });

  it.each(drafts.map(([name]) => name))('%s, corrected: no typo finding', (name) => {
    expect(typoFindings(`${name}.corrected.txt`)).toEqual([]);
  });
});
