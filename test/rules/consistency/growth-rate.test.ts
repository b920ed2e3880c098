import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/consistency/growth-rate.js';
import { facts, said, lintWith } from '../../helpers/lint.js';

describe('consistency/growth-rate', () => {
  it.each([
    ['全年收入由80万元增至120万元，增长40%。', 1, 20, 23, said('rate', { from: '80万元', to: '120万元', expected: '50', stated: '40%' }), 'error'],
    ['由120万元降至80万元，下降50%。', 1, 16, 19, said('rate', { from: '120万元', to: '80万元', expected: '33.3', stated: '50%' }), 'error'],
    // magnitudes are converted before comparing
    ['由80万元增至1200000元，增长40%。', 1, 19, 22, said('rate', { from: '80万元', to: '1200000元', expected: '50', stated: '40%' }), 'error'],
    ['覆盖率由45%提高到48%，提高5个百分点。', 1, 17, 22, said('points', { from: '45%', to: '48%', expected: '3', stated: '5个百分点' }), 'error'],
    ['覆盖率由45%提高到48%，提高3%。', 1, 17, 19, said('usePoints', { from: '45%', to: '48%', expected: '3', stated: '3%' }), 'warning'],
    ['由120万元降至80万元，增长50%。', 1, 14, 16, said('direction', { from: '120万元', to: '80万元', actual: '下降', actualEn: 'decrease', verb: '增长' }), 'error'],
    // 同比 after a change from last year's figure: the same base
    ['全县投入从1.5亿元增加到1.8亿元，同比增长25%。', 1, 24, 27, said('rate', { from: '1.5亿元', to: '1.8亿元', expected: '20', stated: '25%' }), 'error'],
    ['由去年同期的60亿元增至69亿元，增长12%。', 1, 20, 23, said('rate', { from: '60亿元', to: '69亿元', expected: '15', stated: '12%' }), 'error'],
    // the base named after 比/较
    ['全年收入120万元，比上年的80万元增长40%。', 1, 21, 24, said('rate', { from: '80万元', to: '120万元', expected: '50', stated: '40%' }), 'error'],
    ['覆盖率48%，比上年的45%提高5个百分点。', 1, 17, 22, said('points', { from: '45%', to: '48%', expected: '3', stated: '5个百分点' }), 'error'],
    ['全年收入80万元，较上年同期的120万元增长10%。', 1, 21, 23, said('direction', { from: '120万元', to: '80万元', actual: '下降', actualEn: 'decrease', verb: '增长' }), 'error'],
  ])('flags %s', (text, line, column, endColumn, message, severity) => {
    expect(facts(lintWith(rule, text))).toEqual([
      { ruleId: 'consistency/growth-rate', severity, line, column, endColumn, ...message },
    ]);
  });

  it.each([
    '城镇居民人均可支配收入由3.2万元增加到3.5万元，扣除价格因素实际增长7.5%。', // a real rate
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
