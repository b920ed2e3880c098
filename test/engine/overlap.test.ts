import { describe, expect, it } from 'vitest';
import { lintSync } from '../../src/engine/lint.js';
import { mergeOverlaps } from '../../src/engine/overlap.js';
import type { LintMessage } from '../../src/engine/messages.js';
import { defineRule, type Rule } from '../../src/rule.js';

const msg = (ruleId: string, severity: 'error' | 'warning', column: number, endColumn: number, fixText?: string): LintMessage => ({
  ruleId,
  severity,
  message: ruleId,
  line: 3,
  column,
  endLine: 3,
  endColumn,
  ...(fixText !== undefined ? { fix: [{ line: 3, column, endLine: 3, endColumn, text: fixText }] } : {}),
});

describe('mergeOverlaps: one fault, one finding', () => {
  it.each([
    ['same fix: the element rule stays', [msg('punctuation/b', 'error', 5, 6, '：'), msg('element/a', 'warning', 5, 6, '：')], ['element/a']],
    ['same fix, no element rule: the error stays', [msg('number/a', 'warning', 5, 6, '：'), msg('punctuation/b', 'error', 5, 6, '：')], ['punctuation/b']],
    ['same fix, same severity: the first stays', [msg('x/a', 'error', 5, 6, '：'), msg('x/b', 'error', 5, 6, '：')], ['x/a']],
    ['warning without fix inside an error: the error stays', [msg('typo/a', 'error', 4, 6, '部署'), msg('typo/b', 'warning', 4, 5)], ['typo/a']],
    ['different fixes: both stay', [msg('x/a', 'error', 5, 8, '……'), msg('x/b', 'error', 5, 8, '。')], ['x/a', 'x/b']],
    ['warning outside the error: both stay', [msg('x/a', 'error', 4, 6, 'A'), msg('x/b', 'warning', 7, 8)], ['x/a', 'x/b']],
    ['a warning with its own fix inside an error: both stay', [msg('x/a', 'error', 4, 9), msg('x/b', 'warning', 5, 6, 'B')], ['x/a', 'x/b']],
    ['same rule twice: both stay', [msg('x/a', 'error', 4, 9, 'A'), msg('x/a', 'warning', 4, 9, 'A')], ['x/a', 'x/a']],
  ])('%s', (_name, input, kept) => {
    expect(mergeOverlaps(input).map((m) => m.ruleId)).toEqual(kept);
  });

  it('the kept finding keeps its own rule\'s severity', () => {
    const kept = mergeOverlaps([msg('punctuation/b', 'error', 5, 6, '：'), msg('element/a', 'warning', 5, 6, '：')]);
    expect(kept.map((m) => [m.ruleId, m.severity])).toEqual([['element/a', 'warning']]);
  });

  it('runs in the engine: a colon flagged by two rules is reported once, by the element rule, at its own severity whatever the other rule is set to', () => {
    const colon = (id: string, severity: 'error' | 'warning'): Rule =>
      defineRule({
        meta: {
          id, category: 'punctuation', clause: 'test', description: { zh: id, en: id }, severity, fixable: true,
          messages: { m: { zh: id, en: id } },
        },
        check(context) {
          for (const { line } of context.lines) {
            const i = line.value.indexOf(':');
            if (i >= 0) context.report({ line, start: i, end: i + 1, messageId: 'm', fix: { start: i, end: i + 1, text: '：' } });
          }
        },
      });
    const result = lintSync('各区人民政府:', {
      filename: 'a.txt',
      rules: [colon('element/addressee-colon', 'warning'), colon('punctuation/fullwidth-punctuation', 'error')],
    });
    expect(result.messages.map((m) => [m.ruleId, m.severity, m.line, m.column])).toEqual([
      ['element/addressee-colon', 'warning', 1, 7],
    ]);
    for (const setting of ['off', 'warn', 'error'] as const) {
      const r = lintSync('各区人民政府:', {
        filename: 'a.txt',
        rules: [colon('element/addressee-colon', 'warning'), colon('punctuation/fullwidth-punctuation', 'error')],
        config: { rules: { 'punctuation/fullwidth-punctuation': setting } },
      });
      expect(r.messages.find((m) => m.ruleId === 'element/addressee-colon')?.severity, setting).toBe('warning');
    }
  });
});
