import { describe, expect, it } from 'vitest';
import type { Config } from '../../src/config.js';
import { directivesInSource, isSuppressed } from '../../src/engine/directives.js';
import { applyTextFixes, fixText } from '../../src/engine/fix-text.js';
import { lintSync, lint } from '../../src/engine/lint.js';
import type { LintMessage } from '../../src/engine/messages.js';
import { resolveRules } from '../../src/engine/resolve.js';
import { crashes, docLevel, markA, markB, testRules, twice, withOptions } from './fixtures.js';

const run = (text: string, filename = 'a.txt', config: Config = {}, rules = testRules) =>
  lintSync(text, { filename, config: { preset: 'all', ...config }, rules });

const brief = (messages: LintMessage[]) => messages.map((m) => `${m.line ?? '-'}:${m.column ?? '-'} ${m.ruleId}`);

describe('directives', () => {
  const cases: Array<{ name: string; filename: string; text: string; expected: string[] }> = [
    {
      name: 'txt: disable one rule then enable it',
      filename: 'a.txt',
      text: ['甲一', 'gongwen-lint-disable typo/mark-a', '甲二丙', 'gongwen-lint-enable typo/mark-a', '甲三'].join('\n'),
      expected: ['1:1 typo/mark-a', '3:3 phrasing/mark-b', '5:1 typo/mark-a'],
    },
    {
      name: 'txt: disable all, enable all',
      filename: 'a.txt',
      text: ['gongwen-lint-disable', '甲丙', 'gongwen-lint-enable', '甲'].join('\n'),
      expected: ['4:1 typo/mark-a'],
    },
    {
      name: 'txt: disable all then enable one rule by id',
      filename: 'a.txt',
      text: ['gongwen-lint-disable', 'gongwen-lint-enable typo/mark-a', '甲丙'].join('\n'),
      expected: ['3:1 typo/mark-a'],
    },
    {
      name: 'txt: disable-next-line with two ids (comma and space)',
      filename: 'a.txt',
      text: ['gongwen-lint-disable-next-line typo/mark-a, phrasing/mark-b', '甲丙', '甲丙'].join('\n'),
      expected: ['3:1 typo/mark-a', '3:2 phrasing/mark-b'],
    },
    {
      name: 'txt: disable-next-line for another rule only',
      filename: 'a.txt',
      text: ['gongwen-lint-disable-next-line phrasing/mark-b', '甲丙'].join('\n'),
      expected: ['2:1 typo/mark-a'],
    },
    {
      name: 'txt: directive words inside a sentence are not a directive',
      filename: 'a.txt',
      text: ['请勿写 gongwen-lint-disable 之外的话', '甲'].join('\n'),
      expected: ['2:1 typo/mark-a'],
    },
    {
      name: 'md: comment disable/enable',
      filename: 'a.md',
      text: ['甲一', '', '<!-- gongwen-lint-disable typo/mark-a -->', '', '甲二', '', '<!-- gongwen-lint-enable typo/mark-a -->', '', '甲三'].join('\n'),
      expected: ['1:1 typo/mark-a', '9:1 typo/mark-a'],
    },
    {
      name: 'md: disable-next-line',
      filename: 'a.md',
      text: ['<!-- gongwen-lint-disable-next-line -->', '甲丙', '', '甲'].join('\n'),
      expected: ['4:1 typo/mark-a'],
    },
    {
      name: 'md: disable-line at the end of a line',
      filename: 'a.md',
      text: ['甲丙 <!-- gongwen-lint-disable-line typo/mark-a -->', '', '甲'].join('\n'),
      expected: ['1:2 phrasing/mark-b', '3:1 typo/mark-a'],
    },
    {
      name: 'md: a reason after -- is not a rule id',
      filename: 'a.md',
      text: ['<!-- gongwen-lint-disable typo/mark-a -- 引用原文 -->', '', '甲'].join('\n'),
      expected: [],
    },
    {
      name: 'document-level findings are not suppressed by disable-all',
      filename: 'a.txt',
      text: ['gongwen-lint-disable', '丁甲'].join('\n'),
      expected: ['-:- format/doc-level'],
    },
  ];
  it.each(cases)('$name', ({ filename, text, expected }) => {
    expect(brief(run(text, filename).messages)).toEqual(expected);
  });

  it('reads directives from the source with CRLF line ends', () => {
    expect(directivesInSource('甲\r\n<!-- gongwen-lint-disable a/b -->\r\n', 'md')).toEqual([
      { kind: 'disable', ruleIds: ['a/b'], line: 2 },
    ]);
  });

  it.each([
    ['txt', 'a.txt', ['甲', 'gongwen-lint-disable typo/mark-z, typo/mark-a', '甲'].join('\n'), 2, 22],
    ['md', 'a.md', ['甲', '', '<!-- gongwen-lint-disable-next-line typo/mark-z -->', '甲'].join('\n'), 3, 37],
  ])('%s: a disable comment naming an unknown rule is reported at the id', (_f, filename, text, line, column) => {
    const messages = run(text, filename).messages.filter((m) => m.ruleId === 'directive/unknown-rule');
    expect(messages).toEqual([
      expect.objectContaining({
        ruleId: 'directive/unknown-rule', severity: 'warning', messageId: 'unknownRule',
        data: expect.objectContaining({ ruleId: 'typo/mark-z' }), line, column, endLine: line, endColumn: column + 'typo/mark-z'.length,
      }),
    ]);
  });

  it('a disable comment naming known rules draws nothing of its own', () => {
    const text = ['gongwen-lint-disable typo/mark-a, punctuation/fullwidth-punctuation', '甲'].join('\n');
    expect(run(text).messages).toEqual([]);
  });

  it('never suppresses a message without a line', () => {
    const m: LintMessage = { ruleId: 'typo/mark-a', severity: 'error', message: 'x' };
    expect(isSuppressed(m, [{ kind: 'disable', ruleIds: [], line: 1 }])).toBe(false);
  });
});

describe('passes', () => {
  it('dedupes identical findings', () => {
    expect(brief(run('戊').messages)).toEqual(['1:1 consistency/twice']);
  });

  it('sorts by line, column, then rule id; document-level first', () => {
    expect(brief(run('丙甲\n甲丙丁').messages)).toEqual([
      '-:- format/doc-level',
      '1:1 phrasing/mark-b',
      '1:2 typo/mark-a',
      '2:1 typo/mark-a',
      '2:2 phrasing/mark-b',
    ]);
  });

  it('counts errors, warnings and fixables', () => {
    const r = run('甲丙甲');
    expect([r.errorCount, r.warningCount, r.fixableErrorCount, r.fixableWarningCount]).toEqual([2, 1, 2, 0]);
  });

  const severityCases: Array<[string, Config['rules'], string[]]> = [
    ['error → warn', { 'typo/mark-a': 'warn' }, ['warning']],
    ['error → warning (long form)', { 'typo/mark-a': ['warning'] }, ['warning']],
    ['warn → error', { 'typo/mark-a': 'error' }, ['error']],
    ['off', { 'typo/mark-a': 'off' }, []],
    ['array with options', { 'typo/mark-a': ['warn', {}] }, ['warning']],
  ];
  it.each(severityCases)('config severity %s', (_name, rules, expected) => {
    expect(run('甲', 'a.txt', { rules }, [markA]).messages.map((m) => m.severity)).toEqual(expected);
  });

  it('preset recommended leaves out rules outside it; all runs them', () => {
    expect(run('戊', 'a.txt', { preset: 'recommended' }).messages).toEqual([]);
    expect(run('戊', 'a.txt', { preset: 'all' }).messages.map((m) => m.ruleId)).toEqual(['consistency/twice']);
    expect(resolveRules(testRules, {}).map((r) => r.rule.meta.id)).not.toContain('consistency/twice');
    expect(resolveRules(testRules, { rules: { 'consistency/twice': 'warn' } }).find((r) => r.rule.meta.id === 'consistency/twice')?.severity).toBe('warning');
  });

  it('merges rule options over defaults', () => {
    expect(run('庚辛', 'a.txt', {}, [withOptions]).messages.map((m) => m.message)).toEqual(['不用“庚”']);
    const r = run('庚辛', 'a.txt', { rules: { 'phrasing/banned-word': ['error', { word: '辛' }] } }, [withOptions]);
    expect(r.messages.map((m) => [m.message, m.severity, m.column])).toEqual([['不用“辛”', 'error', 2]]);
  });

  it('messages in English with locale en', () => {
    expect(run('甲丙', 'a.txt', { locale: 'en' }).messages.map((m) => m.message)).toEqual([
      '“甲” should be “乙” (test clause 1)',
      'Avoid “丙”',
    ]);
    expect(run('甲', 'a.txt').messages[0].message).toBe('“甲”应为“乙”（测试条款 1）');
  });

  it('a rule that throws is recorded; other rules still report', () => {
    const r = run('甲\n己', 'a.txt', {}, [crashes, markA]);
    expect(r.ruleErrors).toEqual([{ ruleId: 'typo/crashes', message: 'boom' }]);
    expect(brief(r.messages)).toEqual(['1:1 typo/mark-a']);
    expect(r.rulesRun).toEqual(['typo/crashes', 'typo/mark-a']);
  });

  it('positions count UTF-16 code units (astral characters take two)', () => {
    const m = run('𠀀甲', 'a.txt', {}, [markA]).messages[0];
    expect([m.line, m.column, m.endLine, m.endColumn]).toEqual([1, 3, 1, 4]);
    expect(m.fix).toEqual([{ line: 1, column: 3, endLine: 1, endColumn: 4, range: [2, 3], text: '乙' }]);
  });

  it('related locations carry position, snippet and message', () => {
    const m = run('首行\n丙', 'a.txt', {}, [markB]).messages[0];
    expect(m.related).toEqual([{ line: 1, column: 1, endLine: 1, endColumn: 2, snippet: '首行', message: '首行' }]);
  });

  it('lint() resolves to the same result as lintSync()', async () => {
    const a = await lint('甲', { filename: 'a.txt', rules: [markA] });
    expect(a).toEqual(lintSync('甲', { filename: 'a.txt', rules: [markA] }));
  });
});

describe('text fixes', () => {
  it('applies fixes and is idempotent', () => {
    const first = fixText('甲甲\r\n丙甲\n', { filename: 'a.txt', rules: [markA, markB] });
    expect(first.output).toBe('乙乙\r\n丙乙\n');
    expect(first.applied.map((e) => [e.line, e.column, e.before, e.text, e.pass])).toEqual([
      [1, 1, '甲', '乙', 1],
      [1, 2, '甲', '乙', 1],
      [2, 2, '甲', '乙', 1],
    ]);
    expect(first.passes).toBe(1);
    expect(first.stable).toBe(true);
    expect(first.result.errorCount).toBe(0);
    const second = fixText(first.output, { filename: 'a.txt', rules: [markA, markB] });
    expect([second.changed, second.passes, second.output]).toEqual([false, 0, first.output]);
  });

  it('skips overlapping edits in a pass and takes them in the next', () => {
    const source = 'abcdef';
    const messages: LintMessage[] = [
      { ruleId: 'x/one', severity: 'error', message: '', fix: [{ line: 1, column: 1, endLine: 1, endColumn: 4, range: [0, 3], text: 'X' }] },
      { ruleId: 'x/two', severity: 'error', message: '', fix: [{ line: 1, column: 3, endLine: 1, endColumn: 5, range: [2, 4], text: 'Y' }] },
      { ruleId: 'x/three', severity: 'error', message: '', fix: [{ line: 1, column: 6, endLine: 1, endColumn: 7, range: [5, 6], text: 'Z' }] },
    ];
    const { output, applied } = applyTextFixes(source, messages);
    expect(output).toBe('XdeZ');
    expect(applied.map((a) => a.ruleId)).toEqual(['x/one', 'x/three']);
  });

  it('stops after maxPasses when fixes keep undoing each other', () => {
    const flip = {
      ...markA,
      meta: { ...markA.meta, id: 'typo/flip' },
      check: markA.check,
    };
    const back = {
      ...markA,
      meta: { ...markA.meta, id: 'typo/back', messages: { found: { zh: '乙→甲', en: '乙→甲' } } },
      check(context: Parameters<typeof markA.check>[0]) {
        for (const { line } of context.lines) {
          const i = line.value.indexOf('乙');
          if (i >= 0) context.report({ line, start: i, end: i + 1, messageId: 'found', fix: { start: i, end: i + 1, text: '甲' } });
        }
      },
    };
    const r = fixText('甲', { filename: 'a.txt', rules: [flip, back], maxPasses: 3 });
    expect([r.passes, r.stable]).toEqual([3, false]);
  });
});

describe('dedupe keeps distinct messages at one place', () => {
  it('two rules at the same spot both stay when they say different things (different fixes)', () => {
    const other: typeof markA = {
      meta: { ...markA.meta, id: 'typo/mark-a2' },
      check(context) {
        for (const { line } of context.lines) {
          const i = line.value.indexOf('甲');
          if (i >= 0) context.report({ line, start: i, end: i + 1, messageId: 'found', fix: { start: i, end: i + 1, text: '丙' } });
        }
      },
    };
    const r = run('甲', 'a.txt', {}, [markA, other]);
    expect(r.messages.map((m) => m.ruleId)).toEqual(['typo/mark-a', 'typo/mark-a2']);
  });
  it('two rules with the same fix at the same spot are one finding (see overlap.test.ts)', () => {
    const r = run('甲', 'a.txt', {}, [markA, { ...markA, meta: { ...markA.meta, id: 'typo/mark-a2' } }]);
    expect(r.messages.map((m) => m.ruleId)).toEqual(['typo/mark-a']);
  });
  it('unused fixtures are still valid rules', () => {
    expect([docLevel, twice].every((r) => r.meta.id.includes('/'))).toBe(true);
  });
});
