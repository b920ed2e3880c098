/**
 * The browser bundles (issue 7 §1) in headless Chromium: the ESM and the IIFE build check a draft,
 * the large data loads on the first check and only once, and nothing is fetched from elsewhere.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { hasChromium, launchChromium, serveStatic, type StaticServer } from './serve.js';

const root = resolve(__dirname, '..', '..');
const dist = join(root, 'dist', 'browser');
const built = existsSync(join(dist, 'gongwen-lint.iife.js'));
const DRAFT = '各区县人民政府：\n要认真布署各项工作，发文字号为国办发[2024]5号。\n';

describe.skipIf(!hasChromium || !built)('browser bundles in Chromium', () => {
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await serveStatic(dist, {
      '/iife.html': '<!doctype html><meta charset="utf-8"><script src="/gongwen-lint.iife.js"></script>',
      '/esm.html': '<!doctype html><meta charset="utf-8"><script type="module">import * as G from "/gongwen-lint.mjs"; window.G = G; window.ready = true;</script>',
    });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('IIFE: global GongwenLint, data loaded lazily and once, same findings as the Node core', async () => {
    const page = await browser.newPage();
    const outside: string[] = [];
    page.on('request', (r) => { if (!r.url().startsWith(server.url)) outside.push(r.url()); });
    await page.goto(`${server.url}/iife.html`);
    expect(await page.evaluate(() => typeof (window as any).GongwenLint.lint)).toBe('function');
    expect(server.requests).not.toContain('/gongwen-lint.data.js');
    // lintSync before the data is there says so instead of failing somewhere deep
    const early = await page.evaluate(() => { try { (window as any).GongwenLint.lintSync('x', { filename: 'a.txt' }); return 'ran'; } catch (e) { return String((e as Error).message); } });
    expect(early).toMatch(/ready\(\)/);
    const ids = await page.evaluate(async (text) => {
      const G = (window as any).GongwenLint;
      const a = await G.lint(text, { filename: 'a.txt', config: { preset: 'all' } });
      const b = await G.lint(text, { filename: 'a.txt', config: { preset: 'all' } });
      return [a.messages.map((m: any) => `${m.ruleId}@${m.line}:${m.column}`), b.messages.length === a.messages.length];
    }, DRAFT);
    expect(server.requests.filter((p) => p === '/gongwen-lint.data.js')).toHaveLength(1);
    const { lintSync } = await import('../../src/index.js');
    const node = lintSync(DRAFT, { filename: 'a.txt', config: { preset: 'all' } }).messages.map((m) => `${m.ruleId}@${m.line}:${m.column}`);
    expect(ids[0]).toEqual(node);
    expect(ids[0]).toContain('typo/common-typo@2:4');
    expect(ids[1]).toBe(true);
    expect(outside).toEqual([]);
    await page.close();
  });

  it('ESM: the data is a dynamic-import chunk fetched on the first check; .docx bytes are read', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/esm.html`);
    await page.waitForFunction(() => (window as any).ready === true);
    const before = server.requests.filter((p) => p.startsWith('/chunks/data-')).length;
    expect(before).toBe(0);
    const docx = [...readFileSync(join(root, 'fixtures', 'draft.docx'))];
    const ids = await page.evaluate(async (bytes) => {
      const r = await (window as any).G.lint(new Uint8Array(bytes), { filename: 'draft.docx' });
      return r.messages.map((m: any) => m.ruleId);
    }, docx);
    expect(server.requests.filter((p) => p.startsWith('/chunks/data-'))).toHaveLength(1);
    const { lintSync } = await import('../../src/index.js');
    expect(ids).toEqual(lintSync(readFileSync(join(root, 'fixtures', 'draft.docx')), { filename: 'draft.docx' }).messages.map((m) => m.ruleId));
    expect(ids).toContain('format/page-margins');
    await page.close();
  });
});
