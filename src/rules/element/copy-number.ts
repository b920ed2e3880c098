/**
 * 份号 (copy number): GB/T 9704—2012 7.2.1 “如需标注份号，一般用 6 位 3 号阿拉伯数字，顶格编排在版心左上角
 * 第一行”. The rule reads the copy number the recogniser found, or else the first line of the 版头,
 * when it is clearly a copy number written otherwise: “No.128”, “№128”, or bare digits of
 * another length (128). Fix: the digits padded to six (000128).
 */
import { defineRule } from '../../rule.js';
import { headerLines } from './shared.js';

const CLAUSE = 'GB/T 9704—2012 7.2.1';
const LINE = /^([ \t\u3000]*)((?:No|NO|no|№)[.．:：]?[ \t\u3000]*|份号[:：][ \t\u3000]*)?(\d{1,8})[ \t\u3000]*$/;

export default defineRule({
  meta: {
    id: 'element/copy-number',
    category: 'element',
    clause: CLAUSE,
    description: {
      zh: '份号用6位阿拉伯数字（如000128），不加“No.”等前缀',
      en: 'Copy number: six Arabic digits (000128), with no prefix such as “No.”',
    },
    severity: 'error',
    fixable: true,
    messages: {
      format: {
        zh: '份号应为6位阿拉伯数字，“{got}”应写作“{want}”',
        en: 'A copy number is six Arabic digits: “{got}” should be “{want}”',
      },
      tooLong: {
        zh: '份号应为6位阿拉伯数字，“{got}”位数不对',
        en: 'A copy number is six Arabic digits; “{got}” is not',
      },
    },
    examples: {
      bad: ['No.128\n机密★1年\n青山市人民政府文件\n青政发〔2024〕12号\n\n关于做好冬季安全生产工作的通知\n\n各区县人民政府：\n现将有关事项通知如下。\n'],
      good: ['000128\n机密★1年\n青山市人民政府文件\n青政发〔2024〕12号\n\n关于做好冬季安全生产工作的通知\n\n各区县人民政府：\n现将有关事项通知如下。\n'],
    },
  },
  check(context) {
    const header = headerLines(context.lines);
    // The copy number the recogniser found, else the first line of a real 版头 (more than the number).
    const first = header.find((e) => e.element.type === 'copyNumber') ?? (header.length >= 3 ? header[0] : undefined);
    if (!first || !['copyNumber', 'issuerMark', 'paragraph'].includes(first.element.type)) return;
    const m = LINE.exec(first.line.value);
    if (!m) return;
    const digits = m[3];
    if (!m[2] && digits.length === 6) return;
    const start = m[1].length;
    const end = start + m[0].trim().length;
    const got = first.line.value.slice(start, end);
    if (digits.length > 6) {
      context.report({ line: first.line, start, end, messageId: 'tooLong', data: { got } });
      return;
    }
    const want = digits.padStart(6, '0');
    context.report({ line: first.line, start, end, messageId: 'format', data: { got, want }, fix: { start, end, text: want } });
  },
});
