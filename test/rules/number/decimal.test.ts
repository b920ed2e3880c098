import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/number/decimal.js';
import { applyFixes, lintWith, said } from '../../helpers/lint.js';

const id = 'number/decimal';
const msg = (t: string) => said('noZero', { text: t });

describe(id, () => {
  it.each([
    ['下降.46个百分点', 3, 6, msg('.46'), '下降0.46个百分点'],
    ['系数为.5', 4, 6, msg('.5'), '系数为0.5'],
    ['.75', 1, 4, msg('.75'), '0.75'],
  ])('flags %s', (text, column, endColumn, message, fixed) => {
    const messages = lintWith(rule, text);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ ruleId: id, severity: 'error', line: 1, column, endColumn, ...message });
    expect(applyFixes(text, messages)).toBe(fixed);
  });

  it.each(['下降0.46个百分点', '增长3.46%', '详见附件.docx', '1.总体要求', '版本v.2', 'IPv6.0'])('stays silent on %s', (text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });
});
