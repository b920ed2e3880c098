/**
 * 附注 (remark): GB/T 9704—2012 7.3.6 “公文如有附注，居左空二字加圆括号编排在成文日期下一行”. The
 * parentheses are the full-width （）. A remark written without them right below the date (此件公开发布)
 * is also reported. No catalogue tag on the parentheses' width: half-width ones in Chinese text are
 * wrong under GB/T 15834 anyway, and the fix is safe.
 */
import { defineRule } from '../../rule.js';
import { inSourceOrder } from './shared.js';

const CLAUSE = 'GB/T 9704—2012 7.3.6';
const BARE = /^([ \t\u3000]*)(此件.{2,20}|本件.{2,20})$/;

export default defineRule({
  meta: {
    id: 'element/remark',
    category: 'element',
    clause: CLAUSE,
    description: {
      zh: '附注加全角圆括号“（）”，编排在成文日期下一行',
      en: 'The remark goes in full-width parentheses “（）” on the line below the issue date',
    },
    severity: 'error',
    fixable: true,
    messages: {
      halfWidth: {
        zh: '附注应加全角圆括号“（）”，不用半角“()”',
        en: 'The remark is put in full-width parentheses “（）”, not “()”',
      },
      noParens: {
        zh: '附注应加圆括号，写作“（{text}）”',
        en: 'The remark is put in parentheses: “（{text}）”',
      },
    },
    examples: {
      bad: ['关于做好冬季安全生产工作的通知\n\n各区县人民政府：\n现将有关事项通知如下。\n\n青山市人民政府\n2024年11月15日\n(此件公开发布)\n'],
      good: ['关于做好冬季安全生产工作的通知\n\n各区县人民政府：\n现将有关事项通知如下。\n\n青山市人民政府\n2024年11月15日\n（此件公开发布）\n'],
    },
  },
  check(context) {
    for (const el of context.elements('remark')) {
      for (const line of el.children) {
        const v = line.value;
        const open = v.search(/[（(]/);
        const close = Math.max(v.lastIndexOf(')'), v.lastIndexOf('）'));
        if (open < 0 || close < 0) continue;
        if (v[open] === '(' || v[close] === ')') {
          context.report({
            line, start: open, end: close + 1, messageId: 'halfWidth',
            fix: [{ start: open, end: open + 1, text: '（' }, { start: close, end: close + 1, text: '）' }],
          });
        }
      }
    }
    if (context.elements('remark').length > 0) return;
    const dateLine = context.elements('issueDate')[0]?.children[0];
    if (!dateLine) return;
    const ordered = inSourceOrder(context.lines);
    const at = ordered.findIndex((e) => e.line === dateLine);
    const next = ordered[at + 1];
    if (!next || next.element.type !== 'paragraph') return;
    const m = BARE.exec(next.line.value.trimEnd());
    if (!m || /[。，；：]/.test(m[2])) return;
    const start = m[1].length;
    const end = start + m[2].length;
    context.report({
      line: next.line, start, end, messageId: 'noParens', data: { text: m[2] },
      fix: [{ start, end: start, text: '（' }, { start: end, end, text: '）' }],
    });
  },
});
