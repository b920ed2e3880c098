/**
 * Fuzzing: thousands of seeded mutants of the fixture .docx files, each linted and fixed. Every
 * mutant must end in findings (and, when linted, a fix whose output lints again) or an InputError —
 * a one-line message for the user — never in another exception. GONGWEN_FUZZ=N sets the number of
 * mutants (default 500, about 10 s of CPU; `GONGWEN_FUZZ=5000 npx vitest run test/fix/fuzz.test.ts` for more).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintSync } from '../../src/engine/lint.js';
import { fixDocx } from '../../src/fix/docx/index.js';
import { isInputError } from '../../src/parsers/errors.js';
import { formatRules } from '../../src/rules/format/index.js';
import { punctuationRules } from '../../src/rules/punctuation/index.js';
import { elementRules } from '../../src/rules/element/index.js';
import { zipSync } from 'fflate';
import { mutant, unpack } from './fuzz.js';

const fixtures = join(__dirname, '../../fixtures');
const FILES = ['draft.docx', 'features.docx', 'notice.docx', 'libreoffice/lo-c01-notice.docx'];
const COUNT = Number(process.env.GONGWEN_FUZZ ?? 500);
const config = { preset: 'all' } as const;
// The rules that carry fixes (format edits, text edits) and read the structure; the statistical typo
// model adds time, not paths through the reader or the fixer.
const rules = [...formatRules, ...punctuationRules, ...elementRules];

function fuzzOne(bytes: Uint8Array, filename: string): string | undefined {
  let result;
  try {
    result = lintSync(bytes, { filename, config, rules });
  } catch (error) {
    return isInputError(error) ? undefined : `lint: ${(error as Error)?.stack ?? error}`;
  }
  if (result.ruleErrors?.length) return `rule: ${result.ruleErrors.map((e) => `${e.ruleId}: ${e.message}`).join('; ')}`;
  let fixed;
  try {
    fixed = fixDocx(bytes, { filename, config, result });
  } catch (error) {
    return `fix: ${(error as Error)?.stack ?? error}`;
  }
  if (fixed.bytes === bytes) return undefined;
  try {
    lintSync(fixed.bytes, { filename, config, rules: [] });
  } catch (error) {
    return `lint of the fixed file: ${(error as Error)?.stack ?? error}`;
  }
  return undefined;
}

const enc = new TextEncoder();
const dec = new TextDecoder();
function edited(file: string, part: string, edit: (xml: string) => string): Uint8Array {
  const pkg = unpack(new Uint8Array(readFileSync(join(fixtures, file))));
  pkg[part] = enc.encode(edit(dec.decode(pkg[part])));
  return zipSync(pkg);
}

describe('legal OOXML the fixer did not expect', () => {
  const rels = 'word/_rels/document.xml.rels';
  it.each([
    ['single-quoted relationship targets', () => edited('draft.docx', rels, (x) => x.replace(/Target="([^"]*)"/g, "Target='$1'"))],
    ['single-quoted package relationships', () => edited('draft.docx', '_rels/.rels', (x) => x.replace(/"/g, "'"))],
    ['an empty settings target', () => edited('draft.docx', rels, (x) => x.replace(/Target="settings.xml"/, 'Target=""'))],
    ['absolute targets', () => edited('draft.docx', rels, (x) => x.replace(/Target="(?!\/)([^"]*)"/g, 'Target="/word/$1"'))],
    ['no settings relationship, a damaged settings.xml lying there (fuzz seed 2425)', () => {
      const pkg = unpack(new Uint8Array(readFileSync(join(fixtures, 'features.docx'))));
      return mutant(pkg, 2425).bytes;
    }],
  ])('%s: lints, fixes, and the fixed file reads', (_name, make) => {
    const bytes = make();
    const result = lintSync(bytes, { filename: 'x.docx', config, rules });
    const fixed = fixDocx(bytes, { filename: 'x.docx', config, result });
    expect(fixed.fixed.length).toBeGreaterThan(0);
    expect(() => lintSync(fixed.bytes, { filename: 'x.docx', rules: [] })).not.toThrow();
  });
});

/** Every fixable finding of `bytes` is fixed, and a re-lint of the result finds nothing fixable. */
function fixesAll(bytes: Uint8Array) {
  const result = lintSync(bytes, { filename: 'x.docx', config, rules });
  const fixable = result.messages.filter((m) => m.fix?.length || m.formatFix?.length);
  const fixed = fixDocx(bytes, { filename: 'x.docx', config, result });
  const left = lintSync(fixed.bytes, { filename: 'x.docx', config, rules }).messages.filter((m) => m.fix?.length || m.formatFix?.length);
  return { fixable: fixable.length, fixed: fixed.fixed.length, unapplied: fixed.unapplied.length, left: left.map((m) => `${m.ruleId}/${m.messageId}`), bytes: fixed.bytes };
}

describe('the fixer edits the parts the reader read (found by test/fix/real-docx.test.ts on mutants)', () => {
  const rels = 'word/_rels/document.xml.rels';
  it.each([
    // The reader falls back to word/document.xml when the package relationship points nowhere; the
    // fixer looked only at the relationship and fixed nothing of what the summary called fixable.
    ['a package relationship to a missing main part', () => edited('draft.docx', '_rels/.rels', (x) => x.replace('Target="word/document.xml"', 'Target="/word/word/document.xml"'))],
    // The settings relationship names a part that is not there: the reader reads no settings, so the
    // fixer must add odd/even footers in a part it does read (it wrote nothing, the finding stayed).
    ['a settings relationship to a missing part', () => edited('draft.docx', rels, (x) => x.replace('Target="settings.xml"', 'Target="/word/nowhere.xml"'))],
    ['settings.xml removed, its relationship kept', () => {
      const pkg = unpack(new Uint8Array(readFileSync(join(fixtures, 'draft.docx'))));
      delete pkg['word/settings.xml'];
      return zipSync(pkg);
    }],
  ])('%s: every fixable finding is fixed and stays fixed', (_name, make) => {
    const r = fixesAll(make());
    expect(r.fixable).toBeGreaterThan(0);
    expect({ fixed: r.fixed, unapplied: r.unapplied, left: r.left }).toEqual({ fixed: r.fixable, unapplied: 0, left: [] });
  });

  it('a new footer never takes a name a dangling relationship points at (it would show up where that one is referenced)', () => {
    // Mutant seed 128 of a real 信函: footer1.xml removed, its relationship kept as the first-page
    // footer; the new odd-page footer was written as footer1.xml and page 1 showed a number.
    const pkg = unpack(new Uint8Array(readFileSync(join(fixtures, 'draft.docx'))));
    delete pkg['word/footer1.xml'];
    const r = fixesAll(zipSync(pkg));
    const added = Object.keys(unpack(r.bytes)).filter((n) => /^word\/footer\d+\.xml$/.test(n));
    expect(added.length).toBeGreaterThanOrEqual(2);
    expect(added).not.toContain('word/footer1.xml');
    expect({ fixed: r.fixed, left: r.left }).toEqual({ fixed: r.fixable, left: [] });
  });

  it('no [Content_Types].xml: the footers cannot be added, and those findings are counted unapplied, not fixed', () => {
    const pkg = unpack(new Uint8Array(readFileSync(join(fixtures, 'draft.docx'))));
    delete pkg['[Content_Types].xml'];
    const r = fixesAll(zipSync(pkg));
    expect(r.unapplied).toBeGreaterThan(0);
    expect(r.fixed + r.unapplied).toBe(r.fixable);
    expect(r.left.length).toBeLessThanOrEqual(r.unapplied);
    expect(r.left.every((id) => id.startsWith('format/page-number/'))).toBe(true);
  });
});

describe('fuzzing lint and --fix with mutated .docx', () => {
  const packages = FILES.map((f) => ({ f, pkg: unpack(new Uint8Array(readFileSync(join(fixtures, f)))) }));
  it(`${COUNT} seeded mutants: no unexpected exception`, () => {
    const failures: string[] = [];
    for (let seed = 1; seed <= COUNT; seed++) {
      const { f, pkg } = packages[seed % packages.length];
      const m = mutant(pkg, seed);
      const problem = fuzzOne(m.bytes, f.replace(/.*\//, ''));
      if (problem) failures.push(`${f} ${m.name}\n  ${problem.split('\n').slice(0, 4).join('\n  ')}`);
    }
    expect(failures.slice(0, 5).join('\n'), `${failures.length} of ${COUNT} mutants failed`).toBe('');
  }, 300_000);
});
