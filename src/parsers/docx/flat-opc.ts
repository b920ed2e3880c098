/**
 * Flat OPC: a whole WordprocessingML package as one XML document (`pkg:package`, namespace
 * http://schemas.microsoft.com/office/2006/xmlPackage). This is what Word's `Range.WordOpenXML`,
 * WPS's `Range.WordOpenXML` and Office.js `body.getOoxml()` return, and what Word saves as
 * "Word XML Document (*.xml)". Each `pkg:part` carries its name and content type, and either its
 * XML inline (`pkg:xmlData`) or its bytes in base64 (`pkg:binaryData`).
 *
 * FlatOpcReader offers the same part interface as ZipReader (names, get, has, stream, read), so the
 * reader in index.ts does not care where the parts came from. There is no [Content_Types].xml in
 * a flat package; one is made from the parts' content types.
 *
 * The parts are cut out of the text rather than re-serialised from a parsed tree: a part's XML is
 * handed to the same XML layer (xml.ts: namespaces by URI, DOCTYPE rejected) as a part of a zip.
 * Namespace declarations made on `pkg:package` (or `pkg:part`) and used inside a part are copied
 * onto the part's root element, so each part is well-formed on its own.
 */
import { InputError } from '../errors.js';

export const FLAT_OPC_NS = 'http://schemas.microsoft.com/office/2006/xmlPackage';
const CT_NS = 'http://schemas.openxmlformats.org/package/2006/content-types';

/** True when the input (text or bytes) looks like a flat OPC package. */
export function isFlatOpc(input: Uint8Array | string): boolean {
  const head = typeof input === 'string' ? input.slice(0, 4096) : decodeHead(input);
  return /^\s*</.test(head.replace(/^\uFEFF/, '')) && head.includes(FLAT_OPC_NS);
}

function decodeHead(bytes: Uint8Array): string {
  return decode(bytes.subarray(0, 8192));
}

function decode(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  // UTF-16 without a BOM: "<" followed by a NUL
  if (bytes[0] === 0x3c && bytes[1] === 0) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0 && bytes[1] === 0x3c) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function unescapeAttr(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e] ?? m;
  });
}

/** Attributes of a start tag's attribute text, by qualified name. */
function attributes(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(/([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out.set(m[1], unescapeAttr(m[2] ?? m[3] ?? ''));
  return out;
}

function badXml(detail: string): InputError {
  return new InputError('bad-xml', `平面 OPC（pkg:package）文档无效：${detail}`);
}

interface FlatPart {
  name: string;
  contentType: string;
  xml?: string;
  base64?: string;
  bytes?: Uint8Array;
}

function base64ToBytes(b64: string): Uint8Array {
  const clean = b64.replace(/\s+/g, '');
  const bin = atob(clean);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** Caps in the spirit of zip.ts's: a flat package is text already in memory, so only counts. */
const MAX_PARTS = 10_000;

export class FlatOpcReader {
  private readonly byName = new Map<string, FlatPart>();
  private readonly order: FlatPart[] = [];

  constructor(input: Uint8Array | string) {
    const text = (typeof input === 'string' ? input : decode(input)).replace(/^\uFEFF/, '');
    if (/<!DOCTYPE/i.test(text.slice(0, 4096))) throw badXml('含 DOCTYPE 声明，已拒绝读取');
    this.parse(text);
  }

  private parse(text: string): void {
    const root = /<(?:([A-Za-z_][\w.-]*):)?package\b([^>]*)>/.exec(text);
    if (!root) throw badXml('找不到 pkg:package 根元素');
    const prefix = root[1] ? `${root[1]}:` : '';
    const rootAttrs = attributes(root[2]);
    if (rootAttrs.get(root[1] ? `xmlns:${root[1]}` : 'xmlns') !== FLAT_OPC_NS) throw badXml('根元素不在 xmlPackage 命名空间中');
    const inherited = new Map([...rootAttrs].filter(([k]) => k.startsWith('xmlns:') && k !== `xmlns:${root[1]}`));
    const partOpen = new RegExp(`<${escape(prefix)}part\\b([^>]*?)(/?)>`, 'g');
    const partClose = `</${prefix}part>`;
    partOpen.lastIndex = root.index + root[0].length;
    for (let m = partOpen.exec(text); m; m = partOpen.exec(text)) {
      const attrs = attributes(m[1]);
      const name = (attrs.get(`${prefix}name`) ?? attrs.get('name') ?? '').replace(/\\/g, '/').replace(/^\/+/, '');
      const contentType = attrs.get(`${prefix}contentType`) ?? attrs.get('contentType') ?? '';
      if (m[2] === '/') continue;
      const end = text.indexOf(partClose, partOpen.lastIndex);
      if (end < 0) throw badXml(`部件 ${name || '(无名)'} 没有结束标记`);
      const inner = text.slice(partOpen.lastIndex, end);
      partOpen.lastIndex = end + partClose.length;
      if (!name) continue;
      const part: FlatPart = { name, contentType };
      const partNs = new Map([...inherited, ...[...attrs].filter(([k]) => k.startsWith('xmlns:') && k !== `xmlns:${root[1]}`)]);
      const xml = between(inner, `${prefix}xmlData`);
      const bin = between(inner, `${prefix}binaryData`);
      if (xml !== undefined) part.xml = withNamespaces(xml.trim(), partNs);
      else if (bin !== undefined) part.base64 = bin;
      else continue;
      if (this.order.length >= MAX_PARTS) throw new InputError('too-large', `平面 OPC 文档的部件过多（超过 ${MAX_PARTS} 个），已拒绝读取`);
      const key = name.toLowerCase();
      if (!this.byName.has(key)) this.byName.set(key, part);
      this.order.push(part);
    }
    if (this.order.length === 0) throw badXml('没有任何 pkg:part');
    // [Content_Types].xml, as a zip package would have it
    const overrides = this.order
      .filter((p) => p.contentType)
      .map((p) => `<Override PartName="/${xmlAttr(p.name)}" ContentType="${xmlAttr(p.contentType)}"/>`)
      .join('');
    const ct: FlatPart = { name: '[Content_Types].xml', contentType: '', xml: `<Types xmlns="${CT_NS}">${overrides}</Types>` };
    if (!this.byName.has(ct.name.toLowerCase())) {
      this.byName.set(ct.name.toLowerCase(), ct);
      this.order.unshift(ct);
    }
  }

  get names(): string[] {
    return this.order.map((p) => p.name);
  }

  get(name: string): { name: string } | undefined {
    return this.byName.get(name.replace(/^\/+/, '').toLowerCase());
  }

  has(name: string): boolean {
    return this.get(name) !== undefined;
  }

  read(name: string): Uint8Array {
    const part = this.byName.get(name.replace(/^\/+/, '').toLowerCase());
    if (!part) throw new InputError('corrupt-zip', `缺少部件 ${name}`);
    if (!part.bytes) {
      try {
        part.bytes = part.xml !== undefined ? new TextEncoder().encode(part.xml) : base64ToBytes(part.base64 ?? '');
      } catch {
        throw badXml(`部件 ${part.name} 的 base64 数据无效`);
      }
      part.base64 = undefined;
    }
    return part.bytes;
  }

  stream(name: string, onChunk: (chunk: Uint8Array) => void): void {
    onChunk(this.read(name));
  }
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function xmlAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** The content between `<tag …>` and the last `</tag>` (undefined when absent; '' for `<tag/>`). */
function between(text: string, tag: string): string | undefined {
  const open = new RegExp(`<${escape(tag)}\\b[^>]*?(/?)>`).exec(text);
  if (!open) return undefined;
  if (open[1] === '/') return '';
  const close = text.lastIndexOf(`</${tag}>`);
  if (close < open.index) throw badXml(`<${tag}> 没有结束标记`);
  return text.slice(open.index + open[0].length, close);
}

/** Copies namespace declarations the part uses but does not declare onto its root element. */
function withNamespaces(xml: string, ns: Map<string, string>): string {
  if (ns.size === 0) return xml;
  const start = /^(?:<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*)*<[A-Za-z_][\w.:-]*/.exec(xml);
  if (!start) return xml;
  const tagEnd = xml.indexOf('>', start[0].length);
  const own = attributes(xml.slice(start[0].length, tagEnd < 0 ? undefined : tagEnd));
  const add = [...ns].filter(([k]) => !own.has(k)).map(([k, v]) => ` ${k}="${xmlAttr(v)}"`).join('');
  return add ? xml.slice(0, start[0].length) + add + xml.slice(start[0].length) : xml;
}
