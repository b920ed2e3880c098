/**
 * A minimal zip rewriter: entries that did not change are copied byte for byte (local header,
 * compressed data, data descriptor); changed and new entries are deflated afresh with fflate.
 * Falls back to a full re-zip (fflate) for archives it does not understand (zip64).
 */
import { crc32 as readerCrc32, u16, u32 } from '../../parsers/docx/zip.js';
import { deflateSync, inflateSync, unzipSync, zipSync } from 'fflate';

export interface ZipEntry {
  name: string;
  /** The whole local record: header, data, descriptor. */
  local: Uint8Array;
  /** The central directory record (offset field to be rewritten). */
  central: Uint8Array;
  method: number;
  compressed: Uint8Array;
}


export function readZip(bytes: Uint8Array): ZipEntry[] | undefined {
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65557); i--) {
    if (u32(bytes, i) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) return undefined;
  const count = u16(bytes, eocd + 10);
  let p = u32(bytes, eocd + 16);
  if (p === 0xffffffff || count === 0xffff) return undefined;
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (u32(bytes, p) !== 0x02014b50) return undefined;
    const flags = u16(bytes, p + 8);
    const method = u16(bytes, p + 10);
    const csize = u32(bytes, p + 20);
    const nameLen = u16(bytes, p + 28);
    const extraLen = u16(bytes, p + 30);
    const commentLen = u16(bytes, p + 32);
    const offset = u32(bytes, p + 42);
    if (csize === 0xffffffff || offset === 0xffffffff) return undefined;
    const nameBytes = bytes.subarray(p + 46, p + 46 + nameLen);
    const name = new TextDecoder().decode(nameBytes);
    const central = bytes.subarray(p, p + 46 + nameLen + extraLen + commentLen);
    p += 46 + nameLen + extraLen + commentLen;
    if (u32(bytes, offset) !== 0x04034b50) return undefined;
    const dataStart = offset + 30 + u16(bytes, offset + 26) + u16(bytes, offset + 28);
    let end = dataStart + csize;
    if (flags & 8) end += u32(bytes, end) === 0x08074b50 ? 16 : 12;
    entries.push({ name, local: bytes.subarray(offset, end), central, method, compressed: bytes.subarray(dataStart, dataStart + csize) });
  }
  return entries;
}

export function entryData(e: ZipEntry): Uint8Array {
  if (e.method === 0) return e.compressed;
  if (e.method === 8) return inflateSync(e.compressed);
  throw new Error(`unsupported zip method ${e.method} for ${e.name}`);
}

/** The zip checksum of a whole entry (the reader's running CRC, finalised). */
const crc32 = (data: Uint8Array): number => (readerCrc32(data) ^ 0xffffffff) >>> 0;

class Writer {
  private chunks: Uint8Array[] = [];
  length = 0;
  push(b: Uint8Array) { this.chunks.push(b); this.length += b.length; }
  bytes(): Uint8Array {
    const out = new Uint8Array(this.length);
    let o = 0;
    for (const c of this.chunks) { out.set(c, o); o += c.length; }
    return out;
  }
}

function header(size: number, fill: (v: DataView) => void): Uint8Array {
  const b = new Uint8Array(size);
  fill(new DataView(b.buffer));
  return b;
}

/**
 * Writes the archive: `entries` in their order with `changed` contents replacing theirs, then
 * `added` (new parts) at the end.
 */
export function writeZip(entries: ZipEntry[], changed: Map<string, Uint8Array>, added: Map<string, Uint8Array>): Uint8Array {
  const out = new Writer();
  const central = new Writer();
  let count = 0;
  const fresh = (name: string, data: Uint8Array) => {
    const nameBytes = new TextEncoder().encode(name);
    const deflated = deflateSync(data, { level: 6 });
    const crc = crc32(data);
    const offset = out.length;
    const utf8 = /[^\x20-\x7e]/.test(name) ? 0x800 : 0;
    out.push(header(30, (v) => {
      v.setUint32(0, 0x04034b50, true); v.setUint16(4, 20, true); v.setUint16(6, utf8, true); v.setUint16(8, 8, true);
      v.setUint16(10, 0, true); v.setUint16(12, 0x21, true); v.setUint32(14, crc, true);
      v.setUint32(18, deflated.length, true); v.setUint32(22, data.length, true); v.setUint16(26, nameBytes.length, true);
      v.setUint16(28, 0, true);
    }));
    out.push(nameBytes);
    out.push(deflated);
    central.push(header(46, (v) => {
      v.setUint32(0, 0x02014b50, true); v.setUint16(4, 20, true); v.setUint16(6, 20, true); v.setUint16(8, utf8, true);
      v.setUint16(10, 8, true); v.setUint16(12, 0, true); v.setUint16(14, 0x21, true); v.setUint32(16, crc, true);
      v.setUint32(20, deflated.length, true); v.setUint32(24, data.length, true); v.setUint16(28, nameBytes.length, true);
      v.setUint16(30, 0, true); v.setUint16(32, 0, true); v.setUint16(34, 0, true); v.setUint16(36, 0, true);
      v.setUint32(38, 0, true); v.setUint32(42, offset, true);
    }));
    central.push(nameBytes);
    count++;
  };
  for (const e of entries) {
    const replacement = changed.get(e.name);
    if (replacement) { fresh(e.name, replacement); continue; }
    const offset = out.length;
    out.push(e.local);
    const c = new Uint8Array(e.central); // a copy (Buffer.slice would share memory)
    new DataView(c.buffer).setUint32(42, offset, true);
    central.push(c);
    count++;
  }
  for (const [name, data] of added) fresh(name, data);
  const cdOffset = out.length;
  const cdSize = central.length;
  out.push(central.bytes());
  out.push(header(22, (v) => {
    v.setUint32(0, 0x06054b50, true); v.setUint16(8, count, true); v.setUint16(10, count, true);
    v.setUint32(12, cdSize, true); v.setUint32(16, cdOffset, true);
  }));
  return out.bytes();
}

/** The fallback: unzip everything, replace, zip everything. */
export function rezipAll(bytes: Uint8Array, changed: Map<string, Uint8Array>, added: Map<string, Uint8Array>): Uint8Array {
  const files: Record<string, Uint8Array> = unzipSync(bytes);
  for (const [k, v] of changed) files[k] = v;
  for (const [k, v] of added) files[k] = v;
  return zipSync(files);
}

/** Offset of the end-of-central-directory record whose comment runs exactly to the end of `bytes`. */
function eocdAt(bytes: Uint8Array): number {
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65557); i--) {
    if (u32(bytes, i) === 0x06054b50 && i + 22 + u16(bytes, i + 20) === bytes.length) return i;
  }
  return -1;
}

/**
 * The zip archive comment (end of central directory), or undefined when there is no zip record.
 * --fix marks its output there: Word and WPS ignore the comment and drop it when they save, so a
 * marked file is one nobody has saved since.
 */
export function zipComment(bytes: Uint8Array): string | undefined {
  const at = eocdAt(bytes);
  return at < 0 ? undefined : new TextDecoder().decode(bytes.subarray(at + 22));
}

/** `bytes` with the archive comment replaced (undefined: removed). Unchanged when not a zip. */
export function withZipComment(bytes: Uint8Array, comment: string | undefined): Uint8Array {
  const at = eocdAt(bytes);
  if (at < 0) return bytes;
  const c = new TextEncoder().encode(comment ?? '').subarray(0, 0xffff);
  const out = new Uint8Array(at + 22 + c.length);
  out.set(bytes.subarray(0, at + 22));
  out.set(c, at + 22);
  new DataView(out.buffer, out.byteOffset).setUint16(at + 20, c.length, true);
  return out;
}
