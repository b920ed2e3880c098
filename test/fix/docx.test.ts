/**
 * fixDocx: fixes what the format rules found (and the text fixes of the other rules), and nothing
 * else: the fixed file re-checks clean of the fixed findings, paragraph texts are unchanged except the
 * text fixes, untouched parts are byte-identical (down to their compressed zip records), and the file
 * opens in LibreOffice.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { AlignmentType, Paragraph } from 'docx';
import { fixDocx } from '../../src/fix/docx/index.js';
import { fixFile } from '../../src/node/fix.js';
import { readZip } from '../../src/fix/docx/zip.js';
import { lintSync } from '../../src/engine/lint.js';
import { formatRules } from '../../src/rules/format/index.js';
import { buildDocx, font, noticeWith, para, run } from '../rules/format/docx-builder.js';

const fixtures = join(__dirname, '../../fixtures');
const real = join(__dirname, '../../../shared/corpus/docx-real');
const read = (p: string) => new Uint8Array(readFileSync(p));
const config = { preset: 'all' } as const;

function texts(bytes: Uint8Array): string[] {
  const r = lintSync(bytes, { filename: 'x.docx', rules: [], keepTree: true });
  const out: string[] = [];
  const walk = (n: any) => { if (n.type === 'line') out[n.ordinal] = n.value; else n.children?.forEach(walk); };
  walk(r.tree);
  return out;
}

function formatFindings(bytes: Uint8Array) {
  return lintSync(bytes, { filename: 'x.docx', rules: formatRules, config }).messages;
}

/** The checks every fix must pass. */
function roundTrip(bytes: Uint8Array) {
  const before = lintSync(bytes, { filename: 'x.docx', config });
  const { bytes: fixed, changes } = fixDocx(bytes, { filename: 'x.docx', config });
  // 1. the fixed format findings are gone (colour, imprint order and letter rules are not auto-fixed)
  const fixable = new Set(formatRules.filter((r) => r.meta.fixable).map((r) => r.meta.id));
  const after = formatFindings(fixed).filter((m) => fixable.has(m.ruleId));
  // 2. texts equal, except where a text fix applied
  const fixedLines = new Set(before.messages.flatMap((m) => (m.fix ?? []).map((f) => f.line)));
  const t0 = texts(bytes);
  const t1 = texts(fixed);
  expect(t1.length).toBe(t0.length);
  t0.forEach((t, i) => { if (!fixedLines.has(i)) expect(t1[i], `paragraph ${i}`).toBe(t); });
  // 3. untouched parts: same bytes, same compressed records
  const a = unzipSync(bytes);
  const b = unzipSync(fixed);
  const za = new Map(readZip(bytes)!.map((e) => [e.name, e]));
  const zb = new Map(readZip(fixed)!.map((e) => [e.name, e]));
  const touched: string[] = [];
  for (const name of Object.keys(a)) {
    expect(b[name], name).toBeDefined();
    if (Buffer.compare(Buffer.from(a[name]), Buffer.from(b[name])) !== 0) touched.push(name);
    else expect(Buffer.compare(Buffer.from(za.get(name)!.local), Buffer.from(zb.get(name)!.local)), name).toBe(0);
  }
  return { fixed, changes, after, touched, added: Object.keys(b).filter((k) => !(k in a)), before };
}

describe('fixDocx', () => {
  it('leaves a conforming document untouched (same bytes, no changes)', async () => {
    const bytes = read(join(fixtures, 'notice.docx'));
    const r = fixDocx(bytes, { filename: 'notice.docx', config });
    expect(r.changes.filter((c) => c.ruleId?.startsWith('format/'))).toEqual([]);
  });

  it('fixes the planted faults of draft.docx', () => {
    const { changes, after, touched, added } = roundTrip(read(join(fixtures, 'draft.docx')));
    expect(after).toEqual([]);
    expect(changes.map((c) => c.description)).toEqual(expect.arrayContaining([
      '第4段 标题：字体 宋体 → 方正小标宋简体',
      '第6段 正文：字体 宋体 → 仿宋_GB2312',
      '纸张：A4（210 mm×297 mm）',
      '页边距：上37 mm、下35 mm、左28 mm、右26 mm',
      '页码：页脚“— 1 —”，4号宋体，单页居右、双页居左',
    ]));
    expect(touched.sort()).toEqual(['[Content_Types].xml', 'word/_rels/document.xml.rels', 'word/document.xml', 'word/settings.xml']);
    expect(added).toHaveLength(2);
  });

  it('applies text fixes onto the runs, across run boundaries, and keeps other texts', async () => {
    // "如下：" + "。" split over two runs: duplicate-punctuation removes the "。" in the second run.
    const p = new Paragraph({ style: 'GwBody', children: [run('现就有关事项通知如下：'), run('。各区要落实责任,确保安全。')] });
    const bytes = await buildDocx({ children: noticeWith(5, p) });
    const { fixed, changes } = roundTrip(bytes);
    expect(texts(fixed)[5]).toBe('现就有关事项通知如下：各区要落实责任，确保安全。');
    expect(changes.filter((c) => c.line === 5).map((c) => c.ruleId).sort()).toEqual(['punctuation/duplicate-punctuation', 'punctuation/fullwidth-punctuation']);
  });

  it('sets fonts and sizes per element on the runs, keeping their other properties', async () => {
    const children = noticeWith(3, new Paragraph({
      style: 'GwTitle',
      children: [run('东江市人民政府办公室关于做好', { font: font('宋体', '宋体'), size: 36, bold: true }), run('汛期安全工作的通知')],
    }));
    children.splice(5, 1, para('一、落实防汛责任', 'GwBody'));
    const { fixed, after } = roundTrip(await buildDocx({ children }));
    expect(after).toEqual([]);
    const xml = new TextDecoder().decode(unzipSync(fixed)['word/document.xml']);
    expect(xml).toContain('<w:rFonts w:ascii="方正小标宋简体" w:eastAsia="方正小标宋简体" w:hAnsi="方正小标宋简体"/><w:b/><w:bCs/><w:sz w:val="44"/><w:szCs w:val="44"/>');
    // Latin text stays in Times New Roman (unit practice), only the East Asian font changes.
    expect(xml).toContain('<w:r><w:rPr><w:rFonts w:eastAsia="黑体"/></w:rPr><w:t xml:space="preserve">一、落实防汛责任</w:t></w:r>');
  });

  it('splits a run that straddles two parts: 签发人 + name, heading + run-on text', async () => {
    const children = noticeWith(2, para('东政办发〔2024〕7号　　签发人：张三', undefined, { alignment: AlignmentType.CENTER }));
    children.splice(7, 1, para('（一）加强巡查。汛期每天巡查一次重点部位。', 'GwHeading2'));
    const { fixed, after } = roundTrip(await buildDocx({ children }));
    expect(after).toEqual([]);
    const tree = lintSync(fixed, { filename: 'x.docx', rules: [], keepTree: true }).tree!;
    const lines: any[] = [];
    const walk = (n: any) => { if (n.type === 'line') lines[n.ordinal] = n; else n.children?.forEach(walk); };
    walk(tree);
    expect(lines[2].runs.map((r: any) => [r.text, r.fontEastAsia])).toEqual([['东政办发〔2024〕7号　　签发人：', '仿宋_GB2312'], ['张三', '楷体_GB2312']]);
    expect(lines[8].runs.map((r: any) => [r.text, r.fontEastAsia])).toEqual([['（一）加强巡查。', '楷体_GB2312'], ['汛期每天巡查一次重点部位。', '仿宋_GB2312']]);
  });

  it('turns coloured text black and the issuer mark red', async () => {
    const children = noticeWith(1, new Paragraph({ alignment: AlignmentType.CENTER, children: [run('东江市人民政府办公室文件', { font: font('方正小标宋简体'), size: 72, color: '000000' })] }));
    children.splice(6, 1, new Paragraph({ style: 'GwBody', children: [run('各区要落实'), run('防汛行政首长负责制', { color: '0000FF', bold: true }), run('。')] }));
    const { fixed, after, changes } = roundTrip(await buildDocx({ children }));
    expect(after).toEqual([]);
    expect(changes.filter((c) => c.ruleId === 'format/text-color').map((c) => c.description)).toEqual([
      '第1段 文字颜色 000000 → 红色', '第7段 文字颜色 0000FF → 黑色',
    ]);
    expect(new TextDecoder().decode(unzipSync(fixed)['word/document.xml'])).toContain('<w:b/><w:bCs/><w:color w:val="000000"/>');
  });

  it('信函: hides the page number on page 1', async () => {
    // A 函 under the organ's name alone (a "…文件" mark would put it in the 文件格式, page 1 numbered).
    const children = noticeWith(3, para('东江市人民政府办公室关于商请支持防汛物资调运的函', 'GwTitle')).slice(0, 12);
    children.splice(0, 1, new Paragraph({ alignment: AlignmentType.CENTER, children: [run('东江市人民政府办公室', { font: font('方正小标宋简体'), size: 72, color: 'FF0000' })] }));
    const { after, changes } = roundTrip(await buildDocx({ children }));
    expect(after).toEqual([]);
    expect(changes.map((c) => c.description)).toContainEqual(expect.stringContaining('信函首页不显示页码'));
  });

  it('fixes indents and placement', async () => {
    const children = noticeWith(3, para('东江市人民政府办公室关于做好汛期安全工作的通知', 'GwTitle', { alignment: AlignmentType.LEFT }));
    children.splice(6, 1, para('各区要落实防汛行政首长负责制。', 'Normal', { indent: { left: 640, hanging: 640 } }));
    children.splice(10, 1, para('2024年5月6日', 'Normal'));
    const { after, changes } = roundTrip(await buildDocx({ children }));
    expect(after).toEqual([]);
    expect(changes.map((c) => c.description)).toEqual(expect.arrayContaining([
      '第3段 标题：居中', '第7段 正文：首行缩进2字符', '第11段 成文日期：居右（右空四字）',
    ]));
  });

  it('adds page-number footers where there are none, and re-checks clean', async () => {
    const { fixed, after, added } = roundTrip(await buildDocx({ footers: null, evenOdd: false }));
    expect(after).toEqual([]);
    expect(added.sort()).toEqual(['word/footer1.xml', 'word/footer2.xml']);
    const parts = unzipSync(fixed);
    expect(new TextDecoder().decode(parts['word/settings.xml'])).toContain('<w:evenAndOddHeaders/>');
    expect(new TextDecoder().decode(parts['[Content_Types].xml'])).toContain('PartName="/word/footer1.xml"');
  });

  it('gives page 1 its number when "different first page" hid it', async () => {
    const { after, fixed } = roundTrip(await buildDocx({ titlePage: true }));
    expect(after).toEqual([]);
    expect(new TextDecoder().decode(unzipSync(fixed)['word/document.xml'])).toMatch(/<w:footerReference w:type="first" r:id="rIdGwFooter1"\/>/);
  });

  it('does not fix what the config switches off', async () => {
    const bytes = await buildDocx({ page: { size: { width: 12240, height: 15840 } } });
    const r = fixDocx(bytes, { filename: 'x.docx', config: { preset: 'all', rules: { 'format/page-size': 'off' } } });
    expect(r.changes).toEqual([]);
    expect(r.bytes).toBe(bytes);
  });

  it('is idempotent: fixing a fixed file changes nothing more', () => {
    const once = fixDocx(read(join(fixtures, 'draft.docx')), { filename: 'x.docx', config });
    const twice = fixDocx(once.bytes, { filename: 'x.docx', config });
    expect(twice.changes.filter((c) => c.ruleId?.startsWith('format/'))).toEqual([]);
  });

  it('keeps tracked changes, comments and text boxes (features.docx)', () => {
    const bytes = read(join(fixtures, 'features.docx'));
    const { fixed, after, touched } = roundTrip(bytes);
    expect(after).toEqual([]);
    const xml = new TextDecoder().decode(unzipSync(fixed)['word/document.xml']);
    const orig = new TextDecoder().decode(unzipSync(bytes)['word/document.xml']);
    for (const tag of ['<w:ins ', '<w:del ', '<w:commentRangeStart', '<w:txbxContent', '<w:tbl>']) {
      expect(xml.split(tag).length, tag).toBe(orig.split(tag).length);
    }
    expect(touched).toContain('word/document.xml');
    expect(touched).not.toContain('word/comments.xml');
  });
});

describe.skipIf(!existsSync(real))('fixDocx on real documents', () => {
  const files = existsSync(real) ? readdirSync(real).filter((f) => f.endsWith('.docx')) : [];
  it('drops Word\'s numberInDash page-number format, which would draw "- 1 -" inside the new dashes', () => {
    const name = 'Mrered__GongWen-Tamplate-Lite__dist-out.docx';
    if (!files.includes(name)) return;
    const { fixed } = roundTrip(read(join(real, name)));
    const xml = new TextDecoder().decode(unzipSync(fixed)['word/document.xml']);
    expect(xml).not.toContain('numberInDash');
    expect(xml).toMatch(/<w:pgNumType\s*\/>|<w:pgNumType(?![^>]*w:fmt)[^>]*\/>/);
  });

  it.each(files)('%s round-trips', (name) => {
    const { after } = roundTrip(read(join(real, name)));
    // Placement of a framed page number (w:framePr) is not visible to the reader: ignore that one.
    expect(after.filter((m) => !/页码居/.test(m.message))).toEqual([]);
  });
});

const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
describe('fixed files open in LibreOffice', () => {
  it.skipIf(!soffice)('opens every .fixed.docx --fix writes (draft, features, every real file) and converts it to PDF', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gw-fix-'));
    try {
      const inputs = [join(fixtures, 'draft.docx'), join(fixtures, 'features.docx')];
      if (existsSync(real)) inputs.push(...readdirSync(real).filter((f) => f.endsWith('.docx')).map((f) => join(real, f)));
      const written: string[] = [];
      for (const input of inputs) {
        const copy = join(dir, input.replace(/.*\//, ''));
        writeFileSync(copy, read(input));
        // The file as the user gets it: fixFile's output, marked in its zip comment.
        const r = await fixFile(copy, { config });
        expect(r.errors, copy).toEqual([]);
        expect(r.written, copy).toBe(copy.replace(/\.docx$/, '.fixed.docx'));
        written.push(r.written!);
      }
      // One LibreOffice start for all of them.
      execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', join(dir, 'pdf'), ...written], { stdio: 'pipe', timeout: 240_000 });
      for (const w of written) {
        const pdf = readFileSync(join(dir, 'pdf', w.replace(/.*\//, '').replace(/\.docx$/, '.pdf')));
        expect(pdf.subarray(0, 5).toString(), w).toBe('%PDF-');
        expect(pdf.length, w).toBeGreaterThan(1000);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
  it.skipIf(!soffice)('LibreOffice reads the fixed draft as we wrote it (saved back to .docx, it re-checks clean)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gw-fix-'));
    try {
      writeFileSync(join(dir, 'draft.docx'), fixDocx(read(join(fixtures, 'draft.docx')), { filename: 'draft.docx', config }).bytes);
      mkdirSync(join(dir, 'out'));
      execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'docx:MS Word 2007 XML', '--outdir', join(dir, 'out'), join(dir, 'draft.docx')], { stdio: 'pipe', timeout: 120_000 });
      const resaved = read(join(dir, 'out', 'draft.docx'));
      expect(formatFindings(resaved).map((m) => m.message)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
  if (!soffice) it('skipped: soffice (libreoffice-writer-nogui) is not installed', () => {});
});
