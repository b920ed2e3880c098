/**
 * Text → bytes in the encoding the file came in (UTF-8 with or without BOM, UTF-16 LE/BE, GB18030),
 * and atomic writes. TextEncoder only does UTF-8, so GB18030 has a small encoder here whose tables
 * are built (once, lazily) by running TextDecoder('gb18030') over the two- and four-byte ranges; every
 * encoding is checked by decoding it back, and a text that does not round-trip is refused.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export class EncodeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EncodeError';
  }
}

let twoByte: Map<number, number> | undefined;
let fourByte: Map<number, number> | undefined;

function buildTwoByte(): Map<number, number> {
  const map = new Map<number, number>();
  const decoder = new TextDecoder('gb18030');
  const pair = new Uint8Array(2);
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      pair[0] = lead;
      pair[1] = trail;
      const s = decoder.decode(pair);
      if (s.length === 1 && s !== '\ufffd') {
        const c = s.charCodeAt(0);
        if (!map.has(c)) map.set(c, (lead << 8) | trail);
      }
    }
  }
  return map;
}

/** BMP code points outside the two-byte table: four-byte pointers 0 … 39419. */
function buildFourByte(): Map<number, number> {
  const map = new Map<number, number>();
  const decoder = new TextDecoder('gb18030');
  const quad = new Uint8Array(4);
  for (let p = 0; p < 39420; p++) {
    fourBytes(p, quad);
    const s = decoder.decode(quad);
    if (s.length === 1 && s !== '\ufffd') {
      const c = s.charCodeAt(0);
      if (!map.has(c)) map.set(c, p);
    }
  }
  return map;
}

function fourBytes(pointer: number, out: Uint8Array): Uint8Array {
  out[0] = 0x81 + Math.floor(pointer / 12600);
  out[1] = 0x30 + (Math.floor(pointer / 1260) % 10);
  out[2] = 0x81 + (Math.floor(pointer / 10) % 126);
  out[3] = 0x30 + (pointer % 10);
  return out;
}

export function encodeGb18030(text: string): Uint8Array {
  twoByte ??= buildTwoByte();
  const out: number[] = [];
  const quad = new Uint8Array(4);
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) {
      out.push(cp);
      continue;
    }
    if (cp > 0xffff) {
      fourBytes(189000 + (cp - 0x10000), quad);
      out.push(...quad);
      continue;
    }
    const two = twoByte.get(cp);
    if (two !== undefined) {
      out.push(two >> 8, two & 0xff);
      continue;
    }
    fourByte ??= buildFourByte();
    const p = fourByte.get(cp);
    if (p === undefined) throw new EncodeError(`字符 U+${cp.toString(16).toUpperCase().padStart(4, '0')} 无法用 GB18030 编码`);
    fourBytes(p, quad);
    out.push(...quad);
  }
  return Uint8Array.from(out);
}

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  const view = new DataView(out.buffer);
  for (let i = 0; i < text.length; i++) view.setUint16(i * 2, text.charCodeAt(i), littleEndian);
  return out;
}

const BOMS: Record<string, number[]> = {
  'utf-8': [0xef, 0xbb, 0xbf],
  'utf-16le': [0xff, 0xfe],
  'utf-16be': [0xfe, 0xff],
};

/** Encodes `text` as `encoding` (as detected by decodeText), with a BOM when `bom`; checks the round trip. */
export function encodeText(text: string, encoding: string, bom: boolean): Uint8Array {
  let body: Uint8Array;
  switch (encoding) {
    case 'utf-8':
      body = new TextEncoder().encode(text);
      break;
    case 'utf-16le':
      body = utf16(text, true);
      break;
    case 'utf-16be':
      body = utf16(text, false);
      break;
    case 'gb18030':
      body = encodeGb18030(text);
      break;
    default:
      throw new EncodeError(`不支持写回 ${encoding} 编码的文件`);
  }
  const back = new TextDecoder(encoding).decode(body);
  if (back !== text) throw new EncodeError(`修复后的文字无法按原编码 ${encoding} 无损写回，未写入`);
  const mark = bom ? BOMS[encoding] : undefined;
  if (!mark) return body;
  const out = new Uint8Array(mark.length + body.length);
  out.set(mark, 0);
  out.set(body, mark.length);
  return out;
}

/**
 * Writes a file atomically: a temporary file beside the target, then rename over it. Keeps the
 * target's permission bits when it exists; writes through a symlink to its target. Never leaves a
 * half-written target.
 */
export async function writeFileAtomic(target: string, data: Uint8Array | string): Promise<void> {
  // Through a symlink: replace the file it points to, not the link.
  const path = await fs.realpath(target).catch(() => target);
  const dir = dirname(path);
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let mode: number | undefined;
  try {
    mode = (await fs.stat(path)).mode & 0o7777;
  } catch {
    mode = undefined;
  }
  try {
    await fs.writeFile(tmp, data, mode === undefined ? {} : { mode });
    await fs.rename(tmp, path);
  } catch (error) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw error;
  }
}
