#!/usr/bin/env node
/**
 * Builds the data of typo/unlikely-character (src/lexicon/data/word-frequencies.json and
 * homophones.json) from two MIT-licensed sources, neither of them the project's test corpora:
 *
 * - the word-frequency dictionary of jieba as shipped by cppjieba (dict/jieba.dict.utf8, in the
 *   nodejieba npm package; MIT, Copyright (c) 2013 Yanyi Wu / Sun Junyi);
 * - toneless pinyin readings from pinyin-pro (MIT, Copyright (c) 2022-present zh-lx);
 * - plus lexicons/official-vocabulary.txt: present-day official-document terms the 2013 dictionary
 *   lacks, written for this project.
 *
 * Usage (the packages are fetched into a temporary folder, not installed in the project):
 *   mkdir /tmp/cm && cd /tmp/cm && npm pack nodejieba pinyin-pro && for f in *.tgz; do tar xzf $f --one-top-level=${f%.tgz}; done
 *   node lexicons/build-char-model.mjs /tmp/cm
 */
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node lexicons/build-char-model.mjs <folder with unpacked nodejieba-* and pinyin-pro-*>');
  process.exit(1);
}
const find = (prefix) => join(dir, readdirSync(dir).find((n) => n.startsWith(prefix) && !n.endsWith('.tgz')), 'package');
const jieba = join(find('nodejieba'), 'submodules/cppjieba/dict/jieba.dict.utf8');
const { pinyin } = await import(join(find('pinyin-pro'), 'dist/index.mjs'));

const MIN_FREQ = 5; // words of two or more characters below this are dropped (mostly names and noise)
const MAX_LEN = 4;
const CHARS = 20000; // characters that get homophone groups (the most frequent in the dictionary)
const han = /^\p{Script=Han}+$/u;

const freq = new Map();
const charFreq = new Map();
for (const line of readFileSync(jieba, 'utf8').split('\n')) {
  const [w, f] = line.split(' ');
  if (!w || !han.test(w)) continue;
  const n = Number(f);
  for (const ch of w) charFreq.set(ch, (charFreq.get(ch) ?? 0) + n);
  const len = [...w].length;
  if (len > MAX_LEN || (len > 1 && n < MIN_FREQ)) continue;
  freq.set(w, (freq.get(w) ?? 0) + n);
}
// Present-day terms: as frequent as a common word.
const vocabulary = readFileSync(new URL('./official-vocabulary.txt', import.meta.url), 'utf8')
  .split(/\s+/)
  .filter((w) => han.test(w));
for (const w of vocabulary) {
  // long terms are entered by their 2–4 character pieces too
  const chars = [...w];
  const pieces = chars.length <= MAX_LEN ? [w] : [];
  for (let i = 0; i + 2 <= chars.length && chars.length > MAX_LEN; i += 2) pieces.push(chars.slice(i, i + Math.min(4, chars.length - i)).join(''));
  for (const p of pieces) if ([...p].length >= 2) freq.set(p, Math.max(freq.get(p) ?? 0, 2000));
}

// Words grouped by frequency bucket (round(log2 f)): "bucket": "word word …".
const buckets = {};
for (const [w, f] of freq) {
  const b = Math.max(0, Math.round(Math.log2(f)));
  (buckets[b] ??= []).push(w);
}
const total = [...freq.values()].reduce((a, b) => a + b, 0);
writeFileSync(
  new URL('../src/lexicon/data/word-frequencies.json', import.meta.url),
  JSON.stringify({
    source: 'jieba dictionary (cppjieba dict/jieba.dict.utf8, MIT License, Copyright (c) 2013) + lexicons/official-vocabulary.txt',
    note: 'Words of 1–4 Han characters; multi-character words with frequency < 5 dropped. Keys are round(log2(frequency)).',
    total,
    buckets: Object.fromEntries(Object.entries(buckets).map(([b, ws]) => [b, ws.sort().join(' ')])),
  }) + '\n',
);

const chars = [...charFreq].sort((a, b) => b[1] - a[1]).slice(0, CHARS).map(([c]) => c);
const groups = new Map();
for (const c of chars) {
  for (const p of new Set(pinyin(c, { toneType: 'none', multiple: true, type: 'array' }))) {
    if (!/^[a-zü]+$/.test(p)) continue;
    groups.set(p, (groups.get(p) ?? '') + c);
  }
}
writeFileSync(
  new URL('../src/lexicon/data/homophones.json', import.meta.url),
  JSON.stringify({
    source: 'pinyin-pro (MIT License, Copyright (c) 2022-present zh-lx): toneless readings of the characters of the jieba dictionary',
    groups: Object.fromEntries([...groups].sort()),
  }) + '\n',
);
console.log(`${freq.size} words, ${groups.size} homophone groups`);
