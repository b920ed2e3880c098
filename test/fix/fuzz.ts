/**
 * Seeded mutants of .docx packages, for the fuzzing test (test/fix/fuzz.test.ts) and the bench: each
 * mutant is the package with one or a few of its XML parts changed the way real files differ from
 * the ones the reader was written against (quotes, empty or odd attribute values, elements dropped,
 * doubled or moved, relationships pointing nowhere, parts missing) or plainly damaged (bytes flipped,
 * truncated). Lint and fix must answer every mutant with findings or an InputError, never a crash.
 */
import { unzipSync, zipSync } from 'fflate';

/** mulberry32: small, seedable, the same sequence everywhere. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const dec = new TextDecoder();
const enc = new TextEncoder();

type Mutation = (xml: string, r: () => number) => string;
const pick = <T>(xs: readonly T[], r: () => number): T => xs[Math.floor(r() * xs.length)];

/** Spans [start, end) of elements (start tag to matching end, or self-closing) found by a light scan. */
function elements(xml: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const stack: Array<[string, number]> = [];
  const re = /<(\/?)([A-Za-z_][\w.:-]*)[^<>]*?(\/?)>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml))) {
    if (m[1]) {
      for (let k = stack.length - 1; k >= 0; k--) {
        if (stack[k][0] === m[2]) { out.push([stack[k][1], re.lastIndex]); stack.length = k; break; }
      }
    } else if (m[3]) out.push([m.index, re.lastIndex]);
    else stack.push([m[2], m.index]);
  }
  return out;
}

const ATTR = /(\s[\w:.-]+)=("([^"]*)"|'([^']*)')/g;
const ODD_VALUES = ['', '0', '-1', '-2147483648', '99999999999', 'abc', 'NaN', '1e400', ' 12 ', 'auto', '#', '../../x', '/', '\u3000'];

const mutations: Record<string, Mutation> = {
  /** Legal: single quotes instead of double on every attribute of the part. */
  singleQuotes: (xml) => xml.replace(ATTR, (_a, name, _q, d, s) => `${name}='${(d ?? s).replace(/'/g, '&apos;')}'`),
  /** One attribute given an odd value. */
  oddValue: (xml, r) => {
    const all = [...xml.matchAll(ATTR)];
    if (!all.length) return xml;
    const m = pick(all, r);
    return xml.slice(0, m.index!) + `${m[1]}="${pick(ODD_VALUES, r)}"` + xml.slice(m.index! + m[0].length);
  },
  /** One attribute removed. */
  dropAttribute: (xml, r) => {
    const all = [...xml.matchAll(ATTR)].filter((m) => !/xmlns/.test(m[1]));
    if (!all.length) return xml;
    const m = pick(all, r);
    return xml.slice(0, m.index!) + xml.slice(m.index! + m[0].length);
  },
  /** An element dropped, doubled, or moved to the end of its parent's text. */
  dropElement: (xml, r) => {
    const els = elements(xml).filter(([s]) => s > 0);
    if (els.length < 2) return xml;
    const [s, e] = pick(els.slice(1), r);
    return xml.slice(0, s) + xml.slice(e);
  },
  doubleElement: (xml, r) => {
    const els = elements(xml);
    if (els.length < 2) return xml;
    const [s, e] = pick(els.slice(1), r);
    return xml.slice(0, e) + xml.slice(s, e) + xml.slice(e);
  },
  emptyElement: (xml, r) => {
    const els = elements(xml).filter(([s, e]) => xml[e - 2] !== '/');
    if (els.length < 2) return xml;
    const [s, e] = pick(els.slice(1), r);
    const open = /^<[^>]*>/.exec(xml.slice(s, e))![0];
    return xml.slice(0, s) + open.replace(/>$/, '/>') + xml.slice(e);
  },
  /** Text with characters that need escaping or are unusual. */
  oddText: (xml, r) => xml.replace(/(<w:t(?:\s[^>]*)?>)([^<]*)/, (_a, t, v) => `${t}${v}${pick(['&amp;&lt;&gt;', '\u{20000}', '\u200b', '\t', '&#x1F600;', ' '], r)}`),
  /** Damage: a byte flipped, the part cut short. */
  flip: (xml, r) => {
    if (!xml.length) return xml;
    const i = Math.floor(r() * xml.length);
    return xml.slice(0, i) + pick(['<', '>', '"', "'", '&', '/', '\u0000', 'x'], r) + xml.slice(i + 1);
  },
  truncate: (xml, r) => xml.slice(0, Math.floor(r() * xml.length)),
};

/** Relationship-specific: empty, single-quoted, absolute, missing targets; unknown types. */
const relMutations: Record<string, Mutation> = {
  emptyTarget: (xml, r) => {
    const all = [...xml.matchAll(/Target="[^"]*"/g)];
    if (!all.length) return xml;
    const m = pick(all, r);
    return xml.slice(0, m.index!) + pick(['Target=""', "Target=''", 'Target="/word/nowhere.xml"', 'Target="../../x.xml"', 'Target=" "'], r) + xml.slice(m.index! + m[0].length);
  },
  singleQuotedTarget: (xml) => xml.replace(/Target="([^"]*)"/g, "Target='$1'"),
  absoluteTarget: (xml) => xml.replace(/Target="(?!\/)([^"]*)"/g, (_a, t) => `Target="/word/${t}"`),
  dropRelationship: (xml, r) => {
    const all = [...xml.matchAll(/<Relationship\b[^>]*\/>/g)];
    if (!all.length) return xml;
    const m = pick(all, r);
    return xml.slice(0, m.index!) + xml.slice(m.index! + m[0].length);
  },
};

export interface Mutant {
  name: string;
  bytes: Uint8Array;
}

/** The `index`-th mutant of `pkg` for `seed`: one to three mutations of its XML parts, or a part removed. */
export function mutant(pkg: Record<string, Uint8Array>, seed: number): Mutant {
  const r = rng(seed);
  const files: Record<string, Uint8Array> = { ...pkg };
  const xmlParts = Object.keys(files).filter((n) => /\.(xml|rels)$/.test(n));
  const steps: string[] = [];
  const count = 1 + Math.floor(r() * 3);
  for (let k = 0; k < count; k++) {
    if (r() < 0.05) {
      const gone = pick(Object.keys(files), r);
      delete files[gone];
      steps.push(`remove ${gone}`);
      continue;
    }
    // Most mutants touch the parts the fixer edits.
    const hot = xmlParts.filter((n) => /document\.xml$|styles\.xml$|\.rels$|settings\.xml$|footer\d*\.xml$|Content_Types/.test(n));
    const part = r() < 0.8 && hot.length ? pick(hot, r) : pick(xmlParts, r);
    if (!files[part]) continue;
    const table = part.endsWith('.rels') && r() < 0.6 ? relMutations : mutations;
    // Damage is rarer than variation: the reader's refusal of broken XML is tested elsewhere.
    const names = Object.keys(table).filter((n) => (n === 'flip' || n === 'truncate' ? r() < 0.3 : true));
    const name = pick(names, r);
    files[part] = enc.encode(table[name](dec.decode(files[part]), r));
    steps.push(`${name} ${part}`);
  }
  return { name: `seed ${seed}: ${steps.join(', ')}`, bytes: zipSync(files, { level: 0 }) };
}

export function unpack(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}
