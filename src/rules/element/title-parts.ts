/**
 * 标题的组成 (parts of the title): 《党政机关公文处理工作条例》第九条（四） “标题。由发文机关名称、事由和文种组成”
 * (also GB/T 9704—2012 7.3.1). The catalogue tags this [S], and many kinds are titled 事由 + 文种
 * without 关于 or issuer, so only the clearest omission is reported, as a warning: a formal document
 * (it has a 版头) whose title names no kind at all — no kind word at its end (`tree.kindWord` unset):
 * ✗ “青山市人民政府关于做好冬季安全生产工作”. Wrong kinds (请示报告, 申请 …) are element/document-kind's.
 * A title whose kind word continues on the next line (“……的通⏎知”, broken badly: element/title-linebreak)
 * is not reported.
 */
import { kindOfTitle } from '../../parsers/structure.js';
import { defineRule } from '../../rule.js';
import { headerLines, mainTitleLines, trimmedSpan } from './shared.js';

const CLAUSE = '《党政机关公文处理工作条例》第九条';

export default defineRule({
  meta: {
    id: 'element/title-parts',
    category: 'element',
    clause: CLAUSE,
    citation: { en: 'Regulations on the Handling of Official Documents, Article 9' },
    description: {
      zh: '公文标题由发文机关名称、事由和文种组成：有版头的公文，标题应写明文种',
      en: 'A title consists of issuer, subject and kind: a document with a header names its kind in the title',
    },
    severity: 'warning',
    fixable: false,
    messages: {
      noKind: {
        zh: '标题缺少文种，应由发文机关名称、事由和文种（如“通知”“请示”“报告”）组成',
        en: 'The title names no kind of document; a title consists of issuer, subject and kind (通知, 请示, 报告 …)',
      },
    },
    examples: {
      bad: ['青山市人民政府文件\n青政发〔2024〕12号\n\n青山市人民政府关于做好冬季安全生产工作\n\n各区县人民政府：\n现将有关事项通知如下。\n'],
      good: [
        '青山市人民政府文件\n青政发〔2024〕12号\n\n青山市人民政府关于做好冬季安全生产工作的通知\n\n各区县人民政府：\n现将有关事项通知如下。\n',
        '关于做好冬季安全生产工作\n\n各区县人民政府：\n现将有关事项通知如下。\n',
      ],
    },
  },
  check(context) {
    const { tree } = context;
    if (tree.kindWord || tree.kind === 'order') return;
    const titleLines = mainTitleLines(context.lines, kindOfTitle);
    if (!titleLines.length) return;
    // A 版头 above the title (in the published layout the number follows the title: no 版头).
    const header = headerLines(context.lines);
    if (!header.length || header.some((e) => titleLines.includes(e))) return;
    const joined = titleLines.map((e) => e.line.value.trim()).join('');
    if (kindOfTitle(joined).word || !/关于/.test(joined)) return;
    const last = titleLines[titleLines.length - 1].line;
    const [start, end] = trimmedSpan(last.value);
    if (end > start) context.report({ line: last, start, end, messageId: 'noKind' });
  },
});
