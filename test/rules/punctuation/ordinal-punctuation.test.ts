import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/punctuation/ordinal-punctuation.js';
import { applyFixes, lintWith, said } from '../../helpers/lint.js';

const id = 'punctuation/ordinal-punctuation';
const msg = (o: string) => said('dunhao', { ordinal: o });

describe(id, () => {
  it.each([
    ['第一、加强组织领导。', 3, 4, '第一', '第一，加强组织领导。'],
    ['首先、要提高认识。', 3, 4, '首先', '首先，要提高认识。'],
    ['原因有二：其一、基础薄弱。', 8, 9, '其一', '原因有二：其一，基础薄弱。'],
    ['　　第十二、完善制度。', 6, 7, '第十二', '　　第十二，完善制度。'],
  ])('flags %s', (text, column, endColumn, ordinal, fixed) => {
    const messages = lintWith(rule, text);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ ruleId: id, severity: 'error', line: 1, column, endColumn, ...msg(ordinal) });
    expect(applyFixes(text, messages)).toBe(fixed);
  });

  it.each(['第一，加强组织领导。', '一、总体要求', '第一、二季度增长较快。', '获得第一、第二名。', '排名第一、发展最快'])(
    'stays silent on %s',
    (text) => {
      expect(lintWith(rule, text)).toEqual([]);
    },
  );
});
