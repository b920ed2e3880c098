/**
 * Bytes → text for .txt/.md. Chinese offices still save GB18030/GBK text, so: a UTF-8 BOM or valid
 * UTF-8 is UTF-8; a UTF-16 BOM is UTF-16 (also UTF-16 without a BOM, recognised by its NUL pattern);
 * otherwise, if the bytes decode cleanly as GB18030, GB18030.
 * Binary garbage (NUL bytes, control characters, undecodable bytes) is an input error, not a document.
 * Uses TextDecoder only, so it runs in browsers and workers too.
 */
import { InputError } from './errors.js';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  bom: boolean;
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: strictDecode('utf-8', bytes.subarray(3)), encoding: 'utf-8', bom: true };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: strictDecode('utf-16le', bytes.subarray(2)), encoding: 'utf-16le', bom: true };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: strictDecode('utf-16be', bytes.subarray(2)), encoding: 'utf-16be', bom: true };
  }
  const bomless = sniffUtf16(bytes);
  if (bomless) return { text: strictDecode(bomless, bytes), encoding: bomless, bom: false };
  assertNotBinary(bytes);
  let text: string;
  let encoding: TextEncoding = 'utf-8';
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    try {
      text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
      encoding = 'gb18030';
    } catch {
      throw new InputError('not-text', '不是可识别的文本文件（既非 UTF-8 也非 GB18030/GBK 编码）');
    }
  }
  assertPlausibleText(text);
  return { text, encoding, bom: false };
}

function strictDecode(encoding: string, bytes: Uint8Array): string {
  try {
    const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    assertPlausibleText(text);
    return text;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError('not-text', `文本编码错误：文件声明为 ${encoding} 但内容无法按此解码`);
  }
}

/**
 * UTF-16 without a BOM (some export tools and old Windows programs write it). Judged on the first
 * 4 KB, even length only. ASCII characters leave a NUL in every other byte, so NULs on one side only
 * point to UTF-16; but a Chinese text may have no ASCII at all, hence no NULs. Either way the bytes
 * are decoded as UTF-16 and kept only when nearly every code unit is what Chinese documents are made
 * of (CJK ideographs, CJK and full-width punctuation, printable ASCII, line breaks): GB18030 or UTF-8
 * bytes read as UTF-16 give scattered code units (Hangul, private use, symbols) and score far lower.
 * Text that is valid UTF-8 and has no NUL stays UTF-8.
 */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return undefined;
  const n = Math.min(bytes.length, 4096);
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const sample = bytes.subarray(0, n);
  // NULs also come from ideographs such as 一 (U+4E00) or the ideographic space (U+3000), so a NUL on
  // the "wrong" side proves nothing: the decoded text decides.
  if (!evenNul && !oddNul) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      return undefined;
    } catch {
      // not UTF-8: UTF-16 or GB18030
    }
  }
  const need = evenNul || oddNul ? 0.9 : 0.95;
  const le = utf16Score(sample, 'utf-16le');
  const be = utf16Score(sample, 'utf-16be');
  if (le >= need && le > be) return 'utf-16le';
  if (be >= need && be > le) return 'utf-16be';
  return undefined;
}

/** Share of UTF-16 code units that are ordinary in a Chinese document. */
function utf16Score(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): number {
  const text = new TextDecoder(encoding).decode(bytes);
  if (!text.length) return 0;
  let ok = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (
      (c >= 0x4e00 && c <= 0x9fff) || // CJK unified ideographs
      (c >= 0x3000 && c <= 0x303f) || // CJK punctuation 、。〔〕《》
      (c >= 0xff00 && c <= 0xffef) || // full-width forms ，：（）
      (c >= 0x20 && c < 0x7f) || c === 9 || c === 10 || c === 13 ||
      (c >= 0x2010 && c <= 0x2027) || // ‘’“”—…
      (c >= 0xa0 && c <= 0xff) || c === 0x25cb || c === 0x25a1 || // no-break space, × ·, ○ □
      (c >= 0xd800 && c <= 0xdfff) // surrogates (rarer ideographs); a cut pair at the 4 KB edge too
    ) ok++;
  }
  return ok / text.length;
}

/** NUL bytes never occur in UTF-8 or GB18030 text; they mark a binary file. */
function assertNotBinary(bytes: Uint8Array): void {
  const n = Math.min(bytes.length, 65536);
  for (let i = 0; i < n; i++) {
    if (bytes[i] === 0) throw new InputError('binary', '是二进制文件，不是文本文件');
  }
}

/** Many C0 control characters (other than tab, CR, LF, FF) mean garbage that happened to decode. */
function assertPlausibleText(text: string): void {
  let controls = 0;
  const n = Math.min(text.length, 65536);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0x7f) controls++;
  }
  if (controls > 0 && controls * 100 > n) {
    throw new InputError('binary', '含大量控制字符，不是文本文件');
  }
}
