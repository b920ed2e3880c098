/**
 * Titles of regulations, standards and laws (title lexicons): a cited 《title》 that is one or two
 * characters off a known title is most likely a mis-citation; an unknown title is not judged.
 */

/** Optimal-string-alignment distance (Levenshtein plus adjacent transposition), over code points. */
export function damerau(a: string, b: string, max = Infinity): number {
  const s = [...a];
  const t = [...b];
  if (Math.abs(s.length - t.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= s.length; i++) rows.push(new Array<number>(t.length + 1).fill(0));
  for (let i = 0; i <= s.length; i++) rows[i]![0] = i;
  for (let j = 0; j <= t.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= s.length; i++) {
    let rowMin = Infinity;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let v = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) v = Math.min(v, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
  }
  return rows[s.length]![t.length]!;
}

/** A title without a trailing edition or status note: （试行）, （2018年修订）, (草案). */
export function normaliseTitle(title: string): string {
  return title.replace(/\s+/g, '').replace(/(?:[（(][^（）()]*[）)])+$/u, '');
}

/** Suffixes that make a different, legitimate document out of a known title. */
const DERIVED = /(?:实施细则|实施条例|实施办法|实施意见|实施方案|释义|修正案|解读|配套|若干问题|司法解释|辅导读本|学习纲要|问答)$/u;

export interface NearTitle {
  title: string;
  distance: number;
}

/**
 * The known title a cited one is a near miss of, or undefined when it is exact, unknown or a
 * legitimate derivative. Distance 1 is judged for titles of six characters or more, distance 2 for
 * titles of ten or more.
 */
export function nearestTitle(cited: string, known: ReadonlySet<string>, list: readonly string[]): NearTitle | undefined {
  const c = normaliseTitle(cited);
  const n = [...c].length;
  if (n < 6 || known.has(c)) return undefined;
  if (DERIVED.test(c)) return undefined;
  const max = n >= 10 ? 2 : 1;
  let best: NearTitle | undefined;
  let ties = 0;
  for (const title of list) {
    const d = damerau(c, title, max);
    if (d === 0) return undefined;
    if (d > max) continue;
    if (!best || d < best.distance) {
      best = { title, distance: d };
      ties = 0;
    } else if (d === best.distance && title !== best.title) ties++;
  }
  // Two known titles equally near: the citation may be a third, real title between them.
  if (!best || ties > 0) return undefined;
  return best;
}
