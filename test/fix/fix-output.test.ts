/**
 * --fix never costs work: it replaces only an output it wrote for the same document and nobody
 * changed since; an edited NAME.fixed.docx is kept and the new result goes to NAME.fixed-2.docx; an
 * explicit --fix-output that exists and is anything else is refused.
 */
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixFile } from '../../src/node/fix.js';
import { withZipComment } from '../../src/fix/docx/zip.js';
import { unzipSync, zipSync } from 'fflate';
import { runCli } from '../helpers/cli.js';

const draft = join(__dirname, '../../fixtures/draft.docx');
const dirs: string[] = [];
const tmp = () => { const d = mkdtempSync(join(tmpdir(), 'gw-fixout-')); dirs.push(d); return d; };
afterAll(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });
const config = { preset: 'all' } as const;

describe('--fix output files', () => {
  it('re-running --fix replaces its own unchanged output, and nothing else', async () => {
    const dir = tmp();
    copyFileSync(draft, join(dir, 'a.docx'));
    const one = await fixFile(join(dir, 'a.docx'), { config });
    expect(one.errors).toEqual([]);
    expect(one.written).toBe(join(dir, 'a.fixed.docx'));
    const two = await fixFile(join(dir, 'a.docx'), { config });
    expect(two.written).toBe(join(dir, 'a.fixed.docx'));
    expect(two.notice).toBeUndefined();
    expect(readdirSync(dir).sort()).toEqual(['a.docx', 'a.fixed.docx']);
  });

  it('an edited .fixed.docx is kept; the new result goes to .fixed-2.docx, and it says so', async () => {
    const dir = tmp();
    copyFileSync(draft, join(dir, 'a.docx'));
    await fixFile(join(dir, 'a.docx'), { config });
    // What Word does on save: the archive is rewritten and the mark is gone.
    const edited = withZipComment(new Uint8Array(readFileSync(join(dir, 'a.fixed.docx'))), undefined);
    writeFileSync(join(dir, 'a.fixed.docx'), edited);
    const again = await fixFile(join(dir, 'a.docx'), { config });
    expect(again.written).toBe(join(dir, 'a.fixed-2.docx'));
    expect(again.notice).toContain('a.fixed.docx 在上次修复后被改动过');
    expect(again.notice).toContain('a.fixed-2.docx');
    expect(new Uint8Array(readFileSync(join(dir, 'a.fixed.docx')))).toEqual(edited);
    // A byte changed under the mark counts as an edit too.
    const tampered = new Uint8Array(readFileSync(join(dir, 'a.fixed-2.docx')));
    tampered[40] ^= 1;
    writeFileSync(join(dir, 'a.fixed-2.docx'), tampered);
    const third = await fixFile(join(dir, 'a.docx'), { config });
    expect(third.written).toBe(join(dir, 'a.fixed-3.docx'));
  });

  it('--fix-output refuses to replace a file that is not its earlier output for this document', async () => {
    const dir = tmp();
    copyFileSync(draft, join(dir, 'a.docx'));
    copyFileSync(draft, join(dir, 'b.docx'));
    writeFileSync(join(dir, 'notes.docx'), 'my notes');
    const r = await fixFile(join(dir, 'a.docx'), { config, output: join(dir, 'notes.docx') });
    expect(r.written).toBeUndefined();
    expect(r.errors.map((e) => e.code)).toEqual(['fix-output-exists']);
    expect(r.errors[0].message).toContain('请另指定 --fix-output');
    expect(readFileSync(join(dir, 'notes.docx'), 'utf8')).toBe('my notes');
    // The output of another document is not this document's output either.
    await fixFile(join(dir, 'b.docx'), { config, output: join(dir, 'out.docx') });
    const other = await fixFile(join(dir, 'a.docx'), { config, output: join(dir, 'out.docx') });
    expect(other.errors.map((e) => e.code)).toEqual(['fix-output-exists']);
    // Its own earlier output it replaces.
    const own = await fixFile(join(dir, 'b.docx'), { config, output: join(dir, 'out.docx') });
    expect(own.errors).toEqual([]);
    expect(own.written).toBe(join(dir, 'out.docx'));
  });

  it('--fix-output must be a .docx name (zip bytes in a.txt were then linted as text)', async () => {
    const dir = tmp();
    copyFileSync(draft, join(dir, 'a.docx'));
    const r = await fixFile(join(dir, 'a.docx'), { config, output: join(dir, 'a.txt'), ...{} });
    expect(r.errors.map((e) => e.code)).toEqual(['fix-output']);
    expect(readdirSync(dir)).toEqual(['a.docx']);
    const en = await fixFile(join(dir, 'a.docx'), { config: { ...config, locale: 'en' }, output: join(dir, 'a.txt') });
    expect(en.errors[0].message).toMatch(/must name a \.docx file/);
  });

  it('says how many fixable problems a damaged package would not take, so the counts add up (zh and en)', async () => {
    const dir = tmp();
    const pkg = unzipSync(new Uint8Array(readFileSync(draft)));
    delete pkg['[Content_Types].xml']; // no place to declare new footer parts
    writeFileSync(join(dir, 'a.docx'), zipSync(pkg));
    const r = await fixFile(join(dir, 'a.docx'), { config });
    const lint = await runCli(dir, ['a.docx', '--format', 'json']);
    const [before] = JSON.parse(lint.stdout).results;
    expect(r.unfixedCount).toBeGreaterThan(0);
    expect(r.fixedCount! + r.unfixedCount!).toBe(before.fixableErrorCount + before.fixableWarningCount);
    const zh = await runCli(dir, ['a.docx', '--fix', '--format', 'json']);
    expect(zh.stderr).toBe(`gongwen-lint: 已写入 a.fixed.docx：修复 ${r.fixedCount} 个问题（${r.changes.length} 处修改）；另有 ${r.unfixedCount} 个可修复的问题因文件结构不完整未能修复，请用 Word 或 WPS 打开后另存为 .docx 再试\n`);
    const en = await runCli(dir, ['a.docx', '--fix', '--format', 'json', '--locale', 'en']);
    expect(en.stderr).toMatch(new RegExp(`^gongwen-lint: wrote a\\.fixed\\.docx: ${r.fixedCount} problems fixed \\(\\d+ changes\\); ${r.unfixedCount} more fixable problems? could not be fixed because the package is incomplete: open it in Word or WPS, save as \\.docx and try again\n$`));
  });

  it('a failed write names the path it could not write and says what to do, in the locale (it said "no such file" of the document)', async () => {
    const dir = tmp();
    copyFileSync(draft, join(dir, 'a.docx'));
    writeFileSync(join(dir, 'plain'), 'a file, not a folder');
    const target = join(dir, 'plain', 'out.docx'); // ENOTDIR on every platform, root or not
    const zh = await fixFile(join(dir, 'a.docx'), { config, output: target });
    expect(zh.written).toBeUndefined();
    expect(zh.errors).toEqual([{ filePath: join(dir, 'a.docx'), code: 'write-failed', message: `无法写入 ${target}（路径中有一段不是文件夹），未作任何改动；请另指定 --fix-output 或检查该文件夹` }]);
    const en = await fixFile(join(dir, 'a.docx'), { config: { ...config, locale: 'en' }, output: target });
    expect(en.errors.map((e) => e.message)).toEqual([`cannot write ${target} (part of the path is not a folder); nothing was changed: give another --fix-output or free that folder`]);
    const cli = await runCli(dir, ['a.docx', '--fix', '--fix-output', 'plain/out.docx', '--format', 'json']);
    expect(cli.code).toBe(2);
    expect(cli.stderr).toBe(`gongwen-lint: a.docx: 无法写入 ${target}（路径中有一段不是文件夹），未作任何改动；请另指定 --fix-output 或检查该文件夹\n`);
    expect(readdirSync(dir).sort()).toEqual(['a.docx', 'plain']);
    expect(new Uint8Array(readFileSync(join(dir, 'a.docx')))).toEqual(new Uint8Array(readFileSync(draft)));
  });
});
