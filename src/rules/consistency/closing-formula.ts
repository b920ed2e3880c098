/**
 * The closing formula names the kind of document: 特此通知 ends a 通知, 特此报告 a 报告, "妥否，请批示"
 * a 请示. A formula of another kind is a finding. 《党政机关公文处理工作条例》第八条 (the kinds and what
 * each is for); the formulas themselves are drafting practice [G]. Only the last lines of the main
 * text are read (a forwarded document quoted earlier keeps its own formula).
 * "请批示" in a 报告 is element/report-no-request's. Notices that forward a document (转发, 批转, 印发)
 * are left alone: the forwarded text keeps its own formula.
 */
import { defineRule } from '../../rule.js';
import type { DocumentKind } from '../../tree/types.js';
import { KIND_WORDS } from '../../tree/types.js';
import { textLines } from '../../util/doc.js';

const FORMULAS: Array<[RegExp, DocumentKind[], string]> = [
  [/特此通知/g, ['notice'], '通知'],
  [/特此报告/g, ['report'], '报告'],
  [/特此请示/g, ['request'], '请示'],
  [/特此通报/g, ['circular'], '通报'],
  [/特此批复/g, ['reply'], '批复'],
  [/特此函(?:告|复|达|询)/g, ['letter'], '函'],
  [/特此公告/g, ['announcement'], '公告'],
  [/特此通告/g, ['publicNotice'], '通告'],
  [/[妥当]否[，,]\s*请(?:予)?批示|[妥当]否[，,]\s*请(?:予)?批复/g, ['request', 'report'], '请示'],
];

export default defineRule({
  meta: {
    id: 'consistency/closing-formula',
    category: 'consistency',
    clause: '《党政机关公文处理工作条例》第八条',
    citation: { en: 'Regulations art. 8' },
    description: {
      zh: '结束语应与文种一致（如通知用“特此通知”，请示用“妥否，请批示”）',
      en: 'The closing formula must fit the kind of document (特此通知 for a notice, 妥否，请批示 for a request)',
    },
    severity: 'error',
    fixable: false,
    messages: {
      mismatch: {
        zh: '结束语“{formula}”属于{formulaKind}，与本文文种“{kind}”不符',
        en: 'The closing formula “{formula}” belongs to a {formulaKind}, not to this {kind}',
      },
    },
    examples: {
      bad: ['关于申请防汛经费的请示\n市政府：\n今年汛情严峻，拟申请专项经费100万元。\n特此通知。', '关于做好防汛工作的通知\n各区人民政府：\n请做好防汛工作。\n特此报告。'],
      good: ['关于申请防汛经费的请示\n市政府：\n今年汛情严峻，拟申请专项经费100万元。\n妥否，请批示。', '关于做好防汛工作的通知\n各区人民政府：\n请做好防汛工作。\n特此通知。'],
    },
  },
  check(context) {
    const kind = context.tree.kind;
    if (!kind) return;
    // A notice forwarding or approving another document (转发/批转/印发) may carry that document's
    // text, with its own closing formula.
    const title = context.elements('title')[0]?.children.map((l) => l.value).join('') ?? '';
    if (/转发|批转|印发|颁布/.test(title)) return;
    const lines = textLines(context, { attachments: false }).slice(-3);
    for (const { line } of lines) {
      for (const [re, kinds, formulaKind] of FORMULAS) {
        if (kinds.includes(kind)) continue;
        for (const m of line.value.matchAll(re)) {
          context.report({
            line, start: m.index!, end: m.index! + m[0].length, messageId: 'mismatch',
            data: { formula: m[0], formulaKind, kind: context.tree.kindWord ?? KIND_WORDS[kind] },
          });
        }
      }
    }
  },
});
