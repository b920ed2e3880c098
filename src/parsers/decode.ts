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
 * UTF-16 without a BOM (some export tools write it): ASCII characters leave a NUL in every other
 * byte. Judged on the first 4 KB: an even length, and NULs in most odd (LE) or even (BE) positions
 * but almost none in the other ones.
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
  const pairs = n / 2;
  if (oddNul >= pairs * 0.3 && evenNul === 0) return 'utf-16le';
  if (evenNul >= pairs * 0.3 && oddNul === 0) return 'utf-16be';
  return undefined;
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
