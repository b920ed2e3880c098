/** Rules defined for the engine, reporter and node tests (the built-in set changes as rules land). */
import { defineRule, type Rule } from '../../src/rule.js';

/** Every 甲 is wrong: error, fix → 乙. */
export const markA: Rule = defineRule({
  meta: {
    id: 'typo/mark-a',
    category: 'typo',
    clause: '测试条款 1',
    description: { zh: '不用“甲”', en: 'No “甲”' },
    severity: 'error',
    fixable: true,
    messages: { found: { zh: '“甲”应为“乙”（测试条款 1）', en: '“甲” should be “乙” (test clause 1)' } },
    examples: { bad: ['甲方'], good: ['乙方'] },
  },
  check(context) {
    for (const { line } of context.lines) {
      for (const m of line.value.matchAll(/甲/g)) {
        context.report({ line, start: m.index!, end: m.index! + 1, messageId: 'found', fix: { start: m.index!, end: m.index! + 1, text: '乙' } });
      }
    }
  },
});

/** Every 丙 is a warning, with a related location at the first line; no fix. */
export const markB: Rule = defineRule({
  meta: {
    id: 'phrasing/mark-b',
    category: 'phrasing',
    clause: '测试条款 2',
    description: { zh: '少用“丙”', en: 'Avoid “丙”' },
    severity: 'warning',
    fixable: false,
    // clause: false — these fixture messages cite nothing, so the assertions on them read the bare text
    // (the engine's citation is tested in message-text.test.ts).
    messages: { found: { zh: '少用“{word}”', en: 'Avoid “{word}”', clause: false } },
  },
  check(context) {
    const first = context.lines[0]?.line;
    for (const { line } of context.lines) {
      for (const m of line.value.matchAll(/丙/g)) {
        context.report({
          line,
          start: m.index!,
          end: m.index! + 1,
          messageId: 'found',
          data: { word: '丙' },
          related: first ? [{ line: first, start: 0, end: 1, message: '首行' }] : undefined,
        });
      }
    }
  },
});

/** A document-level finding (no line) when the text has 丁 anywhere. */
export const docLevel: Rule = defineRule({
  meta: {
    id: 'format/doc-level',
    category: 'format',
    clause: '测试条款 3',
    description: { zh: '全文不用“丁”', en: 'No “丁” anywhere' },
    severity: 'warning',
    fixable: false,
    messages: { page: { zh: '全文含“丁”', en: 'The document contains “丁”' } },
  },
  check(context) {
    if (context.lines.some(({ line }) => line.value.includes('丁'))) context.report({ messageId: 'page' });
  },
});

/** Reports every 戊 twice (the engine dedupes). Only in preset `all`. */
export const twice: Rule = defineRule({
  meta: {
    id: 'consistency/twice',
    category: 'consistency',
    clause: '测试条款 4',
    description: { zh: '重复报告', en: 'Reports twice' },
    severity: 'error',
    fixable: false,
    presets: [],
    messages: { dup: { zh: '“戊”', en: '“戊”' } },
  },
  check(context) {
    for (const { line } of context.lines) {
      const i = line.value.indexOf('戊');
      if (i < 0) continue;
      context.report({ line, start: i, end: i + 1, messageId: 'dup' });
      context.report({ line, start: i, end: i + 1, messageId: 'dup' });
    }
  },
});

/** Throws on any text with 己. */
export const crashes: Rule = defineRule({
  meta: {
    id: 'typo/crashes',
    category: 'typo',
    clause: '测试条款 5',
    description: { zh: '会崩溃', en: 'Crashes' },
    severity: 'error',
    fixable: false,
    messages: { never: { zh: '不会出现', en: 'never' } },
  },
  check(context) {
    for (const { line } of context.lines) {
      if (line.value.includes('己')) throw new Error('boom\nsecond line of the stack');
      context.report({ line, messageId: 'never' });
    }
  },
});

/** Options with a schema: `{ word: string }` reported as a warning wherever it occurs. */
export const withOptions: Rule = defineRule({
  meta: {
    id: 'phrasing/banned-word',
    category: 'phrasing',
    clause: '测试条款 6',
    description: { zh: '禁用词', en: 'Banned word' },
    severity: 'warning',
    fixable: false,
    schema: { type: 'object', properties: { word: { type: 'string', minLength: 1 } }, additionalProperties: false },
    defaultOptions: { word: '庚' },
    messages: { banned: { zh: '不用“{word}”', en: 'Do not use “{word}”', clause: false } },
  },
  check(context) {
    const word = context.options.word as string;
    for (const { line } of context.lines) {
      const i = line.value.indexOf(word);
      if (i >= 0) context.report({ line, start: i, end: i + word.length, messageId: 'banned', data: { word } });
    }
  },
});

export const testRules: Rule[] = [markA, markB, docLevel, twice, withOptions];
