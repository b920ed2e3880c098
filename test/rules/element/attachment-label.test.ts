import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/element/attachment-label.js';
import { applyFixes, findings, lintWith } from '../../helpers/lint.js';
import { withAttachments } from './doc.js';

const ID = 'element/attachment-label';
const C = '（GB/T 9704—2012 7.3.7）';
const page = (label: string, title: string) => ['', label, '', title, '', '检查内容和标准见下。'];
const GOOD = [...page('附件1', '安全检查表'), ...page('附件2', '隐患整改台账')];

describe(ID, () => {
  it('flags a label whose number is not the note’s', () => {
    const messages = lintWith(rule, withAttachments([...page('附件2', '安全检查表'), ...page('附件2', '隐患整改台账')]));
    expect(findings(messages)).toEqual([
      { ruleId: ID, line: 26, column: 1, endColumn: 4, message: `附件顺序号应与附件说明一致，此处应为“附件1”，不是“附件2”${C}`, severity: 'error' },
    ]);
  });

  it('flags a label beyond the note', () => {
    const messages = lintWith(rule, withAttachments([...GOOD, ...page('附件3', '统计报表')]));
    expect(findings(messages)).toEqual([
      { ruleId: ID, line: 38, column: 1, endColumn: 4, message: `附件说明只列了2个附件，没有“附件3”${C}`, severity: 'error' },
    ]);
  });

  it('flags a number in Chinese numerals, with a fix', () => {
    const text = withAttachments([...page('附件一', '安全检查表'), ...page('附件2', '隐患整改台账')]);
    const messages = lintWith(rule, text);
    expect(findings(messages)).toEqual([
      { ruleId: ID, line: 26, column: 3, endColumn: 4, message: `附件顺序号应与附件说明一致使用阿拉伯数字，“附件一”应写作“附件1”${C}`, severity: 'error' },
    ]);
    expect(applyFixes(text, messages)).toBe(withAttachments(GOOD));
  });

  it('warns on a title that differs from the note', () => {
    const messages = lintWith(rule, withAttachments([...page('附件1', '安全生产检查表'), ...page('附件2', '隐患整改台账')]));
    expect(findings(messages)).toEqual([
      { ruleId: ID, line: 28, column: 1, endColumn: 8, message: `附件标题应与附件说明的表述一致，附件说明中为“安全检查表”${C}`, severity: 'warning' },
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
    expect(findings(messages)).toEqual([
      { ruleId: ID, line: 26, column: 1, endColumn: 10, message: `“附件”及顺序号单独成行，附件标题另行居中编排${C}`, severity: 'warning' },
    ]);
  });
});
