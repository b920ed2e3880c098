/**
 * 文种 (document kind): a title ends in one of the fifteen kinds of 《党政机关公文处理工作条例》第八条
 * (决议、决定、命令（令）、公报、公告、通告、意见、通知、通报、报告、请示、批复、议案、函、纪要).
 * Mixed or invented kinds — 请示报告, 申请, 申请报告, 汇报 — are findings. The recogniser marks them with
 * `tree.kindWord` and no `tree.kind`. Speeches (讲话) are not 公文 kinds but are drafted by the same
 * offices: not flagged. A notice that transmits a document (关于印发《…办法》的通知) is a notice.
 */
import { defineRule } from '../../rule.js';

const CLAUSE = '《党政机关公文处理工作条例》第八条';
const ADVICE: Record<string, string> = {
  请示报告: '请示与报告不得混用，请求批准用“请示”，汇报工作用“报告”',
  申请报告: '请求批准用“请示”，汇报工作用“报告”',
  申请: '向上级请求批准用“请示”，不相隶属机关之间用“函”',
  汇报: '汇报工作用“报告”',
};

export default defineRule({
  meta: {
    id: 'element/document-kind',
    category: 'element',
    clause: CLAUSE,
    citation: { en: 'Regulations on the Handling of Official Documents, Article 8' },
    description: {
      zh: '标题中的文种应为条例规定的15种之一，不得使用“请示报告”“申请”“汇报”等',
      en: 'The kind named in the title is one of the fifteen kinds (no 请示报告, 申请, 汇报 …)',
    },
    severity: 'error',
    fixable: false,
    messages: {
      wrongKind: {
        zh: '“{word}”不是规定的文种，{advice}',
        en: '“{word}” is not one of the fifteen kinds of official document; use 请示 to ask for approval, 报告 to report, 函 between organs of different lines',
      },
    },
    examples: {
      bad: ['青山市应急管理局关于增加安全检查经费的请示报告\n\n市人民政府：\n为做好安全检查工作，需增加经费。\n'],
      good: [
        '青山市应急管理局关于增加安全检查经费的请示\n\n市人民政府：\n为做好安全检查工作，需增加经费。\n',
        '青山市人民政府关于印发《青山市安全生产办法》的通知\n\n各区县人民政府：\n现将办法印发给你们，请认真贯彻执行。\n',
        '在全市安全生产工作会议上的讲话\n\n同志们：\n今天召开全市安全生产工作会议。\n',
      ],
    },
  },
  check(context) {
    const { tree } = context;
    const word = tree.kindWord;
    if (!word || tree.kind || !ADVICE[word]) return;
    const title = context.elements('title')[0];
    if (!title) return;
    // The kind word ends the title: find it in the last line that holds it.
    for (let k = title.children.length - 1; k >= 0; k--) {
      const line = title.children[k];
      const at = line.value.lastIndexOf(word);
      if (at >= 0) {
        context.report({ line, start: at, end: at + word.length, messageId: 'wrongKind', data: { word, advice: ADVICE[word] } });
        return;
      }
    }
  },
});
