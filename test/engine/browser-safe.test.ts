/** The core (all of src/ but src/node and src/cli) runs in browsers and workers: no node:* imports. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const src = fileURLToPath(new URL('../../src', import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return files(full);
    return full.endsWith('.ts') ? [full] : [];
  });
}

it('the core imports no node:* module', () => {
  const offenders = files(src)
    .map((f) => relative(src, f).split('\\').join('/'))
    .filter((f) => !f.startsWith('node/') && !f.startsWith('cli/'))
    .filter((f) => /(?:from\s+|import\s*\(\s*)['"](?:node:|fs['"]|path['"]|os['"]|crypto['"])/.test(readFileSync(join(src, f), 'utf8')));
  expect(offenders).toEqual([]);
});
