/** main() in-process with a fake terminal: progress line, colours, NO_COLOR. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, type CliIO } from '../../src/cli/main.js';
import { allRules } from '../../src/rules/index.js';

const RULE = 'punctuation/duplicate-punctuation';
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gwl-main-'));
  mkdirSync(join(dir, '.git'));
  writeFileSync(
    join(dir, 'gongwen-lint.config.json'),
    JSON.stringify({ rules: Object.fromEntries(allRules.map((r) => [r.meta.id, r.meta.id === RULE ? 'error' : 'off'])) }),
  );
  writeFileSync(join(dir, 'a.txt'), '通知如下：。\n');
  writeFileSync(join(dir, 'b.txt'), '通知如下：\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function io(tty: boolean, env: Record<string, string> = {}, stdin: string[] = []) {
  const out = { stdout: '', stderr: '' };
  const value: CliIO = {
    stdout: { write: (t: string) => (out.stdout += t), isTTY: tty },
    stderr: { write: (t: string) => (out.stderr += t), isTTY: tty },
    stdin: (async function* () {
      for (const s of stdin) yield new TextEncoder().encode(s);
    })(),
    cwd: dir,
    env,
  };
  return { io: value, out };
}

describe('main() on a terminal', () => {
  it('shows a progress line on stderr and clears it', async () => {
    const { io: t, out } = io(true);
    expect(await main(['.'], t)).toBe(1);
    expect(out.stderr).toContain('\r检查中 1/2 a.txt');
    expect(out.stderr).toContain('\r检查中 2/2 b.txt');
    expect(out.stderr.endsWith('\r')).toBe(true);
  });

  it('no progress line in CI or off a terminal', async () => {
    const ci = io(true, { CI: 'true' });
    await main(['.'], ci.io);
    expect(ci.out.stderr).toBe('');
    const pipe = io(false);
    await main(['.'], pipe.io);
    expect(pipe.out.stderr).toBe('');
  });

  it('colours on a terminal, not with NO_COLOR', async () => {
    const tty = io(true);
    await main(['a.txt'], tty.io);
    expect(tty.out.stdout).toContain('\u001b[31m错误');
    const nc = io(true, { NO_COLOR: '1' });
    await main(['a.txt'], nc.io);
    expect(nc.out.stdout).not.toContain('\u001b[');
    expect(nc.out.stdout).toContain('1:5  错误  标点“：。”叠用');
  });

  it('--ignore-pattern skips matching files (repeatable)', async () => {
    const s = io(false);
    expect(await main(['--ignore-pattern', 'a.*', '--ignore-pattern', 'zzz', '.'], s.io)).toBe(0);
    expect(s.out.stdout).toBe('');
  });

  it('--rule sets one rule over the config; a bad spec is a usage error', async () => {
    const off = io(false);
    expect(await main(['--rule', `${RULE}:off`, 'a.txt'], off.io)).toBe(0);
    const warn = io(false);
    expect(await main(['--rule', `${RULE}=warn`, 'a.txt'], warn.io)).toBe(0);
    expect(warn.out.stdout).toContain('1 个警告');
    const bad = io(false);
    expect(await main(['--rule', 'typo/nothing:off', 'a.txt'], bad.io)).toBe(2);
    expect(bad.out.stderr).toBe('gongwen-lint: 没有规则 typo/nothing（--list-rules 可列出全部规则）（用 --help 查看用法）\n');
  });

  it('--stdin reads the given stream', async () => {
    const s = io(false, {}, ['通知如下', '：。\n']);
    expect(await main(['--stdin', '--format', 'json'], s.io)).toBe(1);
    expect(JSON.parse(s.out.stdout).results[0].messages[0].column).toBe(5);
  });
});
