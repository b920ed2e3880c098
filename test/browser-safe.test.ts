/**
 * The core runs in browsers, editors, WPS add-ins and workers, so nothing reachable from the core
 * entry (src/index.ts) may import a Node built-in. Walks the import graph from the entry and fails
 * naming the file that does.
 */
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { builtinModules } from 'node:module';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '..');
const IMPORT = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|import\s*['"]([^'"]+)['"]/g;
const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

function sourceFile(from: string, spec: string): string | undefined {
  const base = join(dirname(from), spec);
  for (const candidate of [base.replace(/\.js$/, '.ts'), base, `${base}.ts`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && candidate.endsWith('.ts')) return candidate;
    if (existsSync(candidate) && candidate.endsWith('.json')) return candidate;
  }
  return undefined;
}

function walk(entry: string): { files: Set<string>; offenders: string[] } {
  const files = new Set<string>();
  const offenders: string[] = [];
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    if (file.endsWith('.json')) continue;
    const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, '');
    for (const m of text.matchAll(IMPORT)) {
      const spec = m[1] ?? m[2] ?? m[3];
      if (spec.startsWith('.')) {
        const next = sourceFile(file, spec);
        if (next) queue.push(next);
      } else if (builtins.has(spec) || builtins.has(spec.split('/')[0])) {
        offenders.push(`${file.slice(root.length + 1)} imports ${spec}`);
      }
    }
  }
  return { files, offenders };
}

describe('browser-safe core', () => {
  it('imports no Node built-in from anything reachable from src/index.ts', () => {
    const { files, offenders } = walk(join(root, 'src', 'index.ts'));
    expect(files.size).toBeGreaterThan(20);
    expect(offenders).toEqual([]);
  });

  it('reaches the parsers, the engine, the rules and the reporters', () => {
    const { files } = walk(join(root, 'src', 'index.ts'));
    const rel = [...files].map((f) => f.slice(root.length + 1));
    for (const part of ['src/parsers/docx/index.ts', 'src/engine/lint.ts', 'src/rules/index.ts']) {
      expect(rel).toContain(part);
    }
    expect(rel.some((f) => f.startsWith('src/reporters/'))).toBe(true);
  });
});
