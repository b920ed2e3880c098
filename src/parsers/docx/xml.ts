/**
 * XML → a light element tree, by namespace URI (never by prefix): every element and attribute gets
 * a canonical name `code:local` where `code` comes from the namespace URI
 * (w, r, mc, a, …; strict-OOXML URIs map to the same codes), whatever prefix the file used
 * (`w:`, `ns0:`, none). Unknown namespaces keep `{uri}local`. Unprefixed attributes keep their local name.
 *
 * DOCTYPE is rejected (Word never writes one; it is how entity-expansion attacks start). Any XML error
 * becomes an InputError('bad-xml').
 *
 * Large parts can be streamed: children of an element named in `streamChildrenOf` are handed to
 * `onChild` when they close and are not kept, so memory is bounded by the largest child.
 */
import { SaxesParser, type SaxesTag } from 'saxes';
import { InputError } from '../errors.js';

export interface XEl {
  name: string;
  attrs: Record<string, string>;
  children: XEl[];
  /** Character data, kept only for the elements in TEXT_ELEMENTS. */
  text?: string;
}

const NS: Record<string, string> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://purl.oclc.org/ooxml/officeDocument/relationships': 'r',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'http://schemas.openxmlformats.org/drawingml/2006/main': 'a',
  'http://purl.oclc.org/ooxml/drawingml/main': 'a',
  'http://schemas.openxmlformats.org/package/2006/relationships': 'pr',
  'http://schemas.openxmlformats.org/package/2006/content-types': 'ct',
  'http://www.w3.org/XML/1998/namespace': 'xml',
};

/** Elements whose character data we keep. */
const TEXT_ELEMENTS = new Set([
  'w:t', 'w:delText', 'w:instrText', 'w:delInstrText',
  // A floating shape's horizontal alignment (wp:positionH/wp:align): a text box's page-number placement.
  '{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}align',
]);

function canonical(uri: string, local: string): string {
  if (!uri) return local;
  const code = NS[uri];
  return code ? `${code}:${local}` : `{${uri}}${local}`;
}

export interface ParseXmlOptions {
  streamChildrenOf?: string;
  onChild?: (el: XEl) => void;
}

/** The decoder for a part: BOM first, then the XML declaration's encoding, else UTF-8. */
function decoderFor(first: Uint8Array, part: string): TextDecoder {
  if (first[0] === 0xff && first[1] === 0xfe) return new TextDecoder('utf-16le');
  if (first[0] === 0xfe && first[1] === 0xff) return new TextDecoder('utf-16be');
  if (first[0] === 0xef && first[1] === 0xbb && first[2] === 0xbf) return new TextDecoder('utf-8');
  let head = '';
  for (let i = 0; i < Math.min(first.length, 200); i++) head += String.fromCharCode(first[i]);
  const label = /^<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1];
  if (!label || /^utf-?8$/i.test(label)) return new TextDecoder('utf-8');
  try {
    return new TextDecoder(label);
  } catch {
    throw new InputError('bad-xml', `部件 ${part} 使用了无法识别的字符编码 ${label}`);
  }
}

const XML_URI = 'http://www.w3.org/XML/1998/namespace';

/** Element nesting allowed (Word's deepest real structures, nested tables, stay far below). */
export const MAX_DEPTH = 512;

/**
 * A push parser: feed byte chunks, then `close()` returns the root. Namespaces are resolved here
 * (saxes runs without `xmlns`, which is twice as fast): a stack of prefix → URI scopes; an unbound
 * prefix is an error, as in a namespace-aware parser.
 */
export class XmlReader {
  private readonly parser: SaxesParser<{ xmlns: false }>;
  private readonly stack: XEl[] = [];
  private readonly scopes: Array<Record<string, string>> = [{ xml: XML_URI }];
  private root: XEl | undefined;
  private decoder: TextDecoder | undefined;

  constructor(private readonly part: string, options: ParseXmlOptions = {}) {
    const parser = new SaxesParser({ xmlns: false, position: true });
    this.parser = parser;
    const { streamChildrenOf, onChild } = options;
    parser.on('doctype', () => {
      throw new InputError('bad-xml', `部件 ${part} 含 DOCTYPE 声明（Word 不会写入），已拒绝读取`);
    });
    parser.on('opentag', (tag: SaxesTag) => {
      const raw = tag.attributes as Record<string, string>;
      let scope = this.scopes[this.scopes.length - 1];
      let copied = false;
      for (const key in raw) {
        if (key === 'xmlns' || key.startsWith('xmlns:')) {
          if (!copied) {
            scope = { ...scope };
            copied = true;
          }
          scope[key === 'xmlns' ? '' : key.slice(6)] = raw[key];
        }
      }
      this.scopes.push(scope);
      const attrs: Record<string, string> = {};
      for (const key in raw) {
        if (key === 'xmlns' || key.startsWith('xmlns:')) continue;
        const colon = key.indexOf(':');
        if (colon < 0) attrs[key] = raw[key];
        else attrs[canonical(this.uri(scope, key.slice(0, colon), key), key.slice(colon + 1))] = raw[key];
      }
      const name = tag.name;
      const colon = name.indexOf(':');
      const el: XEl = colon < 0
        ? { name: canonical(scope[''] ?? '', name), attrs, children: [] }
        : { name: canonical(this.uri(scope, name.slice(0, colon), name), name.slice(colon + 1)), attrs, children: [] };
      this.stack.push(el);
      if (this.stack.length > MAX_DEPTH) {
        throw new InputError('bad-xml', `部件 ${part} 的 XML 嵌套超过 ${MAX_DEPTH} 层，已拒绝读取`);
      }
    });
    parser.on('text', (text: string) => {
      const top = this.stack[this.stack.length - 1];
      if (top && TEXT_ELEMENTS.has(top.name)) top.text = (top.text ?? '') + text;
    });
    parser.on('cdata', (text: string) => {
      const top = this.stack[this.stack.length - 1];
      if (top && TEXT_ELEMENTS.has(top.name)) top.text = (top.text ?? '') + text;
    });
    parser.on('closetag', () => {
      const el = this.stack.pop()!;
      this.scopes.pop();
      const parent = this.stack[this.stack.length - 1];
      if (!parent) this.root = el;
      else if (onChild && parent.name === streamChildrenOf) onChild(el);
      else parent.children.push(el);
    });
    parser.on('error', (error: Error) => {
      throw this.badXml(error);
    });
  }

  private uri(scope: Record<string, string>, prefix: string, qname: string): string {
    const uri = scope[prefix];
    if (uri === undefined) {
      throw new InputError('bad-xml', `部件 ${this.part} 不是有效的 XML（未声明的命名空间前缀 ${prefix}:，见 ${qname}）`);
    }
    return uri;
  }

  private badXml(error: unknown): InputError {
    if (error instanceof InputError) return error;
    return new InputError('bad-xml', `部件 ${this.part} 不是有效的 XML（${describeXmlError(error)}）`);
  }

  write(chunk: Uint8Array): void {
    if (!this.decoder) this.decoder = decoderFor(chunk, this.part);
    this.feed(this.decoder.decode(chunk, { stream: true }));
  }

  private feed(text: string): void {
    if (!text) return;
    try {
      this.parser.write(text);
    } catch (error) {
      throw this.badXml(error);
    }
  }

  close(): XEl {
    if (this.decoder) this.feed(this.decoder.decode());
    try {
      this.parser.close();
    } catch (error) {
      throw this.badXml(error);
    }
    if (!this.root) throw new InputError('bad-xml', `部件 ${this.part} 是空的 XML`);
    return this.root;
  }
}

const XML_ERRORS: Array<[RegExp, string]> = [
  [/^unexpected close tag/, '结束标签不匹配'],
  [/^unclosed tag/, '标签未闭合'],
  [/^duplicate attribute/, '属性重复'],
  [/^disallowed character/, '含不允许的字符'],
  [/^documents may contain only one root/, '有多个根元素'],
  [/^text data outside of root node/, '根元素外有文字'],
  [/^undefined entity/, '使用了未定义的实体'],
  [/^unquoted attribute value/, '属性值没有引号'],
  [/^document must contain a root element/, '没有根元素'],
];

/** saxes "line:col: message" → "第 line 行第 col 列：中文说明" (the English text when unknown). */
export function describeXmlError(error: unknown): string {
  const raw = String((error as Error)?.message ?? error).replace(/\s+/g, ' ').trim();
  const m = /^(\d+):(\d+): (.*)$/.exec(raw);
  const text = m ? m[3] : raw;
  const zh = XML_ERRORS.find(([re]) => re.test(text))?.[1] ?? text.slice(0, 120);
  return m ? `第 ${m[1]} 行第 ${m[2]} 列：${zh}` : zh;
}

export function parseXml(part: string, bytes: Uint8Array, options: ParseXmlOptions = {}): XEl {
  const reader = new XmlReader(part, options);
  reader.write(bytes);
  return reader.close();
}

// ---------------------------------------------------------------------------------------------
// Helpers

export function child(el: XEl | undefined, name: string): XEl | undefined {
  if (!el) return undefined;
  for (const c of el.children) if (c.name === name) return c;
  return undefined;
}

export function childrenNamed(el: XEl | undefined, name: string): XEl[] {
  return el ? el.children.filter((c) => c.name === name) : [];
}

/** ST_OnOff: absent val = on. */
export function onOff(el: XEl | undefined, attr = 'w:val'): boolean | undefined {
  if (!el) return undefined;
  const v = el.attrs[attr];
  if (v === undefined) return true;
  return !(v === '0' || v === 'false' || v === 'off');
}

const UNIT_TWIPS: Record<string, number> = { mm: 56.6929, cm: 566.929, in: 1440, pt: 20, pc: 240, pi: 240 };

/** A twips measure (or plain integer); strict OOXML may write universal measures like "2.5cm". */
export function measure(v: string | undefined): number | undefined {
  if (v === undefined || v === '') return undefined;
  if (/^-?\d+$/.test(v)) return parseInt(v, 10);
  const m = /^(-?\d+(?:\.\d+)?)(mm|cm|in|pt|pc|pi)$/.exec(v.trim());
  if (m) return Math.round(parseFloat(m[1]) * UNIT_TWIPS[m[2]]);
  const n = parseFloat(v);
  return Number.isFinite(n) ? Math.round(n) : undefined;
}

export function int(v: string | undefined): number | undefined {
  if (v === undefined || v === '') return undefined;
  const n = parseInt(v, 10);
  return Number.isFinite(n) ? n : undefined;
}
