#!/usr/bin/env node
/**
 * Noise on published documents: runs the rules over ../shared/corpus/gov-docs and prints findings
 * per rule and per 100k characters, for the tuning part and the held-out part separately (the fixed
 * split of scripts/split.mjs: every third file by sorted name is held out). Those documents are nearly
 * clean, so what a rule says there is mostly a false alarm.
 *
 * Samples are printed for the tuning part only: the held-out part is looked at as counts, never read
 * to patch a rule.
 *
 * Usage: npm run build && node scripts/noise.mjs [rule-id-prefix] [--show N] [--preset recommended|all]
 * (default preset: recommended, what the CLI runs).
 * Targets (issue 9, held-out part): ≤ 1.0 error-level findings and ≤ 10 warnings per 100k characters.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintSync } from '../dist/index.js';
import { corpusDir, govDocs } from './split.mjs';

const dir = join(corpusDir(), 'gov-docs');
const docs = govDocs(dir);
if (docs.length === 0) {
  console.log(`no corpus at ${dir}`);
  process.exit(0);
}
const args = process.argv.slice(2);
const valueOf = (flag) => {
  const at = args.indexOf(flag);
  return at >= 0 ? args[at + 1] : undefined;
};
const show = Number(valueOf('--show') ?? 5);
const preset = valueOf('--preset') ?? 'recommended';
const prefix = args.find((a, i) => !a.startsWith('--') && !['--show', '--preset'].includes(args[i - 1])) ?? '';

const parts = ['tune', 'held-out'];
const chars = { tune: 0, 'held-out': 0 };
const byRule = new Map();
for (const { name, part } of docs) {
  const text = readFileSync(join(dir, name), 'utf8');
  chars[part] += text.length;
  let result;
  try {
    result = lintSync(text, { filename: name, config: { preset } });
  } catch (error) {
    console.log(`CRASH ${part === 'tune' ? name : '(held-out file)'}: ${error.message}`);
    continue;
  }
  for (const m of result.messages) {
    if (!m.ruleId.startsWith(prefix)) continue;
    let entry = byRule.get(m.ruleId);
    if (!entry) byRule.set(m.ruleId, (entry = { tune: { error: 0, warning: 0 }, 'held-out': { error: 0, warning: 0 }, samples: [] }));
    entry[part][m.severity]++;
    if (part === 'tune' && entry.samples.length < show) {
      const s = m.snippet ?? '';
      const col = (m.column ?? 1) - 1;
      const end = m.endLine === m.line ? (m.endColumn ?? col + 1) - 1 : col + 1;
      entry.samples.push(`${name}:${m.line}:${m.column} ${m.message}\n      …${s.slice(Math.max(0, col - 20), col)}【${s.slice(col, end)}】${s.slice(end, end + 20)}…`);
    }
  }
}
const total = (e) => e.tune.error + e.tune.warning + e['held-out'].error + e['held-out'].warning;
const sums = { tune: { error: 0, warning: 0 }, 'held-out': { error: 0, warning: 0 } };
console.log(`preset ${preset}; rule: tune errors/warnings | held-out errors/warnings`);
for (const [id, e] of [...byRule].sort((a, b) => total(b[1]) - total(a[1]))) {
  for (const p of parts) for (const s of ['error', 'warning']) sums[p][s] += e[p][s];
  console.log(`${id}: tune ${e.tune.error} errors, ${e.tune.warning} warnings | held-out ${e['held-out'].error} errors, ${e['held-out'].warning} warnings`);
  for (const s of e.samples) console.log(`    ${s}`);
}
const per = (n, p) => ((n * 1e5) / chars[p]).toFixed(2);
console.log('');
for (const p of parts) {
  const files = docs.filter((d) => d.part === p).length;
  console.log(
    `${p.padEnd(8)} ${files} files, ${chars[p]} characters: ${sums[p].error} errors = ${per(sums[p].error, p)} per 100k, ` +
      `${sums[p].warning} warnings = ${per(sums[p].warning, p)} per 100k`,
  );
}
console.log('targets (held-out): ≤ 1.0 errors and ≤ 10 warnings per 100k characters');
