/**
 * `--fix` for .docx: an applier of the edits the findings carry. Text rules attach text edits
 * (`LintMessage.fix`), format rules attach format edits (`LintMessage.formatFix`, src/fix/model.ts):
 * this module applies both to the package and leaves every other byte as it was. It knows no rule
 * and reads no message text: a rule switched off in the config draws no finding, so nothing of it is
 * "fixed", and a new format rule is fixable the day it attaches edits.
 *
 * How: document.xml is tokenised with exact offsets (./xml.ts) and only the property containers
 * (w:rPr, w:pPr, w:sectPr, a style's w:rPr/w:pPr) and the w:t texts that change are rebuilt and
 * spliced in. Parts that did not change are copied into the new zip byte for byte.
 *
 * Paragraph n is the n-th w:p under w:body in document order, counting only the branch of an
 * mc:AlternateContent that the reader reads (src/parsers/docx/story.ts) — the reader's count. A
 * paragraph is edited only when its text as read from the XML equals the text the edit expects, so a
 * miscount can never edit the wrong paragraph. An edit that cannot be applied is left out, and its
 * finding is not counted as fixed.
 */
import type { Config } from '../../config.js';
import type { LintMessage, LintResult } from '../../engine/messages.js';
import { lintSync } from '../../engine/lint.js';
import { editKey, type FormatEdit, type PageNumberEdit, type ParagraphProps, type RunProps } from '../model.js';
import {
  assertWellFormed, attrs, Container, descendants, escapeXml, parseXml, PPR_ORDER, RPR_ORDER, SECTPR_ORDER,
  SETTINGS_ORDER, isWellFormed, setAttrsInTag, splice, STYLE_ORDER, unescapeXml, type XmlElement,
} from './xml.js';
import { unzipSync } from 'fflate';
import { MAIN_TYPES, resolveTarget } from '../../parsers/docx/index.js';
import { entryData, readZip, rezipAll, writeZip } from './zip.js';

export interface DocxFixChange {
  /** What changed, in Chinese, e.g. "第3段 标题：字体 宋体 → 方正小标宋简体". */
  description: string;
  /** Paragraph ordinal, when the change is in one paragraph. */
  line?: number;
  /** The rule of the (first) finding that asked for it. */
  ruleId?: string;
}

export interface DocxFixResult {
  bytes: Uint8Array;
  changes: DocxFixChange[];
  /** The findings whose every edit was applied: what --fix fixed. */
  fixed: LintMessage[];
  /** Fixable findings (with edits) of which some edit could not be applied. */
  unapplied: LintMessage[];
}

const FOOTER_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer';
const FOOTER_CT = 'application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml';
const SETTINGS_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings';
const SETTINGS_CT = 'application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml';
const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const dec = new TextDecoder();
const enc = new TextEncoder();

export interface DocxFixOptions {
  config?: Config;
  filename?: string;
  /** The input's lint result, when the caller already has it: saves linting the document a second time. */
  result?: LintResult;
}

/** Lints (unless given the result) and applies the findings' edits. */
export function fixDocx(bytes: Uint8Array, options: DocxFixOptions = {}): DocxFixResult {
  const filename = options.filename ?? 'input.docx';
  const result = options.result ?? lintSync(bytes, { filename, config: options.config });
  return applyDocxFixes(bytes, result.messages);
}

/** One unit of work: a text fix of one finding, or one distinct format edit (shared by findings). */
interface Unit {
  messages: LintMessage[];
  applied: boolean;
}

/** Applies the text and format edits carried by `messages` to the package `bytes`. */
export function applyDocxFixes(bytes: Uint8Array, messages: readonly LintMessage[]): DocxFixResult {
  const changes: DocxFixChange[] = [];
  const withEdits = messages.filter((m) => m.fix?.length || m.formatFix?.length);
  const done = (out: Uint8Array): DocxFixResult => {
    const fixed = withEdits.filter((m) => unitsOf.get(m)!.every((u) => u.applied));
    return { bytes: out, changes, fixed, unapplied: withEdits.filter((m) => !fixed.includes(m)) };
  };

  // ---- units: each finding's text fix; each distinct format edit, once for all findings carrying it
  const unitsOf = new Map<LintMessage, Unit[]>();
  const formatUnits = new Map<string, { edit: FormatEdit; unit: Unit }>();
  const textFixes = new Map<number, Array<{ m: LintMessage; unit: Unit }>>();
  for (const m of withEdits) {
    const units: Unit[] = [];
    if (m.fix?.length) {
      const unit: Unit = { messages: [m], applied: false };
      units.push(unit);
      const line = m.fix[0].line;
      if (m.fix.every((f) => f.line === line && f.endLine === line) && m.snippet !== undefined) {
        const list = textFixes.get(line) ?? [];
        list.push({ m, unit });
        textFixes.set(line, list);
      }
    }
    for (const edit of m.formatFix ?? []) {
      const key = editKey(edit);
      let hit = formatUnits.get(key);
      if (!hit) formatUnits.set(key, (hit = { edit, unit: { messages: [], applied: false } }));
      hit.unit.messages.push(m);
      if (!units.includes(hit.unit)) units.push(hit.unit);
    }
    unitsOf.set(m, units);
  }
  if (!withEdits.length) return done(bytes);

  // Parts are inflated on demand (only the few XML parts the fixer edits; the reader has already
  // inflated them within its caps, so no zip bomb gets this far).
  const entries = readZip(bytes);
  const files = new Map<string, () => Uint8Array>();
  if (entries) for (const e of entries) files.set(e.name, () => entryData(e));
  else {
    const all = unzipSync(bytes);
    for (const [k, v] of Object.entries(all)) files.set(k, () => v);
  }
  // Part names as the reader finds them: an exact name, else the same name in another case.
  const lower = new Map([...files.keys()].map((k) => [k.toLowerCase(), k]));
  const has = (name: string) => files.has(name) || lower.has(name.toLowerCase());
  const actual = (name: string) => (files.has(name) ? name : lower.get(name.toLowerCase()) ?? name);
  const cache = new Map<string, string>();
  const text = (wanted: string) => {
    const name = actual(wanted);
    if (!files.has(name)) return undefined;
    if (!cache.has(name)) cache.set(name, dec.decode(files.get(name)!()));
    return cache.get(name);
  };
  const changed = new Map<string, string>();
  const added = new Map<string, string>();

  const found = documentPartName(text('_rels/.rels'), text('[Content_Types].xml'), has);
  if (found === undefined) return done(bytes);
  const docPart = actual(found);
  const docXml = text(docPart)!;
  const dir = docPart.includes('/') ? docPart.slice(0, docPart.lastIndexOf('/') + 1) : '';
  const relsPart = actual(`${dir}_rels/${docPart.slice(dir.length)}.rels`);

  const root = parseXml(docXml);
  const body = [...descendants(root)].find((e) => e.name === 'w:body');
  if (!body) return done(bytes);
  const paras = [...walk(docXml, body)].filter((e) => e.name === 'w:p');
  const edits: Array<[number, number, string]> = [];
  const ruleOf = (u: Unit) => u.messages[0]?.ruleId;
  const logged = new Set<string>();
  const log = (u: Unit, description: string | undefined, line?: number) => {
    if (!description) return;
    const d = line !== undefined ? `第${line}段 ${description}` : description;
    if (logged.has(d)) return;
    logged.add(d);
    changes.push({ ...(line !== undefined ? { line } : {}), ruleId: ruleOf(u), description: d });
  };

  // ---- per paragraph: text fixes, run properties, paragraph properties
  const runEdits = new Map<number, Array<{ edit: Extract<FormatEdit, { kind: 'run' }>; unit: Unit }>>();
  const paraEdits = new Map<number, Array<{ edit: Extract<FormatEdit, { kind: 'paragraph' }>; unit: Unit }>>();
  const sectionEdits: Array<{ edit: Extract<FormatEdit, { kind: 'section' }>; unit: Unit }> = [];
  const styleEdits: Array<{ edit: Extract<FormatEdit, { kind: 'style' }>; unit: Unit }> = [];
  let pageNumbers: { edit: PageNumberEdit; units: Unit[] } | undefined;
  for (const { edit, unit } of formatUnits.values()) {
    switch (edit.kind) {
      case 'run': push(runEdits, edit.paragraph, { edit, unit }); break;
      case 'paragraph': push(paraEdits, edit.paragraph, { edit, unit }); break;
      case 'section': sectionEdits.push({ edit, unit }); break;
      case 'style': styleEdits.push({ edit, unit }); break;
      case 'pageNumbers':
        // Several findings may ask for footers in slightly different words: one set of footers.
        if (!pageNumbers) pageNumbers = { edit, units: [unit] };
        else pageNumbers.units.push(unit);
        break;
      default:
    }
  }
  const lines = new Set([...textFixes.keys(), ...runEdits.keys(), ...paraEdits.keys()]);
  const pPrNew = new Map<XmlElement, Container>();

  for (const n of [...lines].sort((a, b) => a - b)) {
    const p = paras[n - 1];
    if (!p) continue;
    const runs = paraRuns(docXml, p);
    const mappedAs = (value: string) => mapText(docXml, runs, value);

    // Text fixes: a finding's edits all or none; one that overlaps an earlier one waits for the next run.
    const textTouched = new Set<XmlElement>();
    const tf = textFixes.get(n);
    if (tf) {
      const mapped = mappedAs(tf[0].m.snippet!);
      if (mapped) {
        for (const { m, unit, before } of applyTextFixes(docXml, mapped, tf, edits, textTouched)) {
          unit.applied = true;
          m.fix!.forEach((f, k) => changes.push({ line: n, ruleId: m.ruleId, description: `第${n}段：“${before[k]}” → “${f.text}”` }));
        }
      }
    }

    // Run properties: each XML run is cut at the edits' boundaries; a cut run is split when it is a
    // plain run (rPr + one w:t); neighbouring pieces that want the same properties stay one run.
    const re = runEdits.get(n);
    if (re) {
      const ok = re.filter(({ edit }) => mappedAs(edit.expect));
      const mapped = ok.length ? mappedAs(ok[0].edit.expect) : undefined;
      const failed = new Set<Unit>(re.filter((x) => !ok.includes(x)).map((x) => x.unit));
      const touchedAny = new Set<Unit>();
      if (mapped) {
        for (const xr of mapped.runs) {
          if (xr.text === '' || xr.el.selfClosing) continue;
          const end = xr.offset + xr.text.length;
          const over = ok.filter(({ edit }) => edit.start < end && edit.end > xr.offset);
          if (!over.length) continue;
          const cuts = new Set<number>([xr.offset, end]);
          for (const { edit } of over) {
            if (edit.start > xr.offset) cuts.add(edit.start);
            if (edit.end < end) cuts.add(edit.end);
          }
          const bounds = [...cuts].sort((a, b) => a - b);
          const plan: Array<{ text: string; set: RunProps }> = [];
          for (let k = 0; k + 1 < bounds.length; k++) {
            const a = bounds[k];
            const b = bounds[k + 1];
            const set: RunProps = {};
            for (const { edit } of over) if (edit.start <= a && edit.end >= b) Object.assign(set, edit.set);
            const piece = xr.text.slice(a - xr.offset, b - xr.offset);
            const last = plan[plan.length - 1];
            if (last && sameProps(last.set, set)) last.text += piece;
            else plan.push({ text: piece, set });
          }
          if (plan.length === 1) {
            edits.push(runPropsEdit(docXml, xr.el, plan[0].set));
          } else {
            const ts = xr.el.children.filter((c) => c.name !== 'w:rPr');
            if (ts.length !== 1 || ts[0].name !== 'w:t' || textTouched.has(ts[0])) {
              for (const x of over) failed.add(x.unit); // not a plain run: leave it
              continue;
            }
            const open = docXml.slice(xr.el.start, xr.el.openEnd);
            edits.push([xr.el.start, xr.el.end, plan.map((x) =>
              `${open}${rPrString(docXml, xr.el, x.set)}<w:t xml:space="preserve">${escapeXml(x.text).replace(/&quot;/g, '"')}</w:t></w:r>`).join('')]);
          }
          for (const x of over) touchedAny.add(x.unit);
        }
      }
      for (const { edit, unit } of ok) {
        if (failed.has(unit) || !touchedAny.has(unit)) continue;
        unit.applied = true;
        log(unit, edit.description, n);
      }
    }

    // Paragraph properties.
    const pe = paraEdits.get(n)?.filter(({ edit }) => mappedAs(edit.expect));
    if (pe?.length) {
      const pPr = p.children.find((c) => c.name === 'w:pPr');
      const c = pPr ? Container.of(docXml, pPr, PPR_ORDER) : Container.empty('w:pPr', PPR_ORDER);
      for (const { edit, unit } of pe) {
        setParagraphProps(c, edit.set);
        unit.applied = true;
        log(unit, edit.description, n);
      }
      pPrNew.set(pPr ?? p, c);
    }
  }

  // ---- sections: page setup and page-number footers
  let footerIds: { odd: string; even: string; blank?: string } | undefined;
  const pn = pageNumbers?.edit.set;
  if (pn) footerIds = addFooterParts(files, text, changed, added, dir, relsPart, pn);
  const rootTag = docXml.slice(root.children[0]?.start ?? 0, root.children[0]?.openEnd ?? 0);
  const rDecl = /\sxmlns:r=/.test(rootTag) ? '' : ` xmlns:r="${R_NS}"`;
  const sectPrs = [...walk(docXml, root, (e) => e.name === 'w:sectPrChange')].filter((e) => e.name === 'w:sectPr');
  const sectNew = new Map<XmlElement, string>();
  sectPrs.forEach((s, index) => {
    const mine = sectionEdits.filter(({ edit }) => edit.section === index);
    if (!mine.length && !footerIds) return;
    const c = Container.of(docXml, s, SECTPR_ORDER);
    const a = (name: string) => {
      const el = s.children.find((x) => x.name === name);
      return el ? attrs(docXml, el) : new Map<string, string>();
    };
    for (const { edit, unit } of mine) {
      const { pageSize, margins, grid } = edit.set;
      if (pageSize) c.setAttrs('w:pgSz', { 'w:w': String(pageSize.width), 'w:h': String(pageSize.height) });
      if (margins) {
        c.setAttrs('w:pgMar', {
          'w:top': String(margins.top), 'w:right': String(margins.right), 'w:bottom': String(margins.bottom),
          'w:left': String(margins.left),
          ...(margins.header !== undefined && !a('w:pgMar').has('w:header') ? { 'w:header': String(margins.header) } : {}),
          ...(margins.footer !== undefined && !a('w:pgMar').has('w:footer') ? { 'w:footer': String(margins.footer) } : {}),
        });
      }
      if (grid) c.setAttrs('w:docGrid', { 'w:type': grid.type, 'w:linePitch': String(grid.linePitch) });
      unit.applied = true;
      log(unit, edit.description);
    }
    if (footerIds && pn) {
      const refType = (raw: string) => /w:type\s*=\s*["'](\w+)["']/.exec(raw)?.[1] ?? 'default';
      const defaultHeader = c.items.find((i) => i.name === 'w:headerReference' && refType(i.raw) === 'default');
      const hasEvenHeader = c.items.some((i) => i.name === 'w:headerReference' && refType(i.raw) === 'even');
      const blankFirst = footerIds.blank && index === 0;
      const keepFirst = pn.firstPage !== 'number' && !blankFirst;
      c.items = c.items.filter((i) => i.name !== 'w:footerReference' || (keepFirst && refType(i.raw) === 'first'));
      if (blankFirst) c.set('w:titlePg', '<w:titlePg/>');
      // A number format on the section (Word's numberInDash "- 1 -", Roman, Chinese counting …) would
      // be drawn inside our dashes: page numbers are plain Arabic digits.
      const fmt = a('w:pgNumType').get('w:fmt');
      if (fmt && fmt !== 'decimal') c.setAttrs('w:pgNumType', { 'w:fmt': null });
      const firstFooter = pn.firstPage === 'number' && /<w:titlePg(\s[^>]*)?\/>/.test(c.toString())
        && !/w:val\s*=\s*["'](0|false)["']/.test(c.get('w:titlePg') ?? '');
      const refs = [
        `<w:footerReference w:type="default" r:id="${footerIds.odd}"${rDecl}/>`,
        `<w:footerReference w:type="even" r:id="${footerIds.even}"${rDecl}/>`,
        ...(firstFooter ? [`<w:footerReference w:type="first" r:id="${footerIds.odd}"${rDecl}/>`] : []),
        ...(blankFirst ? [`<w:footerReference w:type="first" r:id="${footerIds.blank}"${rDecl}/>`] : []),
      ];
      if (defaultHeader && !hasEvenHeader) {
        const id = /r:id\s*=\s*["']([^"']+)["']/.exec(defaultHeader.raw)?.[1];
        if (id) refs.unshift(`<w:headerReference w:type="even" r:id="${id}"${rDecl}/>`);
      }
      let at = 0;
      c.items.forEach((i, k) => { if (i.name === 'w:headerReference' || i.name === 'w:footerReference') at = k + 1; });
      c.items.splice(at, 0, ...refs.map((raw) => ({ name: raw.startsWith('<w:header') ? 'w:headerReference' : 'w:footerReference', raw })));
    }
    sectNew.set(s, c.toString());
  });
  if (footerIds && pageNumbers && sectPrs.length) {
    for (const u of pageNumbers.units) { u.applied = true; log(u, pageNumbers.edit.description); }
  }

  // pPr containers that hold a changed sectPr take it along; others are spliced alone.
  for (const [s, raw] of sectNew) {
    const holder = s.parent && pPrNew.get(s.parent);
    if (holder) {
      const item = holder.items.find((i) => i.name === 'w:sectPr');
      if (item) item.raw = /^\s*/.exec(item.raw)![0] + raw;
    } else edits.push([s.start, s.end, raw]);
  }
  for (const [el, c] of pPrNew) {
    if (el.name === 'w:p') edits.push([el.openEnd, el.openEnd, c.toString()]);
    else edits.push([el.start, el.end, c.toString()]);
  }
  if (edits.length) changed.set(docPart, splice(docXml, edits));

  // ---- styles
  if (styleEdits.length) {
    const rels = changed.get(relsPart) ?? text(relsPart) ?? '';
    // The styles part the reader read: the first styles relationship whose part exists.
    const stylesPart = relPart(rels, '/styles', docPart, has);
    const stylesXml = stylesPart === undefined ? undefined : text(stylesPart);
    if (stylesXml !== undefined && isWellFormed(stylesXml)) {
      const sroot = parseXml(stylesXml);
      const top = sroot.children.find((e) => e.name === 'w:styles');
      const sedits: Array<[number, number, string]> = [];
      const byStyle = new Map<XmlElement, Container>();
      for (const { edit, unit } of styleEdits) {
        const el = top?.children.find((e) => e.name === 'w:style' && attrs(stylesXml, e).get('w:styleId') === edit.styleId);
        if (!el || el.selfClosing) continue;
        const c = byStyle.get(el) ?? Container.of(stylesXml, el, STYLE_ORDER);
        byStyle.set(el, c);
        if (edit.set.run) {
          const rPr = el.children.find((e) => e.name === 'w:rPr');
          const rc = rPr ? Container.of(stylesXml, rPr, RPR_ORDER) : Container.empty('w:rPr', RPR_ORDER);
          const cur = c.get('w:rPr');
          const rcNow = cur ? Container.of(cur.trim(), parseXml(cur.trim()).children[0], RPR_ORDER) : rc;
          setRunProps(rcNow, edit.set.run);
          c.set('w:rPr', rcNow.toString());
        }
        if (edit.set.paragraph) {
          const cur = c.get('w:pPr');
          const pc = cur ? Container.of(cur.trim(), parseXml(cur.trim()).children[0], PPR_ORDER) : Container.empty('w:pPr', PPR_ORDER);
          setParagraphProps(pc, edit.set.paragraph);
          c.set('w:pPr', pc.toString());
        }
        unit.applied = true;
        log(unit, edit.description);
      }
      for (const [el, c] of byStyle) sedits.push([el.start, el.end, c.toString()]);
      if (sedits.length) changed.set(actual(stylesPart!), splice(stylesXml, sedits));
    }
  }

  if (footerIds && pageNumbers) {
    // Odd and even pages get their own footers only with w:evenAndOddHeaders in the settings part the
    // reader reads (the first settings relationship whose part exists); without one, a new part. When
    // neither can be done (a damaged package), the page-number findings are not counted as fixed.
    let evenOdd = false;
    const rels = changed.get(relsPart) ?? text(relsPart);
    const settingsPart = rels === undefined ? undefined : relPart(rels, '/settings', docPart, has);
    if (settingsPart !== undefined) {
      const settings = text(settingsPart)!;
      const el = isWellFormed(settings) ? parseXml(settings).children.find((e) => e.name === 'w:settings') : undefined;
      if (el && /<w:evenAndOddHeaders(\s[^>]*)?\/>/.test(settings.replace(/<w:evenAndOddHeaders[^>]*w:val=["'](0|false)["'][^>]*\/>/, ''))) evenOdd = true;
      else if (el) {
        const c = Container.of(settings, el, SETTINGS_ORDER);
        c.set('w:evenAndOddHeaders', '<w:evenAndOddHeaders/>');
        changed.set(actual(settingsPart), settings.slice(0, el.start) + c.toString() + settings.slice(el.end));
        evenOdd = true;
      }
    } else if (rels !== undefined && /<\/Relationships>\s*$/.test(rels)) {
      const types = changed.get('[Content_Types].xml') ?? text('[Content_Types].xml');
      if (types !== undefined && /<\/Types>\s*$/.test(types)) {
        // No settings part read: a settings.xml lying there unreferenced is read by no one; ours goes beside it.
        let name = `${dir}settings.xml`;
        for (let k = 2; has(name) || added.has(name); k++) name = `${dir}settings${k}.xml`;
        added.set(name, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings xmlns:w="${W_NS}"><w:evenAndOddHeaders/></w:settings>`);
        let k = 1;
        while (rels.includes(`"rIdGwSettings${k}"`) || rels.includes(`'rIdGwSettings${k}'`)) k++;
        changed.set(relsPart, rels.replace(/<\/Relationships>\s*$/, `<Relationship Id="rIdGwSettings${k}" Type="${SETTINGS_TYPE}" Target="${name.slice(dir.length)}"/></Relationships>`));
        changed.set('[Content_Types].xml', types.replace(/<\/Types>\s*$/, `<Override PartName="/${name}" ContentType="${SETTINGS_CT}"/></Types>`));
        evenOdd = true;
      }
    }
    if (!evenOdd) for (const u of pageNumbers.units) u.applied = false;
  }

  if (!changed.size && !added.size) return done(bytes);
  for (const [name, xml] of [...changed, ...added]) assertWellFormed(xml, name);
  const changedBytes = new Map([...changed].map(([k, v]) => [k, enc.encode(v)] as [string, Uint8Array]));
  const addedBytes = new Map([...added].map(([k, v]) => [k, enc.encode(v)] as [string, Uint8Array]));
  const out = entries ? writeZip(entries, changedBytes, addedBytes) : rezipAll(bytes, changedBytes, addedBytes);
  return done(out);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function sameProps(a: RunProps, b: RunProps): boolean {
  return a.fontEastAsia === b.fontEastAsia && a.fontAscii === b.fontAscii && a.sizeHalfPoints === b.sizeHalfPoints && a.color === b.color;
}

/** Sets paragraph properties on a w:pPr container (see ParagraphProps for the indent rules). */
function setParagraphProps(c: Container, set: ParagraphProps): void {
  if (set.alignment) c.setAttrs('w:jc', { 'w:val': set.alignment });
  const i = set.indent;
  if (i) {
    const ind: Record<string, string | null> = {};
    if (i.firstLineChars !== undefined || i.firstLine !== undefined) {
      if (i.firstLineChars !== undefined) ind['w:firstLineChars'] = String(i.firstLineChars);
      if (i.firstLine !== undefined) ind['w:firstLine'] = String(i.firstLine);
      ind['w:hanging'] = null;
      ind['w:hangingChars'] = null;
    }
    if (i.left !== undefined || i.leftChars !== undefined) {
      if (i.left !== undefined) ind['w:left'] = String(i.left);
      if (i.leftChars !== undefined) ind['w:leftChars'] = String(i.leftChars);
      ind['w:start'] = null;
      ind['w:startChars'] = null;
    }
    if (i.rightChars !== undefined) ind['w:rightChars'] = String(i.rightChars);
    if (i.right !== undefined) ind['w:right'] = String(i.right);
    c.setAttrs('w:ind', ind);
  }
  if (set.spacing) c.setAttrs('w:spacing', { 'w:line': String(set.spacing.line), 'w:lineRule': set.spacing.lineRule });
}

/** Sets run properties on a w:rPr container. */
function setRunProps(c: Container, set: RunProps): void {
  if (set.fontEastAsia || set.fontAscii) {
    c.setAttrs('w:rFonts', {
      ...(set.fontAscii ? { 'w:ascii': set.fontAscii } : {}),
      ...(set.fontEastAsia ? { 'w:eastAsia': set.fontEastAsia, 'w:eastAsiaTheme': null } : {}),
      ...(set.fontAscii ? { 'w:hAnsi': set.fontAscii, 'w:asciiTheme': null, 'w:hAnsiTheme': null } : {}),
    });
  }
  if (set.sizeHalfPoints !== undefined) {
    c.set('w:sz', `<w:sz w:val="${set.sizeHalfPoints}"/>`);
    c.set('w:szCs', `<w:szCs w:val="${set.sizeHalfPoints}"/>`);
  }
  if (set.color) c.setAttrs('w:color', { 'w:val': set.color, 'w:themeColor': null, 'w:themeShade': null, 'w:themeTint': null });
}

/**
 * The part of the first relationship whose Type ends with `typeSuffix` and whose part exists (quotes of
 * either kind): the reader's choice (src/parsers/docx/index.ts), so the fixer edits what was read.
 */
function relPart(rels: string | undefined, typeSuffix: string, source: string, has: (name: string) => boolean): string | undefined {
  if (!rels) return undefined;
  let root: XmlElement;
  try { root = parseXml(rels); } catch { return undefined; }
  for (const el of descendants(root)) {
    if (el.name !== 'Relationship') continue;
    const a = attrs(rels, el);
    const target = a.get('Target');
    if (!(a.get('Type') ?? '').endsWith(typeSuffix) || a.get('TargetMode') === 'External' || !target) continue;
    const part = resolveTarget(source, target);
    if (part && has(part)) return part;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------

/** The main document part, found as the reader finds it: relationship, content type, or the usual name. */
function documentPartName(rels: string | undefined, types: string | undefined, has: (name: string) => boolean): string | undefined {
  const byRel = relPart(rels, '/officeDocument', '', has);
  if (byRel) return byRel;
  if (types) {
    try {
      for (const el of descendants(parseXml(types))) {
        if (el.name !== 'Override') continue;
        const a = attrs(types, el);
        const part = (a.get('PartName') ?? '').replace(/^\/+/, '');
        if (MAIN_TYPES.includes((a.get('ContentType') ?? '').toLowerCase()) && part && has(part)) return part;
      }
    } catch { /* unreadable content types: fall through */ }
  }
  return has('word/document.xml') ? 'word/document.xml' : undefined;
}

/** The walk the reader does: of an mc:AlternateContent only one branch (see src/parsers/docx/story.ts). */
function hasText(xml: string, el: XmlElement): boolean {
  if (el.name === 'w:t' && !el.selfClosing && el.closeStart > el.openEnd) return true;
  return el.children.some((c) => hasText(xml, c));
}

function chosenBranch(xml: string, ac: XmlElement): XmlElement | undefined {
  let firstChoice: XmlElement | undefined;
  let fallback: XmlElement | undefined;
  for (const c of ac.children) {
    if (c.name === 'mc:Choice') {
      if (hasText(xml, c)) return c;
      firstChoice ??= c;
    } else if (c.name === 'mc:Fallback') fallback ??= c;
  }
  if (fallback && hasText(xml, fallback)) return fallback;
  return firstChoice ?? fallback;
}

/** Elements in document order, skipping the mc:AlternateContent branches the reader does not read. */
function* walk(xml: string, el: XmlElement, skip?: (e: XmlElement) => boolean): Generator<XmlElement> {
  for (const c of el.children) {
    if (skip?.(c)) continue;
    if ((c.name === 'mc:Choice' || c.name === 'mc:Fallback') && c.parent && chosenBranch(xml, c.parent) !== c) continue;
    yield c;
    yield* walk(xml, c, skip);
  }
}

const NOT_RUN_CONTENT = new Set(['w:p', 'w:txbxContent', 'w:del', 'w:moveFrom', 'w:pPr']);

/** The runs of a paragraph, in order, not those of nested paragraphs (text boxes) or deletions. */
function paraRuns(xml: string, p: XmlElement): XmlElement[] {
  return [...walk(xml, p, (e) => NOT_RUN_CONTENT.has(e.name))].filter((e) => e.name === 'w:r');
}

interface MappedRun {
  el: XmlElement;
  offset: number;
  text: string;
}
interface TextSeg {
  start: number;
  end: number;
  /** The w:t holding this text, or undefined for a tab/break/symbol (not editable). */
  t?: XmlElement;
  text: string;
}
interface Mapped {
  runs: MappedRun[];
  segs: TextSeg[];
}

/** The text of a run's child as the reader reads it (src/parsers/docx/story.ts). */
function childText(xml: string, c: XmlElement): string | undefined {
  switch (c.name) {
    case 'w:t': return c.selfClosing ? '' : unescapeXml(xml.slice(c.openEnd, c.closeStart));
    case 'w:tab': case 'w:ptab': return '\t';
    case 'w:br': {
      const type = attrs(xml, c).get('w:type');
      return type === 'page' || type === 'column' ? undefined : '\n';
    }
    case 'w:cr': return '\n';
    case 'w:noBreakHyphen': return '\u2011';
    case 'w:sym': {
      const code = parseInt(attrs(xml, c).get('w:char') ?? '', 16);
      return Number.isFinite(code) && code > 0 ? String.fromCharCode(code) : undefined;
    }
    default: return undefined;
  }
}

/** Maps the paragraph's text (as the reader gives it) onto its runs and w:t elements. */
function mapText(xml: string, runs: XmlElement[], value: string | undefined): Mapped | undefined {
  const out: Mapped = { runs: [], segs: [] };
  let pos = 0;
  for (const r of runs) {
    const start = pos;
    let t = '';
    for (const c of r.children) {
      const s = childText(xml, c);
      if (s === undefined) continue;
      out.segs.push({ start: pos, end: pos + s.length, t: c.name === 'w:t' ? c : undefined, text: s });
      pos += s.length;
      t += s;
    }
    out.runs.push({ el: r, offset: start, text: t });
  }
  const full = out.segs.map((s) => s.text).join('');
  return value === undefined || full === value ? out : undefined;
}

/**
 * Applies the text fixes of one paragraph onto its w:t elements: a finding's edits all or none, from
 * the end backwards; a finding whose edits overlap one already taken, or touch a tab, break or symbol,
 * is left for a later run. Returns the findings applied, with the text each edit replaced.
 */
function applyTextFixes(
  xml: string,
  mapped: Mapped,
  fixes: Array<{ m: LintMessage; unit: Unit }>,
  edits: Array<[number, number, string]>,
  touchedOut: Set<XmlElement>,
): Array<{ m: LintMessage; unit: Unit; before: string[] }> {
  const value = mapped.segs.map((x) => x.text).join('');
  const ranges = (m: LintMessage) => m.fix!.map((f) => ({ start: f.column - 1, end: f.endColumn - 1, text: f.text }));
  const sorted = [...fixes].sort((a, b) => Math.min(...ranges(b.m).map((r) => r.start)) - Math.min(...ranges(a.m).map((r) => r.start)));
  const newText = new Map<TextSeg, string>();
  const taken: Array<{ start: number; end: number }> = [];
  const applied: Array<{ m: LintMessage; unit: Unit; before: string[] }> = [];
  const segsOf = (f: { start: number; end: number }) =>
    mapped.segs.filter((s) => (s.end > f.start && s.start < f.end) || (f.start === f.end && s.start <= f.start && f.start <= s.end && s.t));
  for (const x of sorted) {
    const rs = ranges(x.m).sort((a, b) => b.start - a.start || b.end - a.end);
    const clash = rs.some((r, k) => r.start < 0 || r.end > value.length || r.end < r.start
      || (k > 0 && r.end > rs[k - 1].start)
      || taken.some((t) => r.start < t.end && t.start < r.end || (r.start === r.end && r.start === t.start))
      || !segsOf(r).length || segsOf(r).some((s) => !s.t));
    if (clash) continue;
    for (const f of rs) {
      segsOf(f).forEach((s, k) => {
        const cur = newText.get(s) ?? s.text;
        const a = Math.max(0, f.start - s.start);
        const b = Math.min(s.end, f.end) - s.start;
        newText.set(s, cur.slice(0, a) + (k === 0 ? f.text : '') + cur.slice(Math.max(a, b)));
      });
      taken.push(f);
    }
    applied.push({ ...x, before: ranges(x.m).map((r) => value.slice(r.start, r.end)) });
  }
  for (const [s, t] of newText) {
    const el = s.t!;
    touchedOut.add(el);
    const open = xml.slice(el.start, el.openEnd).replace(/\s*\/>$/, '>');
    const needsPreserve = /^\s|\s$/.test(t) && !/xml:space=/.test(open);
    const tag = needsPreserve ? setAttrsInTag(open, 'w:t', { 'xml:space': 'preserve' }) : open;
    edits.push([el.start, el.end, `${tag}${escapeXml(t).replace(/&quot;/g, '"')}</w:t>`]);
  }
  return applied;
}

/** The rPr of run `run` with `set` applied; the rest of the rPr kept. */
function rPrString(xml: string, run: XmlElement, set: RunProps): string {
  const rPr = run.children.find((c) => c.name === 'w:rPr');
  const c = rPr ? Container.of(xml, rPr, RPR_ORDER) : Container.empty('w:rPr', RPR_ORDER);
  const any = !!(set.fontEastAsia || set.fontAscii || set.sizeHalfPoints !== undefined || set.color);
  setRunProps(c, set);
  return rPr || any ? c.toString() : '';
}

function runPropsEdit(xml: string, run: XmlElement, set: RunProps): [number, number, string] {
  const rPr = run.children.find((c) => c.name === 'w:rPr');
  const str = rPrString(xml, run, set);
  return rPr ? [rPr.start, rPr.end, str] : [run.openEnd, run.openEnd, str];
}

type PageNumberSet = PageNumberEdit['set'];

function footerXml(side: 'right' | 'left', pn: PageNumberSet): string {
  const f = escapeXml(pn.font);
  const rPr = `<w:rPr><w:rFonts w:ascii="${f}" w:hAnsi="${f}" w:eastAsia="${f}" w:cs="${f}"/><w:sz w:val="${pn.sizeHalfPoints}"/><w:szCs w:val="${pn.sizeHalfPoints}"/></w:rPr>`;
  const chars = Math.round(pn.indentChars * 100);
  const ind = side === 'right' ? `<w:ind w:right="${pn.indentTwips}" w:rightChars="${chars}"/>` : `<w:ind w:left="${pn.indentTwips}" w:leftChars="${chars}"/>`;
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    + `<w:ftr xmlns:w="${W_NS}">`
    + `<w:p><w:pPr>${ind}<w:jc w:val="${side}"/></w:pPr>`
    + `<w:r>${rPr}<w:t xml:space="preserve">${escapeXml(pn.before)}</w:t></w:r>`
    + `<w:r>${rPr}<w:fldChar w:fldCharType="begin"/></w:r>`
    + `<w:r>${rPr}<w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>`
    + `<w:r>${rPr}<w:fldChar w:fldCharType="separate"/></w:r>`
    + `<w:r>${rPr}<w:t>1</w:t></w:r>`
    + `<w:r>${rPr}<w:fldChar w:fldCharType="end"/></w:r>`
    + `<w:r>${rPr}<w:t xml:space="preserve">${escapeXml(pn.after)}</w:t></w:r>`
    + '</w:p></w:ftr>';
}

/** Adds the footer parts (odd, even, and a blank first-page one when asked), their relationships and content types. */
function addFooterParts(
  files: Map<string, unknown>,
  text: (name: string) => string | undefined,
  changed: Map<string, string>,
  added: Map<string, string>,
  dir: string,
  relsPart: string,
  pn: PageNumberSet,
): { odd: string; even: string; blank?: string } | undefined {
  const rels = text(relsPart);
  const types = text('[Content_Types].xml');
  if (rels === undefined || types === undefined || !/<\/Relationships>\s*$/.test(rels) || !/<\/Types>\s*$/.test(types)) return undefined;
  // A name no part has and no relationship points at: a dangling relationship to a removed
  // footer1.xml (still referenced as the first-page footer) would otherwise show our new footer.
  const named = new Set([...rels.matchAll(/\bTarget\s*=\s*(?:"([^"]*)"|'([^']*)')/g)].map((m) => resolveTarget(relsPart.replace(/_rels\/([^/]*)\.rels$/, '$1'), m[1] ?? m[2]).toLowerCase()));
  let k = 1;
  const taken = (name: string) => files.has(name) || added.has(name) || named.has(name.toLowerCase());
  const free = () => {
    while (taken(`${dir}footer${k}.xml`)) k++;
    return `footer${k}.xml`;
  };
  const odd = free();
  added.set(`${dir}${odd}`, footerXml(pn.odd, pn));
  const even = free();
  added.set(`${dir}${even}`, footerXml(pn.even, pn));
  let blank: string | undefined;
  if (pn.firstPage === 'blank') {
    blank = free();
    added.set(`${dir}${blank}`, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
      + `<w:ftr xmlns:w="${W_NS}"><w:p/></w:ftr>`);
  }
  const names = [odd, even, ...(blank ? [blank] : [])];
  let id = 1;
  const ids: string[] = [];
  while (ids.length < names.length) {
    const candidate = `rIdGwFooter${id++}`;
    if (!rels.includes(`"${candidate}"`) && !rels.includes(`'${candidate}'`)) ids.push(candidate);
  }
  const relXml = names.map((n, k) => `<Relationship Id="${ids[k]}" Type="${FOOTER_TYPE}" Target="${n}"/>`).join('');
  changed.set(relsPart, rels.replace(/<\/Relationships>\s*$/, `${relXml}</Relationships>`));
  const ct = names.map((n) => `<Override PartName="/${dir}${n}" ContentType="${FOOTER_CT}"/>`).join('');
  changed.set('[Content_Types].xml', types.replace(/<\/Types>\s*$/, `${ct}</Types>`));
  return { odd: ids[0], even: ids[1], ...(blank ? { blank: ids[2] } : {}) };
}
