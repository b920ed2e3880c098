/** The generated rule docs must list every rule: regenerate with `npm run docs` after adding one. */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { allRules } from '../../src/rules/index.js';

const docs = fileURLToPath(new URL('../../docs/', import.meta.url));
const HINT = 'is out of date: run `npm run docs` to regenerate docs/rules.md and docs/rules/';

describe('rule docs', () => {
  const index = existsSync(`${docs}rules.md`) ? readFileSync(`${docs}rules.md`, 'utf8') : '';

  it('docs/rules.md lists every rule', () => {
    const missing = allRules.map((r) => r.meta.id).filter((id) => !index.includes(`| \`${id}\` |`));
    expect(missing, `docs/rules.md ${HINT} (missing: ${missing.join(', ')})`).toEqual([]);
  });

  it('docs/rules.md lists no rule that no longer exists', () => {
    const ids = new Set(allRules.map((r) => r.meta.id));
    const listed = [...index.matchAll(/^\| `([a-z]+\/[a-z0-9-]+)` \|/gm)].map((m) => m[1]);
    const stale = listed.filter((id) => !ids.has(id));
    expect(stale, `docs/rules.md ${HINT} (stale: ${stale.join(', ')})`).toEqual([]);
  });

  it('every rule has its page docs/rules/<category>/<name>.md', () => {
    const missing = allRules.map((r) => r.meta.id).filter((id) => !existsSync(`${docs}rules/${id}.md`));
    expect(missing, `docs/rules/ ${HINT} (missing: ${missing.join(', ')})`).toEqual([]);
  });

  it('every page is what the rules generate now (metadata, messages and the real output of the examples)', async () => {
    // The generator runs the built rules (dist/, built by `npm test`) on each example and diffs the
    // pages it would write against the committed ones.
    const script = fileURLToPath(new URL('../../scripts/gen-rule-docs.mjs', import.meta.url));
    const { code, out } = await new Promise<{ code: number | null; out: string }>((done) => {
      const child = spawn(process.execPath, [script, '--check'], { stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      child.stdout.on('data', (c) => (out += c));
      child.stderr.on('data', (c) => (out += c));
      child.on('close', (code) => done({ code, out }));
    });
    expect(out.trim(), HINT).toMatch(/up to date$/);
    expect(code).toBe(0);
  });
});
