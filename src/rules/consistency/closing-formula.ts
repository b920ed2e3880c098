/**
 * The closing formula names the kind of document: 特此通知 ends a 通知, 特此报告 a 报告, "妥否，请批示"
 * a 请示. A formula of another kind is a finding. 《党政机关公文处理工作条例》第八条 (the kinds and what
 * each is for); the formulas themselves are drafting practice [G]. Only the last lines of the main
 * text are read (a forwarded document quoted earlier keeps its own formula).
 * "请批示" in a 报告 is element/report-no-request's. Notices that forward a document (转发, 批转, 印发)
 * are left alone: the forwarded text keeps its own formula. A request for approval (请予批复, 请审批)
 * ending a 通知 or 通报 is a 请示's formula too. A 请示 whose last lines ask for nothing (no 妥否, no
 * 请批示/请予审批/请予支持 …, no 特此请示) draws a warning, `requestMissing`.
 * Not judged: a 批复 without 此复 — the published 批复 of the State Council omit it (none of the 47
 * in the tuning part of ../shared/corpus/gov-docs has it), so its absence is no fault.
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
  // A request for approval ending a 通知 / 通报 / 决定 …: 请示 only (a 报告's is report-no-request's; a
  // 函 may ask an authority that is not its superior to approve; a 批复 quotes the request it answers).
  [/(?<![报提申呈转])请(?:予以|予)?(?:批示|批复|审批)/g, ['request', 'report', 'letter', 'reply'], '请示'],
];

/**
 * The request a 请示 closes with (条例 第十五条: 请示 asks for an instruction or approval): 妥否/当否,
 * 请批示/批准/审批/批复/…, 特此请示, 以上请示…, or a plea for support or a reply (请予支持, 请研究函复).
 */
const REQUEST_ENDING = /[妥当]否|可否|特此请示|以上请示|请示如上|请(?:予以?)?(?:批示|批准|审批|批复|审定|核准|核批|同意|支持|研究|解决|回复|函复|指示|帮助|协调|考虑|审核|核定)/;

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
      requestMissing: {
        zh: '请示的结尾应有请求语（如“妥否，请批示”“以上请示，请予审批”），本文结尾未见请求事项',
        en: 'A request (请示) ends by asking (妥否，请批示 / 请予审批); none is found at the end of this one',
      },
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
      // Two formulas over the same words (妥否，请批示 and its 请批示): the first one reports.
      const taken: Array<[number, number]> = [];
      for (const [re, kinds, formulaKind] of FORMULAS) {
        if (kinds.includes(kind)) continue;
        for (const m of line.value.matchAll(re)) {
          const start = m.index!;
          const end = start + m[0].length;
          if (taken.some(([a, b]) => start < b && a < end)) continue;
          taken.push([start, end]);
          context.report({
            line, start: m.index!, end: m.index! + m[0].length, messageId: 'mismatch',
            data: { formula: m[0], formulaKind, kind: context.tree.kindWord ?? KIND_WORDS[kind] },
          });
        }
      }
    }
    // A 请示 whose last lines ask for nothing: a warning at its last line (the request may stand earlier
    // in a long text), and only in a finished draft (a 成文日期 closes it).
    if (kind === 'request' && context.elements('issueDate').length > 0 && lines.length > 0
      && !lines.some(({ line }) => REQUEST_ENDING.test(line.value))) {
      const { line } = lines[lines.length - 1];
      const start = line.value.length - line.value.trimStart().length;
      context.report({ line, start, end: line.value.trimEnd().length, messageId: 'requestMissing', severity: 'warning' });
    }
  },
});
