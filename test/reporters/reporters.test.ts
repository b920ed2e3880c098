import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import AjvDraft04Module from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { lintSync } from '../../src/engine/lint.js';
import type { FileError, LintResult } from '../../src/engine/messages.js';
import { formatJson, formatSarif, formatStylish, toJsonReport, toSarif } from '../../src/reporters/index.js';
import { relativePath, displayWidth, stableHash } from '../../src/reporters/shared.js';
import { markA, markB, testRules } from '../engine/fixtures.js';

const AjvDraft04 = ((AjvDraft04Module as any).default ?? AjvDraft04Module) as typeof Ajv;
const addFormats = ((addFormatsModule as any).default ?? addFormatsModule) as (ajv: unknown) => void;

const cwd = '/work/project';
const txt = lintSync('甲丙\n第二行甲', { filename: `${cwd}/drafts/通知.txt`, rules: [markA, markB], config: { preset: 'all' } });

/** A result as the DOCX parser would give it: paragraph ordinals, no source ranges, a page-level finding. */
const docx: LintResult = {
  filePath: `${cwd}/out/报告.docx`,
  format: 'docx',
  kind: 'report',
  messages: [
    { ruleId: 'format/page-size', severity: 'error', message: '纸张应为A4型（GB/T 9704—2012 5.1）' },
    {
      ruleId: 'typo/mark-a',
      severity: 'error',
      message: '“甲”应为“乙”（测试条款 1）',
      line: 7,
      column: 3,
      endLine: 7,
      endColumn: 4,
      snippet: '关于甲方的报告',
      fix: [{ line: 7, column: 3, endLine: 7, endColumn: 4, text: '乙' }],
      related: [{ line: 2, column: 1, endLine: 2, endColumn: 5, snippet: '某某单位', message: '首次出现处' }],
    },
  ],
  errorCount: 2,
  warningCount: 0,
  fixableErrorCount: 1,
  fixableWarningCount: 0,
  rulesRun: ['format/page-size', 'typo/mark-a'],
};
const errors: FileError[] = [
  { filePath: `${cwd}/坏.docx`, code: 'corrupt-zip', message: '不是 .docx 文件（不是 zip 格式）' },
  { filePath: `${cwd}/out/报告.docx`, code: 'rule-error', ruleId: 'typo/mark-a', message: '规则 typo/mark-a 运行出错：boom' },
];

const sarifSchemaPath = fileURLToPath(new URL('../../../shared/schemas/sarif-schema-2.1.0.json', import.meta.url));

describe('SARIF', () => {
  const log = toSarif([txt, docx], { cwd, errors, rules: testRules }) as any;
  const run = log.runs[0];

  it.skipIf(!existsSync(sarifSchemaPath))('is valid against the SARIF 2.1.0 schema', () => {
    const ajv = new AjvDraft04({ strict: false, unicodeRegExp: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(sarifSchemaPath, 'utf8')));
    const ok = validate(JSON.parse(formatSarif([txt, docx], { cwd, errors, rules: testRules })));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    // An empty run is valid too; a broken one is not (the schema check is not vacuous).
    expect(validate(toSarif([], { cwd }))).toBe(true);
    const broken = JSON.parse(formatSarif([txt], { cwd }));
    broken.runs[0].results[0].level = 'fatal';
    expect(validate(broken)).toBe(false);
  });

  it('describes the tool and every rule that ran', () => {
    expect(log.version).toBe('2.1.0');
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.tool.driver.name).toBe('gongwen-lint');
    expect(run.tool.driver.informationUri).toMatch(/^https:\/\//);
    expect(run.tool.driver.rules.map((r: any) => r.id)).toEqual(['typo/mark-a', 'phrasing/mark-b', 'format/page-size']);
    expect(run.tool.driver.rules[0]).toMatchObject({
      id: 'typo/mark-a',
      shortDescription: { text: '不用“甲”' },
      fullDescription: { text: '不用“甲”（测试条款 1）' },
      helpUri: 'https://github.com/gongwen-lint/gongwen-lint/blob/main/docs/rules/typo/mark-a.md',
      defaultConfiguration: { level: 'error' },
      properties: { category: 'typo', clause: '测试条款 1', fixable: true },
    });
    expect(run.tool.driver.rules[1].defaultConfiguration).toEqual({ level: 'warning' });
    // A rule not in the given metadata is still listed, by id.
    expect(run.tool.driver.rules[2]).toEqual({ id: 'format/page-size', helpUri: expect.stringContaining('docs/rules/format/page-size.md') });
  });

  it('gives text findings a relative URI and a UTF-16 region', () => {
    const r = run.results[0];
    expect(r).toMatchObject({ ruleId: 'typo/mark-a', ruleIndex: 0, level: 'error', message: { text: '“甲”应为“乙”（测试条款 1）' } });
    expect(r.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'drafts/%E9%80%9A%E7%9F%A5.txt', uriBaseId: '%SRCROOT%', index: 0 },
      region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 2, snippet: { text: '甲丙' } },
    });
    expect(r.fixes[0].artifactChanges[0].replacements).toEqual([
      { deletedRegion: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 }, insertedContent: { text: '乙' } },
    ]);
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///work/project/' } });
    expect(run.results.map((x: any) => `${x.ruleId}@${x.locations[0].physicalLocation.region?.startLine ?? '-'}`)).toEqual([
      'typo/mark-a@1', 'phrasing/mark-b@1', 'typo/mark-a@2', 'format/page-size@-', 'typo/mark-a@7',
    ]);
  });

  it('a page-level finding has the artifact and no region', () => {
    const page = run.results[3];
    expect(page.locations).toEqual([{ physicalLocation: { artifactLocation: { uri: 'out/%E6%8A%A5%E5%91%8A.docx', uriBaseId: '%SRCROOT%', index: 1 } } }]);
    expect(page.fixes).toBeUndefined();
  });

  it('docx: paragraph ordinal as startLine, paragraph text as snippet, related locations, no fixes', () => {
    const r = run.results[4];
    expect(r.locations[0].physicalLocation.region).toEqual({ startLine: 7, startColumn: 3, endLine: 7, endColumn: 4, snippet: { text: '关于甲方的报告' } });
    expect(r.relatedLocations).toEqual([
      {
        id: 1,
        physicalLocation: {
          artifactLocation: { uri: 'out/%E6%8A%A5%E5%91%8A.docx', uriBaseId: '%SRCROOT%', index: 1 },
          region: { startLine: 2, startColumn: 1, endLine: 2, endColumn: 5, snippet: { text: '某某单位' } },
        },
        message: { text: '首次出现处' },
      },
    ]);
    // No text replacements against a binary .docx (a consumer applying them would corrupt it).
    expect(r.fixes).toBeUndefined();
  });

  it('.md: the snippet is the source lines the region spans (markup included)', () => {
    const md = lintSync('# 标题\n\n**甲**乙丙\n', { filename: `${cwd}/a.md`, rules: [markA], config: { preset: 'all' } });
    const g = (toSarif([md], { cwd }) as any).runs[0].results[0].locations[0].physicalLocation.region;
    expect(g.snippet.text.slice(g.startColumn - 1, g.endColumn - 1)).toBe('甲');
    expect(g.snippet.text).toBe('**甲**乙丙');
  });

  it('files above the base folder get absolute file URIs without a base', () => {
    const run2 = (toSarif([{ ...txt, filePath: '/elsewhere/x.txt' }], { cwd }) as any).runs[0];
    expect(run2.artifacts[0].location).toEqual({ uri: 'file:///elsewhere/x.txt' });
    expect(run2.results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'file:///elsewhere/x.txt', index: 0 });
  });

  it('unreadable files are tool execution notifications and make the run unsuccessful', () => {
    const inv = run.invocations[0];
    expect(inv.executionSuccessful).toBe(false);
    expect(inv.toolExecutionNotifications[0]).toEqual({
      level: 'error',
      message: { text: '不是 .docx 文件（不是 zip 格式）' },
      locations: [{ physicalLocation: { artifactLocation: { uri: '%E5%9D%8F.docx', uriBaseId: '%SRCROOT%', index: 2 } } }],
      descriptor: { id: 'corrupt-zip' },
    });
    expect(inv.toolExecutionNotifications[1].associatedRule).toEqual({ id: 'typo/mark-a', index: 0 });
    expect((toSarif([txt], { cwd }) as any).runs[0].invocations[0]).toEqual({ executionSuccessful: true, toolExecutionNotifications: [] });
  });

  it('fingerprints are stable when lines move and distinct per occurrence', () => {
    const fp = (text: string) =>
      (toSarif([lintSync(text, { filename: 'a.txt', rules: [markA] })]) as any).runs[0].results.map((r: any) => r.partialFingerprints['gongwenLint/v1']);
    const before = fp('甲甲\n乙');
    const after = fp('新的一行\n\n甲甲\n乙');
    expect(after).toEqual(before);
    expect(new Set(before).size).toBe(2);
    expect(before[0]).toMatch(/^[0-9a-f]{16}:1$/);
    // Whitespace differences in the line do not change it.
    expect(fp('  甲甲  \n乙')).toEqual(before);
  });

  it('without cwd, absolute paths become file URIs and relative paths stay relative', () => {
    const a = (toSarif([{ ...txt, filePath: '/tmp/a b.txt' }]) as any).runs[0];
    expect(a.artifacts[0].location).toEqual({ uri: 'file:///tmp/a%20b.txt' });
    const b = (toSarif([{ ...txt, filePath: 'x/y.txt' }]) as any).runs[0];
    expect(b.artifacts[0].location).toEqual({ uri: 'x/y.txt' });
  });

  it('English descriptions with locale en', () => {
    const en = (toSarif([txt], { locale: 'en', rules: testRules }) as any).runs[0].tool.driver;
    expect(en.rules[0].shortDescription.text).toBe('No “甲”');
    expect(en.rules[0].fullDescription.text).toBe('No “甲” (测试条款 1)');
  });
});

describe('JSON', () => {
  const schema = JSON.parse(readFileSync(new URL('../../schemas/results.schema.json', import.meta.url), 'utf8'));
  const ajv = new Ajv({ strict: false, allErrors: true });
  const validate = ajv.compile(schema);

  it('validates against schemas/results.schema.json', () => {
    const out = JSON.parse(formatJson([txt, docx], { errors }));
    expect(validate(out), JSON.stringify(validate.errors)).toBe(true);
  });

  it('has results, errors and totals; leaves out source and tree', () => {
    const out = toJsonReport([txt, docx], { errors });
    expect([out.errorCount, out.warningCount, out.fixableErrorCount, out.fixableWarningCount]).toEqual([4, 1, 3, 0]);
    expect(out.errors).toEqual(errors);
    expect(out.results[0]).not.toHaveProperty('source');
    expect(out.results[0].messages[0]).toMatchObject({ ruleId: 'typo/mark-a', line: 1, column: 1, endLine: 1, endColumn: 2, fix: [{ range: [0, 1], text: '乙' }] });
    expect(out.results[1].kind).toBe('report');
  });

  it('rejects a malformed report (the schema is not vacuous)', () => {
    const bad = JSON.parse(formatJson([txt]));
    bad.results[0].messages[0].severity = 'fatal';
    expect(validate(bad)).toBe(false);
  });
});

describe('stylish', () => {
  it('groups by file, aligns columns, ends with a Chinese summary', () => {
    expect(formatStylish([txt, docx], { cwd })).toBe(
      [
        '',
        'drafts/通知.txt',
        '  1:1  错误  “甲”应为“乙”（测试条款 1）  typo/mark-a',
        '  1:2  警告  少用“丙”                    phrasing/mark-b',
        '  2:4  错误  “甲”应为“乙”（测试条款 1）  typo/mark-a',
        '',
        'out/报告.docx',
        // .docx: 第N段 and the start of the paragraph's text (Word shows no paragraph numbers)
        '  全文                      错误  纸张应为A4型（GB/T 9704—2012 5.1）  format/page-size',
        '  第7段:3 “关于甲方的报告”  错误  “甲”应为“乙”（测试条款 1）          typo/mark-a',
        '',
        '✖ 5 个问题（4 个错误，1 个警告）',
        '  其中 3 个错误、0 个警告可用 --fix 自动修复。',
        '',
      ].join('\n'),
    );
  });

  it('English with locale en', () => {
    const out = formatStylish([lintSync('甲', { filename: '/p/a.txt', rules: [markA], config: { locale: 'en' } })], { cwd: '/p', locale: 'en' });
    expect(out).toBe(
      '\na.txt\n  1:1  error  “甲” should be “乙” (test clause 1)  typo/mark-a\n\n✖ 1 problem (1 error, 0 warnings)\n  1 error and 0 warnings potentially fixable with the `--fix` option.\n',
    );
  });

  it('a very long message does not push the other rows out', () => {
    const long = '很长的提示'.repeat(20);
    const r: LintResult = {
      ...docx,
      messages: [
        { ruleId: 'format/a', severity: 'warning', message: long },
        { ruleId: 'format/b', severity: 'error', message: '短', line: 1, column: 1, endLine: 1, endColumn: 2 },
      ],
    };
    expect(formatStylish([r], { cwd }).split('\n').slice(2, 4)).toEqual([
      `  全文              警告  ${long}  format/a`,
      '  第1段:1 （空段）  错误  短  format/b',
    ]);
  });

  it('prints nothing when there are no problems; colours only when asked', () => {
    const clean = lintSync('乙', { filename: 'a.txt', rules: [markA] });
    expect(formatStylish([clean])).toBe('');
    expect(formatStylish([txt])).not.toContain('\u001b[');
    expect(formatStylish([txt], { color: true })).toContain('\u001b[31m');
  });
});

describe('shared helpers', () => {
  const rel: Array<[string, string, string]> = [
    ['/a/b', '/a/b/c/d.txt', 'c/d.txt'],
    ['/a/b', '/a/x.txt', '../x.txt'],
    ['/a/b/', '/a/b/./c/../d.txt', 'd.txt'],
    ['C:\\w\\p', 'C:\\w\\p\\x\\y.txt', 'x/y.txt'],
    ['C:\\w', 'D:\\x.txt', 'D:/x.txt'],
    ['/a', 'rel/x.txt', 'rel/x.txt'],
  ];
  it.each(rel)('relativePath(%s, %s) = %s', (from, to, expected) => {
    expect(relativePath(from, to)).toBe(expected);
  });
  it('display width counts CJK as 2', () => {
    expect(displayWidth('ab中文，')).toBe(8);
  });
  it('stableHash is deterministic', () => {
    expect(stableHash('abc')).toBe(stableHash('abc'));
    expect(stableHash('abc')).not.toBe(stableHash('abd'));
  });
});
