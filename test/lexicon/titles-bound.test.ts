/**
 * nearestTitle passes over a known title whose bag distance to the citation exceeds the limit
 * (src/lexicon/titles.ts, bagDistanceExceeds): that is only right if the bag distance never exceeds
 * the damerau distance. Held to damerau over every pair of short strings on a small alphabet (so
 * that repeats, swaps and replacements all occur), at limits 0 to 3.
 */
import { describe, expect, it } from 'vitest';
import { bagDistanceExceeds, damerau } from '../../src/lexicon/titles.js';

function strings(alphabet: string, maxLength: number): string[] {
  const out = [''];
  for (let n = 1; n <= maxLength; n++) {
    const prev = out.filter((s) => s.length === n - 1);
    for (const s of prev) for (const ch of alphabet) out.push(s + ch);
  }
  return out;
}

describe('bag distance bounds damerau from below', () => {
  const all = strings('法条例', 5);

  it.each([0, 1, 2, 3])('limit %d: over it by bag distance ⇒ over it by damerau', (max) => {
    let skipped = 0;
    for (const a of all) {
      for (const b of all) {
        if (!bagDistanceExceeds(a, b, max)) continue;
        skipped++;
        expect(damerau(a, b, max), `${a} / ${b}`).toBeGreaterThan(max);
      }
    }
    expect(skipped).toBeGreaterThan(0);
  });

  it('is not over the limit for a swap or one replacement', () => {
    expect(bagDistanceExceeds('安全生产法', '安全产生法', 0)).toBe(false);
    expect(bagDistanceExceeds('安全生产法', '安全生产条', 1)).toBe(false);
    expect(bagDistanceExceeds('安全生产法', '安全生产条', 0)).toBe(true);
  });
});
