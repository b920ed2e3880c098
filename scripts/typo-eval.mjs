#!/usr/bin/env node
/**
 * Typo-rule evaluation on ECSpell's official-document split (../shared/corpus/ecspell-odw/odw.train.tsv:
 * `n_errors<TAB>source<TAB>corrected`, 1,720 sentences, 993 with errors). Each source sentence is
 * linted with the typo rules only; a sentence is "flagged" when a rule reports anything in it.
 *
 *   sentence precision = flagged sentences that have errors / flagged sentences
 *   sentence recall    = flagged sentences that have errors / sentences that have errors
 *   char precision     = findings whose span covers a wrong character / findings
 *
 * Figures are printed for the whole file, a tuning split and a held-out split (every fifth sentence,
 * index % 5 === 4, never looked at while tuning), per rule and per severity, plus the corrected
 * sentences (which must draw nothing).
 * Usage: npm run build && node scripts/typo-eval.mjs [--show N] [--threshold T (typo/unlikely-character)]
 *
 * Notes for whoever continues the statistical rule (typo/unlikely-character):
 * - typo/common-typo (a curated wrong→right list of ~400 forms) is precise but catches almost
 *   nothing here: ECSpell's errors are random one-character substitutions by sound or shape
 *   (数据→数局, 国家→菓家, 二等奖→二登奖, 银行→很行), not the fixed misspellings people make.
 * - Intl.Segmenter (ICU's word dictionary) is a usable word list with no data to ship, but no
 *   frequencies: "is this a word" only. A wrong character usually leaves a run of one-character
 *   segments (大/数/局/产业), but so do many correct function words, so segmentation alone is not
 *   precise enough.
 * - What recall needs is a confusion set (same/similar pinyin, similar shape) scored against word
 *   frequencies. No such data may be copied from the corpus; see the rule file for what it uses.
 */
import { existsSync, readFileSync } from 'node:fs';
import { allRules, lintSync } from '../dist/index.js';

const file = new URL('../../shared/corpus/ecspell-odw/odw.train.tsv', import.meta.url).pathname;
if (!existsSync(file)) {
  console.log(`no corpus at ${file}`);
  process.exit(0);
}
const args = process.argv.slice(2);
const showAt = args.indexOf('--show');
const show = showAt >= 0 ? Number(args[showAt + 1]) : 5;
const rules = allRules.filter((r) => r.meta.category === 'typo');
const thresholdAt = args.indexOf('--threshold');
const ruleConfig = thresholdAt >= 0 ? { 'typo/unlikely-character': ['warning', { threshold: Number(args[thresholdAt + 1]) }] } : {};

const rows = readFileSync(file, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line, index) => {
    const [n, source, corrected] = line.split('\t');
    return { index, n: Number(n), source, corrected };
  });

function lintOne(text) {
  return lintSync(text, { filename: 'sentence.txt', rules, config: { preset: 'all', rules: ruleConfig } }).messages;
}

/** Offsets (in the sentence) of the characters that differ from the corrected sentence. */
function wrongOffsets(source, corrected) {
  const out = new Set();
  if (source.length !== corrected.length) return out;
  for (let i = 0; i < source.length; i++) if (source[i] !== corrected[i]) out.add(i);
  return out;
}

function evaluate(subset, filter = () => true) {
  let flagged = 0;
  let tp = 0;
  let positives = 0;
  let findings = 0;
  let onTarget = 0;
  let cleanFlagged = 0;
  const falseAlarms = [];
  const hits = [];
  for (const row of subset) {
    const messages = row.messages.filter(filter);
    if (row.n > 0) positives++;
    if (messages.length) {
      flagged++;
      if (row.n > 0) {
        tp++;
        if (hits.length < show) hits.push(`${row.index}: ${messages.map((m) => m.message).join(' | ')}`);
      } else if (falseAlarms.length < show) falseAlarms.push(`${row.index}: ${row.source}\n      ${messages.map((m) => m.message).join(' | ')}`);
    }
    const wrong = wrongOffsets(row.source, row.corrected);
    for (const m of messages) {
      findings++;
      const s = (m.column ?? 1) - 1;
      const e = (m.endColumn ?? s + 2) - 1;
      for (let i = s; i < e; i++) if (wrong.has(i)) { onTarget++; break; }
    }
    if (row.cleanMessages.filter(filter).length) cleanFlagged++;
  }
  return { n: subset.length, positives, flagged, tp, precision: flagged ? tp / flagged : NaN, recall: positives ? tp / positives : 0, findings, onTarget, cleanFlagged, falseAlarms, hits };
}

for (const row of rows) {
  row.messages = lintOne(row.source);
  row.cleanMessages = row.n > 0 ? lintOne(row.corrected) : [];
}

const splits = {
  all: rows,
  tune: rows.filter((r) => r.index % 5 !== 4),
  'held-out': rows.filter((r) => r.index % 5 === 4),
};
const filters = { 'all typo rules': () => true, ...Object.fromEntries(rules.map((r) => [r.meta.id, (m) => m.ruleId === r.meta.id])) };
filters['errors only'] = (m) => m.severity === 'error';

const pct = (x) => (Number.isNaN(x) ? '  n/a' : `${(100 * x).toFixed(1)}%`);
for (const [fname, filter] of Object.entries(filters)) {
  console.log(`\n== ${fname}`);
  for (const [sname, subset] of Object.entries(splits)) {
    const r = evaluate(subset, filter);
    console.log(
      `  ${sname.padEnd(9)} sentences ${String(r.n).padStart(4)}  with errors ${String(r.positives).padStart(4)}  flagged ${String(r.flagged).padStart(4)}  ` +
        `precision ${pct(r.precision)}  recall ${pct(r.recall)}  findings ${r.findings} (on a wrong character: ${r.onTarget})  ` +
        `corrected sentences flagged: ${r.cleanFlagged}`,
    );
    if (sname === 'all' && show > 0) {
      for (const h of r.hits) console.log(`    hit  ${h}`);
      for (const f of r.falseAlarms) console.log(`    FALSE ${f}`);
    }
  }
}
console.log('\nGoal: sentence precision ≥ 0.85 and recall ≥ 0.25 (held-out), and silence on ../shared/corpus/gov-docs (scripts/noise.mjs typo/ --show 20).');
