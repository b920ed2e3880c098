import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/consistency/growth-rate.js';
import { findings, lintWith } from '../../helpers/lint.js';

describe('consistency/growth-rate', () => {
  it.each([
    ['全年收入由80万元增至120万元，增长40%。', 1, 20, 23, '由80万元到120万元，变化幅度应约为50%，而文中写作40%', 'error'],
    ['由120万元降至80万元，下降50%。', 1, 16, 19, '由120万元到80万元，变化幅度应约为33.3%，而文中写作50%', 'error'],
    // magnitudes are converted before comparing
    ['由80万元增至1200000元，增长40%。', 1, 19, 22, '由80万元到1200000元，变化幅度应约为50%，而文中写作40%', 'error'],
    ['覆盖率由45%提高到48%，提高5个百分点。', 1, 17, 22, '由45%到48%，相差3个百分点，而文中写作5个百分点', 'error'],
    ['覆盖率由45%提高到48%，提高3%。', 1, 17, 19, '由45%到48%是3个百分点的变化，“3%”应写作“3个百分点”', 'warning'],
    ['由120万元降至80万元，增长50%。', 1, 14, 16, '由120万元到80万元是下降，而文中写作“增长”', 'error'],
    // 同比 after a change from last year's figure: the same base
    ['全县投入从1.5亿元增加到1.8亿元，同比增长25%。', 1, 24, 27, '由1.5亿元到1.8亿元，变化幅度应约为20%，而文中写作25%', 'error'],
    ['由去年同期的60亿元增至69亿元，增长12%。', 1, 20, 23, '由60亿元到69亿元，变化幅度应约为15%，而文中写作12%', 'error'],
    // the base named after 比/较
    ['全年收入120万元，比上年的80万元增长40%。', 1, 21, 24, '由80万元到120万元，变化幅度应约为50%，而文中写作40%', 'error'],
    ['覆盖率48%，比上年的45%提高5个百分点。', 1, 17, 22, '由45%到48%，相差3个百分点，而文中写作5个百分点', 'error'],
    ['全年收入80万元，较上年同期的120万元增长10%。', 1, 21, 23, '由120万元到80万元是下降，而文中写作“增长”', 'error'],
  ])('flags %s', (text, line, column, endColumn, message, severity) => {
    expect(findings(lintWith(rule, text))).toEqual([
      { ruleId: 'consistency/growth-rate', severity, line, column, endColumn, message },
    ]);
  });

  it.each([
    '全年收入由80万元增至120万元，增长50%。',
    '人数由300人增加到400人，增长33.3%。', // rounded to the stated precision
    '从3000人减少到2000人，减少了33%。', // truncated
    '由120万元降至80万元，下降33.3%。',
    '覆盖率由45%提高到48%，提高3个百分点。',
    '覆盖率由30%提高到45%，提高50%。', // relative change of a percentage
    '由2015年的80万元增至2020年的120万元，年均增长8.4%。', // another base
    '由2015年的80万元增至2020年的120万元，同比增长8%。',
    '全县投入从1.5亿元增加到1.8亿元，同比增长20%。',
    '全年收入120万元，比2023年的80万元增长50%。',
    '全年收入120万元，比上年增长40%。', // the base is not given
  ])('stays silent on %s', (text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });
});
