/**
 * The hidden-set kind of check, over the real .docx files in ../shared/corpus/docx-real (skipped when
 * absent) and seeded mutants of them, through the CLI as a user runs it (in-process, src/cli/main.ts):
 * - lint and --fix end in findings or in one line per problem that names the file, in the user's
 *   language (zh; en with --locale en), never a stack trace; exit codes 0/1 for findings, 2 for a file
 *   that could not be read;
 * - nothing the user wrote is overwritten: the original and every other file in the folder keep their
 *   bytes;
 * - the fixed count --fix reports equals the lint summary's fixable count, and a re-lint of the
 *   .fixed.docx shows no fixable finding left (so --fix on it changes nothing: idempotent).
 * GONGWEN_FUZZ_REAL=N sets the number of mutants per real file (default 12; `GONGWEN_FUZZ_REAL=200 npx vitest run test/fix/real-docx.test.ts` for more).
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { mutant, unpack } from './fuzz.js';

const real = join(__dirname, '../../../shared/corpus/docx-real');
const files = existsSync(real) ? readdirSync(real).filter((f) => f.endsWith('.docx')).sort() : [];
const COUNT = Number(process.env.GONGWEN_FUZZ_REAL ?? 12);
const dirs: string[] = [];
afterAll(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });
const tmp = () => { const d = mkdtempSync(join(tmpdir(), 'gw-real-')); dirs.push(d); return d; };

const HAN = /\p{Script=Han}/u;
const STACK = /\n\s+at |(?:Type|Reference|Range|Syntax)Error\b|\bundefined\b|\[object /;

interface Finding { ruleId: string; messageId?: string; line?: number; data?: unknown; fix?: unknown[]; formatFix?: unknown[] }
interface Summary { errorCount: number; warningCount: number; fixableErrorCount: number; fixableWarningCount: number; messages: Finding[] }
const isFixable = (m: Finding) => Boolean(m.fix?.length || m.formatFix?.length);
const fixable = (r: Summary) => r.fixableErrorCount + r.fixableWarningCount;

/** Problems with one run's stderr: every line names the file and is in the locale. */
function stderrProblems(stderr: string, name: string, locale: 'zh' | 'en'): string[] {
  const out: string[] = [];
  if (STACK.test(stderr)) out.push(`stack trace or internal text: ${stderr.slice(0, 300)}`);
  for (const line of stderr.split('\n').filter(Boolean)) {
    if (!line.startsWith('gongwen-lint: ')) out.push(`not a gongwen-lint line: ${line}`);
    else if (!line.includes(name.replace(/\.docx$/, ''))) out.push(`does not name the file: ${line}`);
    const rest = line.split(name.replace(/\.docx$/, '')).join('');
    if (locale === 'en' && HAN.test(rest)) out.push(`Chinese in an English error: ${line}`);
    if (locale === 'zh' && !HAN.test(rest)) out.push(`not Chinese: ${line}`);
  }
  return out;
}

/** Lint, --fix (zh and en) and re-lint one file in a folder of its own; returns what went wrong. */
async function scenario(name: string, bytes: Uint8Array, mutated = false): Promise<string[]> {
  const dir = tmp();
  const problems: string[] = [];
  writeFileSync(join(dir, name), bytes);
  writeFileSync(join(dir, 'notes.txt'), '我的笔记，不要动。');
  const lint = await runCli(dir, [name, '--format', 'json']);
  problems.push(...stderrProblems(lint.stderr, name, 'zh'));
  if (![0, 1, 2].includes(lint.code)) problems.push(`lint exit ${lint.code}`);
  let before: Summary | undefined;
  if (lint.code !== 2) {
    if (lint.stderr !== '') problems.push(`exit ${lint.code} with stderr: ${lint.stderr}`);
    [before] = (JSON.parse(lint.stdout) as { results: Summary[] }).results;
  } else if (lint.stderr === '') problems.push('exit 2 without a message');

  for (const locale of ['zh', 'en'] as const) {
    const fix = await runCli(dir, [name, '--fix', '--format', 'json', '--locale', locale]);
    problems.push(...stderrProblems(fix.stderr, name, locale).map((p) => `--fix ${locale}: ${p}`));
    if (Buffer.compare(readFileSync(join(dir, name)), Buffer.from(bytes)) !== 0) problems.push('the original was changed');
    if (readFileSync(join(dir, 'notes.txt'), 'utf8') !== '我的笔记，不要动。') problems.push('another file was changed');
    if ((lint.code === 2) !== (fix.code === 2)) problems.push(`lint exit ${lint.code} but --fix exit ${fix.code}: ${fix.stderr}`);
    const fixedName = name.replace(/\.docx$/, '.fixed.docx');
    const written = existsSync(join(dir, fixedName));
    if (lint.code === 2 || !before) {
      if (written && locale === 'zh') problems.push('a .fixed.docx was written for a file that could not be read');
      continue;
    }
    if (!written) { problems.push(`--fix ${locale}: no .fixed.docx: ${fix.stderr}`); continue; }
    const m = /(?:修复 |: )(\d+) (?:个问题|problems? fixed)/.exec(fix.stderr);
    // A damaged package may not take every edit: --fix then says how many it could not apply.
    const unfixed = Number(/另有 (\d+) 个可修复的问题|; (\d+) more fixable problems? could not/.exec(fix.stderr)?.slice(1).find(Boolean) ?? 0);
    if (!m) problems.push(`--fix ${locale}: no fixed count: ${fix.stderr}`);
    else if (Number(m[1]) + unfixed !== fixable(before)) problems.push(`--fix ${locale}: fixed ${m[1]} (+${unfixed} not), the summary said ${fixable(before)} fixable`);
    if (unfixed && !mutated) problems.push(`--fix ${locale}: ${unfixed} fixable problems not fixed in an intact file`);
    if (locale === 'en') continue;
    const again = await runCli(dir, [fixedName, '--format', 'json']);
    if (again.code === 2) { problems.push(`the .fixed.docx does not read: ${again.stderr}`); continue; }
    const [after] = (JSON.parse(again.stdout) as { results: Summary[] }).results;
    // Fixed is fixed: a re-lint finds none of the fixable findings again but those --fix said it could
    // not apply. (A text fix may change how a damaged document's parts are recognised and so bring
    // out new findings; those are not ones it fixed.)
    const key = (m: Finding) => `${m.ruleId} ${m.messageId} ${m.line ?? ''} ${JSON.stringify(m.data ?? {})}`;
    const was = new Set(before.messages.filter(isFixable).map(key));
    const still = after.messages.filter(isFixable).filter((m) => was.has(key(m)));
    if (still.length > unfixed) problems.push(`fixed findings found again after --fix: ${still.map(key).join('; ')} (${unfixed} said not fixed)`);
    if (!mutated && fixable(after) !== 0) problems.push(`fixable findings after --fix: ${after.messages.filter(isFixable).map(key).join('; ')}`);
  }
  return problems;
}

describe.skipIf(files.length === 0)('real .docx files: lint and --fix as a user runs them', () => {
  it.each(files)('%s', async (name) => {
    expect(await scenario(name, new Uint8Array(readFileSync(join(real, name))))).toEqual([]);
  });

  it.each(files)(`%s: ${COUNT} seeded mutants`, async (name) => {
    const pkg = unpack(new Uint8Array(readFileSync(join(real, name))));
    const failures: string[] = [];
    for (let seed = 1; seed <= COUNT; seed++) {
      const m = mutant(pkg, seed);
      const problems = await scenario(name, m.bytes, true);
      if (problems.length) failures.push(`${m.name}\n  ${problems.join('\n  ')}`);
    }
    expect(failures.slice(0, 6).join('\n'), `${failures.length} of ${COUNT} mutants`).toBe('');
  }, 600_000);
});
if (files.length === 0) it('skipped: ../shared/corpus/docx-real is absent', () => {});
