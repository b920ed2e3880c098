/**
 * 抄送机关 (copy-to): GB/T 9704—2012 7.4.2 “抄送机关间用逗号隔开，回行时与冒号后的首字对齐，最后一个抄送机关
 * 名称后标句号”, after “抄送” + full-width colon.
 *
 * A 顿号 is flagged only where it clearly separates two organs (both sides are full organ names, e.g.
 * 市委办公室、市人大常委会办公室); inside one name or a set phrase (各省、自治区、直辖市人民政府; 国务院各部委、
 * 各直属机构; 市委各部委、市级国家机关各委办局 — any side naming a group with 各/有关/所属) it is left
 * alone.
 */
import { defineRule } from '../../rule.js';

const CLAUSE = 'GB/T 9704—2012 7.4.2';
const HEAD = /^([ \t\u3000]*抄[ \t\u3000]*送[ \t\u3000]*)([:：])/;
/** Group expressions (市委各部委、市级国家机关各委办局) may be joined by 顿号 inside one entry. */
const GROUP = /各|有关|等|所属|直属/;
const ORGAN = /(办公厅|办公室|委员会|常委会|人民政府|政府|法院|检察院|党委|党组|纪委|监委|部|厅|局|委|办|署|院|会|处|中心|公司|集团|银行|军区|战区|大学|学院)$/;

export default defineRule({
  meta: {
    id: 'element/copy-to',
    category: 'element',
    clause: CLAUSE,
    description: {
      zh: '抄送机关：“抄送”后标全角冒号，机关间用逗号隔开，最后一个机关名称后标句号',
      en: 'Copy-to: 抄送 + full-width colon, organs separated by “，”, a full stop after the last one',
    },
    severity: 'error',
    fixable: true,
    messages: {
      colon: {
        zh: '“抄送”后应标全角冒号“：”，不用半角“:”',
        en: '“抄送” is followed by a full-width colon “：”, not “:”',
      },
      separator: {
        zh: '抄送机关之间应用逗号“，”隔开，不用“{mark}”',
        en: 'Organs in the copy-to list are separated by “，”, not “{mark}”',
      },
      fullStop: {
        zh: '最后一个抄送机关名称后应标句号“。”',
        en: 'The last organ in the copy-to list is followed by a full stop “。”',
      },
    },
    examples: {
      bad: [
        '关于做好冬季安全生产工作的通知\n\n各区县人民政府：\n现将有关事项通知如下。\n\n青山市人民政府\n2024年11月15日\n\n抄送：市委办公室、市人大常委会办公室。\n青山市人民政府办公室 2024年11月15日印发\n',
        '关于做好冬季安全生产工作的通知\n\n各区县人民政府：\n现将有关事项通知如下。\n\n青山市人民政府\n2024年11月15日\n\n抄送：市委办公室，市人大常委会办公室\n青山市人民政府办公室 2024年11月15日印发\n',
      ],
      good: [
        '关于做好冬季安全生产工作的通知\n\n各区县人民政府：\n现将有关事项通知如下。\n\n青山市人民政府\n2024年11月15日\n\n抄送：市委办公室，市人大常委会办公室，各省、自治区、直辖市人民政府。\n青山市人民政府办公室 2024年11月15日印发\n',
      ],
    },
  },
  check(context) {
    for (const el of context.elements('copyTo')) {
      // A print line the recogniser appended to the list (its date not yet filled in) is not part of it.
      const lines = el.children.filter((l, k) => k === 0 || !/[\dXx×]{4}\s*年|印\s*发\s*$/.test(l.value));
      lines.forEach((line, k) => {
        const value = line.value;
        let from = 0;
        if (k === 0) {
          const h = HEAD.exec(value);
          if (h) {
            const at = h[1].length;
            if (h[2] === ':') context.report({ line, start: at, end: at + 1, messageId: 'colon', fix: { start: at, end: at + 1, text: '：' } });
            from = h[0].length;
          }
        }
        // 顿号 between two full organ names.
        const text = value.slice(from);
        const parts = text.split(/([，,、；;。])/);
        let pos = from;
        for (let p = 0; p + 2 < parts.length; p += 2) {
          const before = parts[p].trim();
          const mark = parts[p + 1];
          const after = parts[p + 2].trim();
          pos += parts[p].length;
          if (mark === '、' && before.length >= 4 && after.length >= 4 && ORGAN.test(before) && ORGAN.test(after.replace(/[。.]$/, '')) && !GROUP.test(before) && !GROUP.test(after)) {
            context.report({ line, start: pos, end: pos + 1, messageId: 'separator', data: { mark }, fix: { start: pos, end: pos + 1, text: '，' } });
          }
          pos += mark.length;
        }
        if (k === lines.length - 1) {
          const end = value.trimEnd().length;
          const last = value[end - 1];
          if (end > from && last !== '。') {
            if (/[，,；;.、]/.test(last)) context.report({ line, start: end - 1, end, messageId: 'fullStop', fix: { start: end - 1, end, text: '。' } });
            // the region covers the last character (an empty region highlights nothing); the fix inserts after it
            else context.report({ line, start: end - 1, end, messageId: 'fullStop', fix: { start: end, end, text: '。' } });
          }
        }
      });
    }
  },
});
