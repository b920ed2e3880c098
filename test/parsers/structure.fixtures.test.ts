/**
 * The example inputs in fixtures/text/ (invented texts; one GB18030 file with CRLF line ends):
 * each is decoded and recognised into exactly these elements.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseDocument } from '../../src/parsers/index.js';
import type { Element } from '../../src/tree/types.js';

const DIR = join(import.meta.dirname, '../../fixtures/text');

const cases: Array<[string, string, string | undefined, string[]]> = [
  ['letter-gb18030.txt', 'gb18030', 'letter', [
      'mainBlock:title',
      'mainBlock:addressee',
      'mainBlock:paragraph',
      'mainBlock:paragraph',
      'mainBlock:issuerSignature',
      'mainBlock:issueDate',
  ]],
  ['news-style.txt', 'utf-8', undefined, [
      'mainBlock:paragraph',
      'mainBlock:paragraph',
      'mainBlock:paragraph',
  ]],
  ['notice-full.txt', 'utf-8', 'notice', [
      'headerBlock:copyNumber',
      'headerBlock:classification',
      'headerBlock:urgency',
      'headerBlock:issuerMark',
      'headerBlock:documentNumber',
      'headerBlock:redSeparator',
      'mainBlock:title',
      'mainBlock:addressee',
      'mainBlock:paragraph',
      'mainBlock:heading1',
      'mainBlock:paragraph',
      'mainBlock:heading1',
      'mainBlock:heading2',
      'mainBlock:heading2',
      'mainBlock:heading3',
      'mainBlock:heading3',
      'mainBlock:heading4',
      'mainBlock:heading4',
      'mainBlock:heading1',
      'mainBlock:paragraph',
      'mainBlock:attachmentNote',
      'mainBlock:issuerSignature',
      'mainBlock:issueDate',
      'mainBlock:remark',
      'attachment:attachmentLabel',
      'attachment:title',
      'attachment:paragraph',
      'attachment:attachmentLabel',
      'attachment:title',
      'attachment:paragraph',
      'imprintBlock:copyTo',
      'imprintBlock:printLine',
  ]],
  ['notice.md', 'utf-8', 'notice', [
      'mainBlock:title',
      'mainBlock:addressee',
      'mainBlock:paragraph',
      'mainBlock:heading1',
      'mainBlock:paragraph',
      'mainBlock:table',
      'mainBlock:paragraph',
      'mainBlock:issuerSignature',
      'mainBlock:issueDate',
  ]],
  ['published-layout.txt', 'utf-8', 'notice', [
      'mainBlock:title',
      'mainBlock:documentNumber',
      'mainBlock:addressee',
      'mainBlock:paragraph',
      'mainBlock:issuerSignature',
      'mainBlock:issueDate',
      'mainBlock:remark',
  ]],
  ['request-upward.txt', 'utf-8', 'request', [
      'headerBlock:issuerMark',
      'headerBlock:documentNumber',
      'mainBlock:title',
      'mainBlock:addressee',
      'mainBlock:paragraph',
      'mainBlock:paragraph',
      'mainBlock:issuerSignature',
      'mainBlock:issueDate',
      'mainBlock:remark',
  ]],
  ['speech.md', 'utf-8', 'speech', [
      'mainBlock:title',
      'mainBlock:issueDate',
      'mainBlock:issuerSignature',
      'mainBlock:addressee',
      'mainBlock:paragraph',
      'mainBlock:heading1',
      'mainBlock:paragraph',
      'mainBlock:heading1',
      'mainBlock:heading3',
      'mainBlock:heading3',
      'mainBlock:directive',
      'mainBlock:paragraph',
  ]],
];

describe('fixtures/text', () => {
  test.each(cases)('%s', (file, encoding, kind, elements) => {
    const parsed = parseDocument(new Uint8Array(readFileSync(join(DIR, file))), file);
    expect(parsed.encoding).toBe(encoding);
    expect(parsed.tree.kind).toBe(kind);
    const got: string[] = [];
    for (const b of parsed.tree.children) {
      for (const c of b.children) {
        const list = c.type === 'body' ? (c as { children: Element[] }).children : [c as Element];
        for (const e of list) got.push(`${b.type}:${e.type}${e.depth ?? ''}`);
      }
    }
    expect(got).toEqual(elements);
  });

  test('the GB18030 fixture really is GB18030 with CRLF', () => {
    const bytes = readFileSync(join(DIR, 'letter-gb18030.txt'));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    expect(new TextDecoder('gb18030').decode(bytes)).toContain('省体育局：\r\n');
  });
});
