/**
 * Upward documents show the 签发人: GB/T 9704—2012 7.2.6 "上行文应当标注签发人姓名". A 请示 is always
 * upward (error); a 报告 almost always (warning). Judged only when the document has a 版头 (a
 * 发文字号 line), since a draft without one may have it added at registration.
 */
import { defineRule } from '../../rule.js';

export default defineRule({
  meta: {
    id: 'consistency/upward-signer',
    category: 'consistency',
    clause: 'GB/T 9704—2012 7.2.6',
    description: {
      zh: '请示、报告等上行文的版头应标注签发人',
      en: 'Upward documents (请示, 报告) must show the signer (签发人) in the header',
    },
    severity: 'error',
    fixable: false,
    kinds: ['request', 'report'],
    messages: {
      missing: {
        zh: '{kind}属于上行文，版头应标注“签发人：姓名”（GB/T 9704—2012 7.2.6）',
        en: 'A {kind} is sent upward: the header must show “签发人：name” (GB/T 9704—2012 §7.2.6)',
      },
    },
    examples: {
      bad: ['某区人民政府\n某政〔2024〕5号\n关于申请防汛经费的请示\n市政府：\n恳请批准拨付防汛专项经费100万元。\n妥否，请批示。'],
      good: ['某区人民政府\n某政〔2024〕5号          签发人：张三\n关于申请防汛经费的请示\n市政府：\n恳请批准拨付防汛专项经费100万元。\n妥否，请批示。'],
    },
  },
  check(context) {
    const header = context.lines.filter((e) => e.block === 'headerBlock');
    const number = header.find((e) => e.element.type === 'documentNumber');
    if (!number || /[《》，。]|收悉/.test(number.line.value)) return;
    if (header.some((e) => e.element.type === 'signer' || /签\s*发\s*人/.test(e.line.value))) return;
    const kind = context.tree.kind!;
    context.report({
      line: number.line,
      messageId: 'missing',
      data: { kind: kind === 'request' ? '请示' : '报告' },
      severity: kind === 'request' ? 'error' : 'warning',
    });
  },
});
