/**
 * --format html in a real browser (Debian chromium through playwright-core, never a download):
 * every finding with a position has exactly one highlight, on the text the finding names; the pages
 * have the GB/T 9704 geometry and nothing runs out of the type area; all text is escaped; a
 * screenshot and a PDF print are produced. Skipped where /usr/bin/chromium is missing.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { lintSync, type LintResult } from '../../src/index.js';
import { formatHtml, GBT9704_PAGE } from '../../src/reporters/html.js';
import { main } from '../../src/cli/main.js';

const CHROMIUM = '/usr/bin/chromium';
const root = join(import.meta.dirname, '../..');
const out = join(root, 'test-output', 'html');

/** Inputs: the example drafts and the acceptance drafts (txt, md, docx; GB18030 too). */
function inputs(): string[] {
  const acc = join(root, 'fixtures/acceptance');
  return [
    join(root, 'fixtures/draft.docx'),
    join(root, 'fixtures/notice.docx'),
    join(root, 'fixtures/features.docx'),
    join(root, 'fixtures/libreoffice/lo-c05-notice-headings.docx'),
    ...readdirSync(acc).filter((f) => /\.(txt|md|docx)$/.test(f)).sort().map((f) => join(acc, f)),
  ];
}

/** The text a finding names: its line's text from column to end column (or the line's end). */
function expectedText(r: LintResult, m: LintResult['messages'][number]): string {
  const lineText =
    r.format === 'docx' ? m.snippet ?? '' : (r.source ?? '').split(/\r\n|\r|\n/)[m.line! - 1] ?? '';
  const start = m.column! - 1;
  const end = m.endLine !== undefined && m.endLine > m.line! ? lineText.length : (m.endColumn ?? m.column!) - 1;
  return lineText.slice(start, end);
}

const mmToPx = (mm: number) => (mm / 25.4) * 96;

describe.skipIf(!existsSync(CHROMIUM))('--format html in chromium', () => {
  let browser: Browser;
  let page: Page;
  let results: LintResult[];
  let html: string;

  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM });
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    results = inputs().map((file) => lintSync(readFileSync(file), { filename: file, keepTree: true }));
    html = formatHtml(results, { cwd: root });
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'report.html'), html);
    await page.setContent(html, { waitUntil: 'load' });
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('is self-contained: no script, no external resource', () => {
    expect(html).not.toMatch(/<script|<link|<img|@import|url\(/i);
  });

  it('gives every finding with a position exactly one highlight, on the right text', async () => {
    const marks = await page.$$eval('section.gl-file', (sections) =>
      sections.map((s) =>
        Array.from(s.querySelectorAll('mark.gl-f')).map((m) => ({
          index: Number((m as HTMLElement).dataset.index),
          rule: (m as HTMLElement).dataset.rule,
          title: m.getAttribute('title'),
          text: m.textContent,
          clipped: (m as HTMLElement).dataset.clipped === 'true',
        })),
      ),
    );
    expect(marks).toHaveLength(results.length);
    let checked = 0;
    results.forEach((r, fi) => {
      const byIndex = new Map<number, typeof marks[number]>();
      for (const m of marks[fi]) {
        byIndex.set(m.index, [...(byIndex.get(m.index) ?? []), m]);
      }
      r.messages.forEach((m, i) => {
        const found = byIndex.get(i + 1) ?? [];
        const where = `${r.filePath}:${m.line}:${m.column} ${m.ruleId}`;
        if (m.line === undefined) {
          expect(found, where).toHaveLength(0);
          return;
        }
        expect(found, where).toHaveLength(1);
        expect(found[0].rule, where).toBe(m.ruleId);
        expect(found[0].title, where).toBe(`${m.ruleId}：${m.message}`);
        if (!found[0].clipped) expect(found[0].text, where).toBe(expectedText(r, m));
        checked++;
      });
    });
    expect(checked).toBeGreaterThan(50);
  });

  it('links each listed finding to its highlight, and shows a summary per file', async () => {
    const links = await page.$$eval('.gl-list a.gl-pos', (as) => as.map((a) => a.getAttribute('href')!));
    for (const href of links) expect(await page.locator(href).count(), href).toBe(1);
    const summaries = await page.$$eval('.gl-summary', (ps) => ps.map((p) => [p.getAttribute('data-errors'), p.getAttribute('data-warnings')]));
    expect(summaries).toEqual(results.map((r) => [String(r.errorCount), String(r.warningCount)]));
  });

  it('lays out A4 pages with the GB/T 9704 type area, and no text runs out of it', async () => {
    const boxes = await page.$$eval('.gl-page', (ps) =>
      ps.map((p) => {
        const t = p.querySelector('.gl-type') as HTMLElement;
        const pr = p.getBoundingClientRect();
        const tr = t.getBoundingClientRect();
        return { w: pr.width, h: pr.height, tw: tr.width, th: tr.height, top: tr.top - pr.top, left: tr.left - pr.left, over: t.scrollHeight - t.clientHeight };
      }),
    );
    expect(boxes.length).toBeGreaterThan(results.length);
    for (const b of boxes) {
      expect(b.w).toBeCloseTo(mmToPx(GBT9704_PAGE.widthMm), 0);
      expect(b.h).toBeCloseTo(mmToPx(GBT9704_PAGE.heightMm), 0);
      expect(b.tw).toBeCloseTo(mmToPx(GBT9704_PAGE.typeWidthMm), 0);
      expect(b.th).toBeCloseTo(mmToPx(GBT9704_PAGE.typeHeightMm), 0);
      expect(b.top).toBeCloseTo(mmToPx(GBT9704_PAGE.marginTopMm), 0);
      expect(b.left).toBeCloseTo(mmToPx(GBT9704_PAGE.marginLeftMm), 0);
      expect(b.over).toBeLessThanOrEqual(1);
    }
  });

  it('estimates the lines of every paragraph as the browser sets them (so pages are filled right)', async () => {
    const off = await page.$$eval('.gl-p', (ps) =>
      ps
        .map((p) => ({ line: (p as HTMLElement).dataset.line, rows: Number((p as HTMLElement).dataset.rows), got: p.getBoundingClientRect().height, file: p.closest('section')!.dataset.file }))
        .filter((x) => Math.abs(x.got / ((225 / 22 / 25.4) * 96) - x.rows) > 0.1),
    );
    expect(off).toEqual([]);
  });

  it('sets 28 characters on a body line of the grid', async () => {
    const doc = `各部门：\n${'测'.repeat(56)}\n`;
    const r = lintSync(doc, { filename: 'grid.txt', keepTree: true });
    const p = await browser.newPage();
    await p.setContent(formatHtml([r]));
    const rows = await p.$eval('.gl-p[data-line="2"]', (el) => {
      const range = document.createRange();
      const node = el.firstChild!;
      const tops = new Set<number>();
      for (let i = 0; i < node.textContent!.length; i++) {
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        tops.add(Math.round(range.getBoundingClientRect().top));
      }
      return tops.size;
    });
    await p.close();
    // 56 characters with the 2-character first-line indent: 26 + 28 + 2 = three lines, not two.
    expect(rows).toBe(3);
  });

  it('escapes every text it shows', async () => {
    const evil = '关于<script>alert(1)</script>的通知\n各单位：\n请于5月1日前报送“<img src=x onerror=alert(2)>”&amp;材料,谢谢。\n';
    const r = lintSync(evil, { filename: 'evil "<b>".txt', keepTree: true });
    const doc = formatHtml([r]);
    const p = await browser.newPage();
    await p.setContent(doc);
    expect(await p.locator('script').count()).toBe(0);
    expect(await p.locator('.gl-type img').count()).toBe(0);
    const text = await p.$eval('.gl-type', (t) => t.textContent);
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('&amp;');
    expect(await p.$eval('.gl-name', (h) => h.textContent)).toBe('evil "<b>".txt');
    await p.close();
  });

  it('prints to PDF, one sheet per page plus the findings, and takes a screenshot', async () => {
    await page.screenshot({ path: join(out, 'report.png') });
    const png = readFileSync(join(out, 'report.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    writeFileSync(join(out, 'report.pdf'), pdf);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const sheets = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    const pages = await page.locator('.gl-page').count();
    // every page on its own A4 sheet, then each file's list of findings
    expect(sheets).toBeGreaterThanOrEqual(pages + results.length);
  });

  it('--format html from the CLI draws every paragraph of a .docx', async () => {
    let stdout = '';
    const code = await main(['--format', 'html', 'fixtures/draft.docx'], {
      stdout: { write: (t: string) => (stdout += t) },
      stderr: { write: () => true },
      stdin: (async function* () {})(),
      cwd: root,
      env: {},
    });
    expect(code).toBe(1);
    expect(stdout.startsWith('<!DOCTYPE html>')).toBe(true);
    const r = results[0];
    const paragraphs = (stdout.match(/class="gl-p /g) ?? []).length;
    expect(paragraphs).toBeGreaterThan(new Set(r.messages.map((m) => m.line)).size);
    expect(stdout).not.toContain('仅显示有问题的段落');
  });
});
