/**
 * 签发人 (signer): GB/T 9704—2012 7.2.6 “上行文需标注签发人，由‘签发人’三字加全角冒号和签发人姓名组成”.
 * The catalogue tags this [S], so the rule is a warning:
 * - “签发人” + half-width “:” (safe fix) or with no name after the colon;
 * - a 请示 or 报告 (upward kinds) with a 版头 (a document number) but no 签发人.
 * The recogniser keeps 签发人 written on the document-number line inside the documentNumber element, so
 * both are read.
 */
import { defineRule } from '../../rule.js';

const CLAUSE = 'GB/T 9704—2012 7.2.6';
const SIGNER = /签[ \t\u3000]*发[ \t\u3000]*人[ \t\u3000]*([:：])[ \t\u3000]*(.*)$/;

export default defineRule({
  meta: {
    id: 'element/signer',
    category: 'element',
    clause: CLAUSE,
    description: {
      zh: '上行文标注签发人：“签发人”加全角冒号和签发人姓名',
      en: 'Upward documents show the signer: 签发人 + full-width colon + name',
    },
    severity: 'warning',
    fixable: true,
    messages: {
      colon: {
        zh: '“签发人”后应标全角冒号“：”，不用半角“:”',
        en: '“签发人” is followed by a full-width colon “：”, not “:”',
      },
      noName: {
        zh: '“签发人：”后缺少签发人姓名',
        en: 'The signer’s name is missing after “签发人：”',
      },
      missing: {
        zh: '{kind}是上行文，版头应标注签发人（“签发人：”加姓名）',
        en: 'A {kind} is an upward document: the header shows the signer (签发人：name)',
      },
    },
    examples: {
      bad: ['青山市应急管理局文件\n青应急〔2024〕12号　　签发人:李明\n\n青山市应急管理局关于增加安全检查经费的请示\n\n市人民政府：\n为做好安全检查工作，需增加经费。\n'],
      good: ['青山市应急管理局文件\n青应急〔2024〕12号　　签发人：李明\n\n青山市应急管理局关于增加安全检查经费的请示\n\n市人民政府：\n为做好安全检查工作，需增加经费。\n'],
    },
  },
  check(context) {
    let seen = false;
    for (const { line, element, block } of context.lines) {
      if (block !== 'headerBlock' || (element.type !== 'signer' && element.type !== 'documentNumber' && element.type !== 'issuerMark')) continue;
      const m = SIGNER.exec(line.value);
      if (!m) continue;
      seen = true;
      const at = m.index + m[0].indexOf(m[1]);
      if (m[1] === ':') context.report({ line, start: at, end: at + 1, messageId: 'colon', fix: { start: at, end: at + 1, text: '：' } });
      if (m[2].trim() === '') context.report({ line, start: m.index, end: at + 1, messageId: 'noName' });
    }
    const kind = context.tree.kind;
    const number = context.elements('documentNumber')[0];
    if (!seen && number && (kind === 'request' || kind === 'report')) {
      const line = number.children[0];
      const start = line.value.length - line.value.trimStart().length;
      context.report({ line, start, end: line.value.trimEnd().length, messageId: 'missing', data: { kind: kind === 'request' ? '请示' : '报告' } });
    }
  },
});
