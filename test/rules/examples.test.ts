/**
 * Every rule's documented examples run as tests (as remark-lint does): each bad example draws the
 * rule, each good example draws nothing from it.
 */
import { describe, expect, it } from 'vitest';
import { allRules } from '../../src/rules/index.js';
import { lintWith } from '../helpers/lint.js';

describe.each(allRules.map((r) => [r.meta.id, r] as const))('%s examples', (_id, rule) => {
  const { good = [], bad = [] } = rule.meta.examples ?? {};
  if (!rule.meta.formats || rule.meta.formats.includes('txt')) {
    it.each(bad.map((t) => [t]))('fires on %s', (text) => {
      expect(lintWith(rule, text).map((m) => m.ruleId)).toContain(rule.meta.id);
    });
    it.each(good.map((t) => [t]))('is silent on %s', (text) => {
      expect(lintWith(rule, text)).toEqual([]);
    });
  }
  it('has complete metadata', () => {
    const m = rule.meta;
    expect(m.id).toMatch(new RegExp(`^${m.category}/[a-z0-9-]+$`));
    expect(m.clause.length).toBeGreaterThan(3);
    expect(m.description.zh && m.description.en).toBeTruthy();
    expect(Object.keys(m.messages).length).toBeGreaterThan(0);
  });
});
