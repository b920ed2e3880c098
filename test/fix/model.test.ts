/**
 * The fix model: format findings carry their edits as plain JSON, and the DOCX fixer applies edits
 * without knowing which rule asked (an edit under an unknown rule id is applied the same way).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { applyDocxFixes, fixDocx } from '../../src/fix/docx/index.js';
import { editKey, type FormatEdit } from '../../src/fix/model.js';
import { lintSync } from '../../src/engine/lint.js';
import type { LintMessage } from '../../src/engine/messages.js';
import { formatSarif } from '../../src/reporters/sarif.js';
import { formatRules } from '../../src/rules/format/index.js';

const fixtures = join(__dirname, '../../fixtures');
const read = (p: string) => new Uint8Array(readFileSync(p));
const config = { preset: 'all' } as const;
const draft = read(join(fixtures, 'draft.docx'));
const xmlOf = (bytes: Uint8Array, part = 'word/document.xml') => new TextDecoder().decode(unzipSync(bytes)[part]);

describe('format findings carry their fixes', () => {
  const result = lintSync(draft, { filename: 'draft.docx', config });
  const format = result.messages.filter((m) => m.ruleId.startsWith('format/'));

  it('every fixable format rule attaches edits to its findings, as plain JSON', () => {
    const fixable = new Set(formatRules.filter((r) => r.meta.fixable).map((r) => r.meta.id));
    expect(format.length).toBeGreaterThan(0);
    for (const m of format.filter((x) => fixable.has(x.ruleId))) {
      expect(m.formatFix?.length, `${m.ruleId}: ${m.message}`).toBeGreaterThan(0);
      expect(JSON.parse(JSON.stringify(m.formatFix))).toEqual(m.formatFix);
    }
  });

  it('addresses runs by paragraph ordinal, expected text and offsets', () => {
    const title = format.find((m) => m.ruleId === 'format/font-family' && m.line === 4)!;
    expect(title.formatFix).toEqual([{
      kind: 'run', paragraph: 4, expect: title.snippet, start: 0, end: title.snippet!.length,
      set: { fontEastAsia: '方正小标宋简体', fontAscii: '方正小标宋简体' }, description: '标题：字体 宋体 → 方正小标宋简体',
    }]);
    const size = format.find((m) => m.ruleId === 'format/page-size')!;
    expect(size.formatFix).toEqual([{ kind: 'section', section: 0, set: { pageSize: { width: 11906, height: 16838 } }, description: '纸张：A4（210 mm×297 mm）' }]);
  });

  it('the same footer edit on three page-number findings is one edit', () => {
    const pn = format.filter((m) => m.ruleId === 'format/page-number');
    expect(pn).toHaveLength(3);
    expect(new Set(pn.map((m) => editKey(m.formatFix![0]))).size).toBe(1);
  });

  it('SARIF carries format edits in result.properties.formatFixes', () => {
    const sarif = JSON.parse(formatSarif([result]));
    const results = sarif.runs[0].results;
    const withFix = results.filter((r: any) => r.properties?.formatFixes);
    expect(withFix.length).toBe(format.filter((m) => m.formatFix).length);
    expect(withFix[0].properties.formatFixes[0].kind).toMatch(/^(run|paragraph|section|pageNumbers|style)$/);
  });
});

describe('the DOCX fixer is an applier', () => {
  it('names no rule and reads no message text', () => {
    const dir = join(__dirname, '../../src/fix/docx');
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.ts'))) {
      const src = readFileSync(join(dir, f), 'utf8');
      expect(src, f).not.toMatch(/'(format|element|punctuation|number|phrasing|typo|consistency|placeholder)\//);
      expect(src, f).not.toMatch(/rules\//);
      expect(src, f).not.toMatch(/\b(m|msg|x)\.message\b/);
    }
  });

  it('applies edits under any rule id', () => {
    const edits: FormatEdit[] = [
      { kind: 'section', section: 0, set: { margins: { top: 2000, right: 1500, bottom: 1900, left: 1600 } } },
      { kind: 'paragraph', paragraph: 6, expect: textOf(6), set: { alignment: 'center', spacing: { line: 579, lineRule: 'exact' } } },
      { kind: 'run', paragraph: 6, expect: textOf(6), start: 0, end: 2, set: { color: '123456' } },
    ];
    const m: LintMessage = { ruleId: 'acme/anything', severity: 'warning', message: 'x', formatFix: edits };
    const out = applyDocxFixes(draft, [m]);
    expect(out.fixed).toEqual([m]);
    const xml = xmlOf(out.bytes);
    expect(xml).toMatch(/<w:pgMar [^>]*w:top="2000"/);
    expect(xml).toContain('<w:color w:val="123456"/>');
    expect(xml).toContain('<w:spacing w:line="579" w:lineRule="exact"/>');
  });

  it('does not edit a paragraph whose text is not the expected one, and says the finding is not fixed', () => {
    const m: LintMessage = {
      ruleId: 'acme/anything', severity: 'warning', message: 'x',
      formatFix: [{ kind: 'paragraph', paragraph: 6, expect: 'something else', set: { alignment: 'center' } }],
    };
    const out = applyDocxFixes(draft, [m]);
    expect(out.fixed).toEqual([]);
    expect(out.unapplied).toEqual([m]);
    expect(out.bytes).toBe(draft);
  });

  it('sets a style\'s run properties', () => {
    const m: LintMessage = {
      ruleId: 'acme/anything', severity: 'warning', message: 'x',
      formatFix: [{ kind: 'style', styleId: styleOf(6), set: { run: { fontEastAsia: '仿宋_GB2312', sizeHalfPoints: 32 } } }],
    };
    const out = applyDocxFixes(draft, [m]);
    expect(out.fixed).toEqual([m]);
    const tree = lintSync(out.bytes, { filename: 'x.docx', rules: [], keepTree: true }).tree!;
    const line = findLine(tree, 6);
    expect(line.format.styleId).toBe(styleOf(6));
  });
});

describe('the fixable count is what --fix fixes', () => {
  it('draft.docx: every fixable finding is fixed, and gone after', () => {
    const before = lintSync(draft, { filename: 'draft.docx', config });
    const fixable = before.fixableErrorCount + before.fixableWarningCount;
    const out = fixDocx(draft, { filename: 'draft.docx', config, result: before });
    expect(out.unapplied).toEqual([]);
    expect(out.fixed).toHaveLength(fixable);
    const after = lintSync(out.bytes, { filename: 'draft.docx', config });
    const key = (m: LintMessage) => `${m.ruleId}@${m.line ?? ''}`;
    const left = new Set(after.messages.map(key));
    expect(out.fixed.filter((m) => left.has(key(m)) && after.messages.some((a) => key(a) === key(m) && a.message === m.message))).toEqual([]);
    expect(after.fixableErrorCount + after.fixableWarningCount).toBe(0);
  });
});

function findLine(tree: any, n: number): any {
  let hit: any;
  const walk = (x: any) => { if (x.type === 'line' && x.ordinal === n) hit = x; else x.children?.forEach(walk); };
  walk(tree);
  return hit;
}

function textOf(n: number): string {
  return findLine(lintSync(draft, { filename: 'x.docx', rules: [], keepTree: true }).tree, n).value;
}

function styleOf(n: number): string {
  return findLine(lintSync(draft, { filename: 'x.docx', rules: [], keepTree: true }).tree, n).format.styleId;
}
