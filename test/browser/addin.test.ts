/**
 * The task pane (dist/addin/index.html) in headless Chromium against fake hosts: a WPS fake written
 * from the documented object model (fakes/wps-host.js) and office-addin-mock for Word
 * (fakes/word-host.js). Asserts what was read, which comments landed on which paragraph text, that
 * clear() removes exactly those, and that 采纳 / 一键修正 change exactly the right text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { build } from 'esbuild';
import { hasChromium, launchChromium, serveStatic, type StaticServer } from './serve.js';
import { docxToFlatOpc } from '../helpers/flat-opc.js';
import { lintSync } from '../../src/index.js';

const root = resolve(__dirname, '..', '..');
const addin = join(root, 'dist', 'addin');
const built = existsSync(join(addin, 'index.html')) && existsSync(join(addin, 'assets', 'taskpane.js'));
const fakes = join(__dirname, 'fakes');
const flat = docxToFlatOpc(new Uint8Array(readFileSync(join(root, 'fixtures', 'draft.docx'))));
const expected = lintSync(flat, { filename: 'document.docx', config: { preset: 'recommended' } }).messages;

async function officeAddinMockBundle(): Promise<string> {
  const out = await build({
    entryPoints: [join(root, 'node_modules', 'office-addin-mock', 'lib', 'main.js')],
    bundle: true, format: 'iife', globalName: 'OfficeAddinMock', platform: 'browser', write: false, logLevel: 'silent',
    footer: { js: 'window.OfficeAddinMock = OfficeAddinMock;' },
    plugins: [{
      // the mock needs only the OfficeApp enum from office-addin-manifest (a Node package)
      name: 'office-app-enum',
      setup(b) {
        b.onResolve({ filter: /^office-addin-manifest$/ }, () => ({ path: 'office-app', namespace: 'stub' }));
        b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
          contents: 'export const OfficeApp = { Excel: "excel", OneNote: "onenote", Outlook: "outlook", PowerPoint: "powerpoint", Project: "project", Word: "word" };',
          loader: 'js',
        }));
      },
    }],
  });
  return out.outputFiles[0].text;
}

describe.skipIf(!hasChromium || !built)('task pane in Chromium', () => {
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await serveStatic(addin, { '/fakes/office-addin-mock.js': await officeAddinMockBundle() });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(host: 'wps' | 'word', options: { hide?: number[] } = {}): Promise<Page> {
    const page = await browser.newPage();
    const outside: string[] = [];
    page.on('request', (r) => { if (!r.url().startsWith(server.url)) outside.push(r.url()); });
    page.on('pageerror', (e) => { throw e; });
    await page.addInitScript({ path: join(fakes, 'story.js') });
    if (host === 'wps') {
      await page.addInitScript({ path: join(fakes, 'wps-host.js') });
      await page.addInitScript(`window.installWpsFake(${JSON.stringify(flat)}, ${JSON.stringify(options)})`);
      await page.goto(`${server.url}/index.html`);
    } else {
      await page.addInitScript({ content: `${await officeAddinMockBundle()}` });
      await page.addInitScript({ path: join(fakes, 'word-host.js') });
      await page.addInitScript(`window.installWordFake(${JSON.stringify(flat)})`);
      await page.goto(`${server.url}/index.html?host=word`);
    }
    await page.waitForFunction(() => (window as any).gongwenLint !== undefined);
    (page as any).outside = outside;
    return page;
  }

  type CardView = { index: number; ruleId: string; target?: { paragraph: number; text: string; paragraphText: string }; edits?: unknown[]; formatEdits?: unknown[]; state: string };
  const cards = (page: Page) => page.evaluate(() => (window as any).gongwenLint.cards()) as Promise<CardView[]>;

  describe('WPS', () => {
    let page: Page;
    beforeAll(async () => { page = await open('wps'); });
    afterAll(async () => { await page?.close(); });

    it('nothing is read or changed before 检查; check() reads WordOpenXML once and returns the core\'s findings', async () => {
      expect(await page.evaluate(() => (window as any).__wps.log.ooxmlReads)).toBe(0);
      const result = await page.evaluate(() => (window as any).gongwenLint.check());
      expect(result.messages).toEqual(expected);
      const log = await page.evaluate(() => (window as any).__wps.log);
      expect(log.ooxmlReads).toBe(1);
      expect(log.edits).toEqual([]);
      expect(log.comments).toEqual([]);
      // format findings (from the formatting in the OOXML) are there, not only text ones
      expect(result.messages.map((m: { ruleId: string }) => m.ruleId)).toEqual(expect.arrayContaining(['format/page-margins', 'format/font-family']));
      const summary = await page.textContent('#summary');
      expect(summary).toBe(`${expected.length} 处 · 当前第 1 条`);
      expect(await page.locator('article.card').count()).toBe(expected.length);
      expect(await page.locator('section.group[data-category="format"] h3').textContent()).toMatch(/^格式 · \d+ 处（错误 \d+ · 警告 \d+）$/);
    });

    it('findings map to host paragraphs by text', async () => {
      const host = await page.evaluate(() => (window as any).__wps.paragraphs()) as string[];
      for (const c of await cards(page)) {
        const m = expected[c.index];
        if (m.line === undefined) { expect(c.target).toBeUndefined(); continue; }
        expect(host[c.target!.paragraph]).toBe(m.snippet);
        expect(c.target!.text).toBe(m.snippet!.slice(m.column! - 1, m.endColumn! - 1));
      }
    });

    it('a click on a card selects its place in the document', async () => {
      const c = (await cards(page)).find((x) => x.ruleId === 'phrasing/context-pair')!;
      await page.click(`article.card[data-index="${c.index}"] .why`);
      const sel = await page.evaluate(() => (window as any).__wps.log.selections.at(-1));
      expect(sel.text).toBe('截止');
      expect(await page.textContent('#summary')).toMatch(/当前第 \d+ 条/);
    });

    it('标注到文档 puts one comment on each placed finding\'s text; 清除标注 removes exactly those', async () => {
      await page.evaluate(() => (window as any).__wps.addUserComment(0, '用户自己的批注'));
      const n = await page.evaluate(() => (window as any).gongwenLint.annotate());
      const placed = (await cards(page)).filter((c) => c.target && c.state === 'open');
      expect(n).toBe(placed.length);
      const comments = await page.evaluate(() => (window as any).__wps.comments()) as Array<{ text: string; on: string; paragraph: number }>;
      expect(comments).toHaveLength(placed.length + 1);
      const ours = comments.filter((c) => c.text.startsWith('【公文检查】'));
      expect(ours.map((c) => [c.paragraph, c.on]).sort()).toEqual(placed.map((c) => [c.target!.paragraph, c.target!.text || c.target!.paragraphText]).sort());
      const fw = ours.find((c) => c.text.includes('punctuation/fullwidth-punctuation'))!;
      expect(fw.on).toBe(',');
      // annotating again replaces ours instead of doubling them
      await page.evaluate(() => (window as any).gongwenLint.annotate());
      expect(await page.evaluate(() => (window as any).__wps.comments().length)).toBe(placed.length + 1);
      const removed = await page.evaluate(() => (window as any).gongwenLint.clear());
      expect(removed).toBe(placed.length);
      expect(await page.evaluate(() => (window as any).__wps.comments())).toEqual([{ text: '用户自己的批注', on: comments.find((c) => !c.text.startsWith('【'))!.on, paragraph: 0 }]);
      expect(await page.evaluate(() => (window as any).__wps.log.edits)).toEqual([]);
    });

    it('highlight mode: highlights exactly the flagged text and clear() restores it', async () => {
      await page.evaluate(() => (window as any).gongwenLint.setMode('highlight'));
      await page.evaluate(() => (window as any).gongwenLint.annotate());
      const lit = await page.evaluate(() => (window as any).__wps.highlighted()) as Array<{ text: string }>;
      expect(lit.map((h) => h.text)).toEqual(expect.arrayContaining(['截止', ',']));
      await page.evaluate(() => (window as any).gongwenLint.clear());
      expect(await page.evaluate(() => (window as any).__wps.highlighted())).toEqual([]);
      await page.evaluate(() => (window as any).gongwenLint.setMode('comment'));
    });

    it('采纳 (a click) changes exactly the card\'s text, and the re-check no longer has it', async () => {
      const before = await page.evaluate(() => (window as any).__wps.paragraphs()) as string[];
      const c = (await cards(page)).find((x) => x.ruleId === 'phrasing/context-pair')!;
      await page.click(`article.card[data-index="${c.index}"] button.accept`);
      await page.waitForFunction(() => (window as any).__wps.log.ooxmlReads >= 2);
      await page.waitForFunction(() => !document.querySelector('#status')!.textContent!.includes('正在'));
      const log = await page.evaluate(() => (window as any).__wps.log);
      expect(log.edits.map((e: { before: string; after: string }) => [e.before, e.after])).toEqual([['截止', '截至']]);
      const after = await page.evaluate(() => (window as any).__wps.paragraphs()) as string[];
      expect(after.filter((t, i) => t !== before[i])).toEqual([before[c.target!.paragraph].replace('截止', '截至')]);
      expect((await cards(page)).map((x) => x.ruleId)).not.toContain('phrasing/context-pair');
    });

    it('忽略并记住此词 hides the card and passes the term to the core as a protected term on later checks', async () => {
      const c = (await cards(page)).find((x) => x.ruleId === 'placeholder/filler-mark' && x.state === 'open')!;
      await page.click(`article.card[data-index="${c.index}"] button.remember`);
      expect(await page.evaluate(() => (window as any).gongwenLint.protectedTerms())).toEqual([c.target!.text]);
      await page.evaluate(() => (window as any).gongwenLint.check());
      const again = await cards(page);
      expect(again.filter((x) => x.target?.text === c.target!.text && x.state === 'open')).toEqual([]);
      expect(await page.evaluate(() => localStorage.getItem('gongwen-lint:protectedTerms'))).toBe(JSON.stringify([c.target!.text]));
    });

    it('format fixes (the fix model\'s formatFix) go through the WPS object model: Font and PageSetup', async () => {
      const list = await cards(page);
      const title = list.find((x) => x.ruleId === 'format/font-family' && x.target?.paragraphText.startsWith('国务院办公厅关于'))!;
      expect(title.formatEdits).toHaveLength(1);
      // page numbers need footer fields: not through the pane, and the card says so
      const pn = list.find((x) => x.ruleId === 'format/page-number')!;
      expect(pn.formatEdits).toBeUndefined();
      expect(await page.textContent(`article.card[data-index="${pn.index}"] .fix-note`)).toMatch(/--fix/);
      await page.evaluate((i) => (window as any).gongwenLint.accept(i), title.index);
      const margins = (await cards(page)).find((x) => x.ruleId === 'format/page-margins')!;
      await page.evaluate((i) => (window as any).gongwenLint.accept(i), margins.index);
      const log = await page.evaluate(() => (window as any).__wps.log.format) as Array<{ on: string; text: string; key: string; value: unknown }>;
      expect(log.filter((f) => f.on === 'font')).toEqual([
        { on: 'font', text: title.target!.paragraphText, key: 'NameFarEast', value: '方正小标宋简体' },
        { on: 'font', text: title.target!.paragraphText, key: 'NameAscii', value: '方正小标宋简体' },
      ]);
      expect(log.filter((f) => f.text === '(page setup)').map((f) => [f.key, f.value])).toEqual([
        ['TopMargin', 2098 / 20], ['BottomMargin', 1984 / 20], ['LeftMargin', 1588 / 20], ['RightMargin', 1474 / 20],
      ]);
    });

    it('一键修正 applies the ticked text fixes through the host, nothing else', async () => {
      const list = await cards(page);
      const unticked = list.find((x) => x.ruleId === 'punctuation/fullwidth-punctuation' && x.state === 'open' && x.target!.paragraphText.includes('人民政府,国务院'))!;
      await page.uncheck(`article.card[data-index="${unticked.index}"] input.tick`);
      const editsBefore = (await page.evaluate(() => (window as any).__wps.log.edits)).length;
      await page.click('#fix-all');
      await page.waitForFunction(() => /已修正/.test(document.querySelector('#status')!.textContent!));
      const paragraphs = await page.evaluate(() => (window as any).__wps.paragraphs()) as string[];
      expect(paragraphs).toContain('国办发〔24〕5号');
      expect(paragraphs).toContain('2024年5月6日');
      // the unticked comma stays
      expect(paragraphs.some((p) => p.includes('人民政府,国务院'))).toBe(true);
      const edits = (await page.evaluate(() => (window as any).__wps.log.edits)).slice(editsBefore);
      expect(edits.filter((e: { text: string }) => e.text.includes('人民政府'))).toEqual([]);
      expect(edits.length).toBeGreaterThanOrEqual(5);
      expect((page as any).outside).toEqual([]);
    });
  });

  it('WPS, a host that does not list a paragraph the OOXML has (a text box): findings still land on their own text', async () => {
    const page = await open('wps', { hide: [1] });
    await page.evaluate(() => (window as any).gongwenLint.check());
    const host = await page.evaluate(() => (window as any).__wps.paragraphs()) as string[];
    const list = await cards(page);
    let shifted = 0;
    for (const c of list) {
      const m = expected[c.index];
      if (m.line === undefined) continue;
      if (m.snippet === '国办发[24]第05号') { expect(c.target).toBeUndefined(); continue; }
      expect(host[c.target!.paragraph]).toBe(m.snippet);
      if (c.target!.paragraph !== m.line - 1) shifted++;
    }
    expect(shifted).toBeGreaterThan(0);   // a blind ordinal would have put these elsewhere
    await page.evaluate(() => (window as any).gongwenLint.annotate());
    const comments = await page.evaluate(() => (window as any).__wps.comments()) as Array<{ text: string; on: string }>;
    expect(comments.find((c) => c.text.includes('phrasing/context-pair'))!.on).toBe('截止');
    await page.close();
  });

  describe('Word (office-addin-mock)', () => {
    let page: Page;
    beforeAll(async () => { page = await open('word'); });
    afterAll(async () => { await page?.close(); });

    it('check() reads body.getOoxml() and paragraphs; same findings as the core', async () => {
      const result = await page.evaluate(() => (window as any).gongwenLint.check());
      expect(result.messages).toEqual(expected);
      expect(await page.evaluate(() => (window as any).__word.log.ooxmlReads)).toBe(1);
      expect(await page.evaluate(() => document.body.dataset.host)).toBe('word');
    });

    it('comments land on the flagged text of the right paragraph; clear() removes exactly them', async () => {
      await page.evaluate(() => (window as any).__word.addUserComment(2, '用户批注'));
      const n = await page.evaluate(() => (window as any).gongwenLint.annotate());
      const placed = (await cards(page)).filter((c) => c.target && c.state === 'open');
      expect(n).toBe(placed.length);
      const comments = await page.evaluate(() => (window as any).__word.comments()) as Array<{ text: string; on: string; paragraph: number }>;
      const ours = comments.filter((c) => c.text.startsWith('【公文检查】'));
      expect(ours.map((c) => [c.paragraph, c.on]).sort()).toEqual(placed.map((c) => [c.target!.paragraph, c.target!.text || c.target!.paragraphText]).sort());
      expect(await page.evaluate(() => (window as any).gongwenLint.clear())).toBe(placed.length);
      expect((await page.evaluate(() => (window as any).__word.comments())).map((c: { text: string }) => c.text)).toEqual(['用户批注']);
    });

    it('采纳 replaces exactly the flagged text (the k-th occurrence in its paragraph)', async () => {
      const c = (await cards(page)).find((x) => x.ruleId === 'punctuation/fullwidth-punctuation' && x.target!.paragraphText.startsWith('各地城市'))!;
      const before = await page.evaluate(() => (window as any).__word.paragraphs()) as string[];
      await page.evaluate((i) => (window as any).gongwenLint.accept(i), c.index);
      const after = await page.evaluate(() => (window as any).__word.paragraphs()) as string[];
      const changed = after.map((t, i) => [i, t]).filter(([i, t]) => t !== before[i as number]);
      expect(changed).toHaveLength(1);
      expect(changed[0][0]).toBe(c.target!.paragraph);
      const p = before[c.target!.paragraph];
      const at = p.indexOf(',', 0);
      expect(changed[0][1]).toBe(p.slice(0, at) + '，' + p.slice(at + 1));
      expect((page as any).outside).toEqual([]);
    });
  });
});
