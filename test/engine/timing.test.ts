/** --timing: phases and rules are timed when asked, and only then; the table names every phase. */
import { describe, expect, it } from 'vitest';
import { lintSync } from '../../src/engine/lint.js';
import { createTiming, formatTiming, mergeTiming, PHASES } from '../../src/engine/timing.js';

const TEXT = '青山市人民政府关于做好防汛工作的通知\n\n各区县人民政府：\n现将有关事项通知如下。\n\n青山市人民政府\n2024年3月15日\n';

describe('timing', () => {
  it('collects parse, recognise and rules time and one entry per rule that ran', () => {
    const timing = createTiming();
    const result = lintSync(TEXT, { filename: 'a.txt', timing });
    expect(timing.files).toBe(1);
    expect(Object.keys(timing.rules).sort()).toEqual([...result.rulesRun].sort());
    for (const phase of ['parse', 'recognise', 'rules', 'report'] as const) expect(timing.phases[phase]).toBeGreaterThan(0);
    expect(timing.phases.read).toBe(0); // the core reads nothing
  });

  it('leaves the result the same as without timing', () => {
    const a = lintSync(TEXT, { filename: 'a.txt' });
    const b = lintSync(TEXT, { filename: 'a.txt', timing: createTiming() });
    expect(b).toEqual(a);
  });

  it('formats a phase table and a rule table, and merges runs', () => {
    const one = createTiming();
    lintSync(TEXT, { filename: 'a.txt', timing: one });
    const both = mergeTiming(createTiming(), one);
    mergeTiming(both, one);
    expect(both.files).toBe(2);
    const text = formatTiming(both, { limit: 3 });
    for (const phase of PHASES) expect(text).toMatch(new RegExp(`^${phase} +\\|`, 'm'));
    expect(text).toMatch(/^Rule +\| Time \(ms\) \| Relative$/m);
    expect(text.split('\n').filter((l) => /^[a-z-]+\/[a-z-]+ +\|/.test(l))).toHaveLength(3);
  });
});

describe('gongwen-lint --timing', () => {
  it('prints the phase and rule tables on stderr, the report unchanged on stdout', async () => {
    const { main } = await import('../../src/cli/main.js');
    const { resolve } = await import('node:path');
    const run = async (args: string[]) => {
      let stdout = '';
      let stderr = '';
      const code = await main(args, {
        stdout: { write: (t: string) => (stdout += t) },
        stderr: { write: (t: string) => (stderr += t) },
        stdin: (async function* () {})(),
        cwd: resolve(__dirname, '..', '..'),
        env: {},
      });
      return { code, stdout, stderr };
    };
    const file = 'fixtures/text/notice-full.txt';
    const plain = await run(['--no-config', '--format', 'json', file]);
    const timed = await run(['--no-config', '--format', 'json', '--timing', file]);
    expect(timed.code).toBe(plain.code);
    expect(JSON.parse(timed.stdout)).toEqual(JSON.parse(plain.stdout));
    expect(timed.stderr).toMatch(/^read +\|/m);
    expect(timed.stderr).toMatch(/^typo\/unlikely-character +\|/m);
    expect(plain.stderr).toBe('');
  });
});
