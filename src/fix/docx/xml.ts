/**
 * Just enough XML for minimal edits: a tokenizer that records exact string offsets of every element,
 * a light element tree, and helpers that rebuild one start tag or one property container while
 * keeping every other byte as it was. OOXML parts are well-formed, so no recovery is attempted; the
 * fixer checks its output with saxes before writing it.
 */
import { SaxesParser } from 'saxes';

export interface XmlElement {
  name: string;
  /** Offset of '<' of the start tag. */
  start: number;
  /** Offset just after the start tag's '>'. */
  openEnd: number;
  /** Offset of '<' of the end tag (= openEnd for a self-closing element). */
  closeStart: number;
  /** Offset just after the end tag (= openEnd for a self-closing element). */
  end: number;
  selfClosing: boolean;
  parent?: XmlElement;
  children: XmlElement[];
}

export function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: '#root', start: 0, openEnd: 0, closeStart: xml.length, end: xml.length, selfClosing: false, children: [] };
  let cur = root;
  let i = xml.indexOf('<');
  while (i >= 0 && i < xml.length) {
    if (xml.startsWith('<!--', i)) { i = xml.indexOf('-->', i) + 3; }
    else if (xml.startsWith('<![CDATA[', i)) { i = xml.indexOf(']]>', i) + 3; }
    else if (xml.startsWith('<?', i)) { i = xml.indexOf('?>', i) + 2; }
    else if (xml.startsWith('<!', i)) { i = xml.indexOf('>', i) + 1; }
    else if (xml[i + 1] === '/') {
      const close = xml.indexOf('>', i);
      cur.closeStart = i;
      cur.end = close + 1;
      cur = cur.parent ?? root;
      i = close + 1;
    } else {
      // start tag: scan to '>' outside quotes
      let j = i + 1;
      let q = '';
      for (; j < xml.length; j++) {
        const c = xml[j];
        if (q) { if (c === q) q = ''; }
        else if (c === '"' || c === "'") q = c;
        else if (c === '>') break;
      }
      const selfClosing = xml[j - 1] === '/';
      const name = /^<([^\s/>]+)/.exec(xml.slice(i, Math.min(j + 1, i + 200)))![1];
      const el: XmlElement = { name, start: i, openEnd: j + 1, closeStart: j + 1, end: j + 1, selfClosing, parent: cur, children: [] };
      cur.children.push(el);
      if (!selfClosing) cur = el;
      i = j + 1;
    }
    if (i <= 0) break;
    i = xml.indexOf('<', i);
  }
  return root;
}

export function child(el: XmlElement, name: string): XmlElement | undefined {
  return el.children.find((c) => c.name === name);
}

export function* descendants(el: XmlElement, skip?: (e: XmlElement) => boolean): Generator<XmlElement> {
  for (const c of el.children) {
    if (skip?.(c)) continue;
    yield c;
    yield* descendants(c, skip);
  }
}

const ATTR = /([^\s=/>]+)\s*=\s*("[^"]*"|'[^']*')/g;

export function attrs(xml: string, el: XmlElement): Map<string, string> {
  const tag = xml.slice(el.start, el.openEnd);
  const out = new Map<string, string>();
  for (const m of tag.slice(el.name.length + 1).matchAll(ATTR)) out.set(m[1], unescapeXml(m[2].slice(1, -1)));
  return out;
}

/** Rebuilds a start tag with some attributes set (string) or removed (null); others keep their bytes. */
export function setAttrsInTag(tag: string, name: string, changes: Record<string, string | null>): string {
  const selfClosing = /\/\s*>$/.test(tag);
  const body = tag.slice(name.length + 1, tag.length - (selfClosing ? 2 : 1)).replace(/\/\s*$/, '');
  const kept: string[] = [];
  const done = new Set<string>();
  for (const m of body.matchAll(ATTR)) {
    const key = m[1];
    if (key in changes) {
      const v = changes[key];
      done.add(key);
      if (v !== null) kept.push(`${key}="${escapeXml(v)}"`);
    } else kept.push(m[0]);
  }
  for (const [k, v] of Object.entries(changes)) if (!done.has(k) && v !== null) kept.push(`${k}="${escapeXml(v)}"`);
  return `<${name}${kept.length ? ' ' + kept.join(' ') : ''}${selfClosing ? '/>' : '>'}`;
}

export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function unescapeXml(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos|#x[0-9a-fA-F]+|#\d+);/g, (_, e: string) => {
    switch (e) {
      case 'lt': return '<';
      case 'gt': return '>';
      case 'amp': return '&';
      case 'quot': return '"';
      case 'apos': return "'";
      default: return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    }
  });
}

/**
 * A property container (w:rPr, w:pPr, w:sectPr, w:settings) as a list of raw children, so one child
 * can be replaced or inserted at its schema position and the rest kept byte for byte.
 */
export class Container {
  /** Raw child strings, each with the whitespace before it. */
  items: Array<{ name: string; raw: string }> = [];
  tail = '';
  constructor(public openTag: string, public closeTag: string, private order: string[]) {}

  static of(xml: string, el: XmlElement, order: string[]): Container {
    if (el.selfClosing) {
      const open = xml.slice(el.start, el.openEnd).replace(/\s*\/>$/, '>');
      return new Container(open, `</${el.name}>`, order);
    }
    const c = new Container(xml.slice(el.start, el.openEnd), xml.slice(el.closeStart, el.end), order);
    let p = el.openEnd;
    for (const ch of el.children) {
      c.items.push({ name: ch.name, raw: xml.slice(p, ch.end) });
      p = ch.end;
    }
    c.tail = xml.slice(p, el.closeStart);
    return c;
  }

  static empty(name: string, order: string[]): Container {
    return new Container(`<${name}>`, `</${name}>`, order);
  }

  get(name: string): string | undefined {
    return this.items.find((i) => i.name === name)?.raw;
  }

  remove(name: string): void {
    this.items = this.items.filter((i) => i.name !== name);
  }

  /** Replaces the child `name` or inserts it before the first child that comes after it in the schema. */
  set(name: string, raw: string): void {
    const at = this.items.findIndex((i) => i.name === name);
    if (at >= 0) {
      const ws = /^\s*/.exec(this.items[at].raw)![0];
      this.items[at] = { name, raw: ws + raw };
      return;
    }
    const rank = this.order.indexOf(name);
    let pos = this.items.length;
    if (rank >= 0) {
      for (let k = 0; k < this.items.length; k++) {
        const r = this.order.indexOf(this.items[k].name);
        if (r > rank) { pos = k; break; }
      }
    }
    this.items.splice(pos, 0, { name, raw });
  }

  /** Sets attributes on child `name` (created empty when missing). */
  setAttrs(name: string, changes: Record<string, string | null>): void {
    const existing = this.get(name);
    const tag = existing ? existing.trim() : `<${name}/>`;
    if (existing && !/^<[^>]*\/>$/.test(tag)) {
      // a child with content (rare for these): only rewrite its start tag
      const open = /^<[^>]*>/.exec(tag)![0];
      this.set(name, setAttrsInTag(open, name, changes) + tag.slice(open.length));
      return;
    }
    this.set(name, setAttrsInTag(tag, name, changes));
  }

  toString(): string {
    return this.openTag + this.items.map((i) => i.raw).join('') + this.tail + this.closeTag;
  }
}

export const RPR_ORDER = [
  'w:rStyle', 'w:rFonts', 'w:b', 'w:bCs', 'w:i', 'w:iCs', 'w:caps', 'w:smallCaps', 'w:strike', 'w:dstrike', 'w:outline',
  'w:shadow', 'w:emboss', 'w:imprint', 'w:noProof', 'w:snapToGrid', 'w:vanish', 'w:webHidden', 'w:color', 'w:spacing',
  'w:w', 'w:kern', 'w:position', 'w:sz', 'w:szCs', 'w:highlight', 'w:u', 'w:effect', 'w:bdr', 'w:shd', 'w:fitText',
  'w:vertAlign', 'w:rtl', 'w:cs', 'w:em', 'w:lang', 'w:eastAsianLayout', 'w:specVanish', 'w:oMath', 'w:rPrChange',
];

export const PPR_ORDER = [
  'w:pStyle', 'w:keepNext', 'w:keepLines', 'w:pageBreakBefore', 'w:framePr', 'w:widowControl', 'w:numPr',
  'w:suppressLineNumbers', 'w:pBdr', 'w:shd', 'w:tabs', 'w:suppressAutoHyphens', 'w:kinsoku', 'w:wordWrap',
  'w:overflowPunct', 'w:topLinePunct', 'w:autoSpaceDE', 'w:autoSpaceDN', 'w:bidi', 'w:adjustRightInd', 'w:snapToGrid',
  'w:spacing', 'w:ind', 'w:contextualSpacing', 'w:mirrorIndents', 'w:suppressOverlap', 'w:jc', 'w:textDirection',
  'w:textAlignment', 'w:textboxTightWrap', 'w:outlineLvl', 'w:divId', 'w:cnfStyle', 'w:rPr', 'w:sectPr', 'w:pPrChange',
];

export const STYLE_ORDER = [
  'w:name', 'w:aliases', 'w:basedOn', 'w:next', 'w:link', 'w:autoRedefine', 'w:hidden', 'w:uiPriority', 'w:semiHidden',
  'w:unhideWhenUsed', 'w:qFormat', 'w:locked', 'w:personal', 'w:personalCompose', 'w:personalReply', 'w:rsid', 'w:pPr',
  'w:rPr', 'w:tblPr', 'w:trPr', 'w:tcPr', 'w:tblStylePr',
];

export const SECTPR_ORDER = [
  'w:headerReference', 'w:footerReference', 'w:footnotePr', 'w:endnotePr', 'w:type', 'w:pgSz', 'w:pgMar', 'w:paperSrc',
  'w:pgBorders', 'w:lnNumType', 'w:pgNumType', 'w:cols', 'w:formProt', 'w:vAlign', 'w:noEndnote', 'w:titlePg',
  'w:textDirection', 'w:bidi', 'w:rtlGutter', 'w:docGrid', 'w:printerSettings', 'w:sectPrChange',
];

export const SETTINGS_ORDER = [
  'w:writeProtection', 'w:view', 'w:zoom', 'w:removePersonalInformation', 'w:removeDateAndTime',
  'w:doNotDisplayPageBoundaries', 'w:displayBackgroundShape', 'w:printPostScriptOverText',
  'w:printFractionalCharacterWidth', 'w:printFormsData', 'w:embedTrueTypeFonts', 'w:embedSystemFonts',
  'w:saveSubsetFonts', 'w:saveFormsData', 'w:mirrorMargins', 'w:alignBordersAndEdges', 'w:bordersDoNotSurroundHeader',
  'w:bordersDoNotSurroundFooter', 'w:gutterAtTop', 'w:hideSpellingErrors', 'w:hideGrammaticalErrors',
  'w:activeWritingStyle', 'w:proofState', 'w:formsDesign', 'w:attachedTemplate', 'w:linkStyles',
  'w:stylePaneFormatFilter', 'w:stylePaneSortMethod', 'w:documentType', 'w:mailMerge', 'w:revisionView',
  'w:trackRevisions', 'w:doNotTrackMoves', 'w:doNotTrackFormatting', 'w:documentProtection', 'w:autoFormatOverride',
  'w:styleLockTheme', 'w:styleLockQFSet', 'w:defaultTabStop', 'w:autoHyphenation', 'w:consecutiveHyphenLimit',
  'w:hyphenationZone', 'w:doNotHyphenateCaps', 'w:showEnvelope', 'w:summaryLength', 'w:clickAndTypeStyle',
  'w:defaultTableStyle', 'w:evenAndOddHeaders', 'w:bookFoldRevPrinting', 'w:bookFoldPrinting',
  'w:bookFoldPrintingSheets', 'w:drawingGridHorizontalSpacing', 'w:drawingGridVerticalSpacing',
  'w:displayHorizontalDrawingGridEvery', 'w:displayVerticalDrawingGridEvery', 'w:doNotUseMarginsForDrawingGridOrigin',
  'w:drawingGridHorizontalOrigin', 'w:drawingGridVerticalOrigin', 'w:doNotShadeFormData', 'w:noPunctuationKerning',
  'w:characterSpacingControl', 'w:printTwoOnOne', 'w:strictFirstAndLastChars', 'w:noLineBreaksAfter',
  'w:noLineBreaksBefore', 'w:savePreviewPicture', 'w:doNotValidateAgainstSchema', 'w:saveInvalidXml',
  'w:ignoreMixedContent', 'w:alwaysShowPlaceholderText', 'w:doNotDemarcateInvalidXml', 'w:saveXmlDataOnly',
  'w:useXSLTWhenSaving', 'w:saveThroughXslt', 'w:showXMLTags', 'w:alwaysMergeEmptyNamespace', 'w:updateFields',
  'w:hdrShapeDefaults', 'w:footnotePr', 'w:endnotePr', 'w:compat', 'w:docVars', 'w:rsids', 'm:mathPr',
  'w:attachedSchema', 'w:themeFontLang', 'w:clrSchemeMapping', 'w:doNotIncludeSubdocsInStats',
  'w:doNotAutoCompressPictures', 'w:forceUpgrade', 'w:captions', 'w:readModeInkLockDown', 'w:smartTagType',
  'sl:schemaLibrary', 'w:shapeDefaults', 'w:doNotEmbedSmartTags', 'w:decimalSymbol', 'w:listSeparator',
];

/** Whether `xml` is well-formed (a part the reader did not read may not be: it is then left alone). */
export function isWellFormed(xml: string): boolean {
  const parser = new SaxesParser({ xmlns: false });
  let ok = true;
  parser.on('error', () => { ok = false; });
  try { parser.write(xml).close(); } catch { ok = false; }
  return ok;
}

/** Throws when `xml` is not well-formed (checked with saxes before a part is written). */
export function assertWellFormed(xml: string, part: string): void {
  const parser = new SaxesParser({ xmlns: false });
  let error: Error | undefined;
  parser.on('error', (e) => { error ??= e; });
  parser.write(xml).close();
  if (error) throw new Error(`fixDocx produced malformed XML in ${part}: ${error.message}`);
}

/** Applies splices [start, end, text] to a string (non-overlapping, any order), in linear time. */
export function splice(xml: string, edits: Array<[number, number, string]>): string {
  const sorted = [...edits].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: string[] = [];
  let pos = 0;
  for (const [s, e, t] of sorted) {
    if (s < pos) throw new Error('overlapping XML edits');
    out.push(xml.slice(pos, s), t);
    pos = e;
  }
  out.push(xml.slice(pos));
  return out.join('');
}
