/**
 * Flat OPC (pkg:package XML, what Range.WordOpenXML and body.getOoxml() return) read by the same
 * OOXML reader as .docx: for every fixture, the lines (with resolved formatting), sections, comments
 * and tracked changes are those of the zip, and so are the findings.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseDocx, isFlatOpc } from '../../../src/parsers/docx/index.js';
import { lintSync } from '../../../src/index.js';
import { isInputError } from '../../../src/parsers/errors.js';
import { docxToFlatOpc, PKG_NS } from '../../helpers/flat-opc.js';
import { buildDocx } from './package.js';

const root = resolve(__dirname, '..', '..', '..');
const fixtures = [
  ...['draft.docx', 'notice.docx', 'features.docx'].map((n) => join(root, 'fixtures', n)),
  ...['libreoffice', 'python-docx'].flatMap((d) => {
    const dir = join(root, 'fixtures', d);
    return existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.docx')).map((n) => join(dir, n)) : [];
  }),
].filter((f) => existsSync(f));

const sansParts = (p: ReturnType<typeof parseDocx>) => ({ lines: p.lines, docx: { ...p.docx, parts: [...p.docx.parts].sort() } });

describe('flat OPC', () => {
  it.each(fixtures.map((f) => [f.slice(root.length + 1), f]))('%s: same lines, sections and findings as the .docx', (_, file) => {
    const bytes = new Uint8Array(readFileSync(file));
    const flat = docxToFlatOpc(bytes);
    expect(isFlatOpc(flat)).toBe(true);
    expect(isFlatOpc(bytes)).toBe(false);
    const fromZip = parseDocx(bytes);
    const fromFlat = parseDocx(flat);
    expect(sansParts(fromFlat)).toEqual(sansParts(fromZip));
    expect(fromZip.lines.length).toBeGreaterThan(0);
    const a = lintSync(bytes, { filename: 'x.docx', config: { preset: 'all' } }).messages;
    const b = lintSync(flat, { filename: 'x.docx', config: { preset: 'all' } }).messages;
    expect(b).toEqual(a);
    // and as bytes (UTF-8), as a host might hand them over
    expect(parseDocx(new TextEncoder().encode(flat)).lines).toEqual(fromZip.lines);
  });

  it('the formatting layer comes through: fonts, sizes, indents and page setup are checked', () => {
    const bytes = new Uint8Array(readFileSync(join(root, 'fixtures', 'draft.docx')));
    const ids = lintSync(docxToFlatOpc(bytes), { filename: 'draft.docx' }).messages.map((m) => m.ruleId);
    for (const id of ['format/page-margins', 'format/page-size', 'format/font-family']) expect(ids).toContain(id);
  });

  it('another prefix, namespaces declared on pkg:package only, UTF-16 bytes with a BOM', () => {
    const docx = buildDocx({ body: '<w:p><w:r><w:t>关于做好防汛工作的通知</w:t></w:r></w:p><w:p><w:r><w:t>各单位：</w:t></w:r></w:p>' });
    const flat = docxToFlatOpc(docx, { prefix: 'ns9' });
    expect(parseDocx(flat).lines.map((l) => l.value)).toEqual(['关于做好防汛工作的通知', '各单位：']);
    // w: bound on the package element, not on w:document
    const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
    const hoisted = docxToFlatOpc(docx)
      .replace(`<pkg:package xmlns:pkg="${PKG_NS}">`, `<pkg:package xmlns:pkg="${PKG_NS}" xmlns:w="${W}">`)
      .replace(/(<w:document[^>]*?) xmlns:w="[^"]*"/, '$1');
    expect(hoisted).not.toMatch(/<w:document[^>]*xmlns:w=/);
    expect(parseDocx(hoisted).lines.map((l) => l.value)).toEqual(['关于做好防汛工作的通知', '各单位：']);
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...flat].map((c) => c.charCodeAt(0))).buffer)]);
    expect(parseDocx(utf16).lines).toHaveLength(2);
  });

  it('a subset of parts (Range.WordOpenXML of a range: no headers, footers or comments) still reads', () => {
    const bytes = new Uint8Array(readFileSync(join(root, 'fixtures', 'notice.docx')));
    const flat = docxToFlatOpc(bytes, { only: (n) => /^(_rels\/\.rels|word\/(document|styles|numbering|settings|fontTable)\.xml|word\/_rels\/document\.xml\.rels|word\/theme\/theme1\.xml)$/.test(n) });
    const p = parseDocx(flat);
    expect(p.lines.map((l) => l.value)).toEqual(parseDocx(bytes).lines.map((l) => l.value));
    expect(p.docx.sections[0].footers).toEqual([]);
  });

  it.each([
    ['no end tag', `<pkg:package xmlns:pkg="${PKG_NS}"><pkg:part pkg:name="/word/document.xml"><pkg:xmlData><w:document/>`, 'bad-xml'],
    ['no parts', `<pkg:package xmlns:pkg="${PKG_NS}"></pkg:package>`, 'bad-xml'],
    ['DOCTYPE', `<!DOCTYPE x [<!ENTITY a "b">]><pkg:package xmlns:pkg="${PKG_NS}"></pkg:package>`, 'bad-xml'],
    ['no main part', `<pkg:package xmlns:pkg="${PKG_NS}"><pkg:part pkg:name="/a.xml" pkg:contentType="application/xml"><pkg:xmlData><a/></pkg:xmlData></pkg:part></pkg:package>`, 'not-docx'],
    ['bad XML inside', `<pkg:package xmlns:pkg="${PKG_NS}"><pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"><pkg:xmlData><w:document xmlns:w="x"><w:body></w:document></pkg:xmlData></pkg:part></pkg:package>`, 'bad-xml'],
  ])('bad input (%s) is one InputError, never a crash', (_, text, code) => {
    let error: unknown;
    try { parseDocx(text); } catch (e) { error = e; }
    expect(isInputError(error)).toBe(true);
    expect((error as { code: string }).code).toBe(code);
  });

  it('text that is not flat OPC is still refused for .docx', () => {
    const r = () => lintSync('普通文本', { filename: 'a.docx' });
    expect(r).toThrow(/字节/);
  });
});
