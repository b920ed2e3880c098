/**
 * The character model behind typo/unlikely-character: a word-unigram language model (jieba's word
 * frequencies, MIT; see lexicons/build-char-model.mjs) and homophone groups (toneless pinyin from
 * pinyin-pro, MIT). A character is suspicious when swapping it for a homophone turns its
 * neighbourhood from improbable into probable text: the best segmentation's log-probability of a
 * seven-character window rises by more than a threshold (noisy channel with a flat error prior).
 *
 * Built lazily on first use (about 135,000 words); browser-safe.
 */
import homophoneData from './data/homophones.json' with { type: 'json' };
import frequencyData from './data/word-frequencies.json' with { type: 'json' };

interface Model {
  logp: Map<string, number>;
  unknown: number;
  /** For each character, its homophones (toneless pinyin shared), itself excluded. */
  homophonesOf: Map<string, Set<string>>;
  /**
   * Word with one character replaced by '?' → the characters that fill the hole to make a word
   * (a string, or a Set when there are many).
   */
  holes: Map<string, string | Set<string>>;
}

let model: Model | undefined;

function build(): Model {
  const data = frequencyData as { total: number; buckets: Record<string, string> };
  const logp = new Map<string, number>();
  const logTotal = Math.log(data.total);
  for (const [bucket, words] of Object.entries(data.buckets)) {
    const lp = Number(bucket) * Math.LN2 - logTotal;
    for (const w of words.split(' ')) if (w) logp.set(w, lp);
  }
  const sets = new Map<string, Set<string>>();
  for (const chars of Object.values((homophoneData as { groups: Record<string, string> }).groups)) {
    for (const c of chars) {
      const set = sets.get(c) ?? new Set<string>();
      for (const d of chars) if (d !== c) set.add(d);
      sets.set(c, set);
    }
  }
  const homophonesOf = sets;
  const raw = new Map<string, string>();
  for (const w of logp.keys()) {
    if (w.length < 2) continue;
    for (let k = 0; k < w.length; k++) {
      const key = w.slice(0, k) + '?' + w.slice(k + 1);
      raw.set(key, (raw.get(key) ?? '') + w[k]);
    }
  }
  const holes = new Map<string, string | Set<string>>();
  for (const [key, fill] of raw) holes.set(key, fill.length > 16 ? new Set(fill) : fill);
  return { logp, unknown: Math.log(0.5) - logTotal, homophonesOf, holes };
}

function getModel(): Model {
  return (model ??= build());
}

const scratch = new Float64Array(32);

/** Log-probability of the best segmentation of `text` into known words (unknown characters penalised). */
export function segmentScore(text: string): number {
  const { logp, unknown } = getModel();
  const n = text.length;
  const dp = n < scratch.length ? scratch : new Float64Array(n + 1);
  dp.fill(-Infinity, 0, n + 1);
  dp[0] = 0;
  for (let j = 1; j <= n; j++) {
    for (let k = 1; k <= 4 && k <= j; k++) {
      let lp = logp.get(text.slice(j - k, j));
      if (lp === undefined) {
        if (k !== 1) continue;
        lp = unknown;
      }
      const v = dp[j - k]! + lp;
      if (v > dp[j]!) dp[j] = v;
    }
  }
  return dp[n]!;
}

export interface Suspect {
  /** Offset of the character in the text. */
  index: number;
  char: string;
  /** The homophone that fits best. */
  suggestion: string;
  /** Gain in log-probability (natural log) of the window. */
  gain: number;
}

/** Function words and very frequent characters are never suspects (的 is read dì in 目的 …). */
const NEVER = new Set('的地得了着过和与及在是有也都就还而或并其之以于为这那个');
const HAN_RUN = /\p{Script=Han}{4,}/gu;
/**
 * Endings of place and organisation names: a character just before one is likely part of a name
 * (平舆县, 樟江, 辛安泉, 陶然庭苑社区, 正昌集团).
 */
const PLACE = new Set('省市县区乡镇村旗州盟江河湖海山泉峰岭湾岛溪港苑社团院所园厂');
const WINDOW = 3;
/** A post title shortly before: the next characters are most likely a person's name (市长张国清). */
const POST = /(?:长|主任|书记|主席|委员|同志|经理|员|师|（女）)\p{Script=Han}{0,2}$/u;

/**
 * Suspicious characters in `text`: runs of four or more Han characters (shorter runs are mostly
 * names in lists), each character tried against its homophones that make a word with its
 * neighbours.
 */
export function suspects(text: string, threshold: number): Suspect[] {
  const { homophonesOf, holes } = getModel();
  const out: Suspect[] = [];
  for (const m of text.matchAll(HAN_RUN)) {
    const run = m[0];
    if (run.length !== [...run].length) continue; // astral characters: skip the run
    for (let i = 0; i < run.length; i++) {
      const c = run[i]!;
      const alternatives = homophonesOf.get(c);
      if (!alternatives || NEVER.has(c)) continue;
      if (PLACE.has(run[i + 1] ?? '') || PLACE.has(run[i + 2] ?? '')) continue;
      if (POST.test(run.slice(Math.max(0, i - 4), i))) continue;
      const candidates = new Set<string>();
      for (let a = Math.max(0, i - 3); a <= i; a++) {
        for (let b = i + 1; b <= Math.min(run.length, a + 4); b++) {
          if (b - a < 2) continue;
          const fill = holes.get(run.slice(a, i) + '?' + run.slice(i + 1, b));
          if (!fill) continue;
          if (typeof fill === 'string') {
            for (const d of fill) if (alternatives.has(d)) candidates.add(d);
          } else if (fill.size > alternatives.size) {
            for (const d of alternatives) if (fill.has(d)) candidates.add(d);
          } else {
            for (const d of fill) if (alternatives.has(d)) candidates.add(d);
          }
        }
      }
      if (candidates.size === 0) continue;
      const a = Math.max(0, i - WINDOW);
      const window = run.slice(a, Math.min(run.length, i + WINDOW + 1));
      const j = i - a;
      const base = segmentScore(window);
      let gain = -Infinity;
      let suggestion = '';
      for (const d of candidates) {
        const g = segmentScore(window.slice(0, j) + d + window.slice(j + 1)) - base;
        if (g > gain) {
          gain = g;
          suggestion = d;
        }
      }
      if (gain > threshold) out.push({ index: m.index! + i, char: c, suggestion, gain });
    }
  }
  return out;
}
