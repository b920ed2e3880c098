import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/element/attachment-label.js';
import { applyFixes, facts, said, lintWith } from '../../helpers/lint.js';
import { withAttachments } from './doc.js';

const ID = 'element/attachment-label';
const page = (label: string, title: string) => ['', label, '', title, '', '检查内容和标准见下。'];
const GOOD = [...page('附件1', '安全检查表'), ...page('附件2', '隐患整改台账')];

describe(ID, () => {
  it('flags a label whose number is not the note’s', () => {
    const messages = lintWith(rule, withAttachments([...page('附件2', '安全检查表'), ...page('附件2', '隐患整改台账')]));
    expect(facts(messages)).toEqual([
      { ruleId: ID, line: 26, column: 1, endColumn: 4, ...said('number', { want: 1, got: '附件2' }), severity: 'error' },
    ]);
  });

  it('flags a label beyond the note', () => {
    const messages = lintWith(rule, withAttachments([...GOOD, ...page('附件3', '统计报表')]));
    expect(facts(messages)).toEqual([
      { ruleId: ID, line: 38, column: 1, endColumn: 4, ...said('notInNote', { count: 2, got: '附件3' }), severity: 'error' },
    ]);
  });

  it('flags a number in Chinese numerals, with a fix', () => {
    const text = withAttachments([...page('附件一', '安全检查表'), ...page('附件2', '隐患整改台账')]);
    const messages = lintWith(rule, text);
    expect(facts(messages)).toEqual([
      { ruleId: ID, line: 26, column: 3, endColumn: 4, ...said('arabic', { got: '附件一', want: '附件1' }), severity: 'error' },
    ]);
    expect(applyFixes(text, messages)).toBe(withAttachments(GOOD));
  });

  it('warns on a title that differs from the note', () => {
    const messages = lintWith(rule, withAttachments([...page('附件1', '安全生产检查表'), ...page('附件2', '隐患整改台账')]));
    expect(facts(messages)).toEqual([
      { ruleId: ID, line: 28, column: 1, endColumn: 8, ...said('title', { name: '安全检查表' }), severity: 'warning' },
    ]);
    expect(messages[0].related?.[0]).toMatchObject({ line: 19, column: 6, endColumn: 11 });
  });

  it.each([
    ['matching labels and titles', withAttachments(GOOD)],
    ['a title in title marks', withAttachments([...page('附件1', '《安全检查表》'), ...page('附件2', '隐患整改台账')])],
    ['one unnumbered attachment', withAttachments(page('附件', '安全检查表'), { 19: '附件：安全检查表', 20: '' })],
    ['no attachment pages', withAttachments([])],
  ])('stays silent on %s', (_name, text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });
});

describe(`${ID} (label and title on one line)`, () => {
  it('warns on a numbered label that carries the title', () => {
    const messages = lintWith(rule, withAttachments(['', '附件1：安全检查表', '', '检查内容。', ...page('附件2', '隐患整改台账')]));
    expect(facts(messages)).toEqual([
      { ruleId: ID, line: 26, column: 1, endColumn: 10, ...said('titleOnLabel'), severity: 'warning' },
    ]);
  });
});
