import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/element/title-end-punctuation.js';
import { applyFixes, findings, lintWith } from '../../helpers/lint.js';
import { doc } from './doc.js';

const ID = 'element/title-end-punctuation';
const C = '（GB/T 9704—2012 7.3.1）';
const TITLE = '青山市人民政府关于做好冬季安全生产工作的通知';

describe(ID, () => {
  it.each([
    ['a full stop', `${TITLE}。`, 23, 24, '。'],
    ['a half-width point', `${TITLE}.`, 23, 24, '.'],
    ['a semicolon', `${TITLE}；`, 23, 24, '；'],
  ])('flags %s at the end of the title', (_name, title, column, endColumn, mark) => {
    const text = doc({ 7: title });
    const messages = lintWith(rule, text);
    expect(findings(messages)).toEqual([
      { ruleId: ID, line: 7, column, endColumn, message: `标题末尾不加标点符号，应删去“${mark}”${C}`, severity: 'error' },
    ]);
    expect(applyFixes(text, messages)).toBe(doc());
  });

  it.each([
    ['a comma', '青山市人民政府关于做好冬季安全生产工作，加强隐患排查的通知', 20, 21, '，'],
    ['a colon', '青山市人民政府关于冬季安全生产工作：加强隐患排查的通知', 18, 19, '：'],
  ])('warns on %s inside the title', (_name, title, column, endColumn, mark) => {
    const messages = lintWith(rule, doc({ 7: title }));
    expect(findings(messages)).toEqual([
      { ruleId: ID, line: 7, column, endColumn, message: `标题中一般不用“${mark}”，除书名号、引号、括号和并列机关间的顿号外不用标点${C}`, severity: 'warning' },
    ]);
    expect(messages[0].fix).toBeUndefined();
  });

  it.each([
    ['the clean document', doc()],
    ['title marks and quotes', doc({ 7: '青山市人民政府关于印发《青山市“安全生产月”活动方案》的通知' })],
    ['organs joined by 顿号', doc({ 7: '青山市财政局、青山市应急管理局关于做好安全生产经费保障的通知' })],
    ['parentheses and a year range', doc({ 7: '青山市人民政府关于印发青山市安全生产规划（2021—2025年）的通知' })],
    ['a level-1 heading standing alone with a full stop', doc({ 11: '一、总体要求。' })],
  ])('stays silent on %s', (_name, text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });
});
