import { describe, expect, test } from 'vitest';
import { decodeText } from '../../src/parsers/decode.js';
import { InputError, englishInputError } from '../../src/parsers/errors.js';
import { parseDocument } from '../../src/parsers/index.js';

/** A tiny GBK/GB18030 encoder for the test texts: built by decoding every two-byte sequence once. */
const GBK = (() => {
  const map = new Map<string, [number, number]>();
  const decoder = new TextDecoder('gb18030');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && ch !== '\ufffd' && !map.has(ch)) map.set(ch, [lead, trail]);
    }
  }
  return map;
})();

function encodeGbk(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else {
      const pair = GBK.get(ch);
      if (!pair) throw new Error(`no GBK code for ${ch}`);
      out.push(...pair);
    }
  }
  return new Uint8Array(out);
}

const utf8 = (s: string) => new TextEncoder().encode(s);
function utf16(s: string, le: boolean, bom = true): Uint8Array {
  const out: number[] = bom ? (le ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (le) out.push(c & 0xff, c >> 8);
    else out.push(c >> 8, c & 0xff);
  }
  return new Uint8Array(out);
}

const TEXT = '关于做好防汛工作的通知\r\n各单位：\r\n请认真贯彻落实。';

describe('decodeText', () => {
  test('the GBK test encoder agrees with known bytes', () => {
    expect([...encodeGbk('中文。')]).toEqual([0xd6, 0xd0, 0xce, 0xc4, 0xa1, 0xa3]);
  });

  const ok: Array<[string, Uint8Array, string, boolean]> = [
    ['UTF-8 without BOM', utf8(TEXT), 'utf-8', false],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(TEXT)]), 'utf-8', true],
    ['GB18030/GBK', encodeGbk(TEXT), 'gb18030', false],
    ['UTF-16LE with BOM', utf16(TEXT, true), 'utf-16le', true],
    ['UTF-16BE with BOM', utf16(TEXT, false), 'utf-16be', true],
    ['plain ASCII', utf8('GB/T 9704-2012\n'), 'utf-8', false],
  ];
  const MIXED = 'GB/T 9704-2012 关于做好防汛工作的通知\r\n';
  test.each([
    ['UTF-16LE without BOM', utf16(MIXED, true, false), 'utf-16le'],
    ['UTF-16BE without BOM', utf16(MIXED, false, false), 'utf-16be'],
  ] as Array<[string, Uint8Array, string]>)('%s', (_n, bytes, encoding) => {
    expect(decodeText(bytes)).toEqual({ text: MIXED, encoding, bom: false });
  });
  // A Chinese document with few ASCII characters: too few NULs for a NUL ratio, none at all when the
  // text is all Chinese (this was "binary" before).
  const CHINESE = '关于做好防汛工作的通知\r\n各区人民政府，市政府各部门：\r\n现将有关事项通知如下。\r\n';
  const ALL_CHINESE = '关于做好防汛工作的通知各区人民政府，市政府各部门：现将有关事项通知如下。';
  test.each([
    ['UTF-16LE without BOM, mostly Chinese', utf16(CHINESE, true, false), CHINESE, 'utf-16le'],
    ['UTF-16BE without BOM, mostly Chinese', utf16(CHINESE, false, false), CHINESE, 'utf-16be'],
    ['UTF-16LE without BOM, no ASCII at all', utf16(ALL_CHINESE, true, false), ALL_CHINESE, 'utf-16le'],
    ['UTF-16BE without BOM, no ASCII at all', utf16(ALL_CHINESE, false, false), ALL_CHINESE, 'utf-16be'],
  ] as Array<[string, Uint8Array, string, string]>)('%s', (_n, bytes, text, encoding) => {
    expect(decodeText(bytes)).toEqual({ text, encoding, bom: false });
  });
  test('GBK text of even length is not taken for UTF-16', () => {
    const bytes = encodeGbk(ALL_CHINESE);
    expect(bytes.length % 2).toBe(0);
    expect(decodeText(bytes)).toEqual({ text: ALL_CHINESE, encoding: 'gb18030', bom: false });
  });
  test.each(ok)('%s', (_n, bytes, encoding, bom) => {
    const decoded = decodeText(bytes);
    expect(decoded).toEqual({ text: _n === 'plain ASCII' ? 'GB/T 9704-2012\n' : TEXT, encoding, bom });
  });

  test('GB18030 four-byte sequence (a character outside GBK)', () => {
    // U+20000 𠀀 is 0x95 0x32 0x82 0x36 in GB18030
    const bytes = new Uint8Array([...encodeGbk('字'), 0x95, 0x32, 0x82, 0x36]);
    expect(decodeText(bytes)).toEqual({ text: '字𠀀', encoding: 'gb18030', bom: false });
  });

  const bad: Array<[string, Uint8Array, string]> = [
    ['NUL bytes (binary)', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]), 'binary'],
    ['undecodable bytes', new Uint8Array([0xff, 0xff, 0xff, 0x80, 0x80]), 'not-text'],
    ['control characters', new Uint8Array(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))), 'binary'],
    ['UTF-8 BOM then invalid bytes', new Uint8Array([0xef, 0xbb, 0xbf, 0xc3, 0x28]), 'not-text'],
    ['UTF-16 BOM then an unpaired byte', new Uint8Array([0xff, 0xfe, 0x41]), 'not-text'],
  ];
  test.each(bad)('%s → InputError %s', (_n, bytes, code) => {
    let error: unknown;
    try {
      decodeText(bytes);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).code).toBe(code);
    expect((error as InputError).message).toMatch(/[\u4e00-\u9fa5]/);
    expect(englishInputError(error as InputError)).toEqual(expect.any(String));
    expect(englishInputError(error as InputError)).not.toMatch(/[\u4e00-\u9fa5]/);
  });

  test('a few control characters in a long text are tolerated', () => {
    const text = '正文'.repeat(200) + '\u0007';
    expect(decodeText(utf8(text)).text).toBe(text);
  });
});

describe('parseDocument on bytes', () => {
  test('a GB18030 .txt is decoded and recognised; the encoding is reported', () => {
    const parsed = parseDocument(encodeGbk(TEXT), 'a.txt');
    expect(parsed.encoding).toBe('gb18030');
    expect(parsed.source).toBe(TEXT);
    expect(parsed.tree.kind).toBe('notice');
  });

  const errors: Array<[string, Uint8Array, string]> = [
    ['empty file', new Uint8Array(), 'empty'],
    ['only whitespace', utf8(' \n\t\n'), 'empty'],
    ['a zip named .txt', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), 'binary'],
    ['a .doc named .md', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'legacy-doc'],
  ];
  test.each(errors)('%s → %s', (_n, bytes, code) => {
    expect(() => parseDocument(bytes, _n.includes('.md') ? 'a.md' : 'a.txt')).toThrow(InputError);
    try {
      parseDocument(bytes, 'a.txt');
    } catch (e) {
      expect((e as InputError).code).toBe(code);
    }
  });
});
