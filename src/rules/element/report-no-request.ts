/**
 * A 报告 carries no request: 《党政机关公文处理工作条例》第十五条（四）“请示应当一文一事。不得在报告等非请示性公文
 * 中夹带请示事项”. In a document whose title makes it a 报告, the closing formulas that ask for approval
 * (妥否，请批示; 请予批准; 请审批; 请审定; 请核准; 恳请市政府予以批准; 望予批准) are findings. Describing a
 * procedure (报请批准, 提请审批), asking a congress to deliberate (请审议) and asking that the report be
 * forwarded (请批转各地执行) are not requests for approval and are left alone.
 */
import { defineRule } from '../../rule.js';

const CLAUSE = '《党政机关公文处理工作条例》第十五条';
/**
 * The wordings of a request for approval: 妥否，请批示; 请(予)批准/审批/批复/批示, also 请审定, 请核准,
 * 请予同意; 恳请/特请…批准 with the approver between (恳请市政府予以批准); 望予批准. 报请/提请/申请/呈请/
 * 转请 describe a procedure; 请批转 (以上报告如无不妥，请批转各地执行) is the 呈转性报告's own ending.
 */
const REQUEST = new RegExp([
  '[妥当]否[，,]?\\s*请(?:批示|指示|审批|批复|审定)',
  '(?<![报提申呈转恳特])请(?:予以|予)?(?:批示|批准|审批|批复|审定|核准|核批|同意)',
  '(?:恳请|特请)[^。；;，,！？]{0,12}?(?:予以|予)?(?:批准|审批|批复|批示|核准|同意)',
  '望(?:予以|予)?(?:批准|批复|批示)',
].join('|'), 'g');

export default defineRule({
  meta: {
    id: 'element/report-no-request',
    category: 'element',
    clause: CLAUSE,
    citation: { en: 'Regulations on the Handling of Official Documents, Article 15' },
    description: {
      zh: '报告中不得夹带请示事项（如“妥否，请批示”“请予批准”）',
      en: 'A report carries no request for approval (such as 妥否，请批示 or 请予批准)',
    },
    severity: 'error',
    fixable: false,
    kinds: ['report'],
    messages: {
      request: {
        zh: '报告中不得夹带请示事项，“{text}”是请示用语；需要请求批准的应另行请示',
        en: 'A report carries no request: “{text}” asks for approval; send a separate 请示',
      },
    },
    examples: {
      bad: ['青山市应急管理局关于冬季安全检查情况的报告\n\n市人民政府：\n今年冬季共检查企业120家。拟增加检查经费50万元。\n以上报告，妥否，请批示。\n'],
      good: [
        '青山市应急管理局关于冬季安全检查情况的报告\n\n市人民政府：\n今年冬季共检查企业120家，整改方案已报请市政府批准后实施。\n特此报告。\n',
        '青山市应急管理局关于增加安全检查经费的请示\n\n市人民政府：\n拟增加检查经费50万元。\n妥否，请批示。\n',
      ],
    },
  },
  check(context) {
    for (const { line, block, element } of context.lines) {
      if (block !== 'mainBlock' || element.type === 'title') continue;
      for (const m of line.value.matchAll(REQUEST)) {
        context.report({ line, start: m.index!, end: m.index! + m[0].length, messageId: 'request', data: { text: m[0] } });
      }
    }
  },
});
