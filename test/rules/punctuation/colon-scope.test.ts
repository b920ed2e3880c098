import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/punctuation/colon-scope.js';
import { facts, lintWith, said } from '../../helpers/lint.js';

const ID = 'punctuation/colon-scope';
const MESSAGE = said('nested');

describe(ID, () => {
  it.each([
    ['会议要求：各单位要认真做到以下几点：一是压实责任，二是加强检查。', 1, 18],
    ['　　市政府决定：对下列单位予以通报表扬：市应急管理局、市交通运输局。', 1, 20],
    ['会议指出：做好防汛工作意义重大。会议要求：各单位要明确以下事项:一是落实责任；二是加强值守。', 1, 32],
    ['要求如下：“规定”中的条款：第一条适用。', 1, 14],
  ])('flags %s', (text, line, column) => {
    expect(facts(lintWith(rule, text))).toEqual([{ ruleId: ID, line, column, endColumn: column + 1, severity: 'warning', ...MESSAGE }]);
  });

  it.each([
    ['one colon', '会议要求：各单位要压实责任，加强检查。'],
    ['colons in two sentences', '会议指出：做好防汛工作意义重大。会议要求：各单位要压实责任。'],
    ['a time', '会议时间：2024年3月5日10:30，请准时参加。'],
    ['a time with a full-width colon', '会议时间：3月5日上午8：30，请准时参加。'],
    ['a scale', '编制要求：比例尺为1：500。'],
    ['a colon inside quotes', '他强调：“思路要清楚：一是抓落实，二是抓督查。”'],
    ['a colon inside 书名号', '学习《习近平谈治国理政：第四卷》：深刻领会其中要义。'.replace('：深刻', '，深刻')],
    ['a colon inside parentheses', '请于3月5日前报送（联系人：张三）：逾期视为放弃。'.replace('）：', '），')],
    ['a field list', '联系人：张三，联系电话：0571-12345678。'],
    ['fields set apart by spaces', '时间：3月5日　地点：市政府第一会议室。'],
    ['a caption without a closing mark', '规划纲要——专栏一：发展目标　新华社发：图表'],
    ['a URL', '详见：https://www.example.gov.cn/a:b/c。'],
  ])('stays silent on %s', (_name, text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });
});
