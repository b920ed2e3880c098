#!/usr/bin/env node
/**
 * Noise on published documents: runs every rule (preset `all`) over ../shared/corpus/gov-docs and
 * prints findings per rule and per 100k characters. Those documents are nearly clean, so what a rule
 * says there is mostly a false alarm. Usage: npm run build && node scripts/noise.mjs [rule-id-prefix] [--show N]
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { lintSync } from '../dist/index.js';

const dir = new URL('../../shared/corpus/gov-docs/', import.meta.url).pathname;
if (!existsSync(dir)) {
  console.log(`no corpus at ${dir}`);
  process.exit(0);
}
const args = process.argv.slice(2);
const showAt = args.indexOf('--show');
const show = showAt >= 0 ? Number(args[showAt + 1]) : 5;
const prefix = args.find((a, i) => !a.startsWith("--") && (showAt < 0 || i !== showAt + 1)) ?? "";

let chars = 0;
const byRule = new Map();
for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
  const text = readFileSync(join(dir, name), 'utf8');
  chars += text.length;
  let result;
  try {
    result = lintSync(text, { filename: name, config: { preset: 'all' } });
  } catch (error) {
    console.log(`CRASH ${name}: ${error.stack}`);
    continue;
  }
  for (const m of result.messages) {
    if (!m.ruleId.startsWith(prefix)) continue;
    const entry = byRule.get(m.ruleId) ?? { error: 0, warning: 0, samples: [] };
    entry[m.severity]++;
    if (entry.samples.length < show) {
      const s = m.snippet ?? '';
      const col = (m.column ?? 1) - 1;
      const end = m.endLine === m.line ? (m.endColumn ?? col + 1) - 1 : col + 1;
      entry.samples.push(`${name}:${m.line}:${m.column} ${m.message}\n      …${s.slice(Math.max(0, col - 20), col)}【${s.slice(col, end)}】${s.slice(end, end + 20)}…`);
    }
    byRule.set(m.ruleId, entry);
  }
}
let errors = 0;
for (const [id, e] of [...byRule].sort((a, b) => b[1].error + b[1].warning - a[1].error - a[1].warning)) {
  errors += e.error;
  console.log(`${id}: ${e.error} errors, ${e.warning} warnings`);
  for (const s of e.samples) console.log(`    ${s}`);
}
console.log(`\n${chars} characters; ${errors} errors = ${((errors * 1e5) / chars).toFixed(2)} per 100k characters (budget 2)`);
