/**
 * `--fix` for .docx: rewrites a draft to GB/T 9704 (page setup, fonts and sizes per element, indents,
 * page-number footer, safe text fixes) and leaves every other byte of the package as it was.
 *
 * How: lint the input (the engine's tree gives each paragraph's element and ordinal, the findings say
 * what is wrong), then edit the XML in place: document.xml is tokenised with exact offsets
 * (./xml.ts) and only the property containers (w:rPr, w:pPr, w:sectPr) and the w:t texts that need a
 * change are rebuilt and spliced in. Only what a rule found is fixed, so a rule switched off in the
 * config is never "fixed". Parts that did not change are copied into the new zip byte for byte.
 *
 * Paragraph n (the finding's line) is the n-th w:p under w:body in document order, counting only the
 * branch of an mc:AlternateContent that the reader reads (src/parsers/docx/story.ts) — the reader's
 * count. A paragraph is edited only when its text as read from the XML equals the tree's line value,
 * so a miscount can never edit the wrong paragraph.
 */
import type { Config } from '../../config.js';
import type { LintResult } from '../../engine/messages.js';
import { lintSync } from '../../engine/lint.js';
import type { LintMessage } from '../../engine/messages.js';
import { flattenLines } from '../../engine/lint.js';
import {
  effectiveProfile, expectedSegments, FONT_FAMILIES, HAN, isBlack, isRed, wrongFontRuns, wrongSizeRuns,
  type FontFamily, type Segment,
} from '../../rules/format/shared.js';
import type { Run } from '../../tree/types.js';
import { charTwips } from '../../rules/format/body-indent.js';
import { offGridSpacing } from '../../rules/format/line-grid.js';
import {
  assertWellFormed, attrs, Container, descendants, escapeXml, parseXml, PPR_ORDER, RPR_ORDER, SECTPR_ORDER,
  SETTINGS_ORDER, setAttrsInTag, splice, unescapeXml, type XmlElement,
} from './xml.js';
import { unzipSync } from 'fflate';
import { entryData, readZip, rezipAll, writeZip } from './zip.js';

export interface DocxFixChange {
  /** What changed, in Chinese, e.g. "第3段 标题：字体 宋体 → 方正小标宋简体". */
  description: string;
  /** Paragraph ordinal, when the change is in one paragraph. */
  line?: number;
  ruleId?: string;
}

export interface DocxFixResult {
  bytes: Uint8Array;
  changes: DocxFixChange[];
}

const A4 = { w: 11906, h: 16838 };
const MARGINS = { top: 2098, right: 1474, bottom: 1984, left: 1588 };
const LINE_PITCH = 579;
const FOOTER_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer';
const FOOTER_CT = 'application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml';
const GRID_ELEMENTS = new Set(['paragraph', 'heading', 'addressee', 'attachmentNote', 'issuerSignature', 'issueDate', 'remark']);
const SETTINGS_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings';
const SETTINGS_CT = 'application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml';
const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const dec = new TextDecoder();
const enc = new TextEncoder();

export interface DocxFixOptions {
  config?: Config;
  filename?: string;
  /**
   * The input's lint result with its tree (`lintSync(bytes, { keepTree: true })`), when the caller
   * already has it: saves parsing and linting the document a second time.
   */
  result?: LintResult;
}

export function fixDocx(bytes: Uint8Array, options: DocxFixOptions = {}): DocxFixResult {
  const filename = options.filename ?? 'input.docx';
  const result = options.result?.tree
    ? options.result
    : lintSync(bytes, { filename, config: options.config, keepTree: true });
  const tree = result.tree!;
  const changes: DocxFixChange[] = [];

  // Parts are inflated on demand (only the few XML parts the fixer edits; the reader has already
  // inflated them within its caps, so no zip bomb gets this far).
  const entries = readZip(bytes);
  const files = new Map<string, () => Uint8Array>();
  if (entries) for (const e of entries) files.set(e.name, () => entryData(e));
  else {
    const all = unzipSync(bytes);
    for (const [k, v] of Object.entries(all)) files.set(k, () => v);
  }
  const cache = new Map<string, string>();
  const text = (name: string) => {
    if (!files.has(name)) return undefined;
    if (!cache.has(name)) cache.set(name, dec.decode(files.get(name)!()));
    return cache.get(name);
  };
  const changed = new Map<string, string>();
  const added = new Map<string, string>();

  const docPart = documentPartName(text('_rels/.rels'));
  const docXml = text(docPart);
  if (docXml === undefined) return { bytes, changes };
  const dir = docPart.includes('/') ? docPart.slice(0, docPart.lastIndexOf('/') + 1) : '';

  const fired = new Map<string, LintMessage[]>();
  for (const m of result.messages) {
    const list = fired.get(m.ruleId) ?? [];
    list.push(m);
    fired.set(m.ruleId, list);
  }
  const firedAt = new Set(result.messages.map((m) => `${m.ruleId}@${m.line ?? ''}`));
  const firedOn = (ruleId: string, line: number | undefined) => line !== undefined && firedAt.has(`${ruleId}@${line}`);

  const root = parseXml(docXml);
  const body = [...descendants(root)].find((e) => e.name === 'w:body');
  if (!body) return { bytes, changes };
  const paras = [...walk(docXml, body)].filter((e) => e.name === 'w:p');
  const edits: Array<[number, number, string]> = [];

  // ---- per paragraph: runs (fonts, sizes, text fixes) and paragraph properties
  const profile = effectiveProfile({ tree, profile: options.config?.profile });
  const entriesByLine = new Map<number, ReturnType<typeof flattenLines>[number]>();
  for (const e of flattenLines(tree)) if (e.line.ordinal !== undefined) entriesByLine.set(e.line.ordinal, e);
  const textFixes = new Map<number, Array<{ start: number; end: number; text: string; ruleId: string }>>();
  for (const m of result.messages) {
    for (const f of m.fix ?? []) {
      if (f.line !== f.endLine) continue;
      const list = textFixes.get(f.line) ?? [];
      list.push({ start: f.column - 1, end: f.endColumn - 1, text: f.text, ruleId: m.ruleId });
      textFixes.set(f.line, list);
    }
  }
  const pPrNew = new Map<XmlElement, Container>();

  for (let n = 1; n <= paras.length; n++) {
    const p = paras[n - 1];
    const entry = entriesByLine.get(n);
    const line = entry?.line;
    const runs = paraRuns(docXml, p);
    const mapped = mapText(docXml, runs, line?.value);

    // Text fixes.
    const tf = textFixes.get(n);
    const textTouched = new Set<XmlElement>();
    if (tf && mapped) {
      const applied = applyTextFixes(docXml, mapped, tf, edits, textTouched);
      for (const f of applied) {
        changes.push({ line: n, ruleId: f.ruleId, description: `第${n}段：“${line!.value.slice(f.start, f.end)}” → “${f.text}”` });
      }
    }

    if (!entry || !line) continue;
    // Fonts, sizes and colours, run by run; a run that straddles two parts of the line (签发人：|name,
    // heading|run-on text) is split when it is a plain run (rPr + one w:t).
    const wantFont = firedOn('format/font-family', n);
    const wantSize = firedOn('format/font-size', n);
    const wantColor = firedOn('format/text-color', n);
    if ((wantFont || wantSize || wantColor) && mapped) {
      const segs = wantFont || wantSize ? expectedSegments(entry, profile) : [];
      const badFont = new Map<Segment, Set<Run>>();
      const badSize = new Map<Segment, Set<Run>>();
      for (const seg of segs) {
        badFont.set(seg, new Set(wantFont ? wrongFontRuns(entry, seg) : []));
        badSize.set(seg, new Set(wantSize ? wrongSizeRuns(entry, seg) : []));
      }
      const issuer = entry.element.type === 'issuerMark';
      const logged = new Set<string>();
      const log = (ruleId: string, what: string) => {
        const d = `第${n}段 ${what}`;
        if (!logged.has(d)) { logged.add(d); changes.push({ line: n, ruleId, description: d }); }
      };
      for (const xr of mapped.runs) {
        if (xr.text.trim() === '' || xr.el.selfClosing) continue;
        const end = xr.offset + xr.text.length;
        const tr: Run | undefined = line.runs?.find((r) => xr.offset >= r.offset && xr.offset < r.offset + r.text.length);
        if (!tr) continue;
        const color = wantColor && (issuer ? !isRed(tr.color) : !isBlack(tr.color)) ? (issuer ? 'FF0000' : '000000') : undefined;
        const pieces = segs.filter((g) => g.start < end && g.end > xr.offset);
        const planned = (pieces.length ? pieces : [undefined]).map((seg): { seg: Segment | undefined; text: string; change: RunChange } => {
          const a = seg ? Math.max(seg.start, xr.offset) - xr.offset : 0;
          const b = seg ? Math.min(seg.end, end) - xr.offset : xr.text.length;
          const text = xr.text.slice(a, b);
          const family = seg?.family && badFont.get(seg)!.has(tr) && HAN.test(text) ? seg.family : undefined;
          const size = seg?.size !== undefined && badSize.get(seg)!.has(tr) && text.trim() !== '' ? seg.size : undefined;
          return { seg, text, change: { family, size, color } as RunChange };
        });
        // Neighbouring parts that want the same change stay one run.
        const plan: Array<{ seg: Segment | undefined; text: string; change: RunChange }> = [];
        for (const x of planned) {
          const last = plan[plan.length - 1];
          if (last && JSON.stringify(last.change) === JSON.stringify(x.change)) last.text += x.text;
          else plan.push({ ...x });
        }
        const needed = plan.filter((x) => x.change.family || x.change.size !== undefined || x.change.color);
        if (!needed.length) continue;
        const distinct = new Set(plan.map((x) => JSON.stringify(x.change)));
        if (distinct.size === 1) {
          edits.push(runPropsEdit(docXml, xr.el, plan[0].change, tr.fontAscii));
        } else {
          const ts = xr.el.children.filter((c) => c.name !== 'w:rPr');
          if (ts.length !== 1 || ts[0].name !== 'w:t' || textTouched.has(ts[0])) continue; // not a plain run: leave it
          const open = docXml.slice(xr.el.start, xr.el.openEnd);
          const pieceXml = plan.map((x) => {
            const rPr = rPrString(docXml, xr.el, x.change, tr.fontAscii);
            return `${open}${rPr}<w:t xml:space="preserve">${escapeXml(x.text).replace(/&quot;/g, '"')}</w:t></w:r>`;
          });
          edits.push([xr.el.start, xr.el.end, pieceXml.join('')]);
        }
        for (const x of needed) {
          const label = x.seg?.label ?? '';
          if (x.change.family) log('format/font-family', `${label}：字体 ${tr.fontEastAsia ?? '默认字体'} → ${FONT_FAMILIES[x.change.family].canonical}`);
          if (x.change.size !== undefined) log('format/font-size', `${label}：字号 ${tr.sizeHalfPoints ? tr.sizeHalfPoints / 2 + '磅' : '默认'} → ${x.change.size / 2}磅`);
          if (x.change.color) log('format/text-color', `文字颜色 ${tr.color ?? '自动'} → ${x.change.color === 'FF0000' ? '红色' : '黑色'}`);
        }
      }
    }

    // Paragraph layout.
    const pPrFix: Record<string, Record<string, string | null>> = {};
    if (firedOn('format/body-indent', n)) {
      const twips = 640; // two characters of 3号 (16 pt), the body size; Word reads firstLineChars first
      pPrFix['w:ind'] = {
        'w:firstLineChars': '200', 'w:firstLine': String(twips), 'w:hanging': null, 'w:hangingChars': null,
        ...((line.format?.indentLeft ?? 0) > 0 ? { 'w:left': '0', 'w:leftChars': '0', 'w:start': null, 'w:startChars': null } : {}),
      };
      changes.push({ line: n, ruleId: 'format/body-indent', description: `第${n}段 正文：首行缩进2字符` });
    }
    const alignFired = firedOn('format/paragraph-alignment', entry.element.children[0]?.ordinal);
    if (alignFired) {
      const t = entry.element.type;
      if (t === 'title') {
        pPrFix['w:jc'] = { 'w:val': 'center' };
        changes.push({ line: n, ruleId: 'format/paragraph-alignment', description: `第${n}段 ${entry.block === 'attachment' ? '附件标题' : '标题'}：居中` });
      } else if (t === 'addressee' || t === 'attachmentLabel') {
        pPrFix['w:ind'] = {
          'w:firstLineChars': '0', 'w:firstLine': '0', 'w:hanging': null, 'w:hangingChars': null, 'w:left': '0',
          'w:leftChars': '0', 'w:start': null, 'w:startChars': null,
        };
        const a = line.format?.alignment;
        if (a && /^(center|right|end|distribute)$/.test(a)) pPrFix['w:jc'] = { 'w:val': 'left' };
        changes.push({ line: n, ruleId: 'format/paragraph-alignment', description: `第${n}段 ${t === 'addressee' ? '主送机关' : '附件标识'}：居左顶格` });
      } else if (profile === 'order' && /^\s*第\s*[\d〇零一二三四五六七八九十百千]+\s*号\s*$/.test(line.value)) {
        pPrFix['w:jc'] = { 'w:val': 'center' };
        changes.push({ line: n, ruleId: 'format/paragraph-alignment', description: `第${n}段 令号：居中` });
      } else if (t === 'issueDate' || t === 'issuerSignature') {
        pPrFix['w:jc'] = { 'w:val': 'right' };
        if (!line.format?.indentRight) pPrFix['w:ind'] = { 'w:rightChars': '400', 'w:right': String(4 * charTwips(line)) };
        changes.push({ line: n, ruleId: 'format/paragraph-alignment', description: `第${n}段 ${t === 'issueDate' ? '成文日期' : '发文机关署名'}：居右（右空四字）` });
      }
    }
    if (fired.has('format/line-grid') && GRID_ELEMENTS.has(entry.element.type) && entry.block !== 'imprintBlock'
      && offGridSpacing(line.format) && (line.container ?? 'body') === 'body') {
      pPrFix['w:spacing'] = { 'w:line': String(LINE_PITCH), 'w:lineRule': 'exact' };
      changes.push({ line: n, ruleId: 'format/line-grid', description: `第${n}段：行距固定值${LINE_PITCH / 20}磅` });
    }
    if (Object.keys(pPrFix).length && mapped) { // mapped: the w:p is certainly the paragraph the finding is about
      const pPr = p.children.find((c) => c.name === 'w:pPr');
      const c = pPr ? Container.of(docXml, pPr, PPR_ORDER) : Container.empty('w:pPr', PPR_ORDER);
      for (const [name, a] of Object.entries(pPrFix)) c.setAttrs(name, a);
      pPrNew.set(pPr ?? p, c);
    }
  }

  // ---- sections: page setup and page-number footers
  const fixSize = fired.has('format/page-size');
  const fixMargins = fired.has('format/page-margins');
  const fixGrid = fired.has('format/line-grid');
  const pn = (fired.get('format/page-number') ?? []).filter((m) => !/10\.1/.test(m.message));
  const letterFirst = profile === 'letter' && (fired.get('format/page-number') ?? []).some((m) => /10\.1/.test(m.message));
  let footerIds: { odd: string; even: string; blank?: string } | undefined;
  if (pn.length > 0 || letterFirst) footerIds = addFooterParts(files, text, changed, added, dir, docPart, letterFirst);
  const rootTag = docXml.slice(root.children[0]?.start ?? 0, root.children[0]?.openEnd ?? 0);
  const rDecl = /\sxmlns:r=/.test(rootTag) ? '' : ` xmlns:r="${R_NS}"`;
  const sectPrs = [...walk(docXml, root, (e) => e.name === 'w:sectPrChange')].filter((e) => e.name === 'w:sectPr');
  const sectNew = new Map<XmlElement, string>();
  for (const s of sectPrs) {
    if (!fixSize && !fixMargins && !fixGrid && !footerIds) break;
    const c = Container.of(docXml, s, SECTPR_ORDER);
    const a = (name: string) => {
      const el = s.children.find((x) => x.name === name);
      return el ? attrs(docXml, el) : new Map<string, string>();
    };
    const landscape = a('w:pgSz').get('w:orient') === 'landscape';
    if (fixSize) c.setAttrs('w:pgSz', landscape ? { 'w:w': String(A4.h), 'w:h': String(A4.w) } : { 'w:w': String(A4.w), 'w:h': String(A4.h) });
    if (fixMargins && !landscape) {
      const gutter = Number(a('w:pgMar').get('w:gutter') ?? 0) || 0;
      c.setAttrs('w:pgMar', {
        'w:top': String(MARGINS.top), 'w:right': String(MARGINS.right), 'w:bottom': String(MARGINS.bottom),
        'w:left': String(Math.max(0, MARGINS.left - gutter)),
        ...(a('w:pgMar').has('w:header') ? {} : { 'w:header': '851' }),
        ...(a('w:pgMar').has('w:footer') ? {} : { 'w:footer': '992' }),
      });
    }
    if (fixGrid) {
      const type = a('w:docGrid').get('w:type');
      c.setAttrs('w:docGrid', { 'w:type': type && type !== 'default' ? type : 'lines', 'w:linePitch': String(LINE_PITCH) });
    }
    if (footerIds) {
      const letter = profile === 'letter';
      const refType = (raw: string) => /w:type\s*=\s*["'](\w+)["']/.exec(raw)?.[1] ?? 'default';
      const defaultHeader = c.items.find((i) => i.name === 'w:headerReference' && refType(i.raw) === 'default');
      const hasEvenHeader = c.items.some((i) => i.name === 'w:headerReference' && refType(i.raw) === 'even');
      const blankFirst = footerIds.blank && s === sectPrs[0];
      c.items = c.items.filter((i) => i.name !== 'w:footerReference' || (letter && !blankFirst && refType(i.raw) === 'first'));
      if (blankFirst) c.set('w:titlePg', '<w:titlePg/>');
      // A number format on the section (Word's numberInDash "- 1 -", Roman, Chinese counting …) would
      // be drawn inside our dashes: page numbers are plain Arabic digits.
      const fmt = a('w:pgNumType').get('w:fmt');
      if (fmt && fmt !== 'decimal') c.setAttrs('w:pgNumType', { 'w:fmt': null });
      const firstFooter = !letter && /<w:titlePg(\s[^>]*)?\/>/.test(c.toString()) && !/w:val\s*=\s*["'](0|false)["']/.test(c.get('w:titlePg') ?? '');
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
  }
  if (fixSize) changes.push({ ruleId: 'format/page-size', description: '纸张：A4（210 mm×297 mm）' });
  if (fixMargins) changes.push({ ruleId: 'format/page-margins', description: '页边距：上37 mm、下35 mm、左28 mm、右26 mm' });
  if (fixGrid) changes.push({ ruleId: 'format/line-grid', description: '文档网格：每页22行（行距28.95磅）' });
  if (footerIds) changes.push({ ruleId: 'format/page-number', description: '页码：页脚“— 1 —”，4号宋体，单页居右、双页居左' });
  if (footerIds?.blank) changes.push({ ruleId: 'format/page-number', description: '页码：信函首页不显示页码' });

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
  if (footerIds) {
    const relsPart = `${dir}_rels/${docPart.slice(dir.length)}.rels`;
    const rels = changed.get(relsPart) ?? text(relsPart) ?? '';
    const target = /<Relationship\b[^>]*Type="[^"]*\/settings"[^>]*>/.exec(rels)?.[0];
    const settingsPart = target ? `${dir}${/Target="([^"]+)"/.exec(target)![1].replace(/^\//, '')}` : `${dir}settings.xml`;
    const settings = text(settingsPart);
    if (settings === undefined && !target && !files.has(settingsPart)) {
      // No settings part at all: add one that only turns on odd/even footers.
      added.set(settingsPart, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings xmlns:w="${W_NS}"><w:evenAndOddHeaders/></w:settings>`);
      let k = 1;
      while (rels.includes(`"rIdGwSettings${k}"`)) k++;
      changed.set(relsPart, rels.replace(/<\/Relationships>\s*$/, `<Relationship Id="rIdGwSettings${k}" Type="${SETTINGS_TYPE}" Target="${settingsPart.slice(dir.length)}"/></Relationships>`));
      const types = changed.get('[Content_Types].xml') ?? text('[Content_Types].xml') ?? '';
      changed.set('[Content_Types].xml', types.replace(/<\/Types>\s*$/, `<Override PartName="/${settingsPart}" ContentType="${SETTINGS_CT}"/></Types>`));
    }
    if (settings !== undefined && !/<w:evenAndOddHeaders(\s[^>]*)?\/>/.test(settings.replace(/<w:evenAndOddHeaders[^>]*w:val="(0|false)"[^>]*\/>/, ''))) {
      const sroot = parseXml(settings);
      const el = sroot.children.find((e) => e.name === 'w:settings');
      if (el) {
        const c = Container.of(settings, el, SETTINGS_ORDER);
        c.set('w:evenAndOddHeaders', '<w:evenAndOddHeaders/>');
        changed.set(settingsPart, settings.slice(0, el.start) + c.toString() + settings.slice(el.end));
      }
    }
  }

  if (!changed.size && !added.size) return { bytes, changes };
  for (const [name, xml] of [...changed, ...added]) assertWellFormed(xml, name);
  const changedBytes = new Map([...changed].map(([k, v]) => [k, enc.encode(v)] as [string, Uint8Array]));
  const addedBytes = new Map([...added].map(([k, v]) => [k, enc.encode(v)] as [string, Uint8Array]));
  const out = entries ? writeZip(entries, changedBytes, addedBytes) : rezipAll(bytes, changedBytes, addedBytes);
  return { bytes: out, changes };
}

// ---------------------------------------------------------------------------------------------

function documentPartName(rels: string | undefined): string {
  const m = rels && /<Relationship\b[^>]*Type="[^"]*\/officeDocument"[^>]*>/.exec(rels);
  const target = m && /Target="([^"]+)"/.exec(m[0])?.[1];
  return target ? target.replace(/^\//, '') : 'word/document.xml';
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

function applyTextFixes(
  xml: string,
  mapped: Mapped,
  fixes: Array<{ start: number; end: number; text: string; ruleId: string }>,
  edits: Array<[number, number, string]>,
  touchedOut: Set<XmlElement>,
) {
  const sorted = [...fixes].sort((a, b) => b.start - a.start || b.end - a.end);
  const newText = new Map<TextSeg, string>();
  const applied: typeof fixes = [];
  let limit = Infinity;
  for (const f of sorted) {
    if (f.end > limit) continue; // overlapping: skip
    const touched = mapped.segs.filter((s) => (s.end > f.start && s.start < f.end) || (f.start === f.end && s.start <= f.start && f.start <= s.end && s.t));
    if (!touched.length || touched.some((s) => !s.t)) continue;
    touched.forEach((s, k) => {
      const cur = newText.get(s) ?? s.text;
      const a = Math.max(0, f.start - s.start);
      const b = Math.min(s.end, f.end) - s.start;
      newText.set(s, cur.slice(0, a) + (k === 0 ? f.text : '') + cur.slice(Math.max(a, b)));
    });
    applied.push(f);
    limit = f.start;
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

interface RunChange {
  family?: FontFamily;
  size?: number;
  color?: string;
}

/** The rPr of run `run` with the font family, size and/or colour set; the rest of the rPr kept. */
function rPrString(xml: string, run: XmlElement, change: RunChange, ascii?: string): string {
  const rPr = run.children.find((c) => c.name === 'w:rPr');
  const c = rPr ? Container.of(xml, rPr, RPR_ORDER) : Container.empty('w:rPr', RPR_ORDER);
  if (change.family) {
    const name = FONT_FAMILIES[change.family].canonical;
    // Digits and Latin in Times New Roman are unit practice: keep them.
    const keepLatin = /^times new roman$/i.test(ascii ?? '');
    c.setAttrs('w:rFonts', {
      'w:eastAsia': name, 'w:eastAsiaTheme': null,
      ...(keepLatin ? {} : { 'w:ascii': name, 'w:hAnsi': name, 'w:asciiTheme': null, 'w:hAnsiTheme': null }),
    });
  }
  if (change.size !== undefined) {
    c.set('w:sz', `<w:sz w:val="${change.size}"/>`);
    c.set('w:szCs', `<w:szCs w:val="${change.size}"/>`);
  }
  if (change.color) c.setAttrs('w:color', { 'w:val': change.color, 'w:themeColor': null, 'w:themeShade': null, 'w:themeTint': null });
  return rPr || change.family || change.size !== undefined || change.color ? c.toString() : '';
}

function runPropsEdit(xml: string, run: XmlElement, change: RunChange, ascii?: string): [number, number, string] {
  const rPr = run.children.find((c) => c.name === 'w:rPr');
  const str = rPrString(xml, run, change, ascii);
  return rPr ? [rPr.start, rPr.end, str] : [run.openEnd, run.openEnd, str];
}

function footerXml(side: 'right' | 'left'): string {
  const rPr = '<w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体" w:eastAsia="宋体" w:cs="宋体"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr>';
  const ind = side === 'right' ? '<w:ind w:right="280" w:rightChars="100"/>' : '<w:ind w:left="280" w:leftChars="100"/>';
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    + '<w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    + `<w:p><w:pPr>${ind}<w:jc w:val="${side}"/></w:pPr>`
    + `<w:r>${rPr}<w:t xml:space="preserve">— </w:t></w:r>`
    + `<w:r>${rPr}<w:fldChar w:fldCharType="begin"/></w:r>`
    + `<w:r>${rPr}<w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>`
    + `<w:r>${rPr}<w:fldChar w:fldCharType="separate"/></w:r>`
    + `<w:r>${rPr}<w:t>1</w:t></w:r>`
    + `<w:r>${rPr}<w:fldChar w:fldCharType="end"/></w:r>`
    + `<w:r>${rPr}<w:t xml:space="preserve"> —</w:t></w:r>`
    + '</w:p></w:ftr>';
}

/** Adds two footer parts (odd: right, even: left), their relationships and content types. */
function addFooterParts(
  files: Map<string, unknown>,
  text: (name: string) => string | undefined,
  changed: Map<string, string>,
  added: Map<string, string>,
  dir: string,
  docPart: string,
  withBlank = false,
): { odd: string; even: string; blank?: string } | undefined {
  const relsPart = `${dir}_rels/${docPart.slice(dir.length)}.rels`;
  const rels = text(relsPart);
  const types = text('[Content_Types].xml');
  if (rels === undefined || types === undefined) return undefined;
  let k = 1;
  const free = () => {
    while (files.has(`${dir}footer${k}.xml`) || added.has(`${dir}footer${k}.xml`)) k++;
    return `footer${k}.xml`;
  };
  const odd = free();
  added.set(`${dir}${odd}`, footerXml('right'));
  const even = free();
  added.set(`${dir}${even}`, footerXml('left'));
  let blank: string | undefined;
  if (withBlank) {
    blank = free();
    added.set(`${dir}${blank}`, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
      + '<w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p/></w:ftr>');
  }
  const names = [odd, even, ...(blank ? [blank] : [])];
  let id = 1;
  const ids: string[] = [];
  while (ids.length < names.length) {
    const candidate = `rIdGwFooter${id++}`;
    if (!rels.includes(`"${candidate}"`)) ids.push(candidate);
  }
  const relXml = names.map((n, k) => `<Relationship Id="${ids[k]}" Type="${FOOTER_TYPE}" Target="${n}"/>`).join('');
  changed.set(relsPart, rels.replace(/<\/Relationships>\s*$/, `${relXml}</Relationships>`));
  const ct = names.map((n) => `<Override PartName="/${dir}${n}" ContentType="${FOOTER_CT}"/>`).join('');
  changed.set('[Content_Types].xml', types.replace(/<\/Types>\s*$/, `${ct}</Types>`));
  return { odd: ids[0], even: ids[1], ...(blank ? { blank: ids[2] } : {}) };
}

