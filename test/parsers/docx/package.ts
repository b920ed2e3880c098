/**
 * Builds small OOXML packages in memory (fflate zipSync) to cover what the `docx` package can't
 * write: other prefixes (ns0:), mc:AlternateContent, tracked changes, complex fields, odd part paths.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
export const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface PackageOptions {
  /** Inner XML of w:body (use `w:` prefix; it is rewritten when `prefix` is given). */
  body: string;
  /** Inner XML of w:styles. */
  styles?: string;
  /** Full theme1.xml. */
  theme?: string;
  /** Inner XML of w:settings. */
  settings?: string;
  /** Extra parts: name → XML (w: prefix rewritten too). */
  parts?: Record<string, string>;
  /** Extra relationships of the main part: [id, type suffix, target]. */
  rels?: Array<[string, string, string]>;
  /** Prefix for the WordprocessingML namespace (default `w`). */
  prefix?: string;
  /** Where the main part lives (default word/document.xml). */
  mainPart?: string;
  /** Target written in _rels/.rels (default `mainPart`). */
  mainTarget?: string;
}

export function rewritePrefix(xml: string, prefix: string): string {
  if (prefix === 'w') return xml;
  return xml.replace(/(<\/?|\s)w:/g, `$1${prefix}:`);
}

const wrap = (root: string, inner: string, prefix: string, extraNs = '') =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${prefix}:${root} xmlns:${prefix}="${W_NS}" xmlns:r="${R_NS}" ` +
  `xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ` +
  `xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ` +
  `xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ` +
  `xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ` +
  `xmlns:v="urn:schemas-microsoft-com:vml"${extraNs}>${rewritePrefix(inner, prefix)}</${prefix}:${root}>`;

export function buildDocx(o: PackageOptions): Uint8Array {
  const prefix = o.prefix ?? 'w';
  const main = o.mainPart ?? 'word/document.xml';
  const dir = main.slice(0, main.lastIndexOf('/'));
  const base = main.slice(main.lastIndexOf('/') + 1);
  const rels: Array<[string, string, string]> = [...(o.rels ?? [])];
  const files: Zippable = {};
  const overrides: string[] = [
    `<Override PartName="/${main}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>`,
  ];
  if (o.styles !== undefined) {
    files[`${dir}/styles.xml`] = strToU8(wrap('styles', o.styles, prefix));
    rels.push(['rIdStyles', 'styles', 'styles.xml']);
  }
  if (o.settings !== undefined) {
    files[`${dir}/settings.xml`] = strToU8(wrap('settings', o.settings, prefix));
    rels.push(['rIdSettings', 'settings', 'settings.xml']);
  }
  if (o.theme !== undefined) {
    files[`${dir}/theme/theme1.xml`] = strToU8(o.theme);
    rels.push(['rIdTheme', 'theme', 'theme/theme1.xml']);
  }
  for (const [name, xml] of Object.entries(o.parts ?? {})) files[name] = strToU8(rewritePrefix(xml, prefix));
  files[main] = strToU8(wrap('document', `<w:body>${o.body}</w:body>`, prefix));
  files[`${dir}/_rels/${base}.rels`] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      rels.map(([id, type, target]) => `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`).join('') +
      `</Relationships>`,
  );
  files['_rels/.rels'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="${o.mainTarget ?? main}"/></Relationships>`,
  );
  files['[Content_Types].xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      `<Default Extension="xml" ContentType="application/xml"/>${overrides.join('')}</Types>`,
  );
  return zipSync(files);
}

/** A header/footer part. */
export function headerFooterXml(kind: 'hdr' | 'ftr', inner: string): string {
  return wrap(kind, inner, 'w');
}

export function commentsXml(inner: string): string {
  return wrap('comments', inner, 'w');
}

export const p = (text: string, pPr = '', rPr = '') =>
  `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

export function theme(opts: { minorEa?: string; majorEa?: string; hans?: string; hant?: string; minorLatin?: string }): string {
  const font = (ea: string | undefined) =>
    `<a:latin typeface="${opts.minorLatin ?? 'Calibri'}"/><a:ea typeface="${ea ?? ''}"/><a:cs typeface=""/>` +
    (opts.hans ? `<a:font script="Hans" typeface="${opts.hans}"/>` : '') +
    (opts.hant ? `<a:font script="Hant" typeface="${opts.hant}"/>` : '');
  return `<?xml version="1.0" encoding="UTF-8"?><a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="T">` +
    `<a:themeElements><a:fontScheme name="F"><a:majorFont>${font(opts.majorEa)}</a:majorFont>` +
    `<a:minorFont>${font(opts.minorEa)}</a:minorFont></a:fontScheme></a:themeElements></a:theme>`;
}
