/**
 * UnitPresence (src/util/units.ts) may only say "absent" when the word really cannot occur: its
 * answers are held to indexOf over texts and words written for this test, including texts marked
 * in turn (a presence made for one text must re-mark it after another was marked).
 */
import { describe, expect, it } from 'vitest';
import { UnitPresence, unitClasses, unitsOf } from '../../src/util/units.js';

const TEXTS = ['牢固树立政治意识、大局意识、核心意识、看齐意识。', '坚定道路自信、理论自信。', '', 'abc𠀀def'];
const WORDS = ['政治意识', '看齐', '自信', '制度自信', '意识。', '理论', 'x', '', '𠀀', 'abc', '核心意识形态'];

describe('UnitPresence', () => {
  it.each(TEXTS.map((t) => [t]))('never says absent for a word that occurs: %s', (text) => {
    const units = new UnitPresence(text);
    for (const word of WORDS) {
      if (text.includes(word)) expect(units.mayContain(word)).toBe(true);
    }
  });

  it('says absent when the first or the last unit is missing', () => {
    const units = new UnitPresence('坚定道路自信、理论自信。');
    expect(units.mayContain('政治意识')).toBe(false);
    expect(units.mayContain('道路意识')).toBe(false); // last unit missing
    expect(units.mayContain('制度自信')).toBe(false); // first unit missing
    expect(units.mayContain('理论自信')).toBe(true);
  });

  it('stays right across the table being cleared (more texts marked than the stamps count)', () => {
    const a = new UnitPresence('政治意识');
    expect(a.mayContain('政治')).toBe(true);
    for (let k = 0; k < 600; k++) new UnitPresence(`第${k}条`).mayContain('条');
    expect(a.mayContain('政治')).toBe(true);
    expect(a.mayContain('条')).toBe(false);
  });

  it('unitsOf gives one presence per text in a row, a new one for another text', () => {
    const first = unitsOf('道路自信');
    expect(unitsOf('道路自信')).toBe(first);
    expect(unitsOf('理论自信')).not.toBe(first);
    expect(unitsOf('理论自信').mayContain('道路')).toBe(false);
  });

  it('stays right when presences of two texts are asked in turn', () => {
    const a = new UnitPresence('政治意识');
    const b = new UnitPresence('道路自信');
    for (let k = 0; k < 3; k++) {
      expect(a.mayContain('政治')).toBe(true);
      expect(b.mayContain('政治')).toBe(false);
      expect(b.mayContain('自信')).toBe(true);
      expect(a.mayContain('自信')).toBe(false);
    }
  });
});

describe('unitClasses', () => {
  it('sets each class bit at its characters and leaves every other unit 0', () => {
    const table = unitClasses([['。！', 1], ['！”', 2], ['a', 4]]);
    expect([...'。！”a'].map((ch) => table[ch.charCodeAt(0)])).toEqual([1, 3, 2, 4]);
    expect(table.reduce((n, v) => n + (v !== 0 ? 1 : 0), 0)).toBe(4);
  });
});
