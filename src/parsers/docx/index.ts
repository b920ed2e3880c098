/**
 * .docx → lines with resolved formatting + document facts. Our own OOXML reader (fflate + saxes):
 * - zip.ts: the package, with caps on what is inflated (zip bombs) and sniffing of non-zip inputs;
 * - xml.ts: XML by namespace URI, DOCTYPE rejected;
 * - styles.ts: docDefaults → paragraph style chain → character style chain → direct formatting;
 * - story.ts: paragraphs in document order (body, tables, text boxes), runs, fields, tracked changes.
 *
 * The main part is found through _rels/.rels (officeDocument relationship) or [Content_Types].xml,
 * other parts through the main part's relationships. Only the parts needed are inflated. The main
 * part is streamed: each child of w:body is built, walked and dropped, so memory stays bounded.
 */
import type {
  Comment, DocxInfo, HeaderFooterPart, Line, PageSetup, Section, TrackedChange,
} from '../../tree/types.js';
import { InputError } from '../errors.js';
import { Numbering } from './numbering.js';
import { readTheme, Styles } from './styles.js';
import { StoryWalker } from './story.js';
import { child, int, measure, onOff, parseXml, XmlReader, type XEl } from './xml.js';
import { FlatOpcReader, isFlatOpc } from './flat-opc.js';
import { sniffContainer, ZipReader } from './zip.js';

export { isFlatOpc } from './flat-opc.js';

/** Where the parts come from: a zip (.docx bytes) or a flat OPC package (pkg:package XML). */
interface PartReader {
  readonly names: string[];
  get(name: string): { name: string } | undefined;
  has(name: string): boolean;
  stream(name: string, onChunk: (chunk: Uint8Array) => void): void;
  read(name: string): Uint8Array;
}

export interface DocxParse {
  lines: Line[];
  docx: DocxInfo;
}

interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export const MAIN_TYPES = [
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
  'application/vnd.ms-word.document.macroenabled.main+xml',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml',
  'application/vnd.ms-word.template.macroenabledtemplate.main+xml',
];

function dirOf(part: string): string {
  const i = part.lastIndexOf('/');
  return i < 0 ? '' : part.slice(0, i);
}

/** Resolves a relationship target against the source part's folder ("/word/x.xml" is absolute). */
export function resolveTarget(sourcePart: string, target: string): string {
  const raw = target.startsWith('/') ? target.slice(1) : (dirOf(sourcePart) ? `${dirOf(sourcePart)}/` : '') + target;
  const out: string[] = [];
  for (const seg of decodeURIComponentSafe(raw).split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') out.pop();
    else out.push(seg);
  }
  return out.join('/');
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function relsPartOf(part: string): string {
  const dir = dirOf(part);
  const base = part.slice(dir.length ? dir.length + 1 : 0);
  return `${dir ? `${dir}/` : ''}_rels/${base}.rels`;
}

class Package {
  readonly zip: PartReader;
  constructor(input: Uint8Array | string) {
    if (isFlatOpc(input)) this.zip = new FlatOpcReader(input);
    else if (typeof input === 'string') throw notWord('既不是 .docx 字节，也不是平面 OPC（pkg:package）XML');
    else {
      sniffContainer(input);
      this.zip = new ZipReader(input);
    }
  }

  xml(part: string): XEl | undefined {
    if (!this.zip.has(part)) return undefined;
    return parseXml(part, this.zip.read(part));
  }

  rels(sourcePart: string): Relationship[] {
    const el = this.xml(sourcePart === '' ? '_rels/.rels' : relsPartOf(sourcePart));
    if (!el) return [];
    const out: Relationship[] = [];
    for (const r of el.children) {
      if (r.name !== 'pr:Relationship' || !r.attrs.Target) continue;
      const external = r.attrs.TargetMode === 'External';
      out.push({
        id: r.attrs.Id ?? '',
        type: r.attrs.Type ?? '',
        target: external ? r.attrs.Target : resolveTarget(sourcePart, r.attrs.Target),
        external,
      });
    }
    return out;
  }

  contentTypes(): { overrides: Map<string, string>; defaults: Map<string, string> } {
    const overrides = new Map<string, string>();
    const defaults = new Map<string, string>();
    const el = this.xml('[Content_Types].xml');
    for (const c of el?.children ?? []) {
      const type = (c.attrs.ContentType ?? '').toLowerCase();
      if (c.name === 'ct:Override' && c.attrs.PartName) overrides.set(c.attrs.PartName.replace(/^\/+/, '').toLowerCase(), type);
      else if (c.name === 'ct:Default' && c.attrs.Extension) defaults.set(c.attrs.Extension.toLowerCase(), type);
    }
    return { overrides, defaults };
  }
}

function notWord(detail: string): InputError {
  return new InputError('not-docx', detail);
}

function findMainPart(pkg: Package): string {
  const zip = pkg.zip;
  if (zip.has('mimetype') && !zip.has('[Content_Types].xml')) {
    const mime = new TextDecoder().decode(zip.read('mimetype')).trim();
    if (mime.includes('opendocument.text')) throw notWord('是 OpenDocument 文本（.odt），不是 .docx；请另存为 .docx');
    throw notWord(`是 ${mime || 'zip'} 文件，不是 Word 文档`);
  }
  const ct = pkg.contentTypes();
  const typeOf = (part: string) => {
    const key = part.toLowerCase();
    return ct.overrides.get(key) ?? ct.defaults.get(key.split('.').pop() ?? '') ?? '';
  };
  let main = pkg.rels('').find((r) => r.type.endsWith('/officeDocument') && !r.external && zip.has(r.target))?.target;
  if (!main) {
    for (const [part, type] of ct.overrides) if (MAIN_TYPES.includes(type) && zip.has(part)) { main = part; break; }
  }
  if (!main && zip.has('word/document.xml')) main = 'word/document.xml';
  if (!main) {
    if (zip.has('xl/workbook.xml')) throw notWord('是 Excel 工作簿，不是 Word 文档');
    if (zip.has('ppt/presentation.xml')) throw notWord('是 PowerPoint 演示文稿，不是 Word 文档');
    throw notWord('是 zip 压缩包，但不是 Word 文档（找不到主文档部件）');
  }
  const type = typeOf(main);
  if (type.includes('spreadsheetml')) throw notWord('是 Excel 工作簿，不是 Word 文档');
  if (type.includes('presentationml')) throw notWord('是 PowerPoint 演示文稿，不是 Word 文档');
  return zip.get(main)!.name;
}

function pageSetup(sectPr: XEl): PageSetup {
  const page: PageSetup = {};
  const sz = child(sectPr, 'w:pgSz');
  if (sz) {
    const w = measure(sz.attrs['w:w']);
    const h = measure(sz.attrs['w:h']);
    if (w !== undefined) page.width = w;
    if (h !== undefined) page.height = h;
    const orient = sz.attrs['w:orient'];
    if (orient === 'landscape' || orient === 'portrait') page.orientation = orient;
    else if (w !== undefined && h !== undefined) page.orientation = w > h ? 'landscape' : 'portrait';
  }
  const mar = child(sectPr, 'w:pgMar');
  if (mar) {
    const set = (key: keyof PageSetup, attr: string) => {
      const v = measure(mar.attrs[attr]);
      if (v !== undefined) (page as Record<string, unknown>)[key] = v;
    };
    set('marginTop', 'w:top');
    set('marginBottom', 'w:bottom');
    set('marginLeft', 'w:left');
    set('marginRight', 'w:right');
    set('marginHeader', 'w:header');
    set('marginFooter', 'w:footer');
    set('gutter', 'w:gutter');
  }
  const grid = child(sectPr, 'w:docGrid');
  if (grid) {
    if (grid.attrs['w:type']) page.gridType = grid.attrs['w:type'];
    const lp = int(grid.attrs['w:linePitch']);
    const cs = int(grid.attrs['w:charSpace']);
    if (lp !== undefined) page.linePitch = lp;
    if (cs !== undefined) page.charSpace = cs;
  }
  const titlePg = child(sectPr, 'w:titlePg');
  if (titlePg) page.titlePage = onOff(titlePg) === true;
  return page;
}

/**
 * Reads a .docx (zip bytes) or a flat OPC package (`pkg:package` XML as text or bytes — what
 * Range.WordOpenXML and Word's body.getOoxml() return) into lines and document facts.
 */
export function parseDocx(input: Uint8Array | string): DocxParse {
  try {
    return read(input);
  } catch (error) {
    if (error instanceof InputError) throw error;
    // Whatever else goes wrong on a malformed package is still bad input, never a crash.
    const detail = String((error as Error)?.message ?? error).replace(/\s+/g, ' ').slice(0, 120);
    throw new InputError('unreadable', `无法读取该 .docx（${detail}）`);
  }
}

function read(input: Uint8Array | string): DocxParse {
  const pkg = new Package(input);
  const main = findMainPart(pkg);
  const rels = pkg.rels(main);
  const relPart = (suffix: string) => rels.find((r) => r.type.endsWith(suffix) && !r.external && pkg.zip.has(r.target))?.target;

  const settings = pkg.xml(relPart('/settings') ?? '');
  const evenAndOddHeaders = onOff(child(settings, 'w:evenAndOddHeaders')) === true;
  const themeLang = child(settings, 'w:themeFontLang')?.attrs['w:eastAsia'];
  const theme = readTheme(pkg.xml(relPart('/theme') ?? ''), themeLang);
  const styles = new Styles(pkg.xml(relPart('/styles') ?? ''), theme);

  const trackedChanges: TrackedChange[] = [];
  const sectPrs: Array<{ sectPr: XEl; endLine: number }> = [];
  const numbering = new Numbering(pkg.xml(relPart('/numbering') ?? ''));
  const walker = new StoryWalker(styles, {
    numbering,
    trackedChanges,
    onSectPr: (sectPr, endLine) => sectPrs.push({ sectPr, endLine }),
  });
  let finalSectPr: XEl | undefined;
  const reader = new XmlReader(main, {
    streamChildrenOf: 'w:body',
    onChild: (el) => {
      if (el.name === 'w:sectPr') finalSectPr = el;
      else walker.block(el, 'body');
    },
  });
  pkg.zip.stream(main, (chunk) => reader.write(chunk));
  const root = reader.close();
  if (root.name !== 'w:document') throw notWord(`主文档部件 ${main} 不是 WordprocessingML 文档`);
  const lastLine = walker.counter;
  if (finalSectPr) sectPrs.push({ sectPr: finalSectPr, endLine: lastLine });
  else if (sectPrs.length === 0 || sectPrs[sectPrs.length - 1].endLine < lastLine) {
    sectPrs.push({ sectPr: { name: 'w:sectPr', attrs: {}, children: [] }, endLine: lastLine });
  }

  // Headers and footers: a section without its own header/footer of a type inherits the previous one.
  const partCache = new Map<string, HeaderFooterPart>();
  const readHeaderFooter = (kind: 'header' | 'footer', type: string, part: string): HeaderFooterPart => {
    const key = `${kind}|${type}|${part}`;
    let hit = partCache.get(key);
    if (!hit) {
      const root = pkg.xml(part);
      const story = new StoryWalker(styles, { listLevels: numbering });
      for (const c of root?.children ?? []) story.block(c, 'body');
      hit = {
        kind, type, part,
        lines: story.lines.map((l) => ({ value: l.value, runs: l.runs ?? [], format: l.format ?? {} })),
        fields: story.fields,
      };
      partCache.set(key, hit);
    }
    return hit;
  };
  const relById = new Map(rels.map((r) => [r.id, r]));
  const inherited = { header: new Map<string, HeaderFooterPart>(), footer: new Map<string, HeaderFooterPart>() };
  const sections: Section[] = sectPrs.map(({ sectPr, endLine }) => {
    for (const ref of sectPr.children) {
      const kind = ref.name === 'w:headerReference' ? 'header' : ref.name === 'w:footerReference' ? 'footer' : undefined;
      if (!kind) continue;
      const rel = relById.get(ref.attrs['r:id'] ?? '');
      if (!rel || rel.external || !pkg.zip.has(rel.target)) continue;
      const type = ref.attrs['w:type'] ?? 'default';
      inherited[kind].set(type, readHeaderFooter(kind, type, pkg.zip.get(rel.target)!.name));
    }
    const order = (m: Map<string, HeaderFooterPart>) =>
      ['default', 'even', 'first', ...[...m.keys()].filter((k) => !['default', 'even', 'first'].includes(k))]
        .filter((k) => m.has(k)).map((k) => m.get(k)!);
    return { page: pageSetup(sectPr), headers: order(inherited.header), footers: order(inherited.footer), endLine };
  });

  const comments: Comment[] = [];
  const commentsRoot = pkg.xml(relPart('/comments') ?? '');
  for (const c of commentsRoot?.children ?? []) {
    if (c.name !== 'w:comment') continue;
    const story = new StoryWalker(styles, { listLevels: numbering });
    for (const b of c.children) story.block(b, 'body');
    const comment: Comment = { id: c.attrs['w:id'] ?? '', text: story.lines.map((l) => l.value).join('\n') };
    if (c.attrs['w:author']) comment.author = c.attrs['w:author'];
    comments.push(comment);
  }

  return {
    lines: walker.lines,
    docx: { sections, evenAndOddHeaders, comments, trackedChanges, parts: pkg.zip.names, styles: styles.paragraphStyles() },
  };
}
