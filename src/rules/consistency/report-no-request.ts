/**
 * A 报告 must not carry requests: "妥否，请批示" / "请批准" belong in a 请示.
 * 《党政机关公文处理工作条例》第十五条（二）: "报告不得夹带请示事项".
 * "报请批准" / "提请审定" (reporting that approval was sought elsewhere) are not requests to the
 * addressee and are left alone.
 */
import { defineRule } from '../../rule.js';
import { textLines } from '../../util/doc.js';

const REQUEST = /(?<![报提呈申转待经])请(?:予|您|你|上级)?(批示|批准|审批|审定|批复|核准)/g;

export default defineRule({
  meta: {
    id: 'consistency/report-no-request',
    category: 'consistency',
    clause: '《党政机关公文处理工作条例》第十五条',
    description: {
      zh: '报告不得夹带请示事项（如“请批示”“请批准”）',
      en: 'A report (报告) must not carry requests for approval such as 请批示 or 请批准',
    },
    severity: 'error',
    fixable: false,
    kinds: ['report'],
    messages: {
      request: {
        zh: '报告中出现请示用语“{phrase}”：报告不得夹带请示事项，需审批的事项应另行请示（《党政机关公文处理工作条例》第十五条）',
        en: 'The report asks “{phrase}”: a report must not carry requests; send a separate 请示 (Regulations art. 15)',
      },
    },
    examples: {
      bad: ['关于2024年防汛工作情况的报告\n市政府：\n现将今年防汛工作情况报告如下。\n以上报告，妥否，请批示。'],
      good: [
        '关于2024年防汛工作情况的报告\n市政府：\n现将今年防汛工作情况报告如下。\n特此报告。',
        '关于2024年防汛工作情况的报告\n市政府：\n应急预案已按程序报请批准。\n特此报告。',
      ],
    },
  },
  check(context) {
    for (const { line } of textLines(context, { attachments: false })) {
      for (const m of line.value.matchAll(REQUEST)) {
        context.report({ line, start: m.index!, end: m.index! + m[0].length, messageId: 'request', data: { phrase: m[0] } });
      }
    }
  },
});
