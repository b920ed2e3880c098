/**
 * The CLI end to end in temp folders: in-process through `run()` (test/helpers/cli.ts), plus a few
 * real spawns of `node bin/gongwen-lint.js` (the built dist/) for what only a process shows. Only
 * punctuation/duplicate-punctuation is switched on (a config in each folder turns the rest off), so
 * the tests do not move as other rules land.
 */
import { spawnToEnd } from '../helpers/spawn.js';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allRules } from '../../src/rules/index.js';
import { validateConfig } from '../../src/config.js';
import { decodeText } from '../../src/parsers/decode.js';
import { encodeText } from '../../src/node/encoding.js';
import { runCli } from '../helpers/cli.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));
/** The built binary, for the few real spawns (`npm test` builds dist/ first: the pretest script). */
const bin = join(repo, 'bin', 'gongwen-lint.js');
const RULE = 'punctuation/duplicate-punctuation';

function onlyRule(level: 'error' | 'warn' = 'error') {
  return { rules: Object.fromEntries(allRules.map((r) => [r.meta.id, r.meta.id === RULE ? level : 'off'])) };
}

let root: string;
let n = 0;
/** A fresh folder (a repository root, so no config above it is found) with files. */
function folder(files: Record<string, string | Uint8Array>, config: object | null = onlyRule()): string {
  const dir = join(root, `case${++n}`);
  mkdirSync(join(dir, '.git'), { recursive: true });
  if (config) writeFileSync(join(dir, 'gongwen-lint.config.json'), JSON.stringify(config));
  for (const [name, data] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), data);
  }
  return dir;
}

/** The CLI in-process (see test/helpers/cli.ts): what almost every test here needs. */
const cli = runCli;

/**
 * The real binary in a child process: start-up, exit code and the process's own streams. Async, so
 * that the test worker's event loop keeps answering vitest while the child runs.
 */
function spawnCli(cwd: string, args: string[], input?: string | Uint8Array, shell?: string) {
  return shell ? spawnToEnd('sh', ['-c', shell], { cwd, input }) : spawnToEnd(process.execPath, [bin, ...args], { cwd, input });
}

const BAD = '关于做好检查工作的通知\n\n现将有关事项通知如下：。\n要按时完成任务。，确保质量。\n';
const GOOD = '关于做好检查工作的通知\n\n现将有关事项通知如下：\n要按时完成任务，确保质量。\n';
const MSG1 = '标点“：。”叠用，只保留一个（GB/T 15834—2011 4）';

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'gwl-cli-'));
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('exit codes and output', () => {
  it('0 and no output for a clean file', async () => {
    const dir = folder({ 'good.txt': GOOD });
    expect(await cli(dir, ['good.txt'])).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('1 with the stylish report for errors', async () => {
    const dir = folder({ 'a.txt': BAD });
    const r = await cli(dir, ['a.txt']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      [
        '',
        'a.txt',
        `  3:11  错误  ${MSG1}  ${RULE}`,
        `  4:8   错误  标点“。，”叠用，只保留一个（GB/T 15834—2011 4）  ${RULE}`,
        '',
        '✖ 2 个问题（2 个错误，0 个警告）',
        '  其中 2 个错误、0 个警告可用 --fix 自动修复。',
        '',
      ].join('\n'),
    );
  });

  it('English with --locale en', async () => {
    const dir = folder({ 'a.txt': BAD });
    const r = await cli(dir, ['--locale', 'en', 'a.txt']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('  3:11  error  Stacked punctuation “：。”: keep one mark (GB/T 15834—2011 §4)');
    expect(r.stdout).toContain('✖ 2 problems (2 errors, 0 warnings)');
  });

  it('a batch with an empty file, a garbage .docx and a missing path goes on and exits 2', async () => {
    const garbage = new Uint8Array(512).map((_, i) => (i * 97 + 13) % 256);
    const dir = folder({ 'empty.txt': '', 'broken.docx': garbage, 'fake.docx': 'PK\u0003\u0004 not really a zip', 'a.txt': BAD, 'good.md': GOOD });
    const r = await cli(dir, ['.', 'missing.txt']);
    expect(r.code).toBe(2);
    const lines = r.stderr.trimEnd().split('\n');
    // Paths that do not exist first (found while expanding), then the files in folder order.
    expect(lines.map((l) => l.split(':')[0] + ':' + l.split(':')[1])).toEqual([
      'gongwen-lint: missing.txt',
      'gongwen-lint: broken.docx',
      'gongwen-lint: empty.txt',
      'gongwen-lint: fake.docx',
    ]);
    expect(lines[0]).toBe('gongwen-lint: missing.txt: 文件或文件夹不存在');
    expect(r.stderr).not.toMatch(/\n\s+at |Error:/);
    // The good and bad files were still linted.
    expect(r.stdout).toContain('a.txt');
    expect(r.stdout).toContain('✖ 2 个问题');
    expect(readdirSync(dir).sort()).toEqual(['.git', 'a.txt', 'broken.docx', 'empty.txt', 'fake.docx', 'gongwen-lint.config.json', 'good.md']);
  });

  it('binary garbage named .txt is a one-line error', async () => {
    const dir = folder({ 'bin.txt': new Uint8Array([0, 1, 2, 3, 0, 255, 254, 0]) });
    const r = await cli(dir, ['bin.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^gongwen-lint: bin\.txt: [^\n]+\n$/);
  });

  it('usage errors exit 2 with one line', async () => {
    const dir = folder({});
    const cases: Array<[string[], string]> = [
      [['--format', 'xml'], 'gongwen-lint: --format 只能是 stylish | json | sarif | html（用 --help 查看用法）\n'],
      [['--bogus'], 'gongwen-lint: 未知选项 --bogus（用 --help 查看用法）\n'],
      [['--max-warnings', 'many'], 'gongwen-lint: --max-warnings 应为非负整数（用 --help 查看用法）\n'],
      [['--date', '2024/1/1'], 'gongwen-lint: --date 的格式应为 YYYY-MM-DD（用 --help 查看用法）\n'],
      [['--locale', 'fr'], 'gongwen-lint: --locale 只能是 zh 或 en（收到 “fr”）（用 --help 查看用法）\n'],
    ];
    for (const [args, stderr] of cases) expect(await cli(dir, args)).toEqual({ code: 2, stdout: '', stderr });
  });

  it('a bad config is one line naming the file, exit 2', async () => {
    const dir = folder({ 'a.txt': GOOD }, null);
    writeFileSync(join(dir, 'gongwen-lint.config.json'), '{"preset":"strict"}');
    const r = await cli(dir, ['a.txt']);
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: `gongwen-lint: ${join(dir, 'gongwen-lint.config.json')}: 配置有误：preset: 取值应为 "recommended" | "all"\n`,
    });
    const other = join(dir, 'other.json');
    writeFileSync(other, '{ nope');
    expect((await cli(dir, ['--config', 'other.json', 'a.txt'])).stderr).toMatch(new RegExp(`^gongwen-lint: ${other.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: 不是有效的 JSON：[^\n]+\n$`));
  });

  it('--version and --help', async () => {
    const dir = folder({});
    const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
    expect(await cli(dir, ['--version'])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
    const help = await cli(dir, ['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('用法：gongwen-lint [选项] [路径…]');
    expect(help.stdout).toContain('--max-warnings');
    expect((await cli(dir, ['--help', '--locale', 'en'])).stdout).toContain('Usage: gongwen-lint [options] [paths…]');
  });
});

describe('warnings, --quiet, --max-warnings', () => {
  const cases: Array<[string[], number, boolean]> = [
    [[], 0, true],
    [['--max-warnings', '2'], 0, true],
    [['--max-warnings', '1'], 1, true],
    [['--quiet'], 0, false],
    [['--quiet', '--max-warnings', '0'], 0, false],
  ];
  it.each(cases)('%j → exit %i', async (args, code, shown) => {
    const dir = folder({ 'a.txt': BAD }, onlyRule('warn'));
    const r = await cli(dir, [...args, 'a.txt']);
    expect(r.code).toBe(code);
    expect(r.stdout.includes('警告')).toBe(shown);
    if (code === 1) expect(r.stderr).toBe('gongwen-lint: 警告 2 个，超过了 --max-warnings 1\n');
  });
});

describe('formats and --output', () => {
  it('--format json validates against schemas/results.schema.json and lists file errors', async () => {
    const dir = folder({ 'a.txt': BAD, 'empty.txt': '' });
    const r = await cli(dir, ['--format', 'json', '.']);
    expect(r.code).toBe(2);
    const out = JSON.parse(r.stdout);
    const validate = new Ajv({ strict: false }).compile(JSON.parse(readFileSync(join(repo, 'schemas', 'results.schema.json'), 'utf8')));
    expect(validate(out), JSON.stringify(validate.errors)).toBe(true);
    expect(out.results.map((x: any) => [x.filePath, x.errorCount])).toEqual([[join(dir, 'a.txt'), 2]]);
    expect(out.errors).toEqual([{ filePath: join(dir, 'empty.txt'), code: 'empty', message: expect.stringContaining('空文件') }]);
  });

  it('--format sarif --output writes the file atomically, nothing on stdout', async () => {
    const dir = folder({ 'a.txt': BAD, 'empty.txt': '' });
    const r = await cli(dir, ['--format', 'sarif', '--output', 'reports/out.sarif', '.']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(readdirSync(join(dir, 'reports'))).toEqual(['out.sarif']);
    const log = JSON.parse(readFileSync(join(dir, 'reports', 'out.sarif'), 'utf8'));
    const run = log.runs[0];
    expect(run.results.map((x: any) => [x.ruleId, x.locations[0].physicalLocation.artifactLocation.uri, x.locations[0].physicalLocation.region.startLine])).toEqual([
      [RULE, 'a.txt', 3],
      [RULE, 'a.txt', 4],
    ]);
    expect(run.invocations[0].executionSuccessful).toBe(false);
    expect(run.invocations[0].toolExecutionNotifications[0].locations[0].physicalLocation.artifactLocation.uri).toBe('empty.txt');
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toBe(`file://${dir}/`);
  });

  it('colours only when asked (not on a pipe)', async () => {
    const dir = folder({ 'a.txt': BAD });
    expect((await cli(dir, ['a.txt'])).stdout).not.toContain('\u001b[');
    expect((await cli(dir, ['--color', 'a.txt'])).stdout).toContain('\u001b[31m');
  });
});

describe('--stdin', () => {
  it('lints stdin under the given name', async () => {
    const dir = folder({});
    const r = await cli(dir, ['--stdin', '--stdin-filename', 'draft.md', '--format', 'json'], BAD);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.results[0].filePath).toBe(join(dir, 'draft.md'));
    expect(out.results[0].format).toBe('md');
    expect(out.results[0].messages.map((m: any) => [m.line, m.column])).toEqual([[3, 11], [4, 8]]);
  });

  it('--stdin --fix prints the fixed text', async () => {
    const dir = folder({});
    expect(await cli(dir, ['--stdin', '--fix'], BAD)).toEqual({ code: 0, stdout: GOOD, stderr: '' });
  });

  it('a .docx piped in without --stdin-filename: one line saying to add it, exit 2', async () => {
    const dir = folder({});
    const docx = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'draft.docx'));
    expect(await cli(dir, ['--stdin'], docx)).toEqual({
      code: 2, stdout: '', stderr: 'gongwen-lint: 标准输入是 .docx（zip）文件：请加上 --stdin-filename 文件名.docx（用 --help 查看用法）\n',
    });
    const named = await cli(dir, ['--no-config', '--stdin', '--stdin-filename', 'draft.docx', '--format', 'json'], docx);
    expect(named.code).toBe(1);
    expect(JSON.parse(named.stdout).results[0].format).toBe('docx');
  });

  it('empty stdin is a one-line error, exit 2', async () => {
    const dir = folder({});
    const r = await cli(dir, ['--stdin'], '');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^gongwen-lint: stdin\.txt: [^\n]*空文件[^\n]*\n$/);
  });
});

describe('--fix', () => {
  it('fixes .txt in place, idempotently, leaving no temp files', async () => {
    const dir = folder({ 'a.txt': BAD.replace(/\n/g, '\r\n') });
    const first = await cli(dir, ['--fix', 'a.txt']);
    expect(first).toEqual({ code: 0, stdout: '', stderr: 'gongwen-lint: 已修复 a.txt（2 处）\n' });
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(GOOD.replace(/\n/g, '\r\n'));
    const mtime = statSync(join(dir, 'a.txt')).mtimeMs;
    const second = await cli(dir, ['--fix', 'a.txt']);
    expect(second).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(statSync(join(dir, 'a.txt')).mtimeMs).toBe(mtime);
    expect(readdirSync(dir).sort()).toEqual(['.git', 'a.txt', 'gongwen-lint.config.json']);
  });

  it('keeps GB18030 files GB18030 (and a UTF-8 BOM)', async () => {
    const dir = folder({ 'gb.txt': encodeText(BAD, 'gb18030', false), 'bom.md': encodeText(BAD, 'utf-8', true) });
    expect((await cli(dir, ['--fix', '.'])).code).toBe(0);
    const gb = decodeText(readFileSync(join(dir, 'gb.txt')));
    expect([gb.encoding, gb.text]).toEqual(['gb18030', GOOD]);
    const bom = decodeText(readFileSync(join(dir, 'bom.md')));
    expect([bom.encoding, bom.bom, bom.text]).toEqual(['utf-8', true, GOOD]);
  });

  it('--fix-dry-run lists the changes and writes nothing', async () => {
    const dir = folder({ 'a.txt': BAD });
    const r = await cli(dir, ['--fix-dry-run', 'a.txt']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`将作如下修改（未写入）：\na.txt:3:11  ${RULE}  “：。” → “：”\na.txt:4:8  ${RULE}  “。，” → “，”\n`);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(BAD);
  });

  it('never overwrites a .docx: a broken one is an error and nothing is written', async () => {
    const dir = folder({ 'x.docx': 'not a docx at all' });
    const r = await cli(dir, ['--fix', 'x.docx']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^gongwen-lint: x\.docx: [^\n]+\n$/);
    expect(existsSync(join(dir, 'x.fixed.docx'))).toBe(false);
    expect(readFileSync(join(dir, 'x.docx'), 'utf8')).toBe('not a docx at all');
  });
});

describe('--fix on .docx', () => {
  it('writes NAME.fixed.docx beside the original, never over it, and does not re-fix its own output', async () => {
    const { Document, Packer, Paragraph } = await import('docx');
    const doc = new Document({ sections: [{ children: [new Paragraph('关于做好检查工作的通知'), new Paragraph('现将有关事项通知如下：。')] }] });
    const bytes = new Uint8Array(await Packer.toBuffer(doc));
    const dir = folder({ 'x.docx': bytes });
    const first = await cli(dir, ['--fix', '.']);
    expect(readFileSync(join(dir, 'x.docx'))).toEqual(Buffer.from(bytes));
    if (first.code === 2) {
      // The DOCX fixer refused this input: one line, nothing written.
      expect(first.stderr).toMatch(/^gongwen-lint: x\.docx: [^\n]+\n$/);
      expect(existsSync(join(dir, 'x.fixed.docx'))).toBe(false);
      return;
    }
    expect(first.stderr).toMatch(/^gongwen-lint: 已写入 x\.fixed\.docx：修复 \d+ 个问题（\d+ 处修改）\n$/);
    await cli(dir, ['--fix', '.']);
    expect(readdirSync(dir).filter((f) => f.endsWith('.docx')).sort()).toEqual(['x.docx', 'x.fixed.docx']);
  });
});

describe('--fix-output', () => {
  it('writes the fixed .docx where asked (one .docx only)', async () => {
    const { Document, Packer, Paragraph } = await import('docx');
    const bytes = new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('现将有关事项通知如下：。')] }] })));
    const dir = folder({ 'x.docx': bytes, 'y.docx': bytes });
    const two = await cli(dir, ['--fix', '--fix-output', 'out/z.docx', 'x.docx', 'y.docx']);
    expect(two).toEqual({ code: 2, stdout: '', stderr: 'gongwen-lint: --fix-output 只能用于单个 .docx 文件（用 --help 查看用法）\n' });
    const same = await cli(dir, ['--fix', '--fix-output', 'x.docx', 'x.docx']);
    expect(same.code).toBe(2);
    expect(same.stderr).toContain('不会覆盖原 .docx 文件');
    expect(readFileSync(join(dir, 'x.docx'))).toEqual(Buffer.from(bytes));
    const one = await cli(dir, ['--fix', '--fix-output', 'out/z.docx', 'x.docx']);
    if (one.code === 2) return; // the DOCX fixer refused this input (its business); nothing more to check here
    expect(one.stderr).toMatch(/^gongwen-lint: 已写入 out\/z\.docx：修复 \d+ 个问题（\d+ 处修改）\n$/);
    expect(existsSync(join(dir, 'out', 'z.docx'))).toBe(true);
    expect(existsSync(join(dir, 'x.fixed.docx'))).toBe(false);
  });
});

describe('--print-config and --list-rules', () => {
  it('prints the merged config', async () => {
    const dir = folder({}, { preset: 'all', ignores: ['x/'] });
    const r = await cli(dir, ['--print-config', '--locale', 'en', '--date', '2024-05-06']);
    expect(r.code).toBe(0);
    const printed = JSON.parse(r.stdout);
    expect(printed).toMatchObject({ preset: 'all', ignores: ['x/'], locale: 'en', date: '2024-05-06', profile: 'auto', protectedTerms: [], lexicons: [] });
    // Every rule, with its effective level (and options where it has any).
    expect(Object.keys(printed.rules).sort()).toEqual(allRules.map((rule) => rule.meta.id).sort());
    expect(printed.rules['element/document-number']).toBe('error');
    expect(Object.values(printed.rules).every((v) => v !== 'off')).toBe(true);
    // It is a valid config file itself.
    expect(validateConfig(printed, allRules)).toEqual([]);
  });

  it('prints defaults and the rules off in the recommended preset when there is no config', async () => {
    const dir = folder({}, null);
    const printed = JSON.parse((await cli(dir, ['--print-config'])).stdout);
    expect(printed).toMatchObject({ preset: 'recommended', locale: 'zh', profile: 'auto' });
    const off = allRules.filter((rule) => rule.meta.presets && !rule.meta.presets.includes('recommended')).map((rule) => rule.meta.id);
    expect(off.length).toBeGreaterThan(0);
    for (const id of off) expect(printed.rules[id]).toBe('off');
  });

  it('lists every rule with its effective severity', async () => {
    const dir = folder({});
    const r = await cli(dir, ['--list-rules']);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(allRules.length);
    expect(lines.find((l) => l.startsWith(RULE + '\t'))).toBe(`${RULE}\terror\t可修复\t点号不得叠用（如“：。”“。，”）`);
  });
});

describe('the real binary (node bin/gongwen-lint.js, built dist/)', () => {
  it('dist/ is built (npm test builds it first)', () => {
    expect(existsSync(join(repo, 'dist', 'cli', 'main.js')), 'run `npm run build`').toBe(true);
  });

  it('exit 1 and the stylish report on stdout, as in-process', async () => {
    const dir = folder({ 'a.txt': BAD });
    const real = await spawnCli(dir, ['a.txt']);
    expect(real).toEqual(await cli(dir, ['a.txt']));
    expect(real.code).toBe(1);
  });

  it('reads a pipe with --stdin', async () => {
    const r = await spawnCli(folder({}), ['--stdin', '--format', 'json'], BAD);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).results[0].messages.map((m: any) => [m.line, m.column])).toEqual([[3, 11], [4, 8]]);
  });

  it('a reader that goes away (| head) ends it quietly', async () => {
    const dir = folder(Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`d${i}.txt`, BAD])));
    const r = await spawnCli(dir, [], undefined, `"${process.execPath}" "${bin}" --format json . | head -c 1 >/dev/null`);
    expect(r.stderr).toBe('');
  });
});
