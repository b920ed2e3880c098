#!/usr/bin/env node
/**
 * Guards speed work: the findings on ../shared/corpus/gov-docs (every document, presets
 * `recommended` and `all`) must not change when only the speed changes.
 *
 *   node scripts/findings-diff.mjs --save  before.json   # on the old build (npm run build first)
 *   node scripts/findings-diff.mjs --check before.json   # on the new build: exit 1 and list differences
 *   … --check before.json --only typo/,element/title     # compare only rules whose id starts so
 *                                                          (when main brought other rules' changes)
 *
 * A finding is compared by rule, position, severity and message text. The corpus is read at run
 * time and never copied: the saved file holds findings (positions and messages) only and belongs
 * outside the repository (.bench/ or /tmp).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir = process.env.CORPUS ?? join(root, '..', 'shared', 'corpus', 'gov-docs');
const [mode, file] = process.argv.slice(2);
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt > 0 ? process.argv[onlyAt + 1].split(',') : undefined;
const kept = (m) => !only || only.some((p) => m.startsWith(p));
if (!['--save', '--check'].includes(mode) || !file) {
  console.error('usage: node scripts/findings-diff.mjs --save|--check <findings.json>');
  process.exit(2);
}
if (!existsSync(corpusDir)) {
  console.error(`corpus not found: ${corpusDir}`);
  process.exit(2);
}
const { lintSync } = await import('../dist/index.js');
const names = readdirSync(corpusDir).filter((n) => n.endsWith('.txt')).sort();
const current = {};
for (const preset of ['recommended', 'all']) {
  for (const name of names) {
    const text = readFileSync(join(corpusDir, name), 'utf8');
    const result = lintSync(text, { filename: name, config: { preset } });
    current[`${preset}\u0000${name}`] = result.messages.map((m) =>
      [m.ruleId, m.severity, m.line, m.column, m.endLine, m.endColumn, m.message].join('\u0001'));
  }
}
if (mode === '--save') {
  writeFileSync(file, JSON.stringify(current));
  const n = Object.values(current).reduce((a, b) => a + b.length, 0);
  console.log(`saved ${n} findings over ${names.length} documents × 2 presets to ${file}`);
} else {
  const before = JSON.parse(readFileSync(file, 'utf8'));
  let differences = 0;
  for (const key of new Set([...Object.keys(before), ...Object.keys(current)])) {
    const a = new Set((before[key] ?? []).filter(kept));
    const b = new Set((current[key] ?? []).filter(kept));
    const [preset, name] = key.split('\u0000');
    for (const m of a) if (!b.has(m)) { differences++; console.log(`- ${preset} ${name} ${m.replaceAll('\u0001', ' ')}`); }
    for (const m of b) if (!a.has(m)) { differences++; console.log(`+ ${preset} ${name} ${m.replaceAll('\u0001', ' ')}`); }
  }
  const n = Object.values(current).reduce((x, y) => x + y.length, 0);
  console.log(differences ? `${differences} differences` : `same findings (${n} over ${names.length} documents × 2 presets)`);
  process.exitCode = differences ? 1 : 0;
}
