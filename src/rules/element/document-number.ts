/**
 * 发文字号 (document number): 机关代字 + full year in 六角括号 〔〕 + serial number without leading zeros
 * and without 第 + 号 — GB/T 9704—2012 7.2.5: “年份、发文顺序号用阿拉伯数字标注；年份应标全称，用六角括号
 * “〔〕”括入；发文顺序号不加“第”字，不编虚位（即 1 不编为 01），在阿拉伯数字后加“号”字”.
 *
 * Checked in the 版头 line and, because the same form is required wherever a 文号 is cited, in every
 * other line too. Outside the 版头 a pattern only counts as a 文号 when it clearly is one: a 机关代字
 * right before the bracket (ending in 发/函/字/令/电/办 … when the brackets are wrong), a year, a serial
 * and 号. A two-digit year has no fix (2024 or 1924 is a guess).
 */
import { defineRule } from '../../rule.js';

const CLAUSE = 'GB/T 9704—2012 7.2.5';
const NUMBER = /([\u4e00-\u9fa5]{1,12})[ \t\u3000]*([〔\[［(（【{｛])[ \t\u3000]*(\d{2,4})[ \t\u3000]*([〕\]］)）】}｝])[ \t\u3000]*(第?)[ \t\u3000]*(\d+)[ \t\u3000]*号/dg;
/** Last character of a 机关代字 that makes a bracketed year + 号 certainly a document number. */
const CODE_END = /[发函字令电复办呈报示通密便]$/;

export default defineRule({
  meta: {
    id: 'element/document-number',
    category: 'element',
    clause: CLAUSE,
    description: {
      zh: '发文字号：年份用六角括号〔〕括入并标全称，顺序号不加“第”、不编虚位',
      en: 'Document number: full year in tortoise-shell brackets 〔〕, serial number without 第 or leading zeros',
    },
    severity: 'error',
    fixable: true,
    messages: {
      brackets: {
        zh: '发文字号的年份应使用六角括号〔〕，不用“{open}{close}”',
        en: 'The year of a document number goes in tortoise-shell brackets 〔〕, not “{open}{close}”',
      },
      shortYear: {
        zh: '发文字号的年份应标全称（四位数字），不能简写为“{year}”',
        en: 'The year of a document number is written in full (four digits), not “{year}”',
      },
      ordinal: {
        zh: '发文字号的顺序号不加“第”字',
        en: 'The serial number of a document number takes no “第”',
      },
      leadingZero: {
        zh: '发文字号的顺序号不编虚位，“{serial}”应为“{fixed}”',
        en: 'The serial number of a document number has no leading zeros: “{serial}” should be “{fixed}”',
      },
    },
    examples: {
      bad: ['根据《青山市安全生产办法》（青政发[2023]5号），现通知如下。', '按照青政办函〔2024〕第8号文件要求执行。', '按照青政办函〔2024〕08号文件要求执行。'],
      good: ['根据《青山市安全生产办法》（青政发〔2023〕5号），现通知如下。', '本项目（2023）共5号楼。'],
    },
  },
  check(context) {
    for (const { line, element } of context.lines) {
      const inHeader = element.type === 'documentNumber';
      // no 号, no number: skip the regex, which tries up to 12 characters back at every Han one
      if (!line.value.includes('号')) continue;
      for (const m of line.value.matchAll(NUMBER)) {
        const idx = m.indices!;
        const [code, open, year, close, ordinal, serial] = [m[1], m[2], m[3], m[4], m[5], m[6]];
        const wrongBrackets = open !== '〔' || close !== '〕';
        if (year.length === 3) continue;
        if (year.length === 4 && !/^(19|20)\d\d$/.test(year)) continue;
        if (!inHeader) {
          if (code.length < 2) continue;
          if (wrongBrackets && !CODE_END.test(code)) continue;
        }
        if (wrongBrackets) {
          context.report({
            line, start: idx[2][0], end: idx[4][1], messageId: 'brackets', data: { open, close },
            fix: [
              { start: idx[2][0], end: idx[2][1], text: '〔' },
              { start: idx[4][0], end: idx[4][1], text: '〕' },
            ],
          });
        }
        if (year.length === 2) {
          context.report({ line, start: idx[3][0], end: idx[3][1], messageId: 'shortYear', data: { year } });
        }
        if (ordinal) {
          context.report({
            line, start: idx[5][0], end: idx[5][1], messageId: 'ordinal',
            fix: { start: idx[5][0], end: idx[5][1], text: '' },
          });
        }
        if (/^0+\d/.test(serial)) {
          const fixed = serial.replace(/^0+(?=\d)/, '');
          context.report({
            line, start: idx[6][0], end: idx[6][1], messageId: 'leadingZero', data: { serial, fixed },
            fix: { start: idx[6][0], end: idx[6][1], text: fixed },
          });
        }
      }
    }
  },
});
