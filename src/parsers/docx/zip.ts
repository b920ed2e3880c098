/**
 * A small, defensive zip reader for OOXML packages: reads the central directory itself and inflates
 * only the entries asked for, with fflate's streaming `Inflate`, counting bytes as they come out.
 * Declared sizes are never trusted: the caps below are enforced on the actual output while inflating.
 *
 * Also sniffs what a non-zip input is (OLE compound file: encrypted .docx, .doc, .wps; RTF; HTML …)
 * so the user gets a one-line Chinese explanation instead of "corrupt".
 */
import { Inflate } from 'fflate';
import { InputError } from '../errors.js';

export const LIMITS = {
  /** Total bytes inflated from one package. */
  maxTotal: 256 * 1024 * 1024,
  /** Bytes inflated from one entry. */
  maxEntry: 128 * 1024 * 1024,
  /** Inflated/compressed ratio allowed once an entry has produced `ratioFloor` bytes. */
  maxRatio: 200,
  ratioFloor: 4 * 1024 * 1024,
  /** Entries in the central directory. */
  maxEntries: 50_000,
  /** Compressed bytes fed to the inflater at a time (bounds the output of one push to ~1032×). */
  chunk: 16 * 1024,
};

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const MIB = 1024 * 1024;

export function u16(b: Uint8Array, o: number): number {
  return b[o] | (b[o + 1] << 8);
}
export function u32(b: Uint8Array, o: number): number {
  return (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24)) >>> 0;
}
function u64(b: Uint8Array, o: number): number {
  return u32(b, o) + u32(b, o + 4) * 0x100000000;
}

const corrupt = (detail: string) => new InputError('corrupt-zip', `文件已损坏，无法作为 .docx 读取（${detail}）`);

let CRC_TABLE: Uint32Array | undefined;
/** CRC-32 running value (start 0xffffffff; the zip checksum is `(crc32(data) ^ 0xffffffff) >>> 0`). */
export function crc32(data: Uint8Array, crc = 0xffffffff): number {
  if (!CRC_TABLE) {
    CRC_TABLE = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      CRC_TABLE[n] = c >>> 0;
    }
  }
  const t = CRC_TABLE;
  for (let i = 0; i < data.length; i++) crc = t[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return crc;
}

const utf8 = new TextDecoder('utf-8');

/** Raises an InputError for inputs that are not a zip at all, saying what they are. */
export function sniffContainer(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new InputError('empty', '是空文件');
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    if (containsUtf16(bytes, 'EncryptedPackage')) {
      throw new InputError('encrypted', '文档设置了打开密码（已加密），无法读取；请取消密码后另存为 .docx 再检查');
    }
    if (containsUtf16(bytes, 'WordDocument')) {
      throw new InputError('legacy-doc', '是 Word 97-2003（.doc）旧格式，请另存为 .docx');
    }
    throw new InputError('legacy-wps', '是 WPS（.wps）或其他旧版二进制格式，请另存为 .docx');
  }
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return;
  const head = utf8.decode(bytes.subarray(0, 512)).replace(/^\uFEFF/, '').trimStart().toLowerCase();
  if (head.startsWith('{\\rtf')) throw new InputError('not-docx', '是 RTF 文件，不是 .docx；请另存为 .docx');
  if (head.startsWith('<?xml') && head.includes('word.document')) {
    throw new InputError('not-docx', '是 Word 2003 XML 文档，不是 .docx；请另存为 .docx');
  }
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || head.startsWith('mime-version')) {
    throw new InputError('not-docx', '是网页（HTML/MHT）文件，不是 .docx；请另存为 .docx');
  }
  if (head.startsWith('%pdf')) throw new InputError('not-docx', '是 PDF 文件，不是 .docx');
  throw new InputError('not-docx', '不是 .docx 文件（不是 zip 格式）');
}

function containsUtf16(bytes: Uint8Array, word: string): boolean {
  const first = word.charCodeAt(0);
  const n = word.length * 2;
  for (let i = 0; i + n <= bytes.length; i++) {
    if (bytes[i] !== first || bytes[i + 1] !== 0) continue;
    let ok = true;
    for (let k = 1; k < word.length; k++) {
      if (bytes[i + 2 * k] !== word.charCodeAt(k) || bytes[i + 2 * k + 1] !== 0) { ok = false; break; }
    }
    if (ok) return true;
  }
  return false;
}

export class ZipReader {
  readonly entries: ZipEntry[] = [];
  private readonly byName = new Map<string, ZipEntry>();
  private total = 0;

  constructor(private readonly bytes: Uint8Array) {
    this.readDirectory();
  }

  private readDirectory(): void {
    const b = this.bytes;
    let eocd = -1;
    for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) {
      if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === 0x05 && b[i + 3] === 0x06) { eocd = i; break; }
    }
    if (eocd < 0) throw corrupt('找不到 zip 目录，文件可能不完整');
    let count = u16(b, eocd + 10);
    let cdSize = u32(b, eocd + 12);
    let cdOffset = u32(b, eocd + 16);
    if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff) {
      const loc = eocd - 20;
      if (loc >= 0 && u32(b, loc) === 0x07064b50) {
        const rec = u64(b, loc + 8);
        if (rec + 56 > b.length || u32(b, rec) !== 0x06064b50) throw corrupt('zip64 目录无效');
        count = u64(b, rec + 32);
        cdSize = u64(b, rec + 40);
        cdOffset = u64(b, rec + 48);
      }
    }
    if (count > LIMITS.maxEntries) throw new InputError('too-large', `压缩包内文件过多（${count} 个），已拒绝读取`);
    if (cdOffset + cdSize > b.length) throw corrupt('zip 目录越界，文件可能被截断');
    let p = cdOffset;
    for (let n = 0; n < count; n++) {
      if (p + 46 > b.length || u32(b, p) !== 0x02014b50) throw corrupt('zip 目录项无效');
      const flags = u16(b, p + 8);
      const method = u16(b, p + 10);
      const crc = u32(b, p + 16);
      let compressedSize = u32(b, p + 20);
      let size = u32(b, p + 24);
      const nameLen = u16(b, p + 28);
      const extraLen = u16(b, p + 30);
      const commentLen = u16(b, p + 32);
      let localOffset = u32(b, p + 42);
      const rawName = b.subarray(p + 46, p + 46 + nameLen);
      const extra = b.subarray(p + 46 + nameLen, p + 46 + nameLen + extraLen);
      for (let e = 0; e + 4 <= extra.length;) {
        const id = u16(extra, e);
        const len = u16(extra, e + 2);
        if (id === 0x0001) {
          let q = e + 4;
          if (size === 0xffffffff && q + 8 <= e + 4 + len) { size = u64(extra, q); q += 8; }
          if (compressedSize === 0xffffffff && q + 8 <= e + 4 + len) { compressedSize = u64(extra, q); q += 8; }
          if (localOffset === 0xffffffff && q + 8 <= e + 4 + len) { localOffset = u64(extra, q); q += 8; }
        }
        e += 4 + len;
      }
      p += 46 + nameLen + extraLen + commentLen;
      const name = utf8.decode(rawName).replace(/\\/g, '/').replace(/^\/+/, '');
      if (name === '' || name.endsWith('/')) continue;
      const entry: ZipEntry = { name, method, flags, crc, compressedSize, size, localOffset };
      this.entries.push(entry);
      // OPC part names are case-insensitive.
      const key = name.toLowerCase();
      if (!this.byName.has(key)) this.byName.set(key, entry);
    }
    if (this.entries.length === 0) throw new InputError('not-docx', '是空的 zip 压缩包，不是 Word 文档');
  }

  get names(): string[] {
    return this.entries.map((e) => e.name);
  }

  get(name: string): ZipEntry | undefined {
    return this.byName.get(name.replace(/^\/+/, '').toLowerCase());
  }

  has(name: string): boolean {
    return this.get(name) !== undefined;
  }

  /** Streams the inflated bytes of an entry to `onChunk`, enforcing the caps. */
  stream(name: string, onChunk: (chunk: Uint8Array) => void): void {
    const entry = this.get(name);
    if (!entry) throw corrupt(`缺少部件 ${name}`);
    const b = this.bytes;
    const lo = entry.localOffset;
    if (lo + 30 > b.length || u32(b, lo) !== 0x04034b50) throw corrupt(`部件 ${entry.name} 的本地文件头无效`);
    if (entry.flags & 1) throw new InputError('encrypted', `部件 ${entry.name} 已加密，无法读取`);
    const start = lo + 30 + u16(b, lo + 26) + u16(b, lo + 28);
    const end = start + entry.compressedSize;
    if (end > b.length) throw corrupt(`部件 ${entry.name} 的数据被截断`);
    const data = b.subarray(start, end);
    let produced = 0;
    let crc = 0xffffffff;
    const take = (chunk: Uint8Array) => {
      if (chunk.length === 0) return;
      produced += chunk.length;
      this.total += chunk.length;
      if (this.total > LIMITS.maxTotal) {
        throw new InputError('zip-bomb', `解压后超过 ${LIMITS.maxTotal / MIB} MiB，疑似压缩炸弹，已拒绝读取`);
      }
      if (produced > LIMITS.maxEntry) {
        throw new InputError('zip-bomb', `部件 ${entry.name} 解压后超过 ${LIMITS.maxEntry / MIB} MiB，疑似压缩炸弹，已拒绝读取`);
      }
      if (produced > LIMITS.ratioFloor && produced > LIMITS.maxRatio * Math.max(1, entry.compressedSize)) {
        throw new InputError('zip-bomb', `部件 ${entry.name} 的压缩比超过 ${LIMITS.maxRatio}:1，疑似压缩炸弹，已拒绝读取`);
      }
      crc = crc32(chunk, crc);
      onChunk(chunk);
    };
    if (entry.method === 0) {
      for (let i = 0; i < data.length; i += 1024 * 1024) take(data.subarray(i, Math.min(data.length, i + 1024 * 1024)));
    } else if (entry.method === 8) {
      const inflater = new Inflate((chunk) => take(chunk));
      try {
        if (data.length === 0) inflater.push(new Uint8Array(0), true);
        for (let i = 0; i < data.length; i += LIMITS.chunk) {
          const endAt = Math.min(data.length, i + LIMITS.chunk);
          inflater.push(data.subarray(i, endAt), endAt === data.length);
        }
      } catch (error) {
        if (error instanceof InputError) throw error;
        throw corrupt(`部件 ${entry.name} 解压失败`);
      }
    } else {
      throw corrupt(`部件 ${entry.name} 使用了不支持的压缩方式 ${entry.method}`);
    }
    if (((crc ^ 0xffffffff) >>> 0) !== entry.crc) throw corrupt(`部件 ${entry.name} 校验和不符`);
  }

  /** The inflated bytes of an entry. */
  read(name: string): Uint8Array {
    const chunks: Uint8Array[] = [];
    let length = 0;
    this.stream(name, (c) => {
      chunks.push(c);
      length += c.length;
    });
    if (chunks.length === 1) return chunks[0];
    const out = new Uint8Array(length);
    let o = 0;
    for (const c of chunks) {
      out.set(c, o);
      o += c.length;
    }
    return out;
  }
}
