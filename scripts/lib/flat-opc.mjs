/**
 * .docx bytes → flat OPC (pkg:package), the way Word writes it for Range.WordOpenXML,
 * body.getOoxml() and "Word XML Document": one pkg:part per package part, XML inline (declaration
 * dropped), other parts in base64, content types from [Content_Types].xml. For tests and the bench
 * (fake hosts hand it to the task pane); Node only.
 */
import { strFromU8, unzipSync } from 'fflate';

export const PKG_NS = 'http://schemas.microsoft.com/office/2006/xmlPackage';

/**
 * @param {Uint8Array} bytes
 * @param {{ prefix?: string, only?: (name: string) => boolean }} [options] prefix of the package
 *   namespace (default pkg); `only`: keep only these parts (Range.WordOpenXML of a range gives a subset)
 * @returns {string}
 */
export function docxToFlatOpc(bytes, options = {}) {
  const p = options.prefix ?? 'pkg';
  const files = unzipSync(bytes);
  const ct = strFromU8(files['[Content_Types].xml']);
  const overrides = new Map();
  const defaults = new Map();
  for (const m of ct.matchAll(/<Override\s+PartName="([^"]+)"\s+ContentType="([^"]+)"/g)) overrides.set(m[1].replace(/^\//, '').toLowerCase(), m[2]);
  for (const m of ct.matchAll(/<Default\s+Extension="([^"]+)"\s+ContentType="([^"]+)"/g)) defaults.set(m[1].toLowerCase(), m[2]);
  const parts = [];
  for (const [name, data] of Object.entries(files)) {
    if (name === '[Content_Types].xml' || name.endsWith('/')) continue;
    if (options.only && !options.only(name)) continue;
    const type = overrides.get(name.toLowerCase()) ?? defaults.get(name.split('.').pop().toLowerCase()) ?? 'application/octet-stream';
    const isXml = type.endsWith('xml') || name.endsWith('.xml') || name.endsWith('.rels');
    const body = isXml
      ? `<${p}:xmlData>${strFromU8(data).replace(/^\uFEFF?<\?xml[^?]*\?>\s*/, '')}</${p}:xmlData>`
      : `<${p}:binaryData>${Buffer.from(data).toString('base64').replace(/(.{76})/g, '$1\n')}</${p}:binaryData>`;
    parts.push(`<${p}:part ${p}:name="/${name}" ${p}:contentType="${type}"${name.endsWith('.rels') ? ` ${p}:padding="256"` : ''}>${body}</${p}:part>`);
  }
  return `<?xml version="1.0" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n<${p}:package xmlns:${p}="${PKG_NS}">${parts.join('')}</${p}:package>`;
}
