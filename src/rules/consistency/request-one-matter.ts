/**
 * A 请示 asks for one thing: 《党政机关公文处理工作条例》第十五条（二）"请示应当一文一事".
 * Heuristic, hence a warning: two or more sentences that each ask for approval or consent
 * (请…批准/同意/审批/核准, or 恳请…安排/协调/解决/拨付/给予/支持) besides the closing formula
 * (妥否，请批示), or that state one (拟申请… / 现申请… / 特向市政府申请…: the numbered 拟申请 items of a
 * request that lists several). A bare formula after a request ("…，请予支持。") restates it and is
 * not counted. A 请示 whose title wrongly says 请示报告 (element/document-kind reports the title) is
 * judged too: it is still a request.
 */
import { defineRule } from '../../rule.js';
import { placeOf, shortQuote, textLines } from '../../util/doc.js';
import { splitSentences } from '../../util/text.js';

const ASK = /(?:恳请|特请|拟请|请求|请予|(?<![申报提呈邀])请)[^，。；！？]{0,30}?(?:批准|同意|审批|核准|安排|协调|解决|拨付|给予|支持)|(?:拟|现|特此|特|故)(?:向[^，。；！？]{1,12})?申请(?=[^，。；！？]{2})/;
const CLOSING = /[妥当]否|以上请示|如无不妥|可否/;
/** A request with no object of its own ("请予支持", "恳请批准为盼"): after a request, it restates it. */
const RESTATE = /^(?:恳请|特请|敬请|请予|请|望予?)(?:上级|市政府|省政府|贵[局委厅部办])?(?:予以|给予)?(?:批准|同意|审批|核准|支持|协调|解决)(?:为盼|为荷|是盼)?$/;

export default defineRule({
  meta: {
    id: 'consistency/request-one-matter',
    category: 'consistency',
    clause: '《党政机关公文处理工作条例》第十五条',
    citation: { en: 'Regulations on Handling Party and Government Documents, art. 15' },
    description: {
      zh: '请示应当一文一事，不宜在一件请示中提出多项审批请求',
      en: 'A request (请示) should ask for one thing only',
    },
    severity: 'warning',
    fixable: false,
    messages: {
      several: {
        zh: '本请示提出了{count}项请求，第一项在{place}（“{first}”）；请示应当一文一事',
        en: 'This request asks for {count} things, the first in {placeEn} (“{first}”); a 请示 should ask for one thing only',
      },
    },
    examples: {
      bad: ['关于申请防汛经费的请示\n市政府：\n恳请批准拨付防汛专项经费100万元。\n同时，请同意增设防汛办公室。\n妥否，请批示。'],
      good: [
        '关于申请防汛经费的请示\n市政府：\n恳请批准拨付防汛专项经费100万元。\n妥否，请批示。',
        '关于申请防汛经费的请示\n市政府：\n去年我局已申请批准立项。\n恳请批准拨付防汛专项经费100万元。\n妥否，请批示。',
      ],
    },
  },
  check(context) {
    // kinds: ['request'] would leave out a 请示 titled 请示报告 (kind undefined, kindWord 请示报告).
    if (context.tree.kind !== 'request' && context.tree.kindWord !== '请示报告') return;
    const asks: Array<{ line: import('../../tree/types.js').Line; start: number; end: number; text: string }> = [];
    for (const { line } of textLines(context, { attachments: false })) {
      for (const s of splitSentences(line.value, { semicolons: true })) {
        if (CLOSING.test(s.text)) continue;
        const m = ASK.exec(s.text);
        if (!m) continue;
        // The clause the request stands in, when it is only the formula, restates an earlier request.
        const clauseEnd = s.text.slice(m.index).search(/[，,。；！？]|$/) + m.index;
        const clause = s.text.slice(s.text.lastIndexOf('，', m.index) + 1, clauseEnd).trim();
        if (asks.length && RESTATE.test(clause)) continue;
        asks.push({ line, start: s.start + m.index, end: s.start + m.index + m[0].length, text: s.text.slice(m.index).replace(/[。！？；，：\s]+$/, '') });
      }
    }
    if (asks.length < 2) return;
    const first = asks[0];
    const place = placeOf(context, first.line);
    const quote = shortQuote(first.text, 20);
    for (const a of asks.slice(1)) {
      context.report({
        line: a.line, start: a.start, end: a.end, messageId: 'several', data: { count: asks.length, place: place.zh, placeEn: place.en, first: quote },
        related: [{ line: first.line, start: first.start, end: first.end, message: '第一项请求' }],
      });
    }
  },
});
