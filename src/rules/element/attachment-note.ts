/**
 * 附件说明 (attachment note): GB/T 9704—2012 7.3.4 “在正文下空一行左空二字编排‘附件’二字，后标全角冒号和
 * 附件名称。如有多个附件，使用阿拉伯数字标注附件顺序号（如‘附件：1.XXXXX’）；附件名称后不加标点符号”.
 *
 * - “附件” + full-width “：” (half-width “:” is an error, safe fix);
 * - several attachments: numbered 1. 2. 3. (continuous; 1、 or 1， is an error, safe fix to “1.”);
 * - no punctuation after a name (safe fix: drop it);
 * - a name wrapped in 书名号《》: the clause does not mention them; practice writes the bare name, so
 *   this is only a warning, with no fix.
 */
import { defineRule } from '../../rule.js';

const CLAUSE = 'GB/T 9704—2012 7.3.4';
const HEAD = /^(\s*附\s*件\s*)([:：])/;
const ITEM = /^(\s*)(\d{1,2})(?![\d０-９])(\s*)([.．、,，]?)(\s*)/;
const END_PUNCT = /[。；;，,.、：:！!？?]+$/;

export default defineRule({
  meta: {
    id: 'element/attachment-note',
    category: 'element',
    clause: CLAUSE,
    description: {
      zh: '附件说明：“附件”后标全角冒号，多个附件用“1.”“2.”连续编号，附件名称后不加标点',
      en: 'Attachment note: 附件 + full-width colon; several attachments numbered 1. 2. …; no punctuation after the names',
    },
    severity: 'error',
    fixable: true,
    messages: {
      colon: {
        zh: '“附件”后应标全角冒号“：”，不用半角“:”',
        en: '“附件” is followed by a full-width colon “：”, not a half-width “:”',
      },
      numberMark: {
        zh: '附件顺序号应写作“{want}”，不写作“{got}”',
        en: 'An attachment number is written “{want}”, not “{got}”',
      },
      unnumbered: {
        zh: '有多个附件时应使用阿拉伯数字标注附件顺序号（如“附件：1.XXXXX”）',
        en: 'Several attachments are numbered with Arabic digits (“附件：1.XXXXX”)',
      },
      counter: {
        zh: '附件顺序号不连续：此处应为“{want}”，不是“{got}”',
        en: 'Attachment numbers are not continuous: “{want}” expected, not “{got}”',
      },
      endPunct: {
        zh: '附件名称后不加标点符号，应删去“{mark}”',
        en: 'No punctuation after an attachment name: remove “{mark}”',
      },
      titleMarks: {
        zh: '附件说明中的附件名称一般不加书名号《》',
        en: 'Attachment names in the attachment note are normally written without title marks 《》',
      },
    },
    examples: {
      bad: [
        '关于做好冬季安全生产工作的通知\n\n各区县人民政府：\n现将有关事项通知如下。\n\n附件:检查表\n\n青山市人民政府\n2024年11月15日\n',
        '关于做好冬季安全生产工作的通知\n\n各区县人民政府：\n现将有关事项通知如下。\n\n附件：1.检查表。\n2.整改台账\n\n青山市人民政府\n2024年11月15日\n',
      ],
      good: [
        '关于做好冬季安全生产工作的通知\n\n各区县人民政府：\n现将有关事项通知如下。\n\n附件：1.检查表\n2.整改台账\n\n青山市人民政府\n2024年11月15日\n',
      ],
    },
  },
  check(context) {
    for (const el of context.elements('attachmentNote')) {
      const lines = el.children;
      const several = lines.length > 1;
      let expected = 1;
      lines.forEach((line, k) => {
        const value = line.value;
        let offset = 0;
        if (k === 0) {
          const h = HEAD.exec(value);
          if (!h) return;
          const colonAt = h[1].length;
          if (h[2] === ':') context.report({ line, start: colonAt, end: colonAt + 1, messageId: 'colon', fix: { start: colonAt, end: colonAt + 1, text: '：' } });
          offset = h[0].length;
          offset += value.slice(offset).length - value.slice(offset).trimStart().length;
        }
        const rest = value.slice(offset);
        const item = ITEM.exec(rest);
        // A number followed by text that reads as a quantity (“2024年…”) is part of the name.
        const numbered = item && (item[4] !== '' || !/^\d{1,2}\s*[年月日个项份]/.test(rest)) ? item : null;
        let nameStart = offset;
        if (numbered) {
          const n = Number(numbered[2]);
          const numStart = offset + numbered[1].length;
          const markEnd = offset + numbered[1].length + numbered[2].length + numbered[3].length + numbered[4].length;
          const got = rest.slice(numbered[1].length, numbered[1].length + numbered[2].length + numbered[3].length + numbered[4].length);
          const wantMark = `${numbered[2]}.`;
          if (numbered[4] !== '.' && numbered[4] !== '．' && (several || numbered[4] !== '')) {
            context.report({ line, start: numStart, end: markEnd, messageId: 'numberMark', data: { want: wantMark, got }, fix: { start: numStart, end: markEnd, text: wantMark } });
          }
          if (n !== expected) {
            context.report({ line, start: numStart, end: numStart + numbered[2].length, messageId: 'counter', data: { want: String(expected), got: numbered[2] } });
          }
          expected = n + 1;
          nameStart = offset + numbered[0].length;
        } else {
          if (several && k === 0) {
            const end = value.trimEnd().length;
            context.report({ line, start: offset, end, messageId: 'unnumbered' });
          }
          expected++;
        }
        const name = value.slice(nameStart).trimEnd();
        if (!name) return;
        const nameEnd = nameStart + name.length;
        const p = END_PUNCT.exec(name);
        // “……等。” and an ellipsis are text; an abbreviation point after Latin letters (“Co.”) too.
        if (p && !/[A-Za-z]\.$/.test(name)) {
          const start = nameStart + p.index;
          context.report({ line, start, end: nameEnd, messageId: 'endPunct', data: { mark: p[0] }, fix: { start, end: nameEnd, text: '' } });
        }
        const bare = name.replace(END_PUNCT, '');
        if (/^《[^《》]+》$/.test(bare)) {
          context.report({ line, start: nameStart, end: nameStart + bare.length, messageId: 'titleMarks', severity: 'warning' });
        }
      });
    }
  },
});
