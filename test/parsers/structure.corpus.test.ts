/**
 * Precision checks of the recogniser on the published documents in ../shared/corpus/gov-docs
 * (skipped when the corpus is absent). Published texts are nearly clean, so every special element
 * found there must look like what it claims to be.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseDocument } from '../../src/parsers/index.js';
import type { Block, DocumentNode, Element } from '../../src/tree/types.js';
import { parseChineseDate } from '../../src/util/date.js';

const DIR = '/work/shared/corpus/gov-docs';
const present = existsSync(DIR);

function elements(tree: DocumentNode): Array<{ block: Block['type']; element: Element }> {
  const out: Array<{ block: Block['type']; element: Element }> = [];
  for (const b of tree.children) {
    for (const c of b.children) {
      if (c.type === 'body') for (const e of (c as { children: Element[] }).children) out.push({ block: b.type, element: e });
      else out.push({ block: b.type, element: c as Element });
    }
  }
  return out;
}

describe.skipIf(!present)('recogniser on the published corpus', () => {
  const docs = present
    ? readdirSync(DIR).filter((f) => f.endsWith('.txt')).map((f) => ({ f, tree: parseDocument(readFileSync(join(DIR, f)), f).tree }))
    : [];
  const text = (e: Element) => e.children.map((l) => l.value.trim()).join('');

  test('titles: at most one main title per document, near the top, never a sentence', () => {
    let count = 0;
    for (const { f, tree } of docs) {
      const main = tree.children.find((b) => b.type === 'mainBlock')!;
      const titles = main.children.filter((e) => e.type === 'title') as Element[];
      expect(titles.length, f).toBeLessThanOrEqual(1);
      for (const t of titles) {
        count++;
        expect(main.children.indexOf(t), f).toBeLessThanOrEqual(1);
        expect(text(t), f).not.toMatch(/[。；！？]$/);
        expect(t.children.length, f).toBeLessThanOrEqual(3);
      }
    }
    expect(count).toBeGreaterThanOrEqual(300);
  });

  test('addressees are organ lists ending with a colon', () => {
    let count = 0;
    for (const { f, tree } of docs) {
      for (const { element } of elements(tree).filter((x) => x.element.type === 'addressee')) {
        count++;
        expect(text(element), f).toMatch(/[：:]$/);
        expect(text(element), f).not.toMatch(/如下|。/);
      }
    }
    expect(count).toBeGreaterThanOrEqual(350);
  });

  test('issue dates are real dates; signatures are short', () => {
    let dates = 0;
    for (const { f, tree } of docs) {
      for (const { element } of elements(tree)) {
        if (element.type === 'issueDate') {
          dates++;
          expect(parseChineseDate(text(element)), f).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        }
        if (element.type === 'issuerSignature') {
          expect(element.children.length, f).toBeLessThanOrEqual(3);
          for (const l of element.children) expect(l.value.trim().length, f).toBeLessThanOrEqual(40);
          expect(text(element), f).not.toMatch(/[。，；]/);
        }
      }
    }
    expect(dates).toBeGreaterThanOrEqual(400);
  });

  test('document numbers are number lines; headers only where a number or mark is', () => {
    for (const { f, tree } of docs) {
      for (const { element } of elements(tree).filter((x) => x.element.type === 'documentNumber')) {
        expect(text(element), f).toMatch(/号/);
        expect(text(element).length, f).toBeLessThanOrEqual(40);
      }
      const header = tree.children.find((b) => b.type === 'headerBlock');
      if (header) expect(header.children.some((e) => e.type === 'documentNumber' || e.type === 'issuerMark'), f).toBe(true);
    }
  });

  test('news-style texts: the dateline is a paragraph, never a title', () => {
    for (const { f, tree } of docs) {
      for (const { element } of elements(tree)) {
        if (/^新华社/.test(text(element))) expect(element.type, f).toBe('paragraph');
      }
    }
  });
});

/** Reported recognition cases in ../shared/corpus/docx-real: paragraph ordinal → block:element. */
const REAL = '/work/shared/corpus/docx-real';
const realCases: Array<[string, Array<[number, string]>]> = [
  // a "——…" subtitle in body type under the title; 抄送 + a template print line without 印发
  ['songwupei__quarto-gbt9704__example.docx', [[5, 'mainBlock:title'], [6, 'mainBlock:paragraph'], [7, 'mainBlock:addressee'],
    [41, 'imprintBlock:copyTo'], [42, 'imprintBlock:printLine']]],
  // the template label 称谓 above the salutation
  ['zhaohui-yang__official-document-drafting__jianghuagao.docx', [[1, 'mainBlock:title'], [2, 'mainBlock:addressee'], [3, 'mainBlock:addressee']]],
  // [发文单位] [日期] placeholders, then the 附注
  ['zhaohui-yang__official-document-drafting__qingshi.docx', [[9, 'mainBlock:paragraph'], [10, 'mainBlock:issuerSignature'],
    [11, 'mainBlock:issueDate'], [12, 'mainBlock:remark']]],
  // an author line centred under the title: no glossary element, a (centred, so not judged as body text) paragraph
  ['Mrered__GongWen-Tamplate-Lite__dist-out.docx', [[1, 'mainBlock:title'], [2, 'mainBlock:paragraph']]],
];
describe.skipIf(!existsSync(REAL))('recogniser on reported real DOCX drafts', () => {
  test.each(realCases)('%s', (file, expected) => {
    const tree = parseDocument(readFileSync(join(REAL, file)), file).tree;
    const byOrdinal = new Map<number, string>();
    for (const { block, element } of elements(tree)) for (const l of element.children) byOrdinal.set(l.ordinal!, `${block}:${element.type}`);
    for (const [ordinal, type] of expected) expect(byOrdinal.get(ordinal), `paragraph ${ordinal}`).toBe(type);
  });
});
