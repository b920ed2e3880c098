/**
 * --cache: a file is checked again only when its content, the tool version, the resolved config or a
 * lexicon changed. To see whether a result came from the cache (no timing), the tests mark the cached
 * entries (a message text rewritten in the cache file): a marked text in the report means the cache
 * answered, its absence means the file was checked again.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheFilePath, configHash, DEFAULT_CACHE_LOCATION, LintCache, sha256 } from '../../src/node/cache.js';
import type { LintResult } from '../../src/engine/messages.js';
import { runCli } from '../helpers/cli.js';

const BAD = '关于做好检查工作的通知\n\n现将有关事项通知如下：。\n要按时完成任务。，确保质量。\n';
const GOOD = '关于做好检查工作的通知\n\n现将有关事项通知如下：\n要按时完成任务，确保质量。\n';
const MARK = '【来自缓存】';

let root: string;
let n = 0;
function folder(files: Record<string, string> = { 'a.txt': BAD, 'b.txt': BAD, 'c.txt': GOOD }): string {
  const dir = join(root, `case${++n}`);
  mkdirSync(join(dir, '.git'), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** Rewrites every cached message so that a report from the cache is recognisable. */
function mark(cacheFile: string): void {
  const data = JSON.parse(readFileSync(cacheFile, 'utf8'));
  for (const entry of Object.values<{ result: LintResult }>(data.files)) {
    for (const m of entry.result.messages) m.message = MARK + m.message;
  }
  writeFileSync(cacheFile, JSON.stringify(data));
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'gwl-cache-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('--cache through the CLI', () => {
  it('a second run gives the same output from the cache, and writes no temp file', async () => {
    const dir = folder();
    const plain = await runCli(dir, ['--format', 'json', '.']);
    const first = await runCli(dir, ['--cache', '--format', 'json', '.']);
    expect(first).toEqual(plain);
    expect(readdirSync(dir).sort()).toEqual(['.git', DEFAULT_CACHE_LOCATION, 'a.txt', 'b.txt', 'c.txt']);
    const second = await runCli(dir, ['--cache', '--format', 'json', '.']);
    expect(second).toEqual(plain);
    mark(join(dir, DEFAULT_CACHE_LOCATION));
    const third = await runCli(dir, ['--cache', '--format', 'json', '.']);
    expect(third.stdout).toContain(MARK);
    expect(third.code).toBe(1);
  });

  it('re-checks a file whose content changed, and only that file', async () => {
    const dir = folder();
    await runCli(dir, ['--cache', '.']);
    mark(join(dir, DEFAULT_CACHE_LOCATION));
    writeFileSync(join(dir, 'a.txt'), BAD.replace('确保', '保证'));
    const r = await runCli(dir, ['--cache', '--format', 'json', '.']);
    const out = JSON.parse(r.stdout);
    const marked = (name: string) =>
      out.results.find((x: LintResult) => x.filePath === join(dir, name)).messages.some((m: { message: string }) => m.message.startsWith(MARK));
    expect([marked('a.txt'), marked('b.txt')]).toEqual([false, true]);
  });

  it('re-checks everything when the resolved config changed (a flag or the config file)', async () => {
    const dir = folder();
    await runCli(dir, ['--cache', '.']);
    mark(join(dir, DEFAULT_CACHE_LOCATION));
    const flag = await runCli(dir, ['--cache', '--rule', 'punctuation/duplicate-punctuation:warn', '.']);
    expect(flag.stdout).not.toContain(MARK);
    expect(flag.stdout).toContain('警告');
    mark(join(dir, DEFAULT_CACHE_LOCATION));
    writeFileSync(join(dir, 'gongwen-lint.config.json'), JSON.stringify({ rules: { 'punctuation/duplicate-punctuation': 'warn' } }));
    // same resolved config as the flag gave: the cache answers
    expect((await runCli(dir, ['--cache', '.'])).stdout).toContain(MARK);
    writeFileSync(join(dir, 'gongwen-lint.config.json'), JSON.stringify({ rules: { 'punctuation/duplicate-punctuation': 'error' } }));
    expect((await runCli(dir, ['--cache', '.'])).stdout).not.toContain(MARK);
  });

  it('--cache-location: a file, or a folder that holds .cache_<hash of the cwd>', async () => {
    const dir = folder();
    await runCli(dir, ['--cache', '--cache-location', 'out/lint.cache', '.']);
    expect(readdirSync(join(dir, 'out'))).toEqual(['lint.cache']);
    await runCli(dir, ['--cache', '--cache-location', 'caches/', '.']);
    const inFolder = readdirSync(join(dir, 'caches'));
    expect(inFolder).toEqual([`.cache_${sha256(dir).slice(0, 12)}`]);
    expect(cacheFilePath('caches', dir)).toBe(join(dir, 'caches', inFolder[0]));
    mark(join(dir, 'caches', inFolder[0]));
    expect((await runCli(dir, ['--cache', '--cache-location', 'caches', '.'])).stdout).toContain(MARK);
  });

  it('stores each list of rules run once, and answers from it the same report', async () => {
    const dir = folder({ 'a.txt': BAD, 'b.txt': GOOD, 'c.md': `# ${GOOD}` });
    const plain = await runCli(dir, ['--format', 'json', '.']);
    await runCli(dir, ['--cache', '--format', 'json', '.']);
    const text = readFileSync(join(dir, DEFAULT_CACHE_LOCATION), 'utf8');
    expect(text.startsWith('{"gongwen-lint-cache":2,')).toBe(true);
    const data = JSON.parse(text) as { rulesRun: string[][]; files: Record<string, { result: { rulesRun: unknown } }> };
    const reported = (JSON.parse(plain.stdout).results as LintResult[]).map((r) => r.rulesRun);
    // one list per distinct list of the report, in the order first met
    expect(data.rulesRun).toEqual(reported.filter((l, i) => reported.findIndex((m) => m.join() === l.join()) === i));
    expect(Object.values(data.files).map((e) => data.rulesRun[e.result.rulesRun as number])).toEqual(reported);
    expect(await runCli(dir, ['--cache', '--format', 'json', '.'])).toEqual(plain);
  });

  it('a cache of the first format (rule lists in every entry) is ours: replaced without a warning', async () => {
    const dir = folder();
    const plain = await runCli(dir, ['--format', 'json', '.']);
    await runCli(dir, ['--cache', '.']);
    const file = join(dir, DEFAULT_CACHE_LOCATION);
    const data = JSON.parse(readFileSync(file, 'utf8'));
    for (const entry of Object.values<{ result: { rulesRun: unknown; messages: Array<{ message: string }> } }>(data.files)) {
      entry.result.rulesRun = data.rulesRun[entry.result.rulesRun as number];
      for (const m of entry.result.messages) m.message = MARK + m.message;
    }
    const { rulesRun: _lists, ...first } = { ...data, 'gongwen-lint-cache': 1 };
    writeFileSync(file, JSON.stringify(first));
    const r = await runCli(dir, ['--cache', '--format', 'json', '.']);
    expect(r).toEqual(plain); // checked again: no marked message, no warning
    expect(readFileSync(file, 'utf8').startsWith('{"gongwen-lint-cache":2,')).toBe(true);
  });

  it('an entry that names no list of rules is checked again', async () => {
    const dir = folder();
    const plain = await runCli(dir, ['--format', 'json', '.']);
    await runCli(dir, ['--cache', '.']);
    const file = join(dir, DEFAULT_CACHE_LOCATION);
    mark(file);
    const data = JSON.parse(readFileSync(file, 'utf8'));
    data.files[join(dir, 'a.txt')].result.rulesRun = 99;
    data.files[join(dir, 'b.txt')].result.rulesRun = ['not', 'an', 'index'];
    writeFileSync(file, JSON.stringify(data));
    const r = await runCli(dir, ['--cache', '--format', 'json', '.']);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as { results: LintResult[] };
    const marked = (name: string) => out.results.find((x) => x.filePath === join(dir, name))!.messages.some((m) => m.message.startsWith(MARK));
    expect([marked('a.txt'), marked('b.txt')]).toEqual([false, false]);
    expect(out.results.map((x) => x.rulesRun)).toEqual(JSON.parse(plain.stdout).results.map((x: LintResult) => x.rulesRun));
  });

  it('a corrupt cache file is ignored with a warning and rebuilt', async () => {
    const dir = folder();
    const plain = await runCli(dir, ['.']);
    writeFileSync(join(dir, DEFAULT_CACHE_LOCATION), '{"gongwen-lint-cache":1,"version":"0.1.0","files":{"/x": {"ha');
    const r = await runCli(dir, ['--cache', '.']);
    expect(r.code).toBe(plain.code);
    expect(r.stdout).toBe(plain.stdout);
    expect(r.stderr).toBe(`gongwen-lint: ${DEFAULT_CACHE_LOCATION}: 缓存文件已损坏，已忽略并将重建\n`);
    expect(JSON.parse(readFileSync(join(dir, DEFAULT_CACHE_LOCATION), 'utf8')).files[join(dir, 'a.txt')].hash).toBe(sha256(BAD));
    expect(await runCli(dir, ['--cache', '.'])).toEqual(plain);
  });

  it('a foreign file at the location is ignored with a warning and never overwritten', async () => {
    const dir = folder();
    const plain = await runCli(dir, ['.']);
    const cases = ['我的笔记：不要删。\n', '{"files": {}}', '', '\u0000\u0001binary'];
    for (const foreign of cases) {
      writeFileSync(join(dir, 'notes.txt'), foreign);
      const r = await runCli(dir, ['--cache', '--cache-location', 'notes.txt', 'a.txt', 'b.txt', 'c.txt']);
      expect(r.code).toBe(plain.code);
      expect(r.stdout).toBe(plain.stdout);
      expect(r.stderr).toBe('gongwen-lint: notes.txt: 不是 gongwen-lint 的缓存文件，已忽略（也不会改写它）\n');
      expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe(foreign);
    }
  });

  it('holds findings, not the documents: a run whose reporter prints no text caches none; one that does re-checks', async () => {
    const dir = folder();
    const cacheFile = join(dir, DEFAULT_CACHE_LOCATION);
    await runCli(dir, ['--cache', '--format', 'json', '.']);
    const entries = () => Object.values<{ result: LintResult; noSource?: true }>(JSON.parse(readFileSync(cacheFile, 'utf8')).files);
    expect(entries().map((e) => [e.result.source, e.noSource])).toEqual([[undefined, true], [undefined, true], [undefined, true]]);
    expect(readFileSync(cacheFile, 'utf8')).not.toContain('要按时完成任务，确保质量'); // c.txt's text (no finding quotes it)
    // SARIF prints the lines of the text: those entries do not answer it; it checks again and caches the text
    const plain = await runCli(dir, ['--format', 'sarif', '.']);
    mark(cacheFile);
    const sarif = await runCli(dir, ['--cache', '--format', 'sarif', '.']);
    expect(sarif).toEqual(plain);
    expect(entries().map((e) => [e.result.source?.slice(0, 11), e.noSource])).toEqual([
      ['关于做好检查工作的通知', undefined],
      ['关于做好检查工作的通知', undefined],
      ['关于做好检查工作的通知', undefined],
    ]);
    // … and those (with the text) answer every reporter
    mark(cacheFile);
    expect((await runCli(dir, ['--cache', '--format', 'json', '.'])).stdout).toContain(MARK);
    expect((await runCli(dir, ['--cache', '--format', 'sarif', '.'])).stdout).toContain(MARK);
  });
});

describe('LintCache: what invalidates an entry', () => {
  const result: LintResult = {
    filePath: '/d/a.txt',
    format: 'txt',
    messages: [],
    errorCount: 0,
    warningCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    rulesRun: [],
  };
  let lexDir: string;
  let path: string;
  beforeAll(async () => {
    const dir = folder({});
    lexDir = join(dir, 'lex');
    mkdirSync(lexDir);
    writeFileSync(join(lexDir, 'words.json'), '{"entries":[]}');
    path = join(dir, 'cache.json');
    const cache = await LintCache.open({ path, config: { preset: 'all' }, version: '1.0.0', lexiconDirs: [lexDir] });
    cache.set('/d/a.txt', sha256('text'), result, []);
    cache.set('/d/broken.docx', sha256('zip'), undefined, [{ filePath: '/d/broken.docx', code: 'not-docx', message: '不是 .docx' }]);
    expect(await cache.save()).toBeUndefined();
  });

  const open = (over: { version?: string; config?: object; lexicon?: string } = {}) => {
    if (over.lexicon !== undefined) writeFileSync(join(lexDir, 'words.json'), over.lexicon);
    return LintCache.open({ path, config: over.config ?? { preset: 'all' }, version: over.version ?? '1.0.0', lexiconDirs: [lexDir] });
  };

  it('an unchanged file with the same version, config and lexicons is answered', async () => {
    const cache = await open();
    expect(cache.get('/d/a.txt', sha256('text'))).toEqual(result);
    expect(cache.hits).toBe(1);
    expect(cache.warning).toBeUndefined();
  });

  it('content: another hash is not answered', async () => {
    expect((await open()).get('/d/a.txt', sha256('text, edited'))).toBeUndefined();
  });

  it('a file that could not be checked is not cached', async () => {
    expect((await open()).get('/d/broken.docx', sha256('zip'))).toBeUndefined();
  });

  it('tool version', async () => {
    expect((await open({ version: '1.0.1' })).get('/d/a.txt', sha256('text'))).toBeUndefined();
  });

  it('resolved config (key order does not matter; user lexicons are part of it)', async () => {
    expect(configHash({ preset: 'all', date: '2024-01-01' })).toBe(configHash({ date: '2024-01-01', preset: 'all' }));
    expect((await open({ config: { preset: 'recommended' } })).get('/d/a.txt', sha256('text'))).toBeUndefined();
    const withLexicon = { preset: 'all', lexicons: [{ name: '本单位用语', type: 'existence', entries: [] }] };
    expect((await open({ config: withLexicon })).get('/d/a.txt', sha256('text'))).toBeUndefined();
  });

  it('an entry stored without its text does not answer a caller that prints the text', async () => {
    const cache = await open();
    cache.set('/d/b.txt', sha256('b'), result, [], { sourceDropped: true });
    expect(cache.get('/d/b.txt', sha256('b'))).toEqual(result);
    expect(cache.get('/d/b.txt', sha256('b'), { needSource: true })).toBeUndefined();
    expect(cache.get('/d/a.txt', sha256('text'), { needSource: true })).toEqual(result);
  });

  it('a built-in lexicon file', async () => {
    expect((await open()).get('/d/a.txt', sha256('text'))).toEqual(result);
    expect((await open({ lexicon: '{"entries":[{"match":"x"}]}' })).get('/d/a.txt', sha256('text'))).toBeUndefined();
  });
});
