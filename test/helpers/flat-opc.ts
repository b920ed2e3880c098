/**
 * .docx bytes → flat OPC (pkg:package), the way Word writes it for Range.WordOpenXML,
 * body.getOoxml() and "Word XML Document": one pkg:part per package part, XML inline (declaration
 * dropped), other parts in base64, content types from [Content_Types].xml. For tests only.
 */
import { strFromU8, unzipSync } from 'fflate';

export const PKG_NS = 'http://schemas.microsoft.com/office/2006/xmlPackage';

export interface FlatOpcOptions {
  /** Prefix of the package namespace (default pkg). */
  prefix?: string;
  /** Only these parts (by name, without leading slash), as Range.WordOpenXML of a range gives a subset. */
  only?: (name: string) => boolean;
}

export function docxToFlatOpc(bytes: Uint8Array, options: FlatOpcOptions = {}): string {
  const p = options.prefix ?? 'pkg';
  const files = unzipSync(bytes);
  const ct = strFromU8(files['[Content_Types].xml']);
  const overrides = new Map<string, string>();
  const defaults = new Map<string, string>();
  for (const m of ct.matchAll(/<Override\s+PartName="([^"]+)"\s+ContentType="([^"]+)"/g)) overrides.set(m[1].replace(/^\//, '').toLowerCase(), m[2]);
  for (const m of ct.matchAll(/<Default\s+Extension="([^"]+)"\s+ContentType="([^"]+)"/g)) defaults.set(m[1].toLowerCase(), m[2]);
  const parts: string[] = [];
  for (const [name, data] of Object.entries(files)) {
    if (name === '[Content_Types].xml' || name.endsWith('/')) continue;
    if (options.only && !options.only(name)) continue;
    const type = overrides.get(name.toLowerCase()) ?? defaults.get(name.split('.').pop()!.toLowerCase()) ?? 'application/octet-stream';
    const isXml = type.endsWith('xml') || name.endsWith('.xml') || name.endsWith('.rels');
    const body = isXml
      ? `<${p}:xmlData>${strFromU8(data).replace(/^\uFEFF?<\?xml[^?]*\?>\s*/, '')}</${p}:xmlData>`
      : `<${p}:binaryData>${Buffer.from(data).toString('base64').replace(/(.{76})/g, '$1\n')}</${p}:binaryData>`;
    parts.push(`<${p}:part ${p}:name="/${name}" ${p}:contentType="${type}"${name.endsWith('.rels') ? ` ${p}:padding="256"` : ''}>${body}</${p}:part>`);
  }
  return `<?xml version="1.0" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n<${p}:package xmlns:${p}="${PKG_NS}">${parts.join('')}</${p}:package>`;
}
