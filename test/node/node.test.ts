import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config.js';
import { decodeText } from '../../src/parsers/decode.js';
import {
  encodeGb18030,
  encodeText,
  expandPaths,
  findConfigFile,
  fixFile,
  isIgnored,
  lintFiles,
  loadConfig,
  matchGlob,
  writeFileAtomic,
} from '../../src/node/index.js';
import { markA, markB, testRules } from '../engine/fixtures.js';

let root: string;
/** A folder of its own for the files the fix and crash tests write: the tree in `root` is what the
 * expandPaths and lintFiles tests list, whichever order the tests run in. */
let scratchRoot: string;
const writeIn = (base: () => string) => (rel: string, data: string | Uint8Array) => {
  const file = join(base(), rel);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, data);
  return file;
};
const write = writeIn(() => root);
const scratch = writeIn(() => scratchRoot);

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'gwl-node-'));
  scratchRoot = mkdtempSync(join(tmpdir(), 'gwl-node-scratch-'));
  mkdirSync(join(root, '.git'));
  write('docs/a.txt', '甲\n');
  write('docs/sub/b.md', '丙\n');
  write('docs/sub/c.docx', new Uint8Array([1, 2, 3]));
  write('docs/sub/~$c.docx', 'lock');
  write('docs/notes.pdf', 'x');
  write('docs/node_modules/x.txt', '甲');
  write('drafts/d.txt', '甲');
  write('empty.txt', '');
  // legacy formats inside a folder: named as errors, not skipped (the expandPaths tests name them
  // explicitly too)
  write('unsup/old.doc', 'x');
  write('unsup/old.wps', 'x');
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(scratchRoot, { recursive: true, force: true });
});

const rel = (files: string[]) => files.map((f) => relative(root, f).split('\\').join('/'));

describe('glob matching', () => {
  const cases: Array<[string, string, boolean]> = [
    ['a/b/c.md', '**/*.md', true],
    ['c.md', '**/*.md', true],
    ['a/b/c.md', '*.md', false],
    ['a/c.txt', 'a/*.{md,txt}', true],
    ['a/c.docx', 'a/*.{md,txt}', false],
    ['a/x1.txt', 'a/x?.txt', true],
    ['a/x12.txt', 'a/x?.txt', false],
    ['a/b.txt', 'a/[ab].txt', true],
    ['a/c.txt', 'a/[!ab].txt', true],
    ['a/b/c/d.txt', 'a/**/d.txt', true],
    ['a/d.txt', 'a/**/d.txt', true],
    ['草稿/通知.txt', '草稿/*.txt', true],
    ['a/[z-a].txt', 'a/[z-a].txt', true],
  ];
  it.each(cases)('%s vs %s → %s', (path, pattern, expected) => {
    expect(matchGlob(path, pattern)).toBe(expected);
  });

  const ignoreCases: Array<[string, string[], boolean]> = [
    ['drafts/a.txt', ['drafts'], true],
    ['x/drafts/a.txt', ['drafts/'], true],
    ['x/drafts/a.txt', ['/drafts'], false],
    ['a.fixed.docx', ['*.fixed.docx'], true],
    ['sub/a.fixed.docx', ['*.fixed.docx'], true],
    ['sub/a.txt', ['sub/**', '!sub/a.txt'], false],
    ['docs/a.txt', ['docs/**/*.md'], false],
  ];
  it.each(ignoreCases)('isIgnored(%s, %j) → %s', (path, patterns, expected) => {
    expect(isIgnored(path, patterns)).toBe(expected);
  });
});

describe('expandPaths', () => {
  it('walks folders for .docx .md .txt, skipping node_modules and Word lock files', async () => {
    const { files, errors } = await expandPaths(['docs'], { cwd: root });
    expect(rel(files)).toEqual(['docs/a.txt', 'docs/sub/b.md', 'docs/sub/c.docx']);
    expect(errors).toEqual([]);
  });

  it('globs, explicit files, missing paths and empty globs', async () => {
    const { files, errors } = await expandPaths(['docs/**/*.md', 'docs/a.txt', 'docs/notes.pdf', 'nope.txt', 'none/*.txt'], { cwd: root });
    expect(rel(files)).toEqual(['docs/sub/b.md', 'docs/a.txt']);
    expect(errors.map((e) => [e.code, e.message])).toEqual([
      ['unsupported', '不支持的文件类型 .pdf（支持 .docx .md .txt）'],
      ['not-found', '文件或文件夹不存在'],
      ['no-match', '没有与此模式匹配的文件'],
    ]);
  });

  it.skipIf(process.getuid?.() === 0)('an unreadable folder is an error, the rest goes on', async () => {
    const { chmodSync } = await import('node:fs');
    const locked = join(root, 'locked');
    mkdirSync(join(locked, 'inner'), { recursive: true });
    writeFileSync(join(locked, 'x.txt'), '甲');
    chmodSync(join(locked, 'inner'), 0);
    try {
      const { files, errors } = await expandPaths(['locked'], { cwd: root });
      expect(rel(files)).toEqual(['locked/x.txt']);
      expect(errors.map((e) => [relative(root, e.filePath), e.code])).toEqual([[join('locked', 'inner'), 'unreadable']]);
    } finally {
      chmodSync(join(locked, 'inner'), 0o755);
      rmSync(locked, { recursive: true, force: true });
    }
  });

  const unsupported: Array<[string, string]> = [
    ['old.doc', '是 Word 97-2003（.doc）文件，请另存为 .docx 后再检查'],
    ['old.wps', '是 WPS（.wps）文件，请另存为 .docx 后再检查'],
    ['README', '没有扩展名，无法判断文件类型（支持 .docx .md .txt）'],
    ['~$lock.docx', '是 Word 的临时锁定文件，不是文稿'],
  ];
  it.each(unsupported)('an explicit %s is an unsupported-file error', async (name, message) => {
    write(`unsup/${name}`, 'x');
    const { files, errors } = await expandPaths([`unsup/${name}`], { cwd: root });
    expect(files).toEqual([]);
    expect(errors).toEqual([{ filePath: join(root, 'unsup', name), code: 'unsupported', message }]);
  });

  it('a .doc or .wps inside a folder gets its one-line "save as .docx" error; the rest is linted', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gwl-legacy-'));
    const put = (name: string) => {
      mkdirSync(join(dir, name, '..'), { recursive: true });
      writeFileSync(join(dir, name), 'x');
    };
    try {
      ['a.txt', 'old.doc', 'sub/old.WPS', '~$old.doc', 'skip/ignored.doc'].forEach(put);
      const { files, errors } = await expandPaths(['.'], { cwd: dir, ignores: ['skip/'], ignoreBase: dir });
      expect(files).toEqual([join(dir, 'a.txt')]);
      expect(errors).toEqual([
        { filePath: join(dir, 'old.doc'), code: 'unsupported', message: '是 Word 97-2003（.doc）文件，请另存为 .docx 后再检查' },
        { filePath: join(dir, 'sub', 'old.WPS'), code: 'unsupported', message: '是 WPS（.wps）文件，请另存为 .docx 后再检查' },
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('applies ignores relative to their base, also to explicit files', async () => {
    const { files } = await expandPaths(['.', 'drafts/d.txt'], { cwd: root, ignores: ['sub/', 'drafts'], ignoreBase: root });
    expect(rel(files)).toEqual(['docs/a.txt', 'empty.txt']);
  });
});

describe('loadConfig', () => {
  it('searches upward and stops at the .git directory', async () => {
    const outer = mkdtempSync(join(tmpdir(), 'gwl-cfg-'));
    try {
      writeFileSync(join(outer, 'gongwen-lint.config.json'), '{"preset":"all"}');
      const repo = join(outer, 'repo');
      mkdirSync(join(repo, '.git'), { recursive: true });
      mkdirSync(join(repo, 'a', 'b'), { recursive: true });
      // Inside the repository: the outer config is beyond .git, not found.
      expect(await findConfigFile(join(repo, 'a', 'b'))).toBeUndefined();
      expect(await loadConfig(join(repo, 'a', 'b'))).toEqual({ config: {}, baseDir: join(repo, 'a', 'b') });
      // A package.json with the key is found; one without it is passed over.
      writeFileSync(join(repo, 'a', 'package.json'), '{"name":"x"}');
      writeFileSync(join(repo, 'package.json'), '{"name":"y","gongwen-lint":{"locale":"en"}}');
      const loaded = await loadConfig(join(repo, 'a', 'b'));
      expect(loaded).toEqual({ config: { locale: 'en' }, filePath: join(repo, 'package.json'), baseDir: repo });
      // The config file wins over package.json in the same folder.
      writeFileSync(join(repo, 'gongwen-lint.config.json'), '{"date":"2024-01-02"}');
      expect((await loadConfig(repo)).config).toEqual({ date: '2024-01-02' });
      // Outside any repository the search goes up to the outer config.
      mkdirSync(join(outer, 'plain', 'deep'), { recursive: true });
      expect(await findConfigFile(join(outer, 'plain', 'deep'))).toBe(join(outer, 'gongwen-lint.config.json'));
    } finally {
      rmSync(outer, { recursive: true, force: true });
    }
  });

  const bad: Array<[string, string, string]> = [
    ['bad JSON', '{"preset": ', '不是有效的 JSON'],
    ['bad value', '{"preset":"strict"}', '配置有误：preset: 取值应为 "recommended" | "all"'],
    ['two problems', '{"preset":"strict","locale":"fr"}', '（另有 1 处问题）'],
    ['unknown rule', '{"rules":{"typo/none":"error"}}', '配置有误：rules.typo/none: 没有这条规则'],
    [
      'bad user lexicon',
      '{"lexicons":[{"name":"本单位用语","type":"substitution","entries":[{"match":"发改局","right":"发展改革局"}]}]}',
      '配置 lexicons 第1项（“本单位用语”）不是有效的词库',
    ],
  ];
  it.each(bad)('%s → one line naming the file', async (_name, text, fragment) => {
    const file = write(`cfg-${_name.replace(/\s/g, '-')}.json`, text);
    const error = await loadConfig(file, { rules: testRules }).catch((e) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message.startsWith(`${file}: `)).toBe(true);
    expect(error.message).toContain(fragment);
    expect(error.message).not.toContain('\n');
  });
});

describe('lintFiles', () => {
  it('lints a batch and collects per-file errors without throwing', async () => {
    const { results, errors } = await lintFiles(['.'], { cwd: root, rules: testRules, noConfigFile: true, config: { preset: 'all' } });
    expect(rel(results.map((r) => r.filePath))).toEqual(['docs/a.txt', 'docs/sub/b.md', 'drafts/d.txt']);
    expect(results.map((r) => r.messages.map((m) => m.ruleId))).toEqual([['typo/mark-a'], ['phrasing/mark-b'], ['typo/mark-a']]);
    expect(errors.map((e) => [relative(root, e.filePath).split('\\').join('/'), e.code])).toEqual([
      // The legacy files in unsup/: named, not skipped.
      ['unsup/old.doc', 'unsupported'],
      ['unsup/old.wps', 'unsupported'],
      // The DOCX reader's own code for "not a zip" (its choice); here only that it is an input error.
      ['docs/sub/c.docx', expect.stringMatching(/^(not-docx|corrupt-zip)$/)],
      ['empty.txt', 'empty'],
    ]);
    expect(errors.every((e) => !e.message.includes('\n') && e.message.length > 0)).toBe(true);
  });

  it('uses the config found from cwd (ignores, rules) and reports progress', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gwl-cfg2-'));
    try {
      mkdirSync(join(dir, '.git'));
      writeFileSync(join(dir, 'gongwen-lint.config.json'), JSON.stringify({ ignores: ['skip/'], rules: { 'typo/mark-a': 'warn' } }));
      mkdirSync(join(dir, 'skip'));
      writeFileSync(join(dir, 'skip', 'x.txt'), '甲');
      writeFileSync(join(dir, 'y.txt'), '甲');
      const seen: string[] = [];
      const out = await lintFiles([], { cwd: dir, rules: [markA, markB], onProgress: (d, t) => seen.push(`${d}/${t}`) });
      expect(out.configFile).toBe(join(dir, 'gongwen-lint.config.json'));
      expect(out.results.map((r) => [relative(dir, r.filePath), r.messages.map((m) => m.severity)])).toEqual([['y.txt', ['warning']]]);
      expect(seen).toEqual(['1/1']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('turns a crashing rule into a per-file error naming the rule', async () => {
    const file = scratch('crash.txt', '己');
    const { crashes } = await import('../engine/fixtures.js');
    const out = await lintFiles([file], { cwd: root, rules: [crashes], noConfigFile: true });
    expect(out.errors).toEqual([{ filePath: file, code: 'rule-error', ruleId: 'typo/crashes', message: '规则 typo/crashes 运行出错：boom' }]);
    expect(out.results).toHaveLength(1);
  });
});

describe('encoding', () => {
  const texts = ['关于印发《办法》的通知\r\n一、总则', 'ASCII only', '生僻字𠀀与€、〇、·', '\u00e9\u00b7\u2014\u2026'];
  it.each(texts)('GB18030 round-trips %s', (text) => {
    const bytes = encodeGb18030(text);
    expect(new TextDecoder('gb18030', { fatal: true }).decode(bytes)).toBe(text);
  });

  it('encodes known GB18030 bytes', () => {
    expect([...encodeGb18030('中a')]).toEqual([0xd6, 0xd0, 0x61]);
    expect([...encodeGb18030('𠀀')]).toEqual([0x95, 0x32, 0x82, 0x36]);
  });

  it('refuses text that cannot round-trip (a lone surrogate) instead of writing it wrong', () => {
    expect(() => encodeText('甲\ud800', 'gb18030', false)).toThrow(/无法/);
    expect(() => encodeText('甲', 'shift_jis', false)).toThrow('不支持写回 shift_jis 编码的文件');
  });

  const cases: Array<[string, boolean, number[]]> = [
    ['utf-8', true, [0xef, 0xbb, 0xbf, 0x61]],
    ['utf-8', false, [0x61]],
    ['utf-16le', true, [0xff, 0xfe, 0x61, 0x00]],
    ['utf-16be', true, [0xfe, 0xff, 0x00, 0x61]],
    ['gb18030', false, [0x61]],
  ];
  it.each(cases)('encodeText %s bom=%s', (encoding, bom, bytes) => {
    expect([...encodeText('a', encoding, bom)]).toEqual(bytes);
  });

  it('writeFileAtomic writes through a symlink to its target', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gwl-link-'));
    try {
      const { symlinkSync, lstatSync } = await import('node:fs');
      writeFileSync(join(dir, 'real.txt'), 'old');
      symlinkSync(join(dir, 'real.txt'), join(dir, 'link.txt'));
      await writeFileAtomic(join(dir, 'link.txt'), 'new');
      expect(lstatSync(join(dir, 'link.txt')).isSymbolicLink()).toBe(true);
      expect(readFileSync(join(dir, 'real.txt'), 'utf8')).toBe('new');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writeFileAtomic replaces the file and leaves no temporary file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gwl-atomic-'));
    try {
      const file = join(dir, 'x.txt');
      writeFileSync(file, 'old');
      await writeFileAtomic(file, 'new');
      expect(readFileSync(file, 'utf8')).toBe('new');
      expect(readdirSync(dir)).toEqual(['x.txt']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('fixFile', () => {
  const variants: Array<[string, Uint8Array, string]> = [
    ['UTF-8 with BOM and CRLF', encodeText('甲乙\r\n丙甲\r\n', 'utf-8', true), 'utf-8'],
    ['GB18030', encodeText('关于甲方\n甲\n', 'gb18030', false), 'gb18030'],
    ['UTF-16LE', encodeText('甲\n', 'utf-16le', true), 'utf-16le'],
  ];
  it.each(variants)('%s: fixes in place, keeps encoding, BOM and line ends', async (name, bytes, encoding) => {
    const file = scratch(`fix-${name.replace(/\W/g, '')}.txt`, bytes);
    const before = decodeText(bytes);
    const out = await fixFile(file, { rules: [markA] });
    expect(out.errors).toEqual([]);
    expect(out.written).toBe(file);
    const after = decodeText(readFileSync(file));
    expect(after.encoding).toBe(encoding);
    expect(after.bom).toBe(before.bom);
    expect(after.text).toBe(before.text.replace(/甲/g, '乙'));
    // Idempotent: a second run changes nothing and writes nothing.
    const again = await fixFile(file, { rules: [markA] });
    expect([again.changed, again.written]).toEqual([false, undefined]);
  });

  it('dry run writes nothing and lists the changes', async () => {
    const file = scratch('dry.txt', '甲\n');
    const out = await fixFile(file, { rules: [markA], dryRun: true });
    expect(out.changes).toEqual([{ line: 1, column: 1, ruleId: 'typo/mark-a', description: '“甲” → “乙”' }]);
    expect(readFileSync(file, 'utf8')).toBe('甲\n');
  });

  it('.docx: a corrupt input is a per-file error and nothing is written', async () => {
    const file = scratch('fixme/bad.docx', 'not a zip');
    const out = await fixFile(file, {});
    expect(out.errors.map((e) => e.code)).toEqual([expect.stringMatching(/^(not-docx|corrupt-zip)$/)]);
    expect(readdirSync(join(scratchRoot, 'fixme'))).toEqual(['bad.docx']);
  });
});
