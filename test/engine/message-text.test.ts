/**
 * The engine appends the clause a message cites; LintMessage carries messageId and data; SARIF
 * results carry message.id and positional arguments for the descriptor's messageStrings.
 */
import { describe, expect, it } from 'vitest';
import { lintSync } from '../../src/engine/lint.js';
import { legacyCitation, messageTemplate, messageText } from '../../src/engine/message-text.js';
import { toSarif } from '../../src/reporters/sarif.js';
import { defineRule, type Rule } from '../../src/rule.js';

// One rule, every way a message can cite: the rule's clause, a per-message override (both
// languages / one per language / with a slot), no citation, and a template written the old way.
const rule = defineRule<{ mark: string }>({
  meta: {
    id: 'test/cite',
    category: 'punctuation',
    clause: 'GB/T 15834—2011 4.1',
    citation: { en: 'GB/T 15834—2011 §4.1' },
    description: { zh: '测试', en: 'test' },
    severity: 'error',
    fixable: false,
    defaultOptions: { mark: '甲' },
    messages: {
      plain: { zh: '“{mark}”不对', en: '“{mark}” is wrong' },
      own: { zh: '另一条', en: 'another', clause: 'GB/T 9704—2012 7.5' },
      perLocale: { zh: '分语言', en: 'per locale', clause: { zh: '《条例》第九条', en: 'Regulations, Article 9' } },
      slot: { zh: '来自词表', en: 'from a lexicon', clause: '{source}' },
      none: { zh: '统计提示（请核对）', en: 'hint (please check)', clause: false },
      legacy: { zh: '旧写法（GB/T 15834—2011 4.1）', en: 'old style (GB/T 15834—2011 §4.1)' },
      legacyOther: { zh: '旧写法（《党政机关公文处理工作条例》第二十条）', en: 'old (Regulations art. 20)' },
    },
  },
  check(context) {
    const line = context.lines[0]?.line;
    if (!line) return;
    // typed options: context.options.mark is a string
    const mark: string = context.options.mark;
    context.report({ line, start: 0, end: 1, messageId: 'plain', data: { mark } });
    context.report({ line, start: 1, end: 2, messageId: 'slot', data: { source: '《现代汉语词典》' } });
  },
});

describe('message text: the engine appends the clause', () => {
  const cases: Array<[id: string, zh: string, en: string]> = [
    ['plain', '“{mark}”不对（GB/T 15834—2011 4.1）', '“{mark}” is wrong (GB/T 15834—2011 §4.1)'],
    ['own', '另一条（GB/T 9704—2012 7.5）', 'another (GB/T 9704—2012 7.5)'],
    ['perLocale', '分语言（《条例》第九条）', 'per locale (Regulations, Article 9)'],
    ['slot', '来自词表（{source}）', 'from a lexicon ({source})'],
    ['none', '统计提示（请核对）', 'hint (please check)'],
    ['legacy', '旧写法（GB/T 15834—2011 4.1）', 'old style (GB/T 15834—2011 §4.1)'],
    ['legacyOther', '旧写法（《党政机关公文处理工作条例》第二十条）', 'old (Regulations art. 20)'],
  ];
  for (const [id, zh, en] of cases) {
    it(`${id}: zh and en`, () => {
      expect(messageTemplate(rule as Rule, id, 'zh')).toBe(zh);
      expect(messageTemplate(rule as Rule, id, 'en')).toBe(en);
    });
  }

  it('fills slots in the citation as in the template', () => {
    expect(messageText(rule as Rule, 'slot', 'zh', { source: '《词典》' })).toBe('来自词表（《词典》）');
  });

  it('a template that already ends with its clause is not cited twice', () => {
    expect(legacyCitation('x（GB/T 1—2000 1）', 'GB/T 1—2000 1', 'zh')).toBe(true);
    expect(legacyCitation('x (GB/T 1—2000 1)', 'GB/T 1—2000 1', 'en')).toBe(true);
    expect(legacyCitation('x（请核对）', 'GB/T 1—2000 1', 'zh')).toBe(false);
    expect(legacyCitation('x', 'GB/T 1—2000 1', 'zh')).toBe(false);
  });
});

describe('LintMessage carries messageId and data', () => {
  const lint = (locale: 'zh' | 'en') =>
    lintSync('甲乙丙', { filename: 'a.txt', rules: [rule as Rule], config: { preset: 'all', locale } });

  it('zh', () => {
    const messages = lint('zh').messages;
    expect(messages.map(({ messageId, data, message, column }) => ({ messageId, data, message, column }))).toEqual([
      { messageId: 'plain', data: { mark: '甲' }, message: '“甲”不对（GB/T 15834—2011 4.1）', column: 1 },
      { messageId: 'slot', data: { source: '《现代汉语词典》' }, message: '来自词表（《现代汉语词典》）', column: 2 },
    ]);
  });

  it('en', () => {
    expect(lint('en').messages.map((m) => m.message)).toEqual([
      '“甲” is wrong (GB/T 15834—2011 §4.1)',
      'from a lexicon (《现代汉语词典》)',
    ]);
  });

  it('SARIF: message.id, arguments and the descriptor messageStrings they fill', () => {
    const result = lint('zh');
    const sarif = toSarif([result], { rules: [rule as Rule] }) as any;
    const run = sarif.runs[0];
    expect(run.results.map((r: any) => r.message)).toEqual([
      { text: '“甲”不对（GB/T 15834—2011 4.1）', id: 'plain', arguments: ['甲'] },
      { text: '来自词表（《现代汉语词典》）', id: 'slot', arguments: ['《现代汉语词典》'] },
    ]);
    const strings = run.tool.driver.rules[0].messageStrings;
    expect(strings.plain).toEqual({ text: '“{0}”不对（GB/T 15834—2011 4.1）' });
    expect(strings.slot).toEqual({ text: '来自词表（{0}）' });
    expect(strings.none).toEqual({ text: '统计提示（请核对）' });
  });
});

describe('built-in rules: the engine appends every citation', () => {
  it('no message template ends with its own clause (write the clause in meta.clause / citation / messages[id].clause)', async () => {
    const { allRules } = await import('../../src/rules/index.js');
    const { legacyMessage } = await import('../../src/engine/message-text.js');
    const offenders = allRules.flatMap((r) =>
      Object.keys(r.meta.messages).filter((id) => legacyMessage(r, id)).map((id) => `${r.meta.id}#${id}`),
    );
    expect(offenders).toEqual([]);
  });
});
