/**
 * 紧急程度 (urgency): 《党政机关公文处理工作条例》第九条（三）“紧急公文应当分别标注‘特急’‘加急’，电报应当分别
 * 标注‘特提’‘特急’‘加急’‘平急’”. The catalogue tags this [S] (secondary sources), so the rule is a warning.
 * 急件, 紧急, 特急件 … are not marks of urgency; 特提 and 平急 belong to telegrams only (reported as a
 * reminder, since a .txt draft does not say whether it is a telegram).
 */
import { defineRule } from '../../rule.js';
import { headerLines } from './shared.js';

const CLAUSE = '《党政机关公文处理工作条例》第九条';
const WRONG = /^([ \t\u3000]*)(急件|紧急|特急件|加急件|特别紧急|急)[ \t\u3000]*$/;
const TELEGRAM = /^([ \t\u3000]*)(特提|平急)[ \t\u3000]*$/;

export default defineRule({
  meta: {
    id: 'element/urgency',
    category: 'element',
    clause: CLAUSE,
    citation: { en: 'Regulations on the Handling of Official Documents, Article 9' },
    description: {
      zh: '紧急程度标注“特急”或“加急”（电报另有“特提”“平急”）',
      en: 'Urgency is marked 特急 or 加急 (telegrams also 特提, 平急)',
    },
    severity: 'warning',
    fixable: false,
    messages: {
      wrong: {
        zh: '紧急程度应标注“特急”或“加急”，不用“{got}”',
        en: 'Urgency is marked 特急 or 加急, not “{got}”',
      },
      telegram: {
        zh: '“{got}”只用于电报，公文的紧急程度标注“特急”或“加急”',
        en: '“{got}” is for telegrams only; documents are marked 特急 or 加急',
      },
    },
    examples: {
      bad: ['000128\n急件\n青山市人民政府文件\n青政发〔2024〕12号\n\n关于做好冬季安全生产工作的通知\n\n各区县人民政府：\n现将有关事项通知如下。\n'],
      good: ['000128\n特急\n青山市人民政府文件\n青政发〔2024〕12号\n\n关于做好冬季安全生产工作的通知\n\n各区县人民政府：\n现将有关事项通知如下。\n'],
    },
  },
  check(context) {
    for (const { line, element } of headerLines(context.lines)) {
      if (element.type !== 'urgency' && element.type !== 'issuerMark' && element.type !== 'paragraph') continue;
      const w = WRONG.exec(line.value);
      if (w) {
        const start = w[1].length;
        context.report({ line, start, end: start + w[2].length, messageId: 'wrong', data: { got: w[2] } });
        continue;
      }
      const t = TELEGRAM.exec(line.value);
      if (t) {
        const start = t[1].length;
        context.report({ line, start, end: start + t[2].length, messageId: 'telegram', data: { got: t[2] } });
      }
    }
  },
});
