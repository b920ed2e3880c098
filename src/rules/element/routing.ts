/**
 * Routing of upward documents: 《党政机关公文处理工作条例》第十五条（一）“原则上主送一个上级机关，根据需要同时抄送
 * 相关上级机关和同级机关，不抄送下级机关”. For a 请示 (always upward; a 报告 may also go to an
 * assembly, so it is not judged here):
 * - several organs in the 主送机关 line (split by ，、) — a warning, since 原则上 allows exceptions;
 * - a 抄送 list that names subordinate organs (各区县…, 各乡镇…, 所属…, 下属…) — a warning.
 * Joint addressing of 党委 and 政府 (市委、市政府) is the common exception and is left alone.
 * - a 请示 addressed to a person (张局长：, 尊敬的李市长：) — 第十五条（五）"除上级机关负责人直接交办事项外，
 *   不得以本机关名义向上级机关负责人报送公文": an error. The recogniser files organ names as the
 *   主送机关, so the first line under the title that ends in a colon is read as well.
 */
import { defineRule } from '../../rule.js';

const CLAUSE = '《党政机关公文处理工作条例》第十五条';
/** A person as addressee: a name or surname + post (张局长, 李明同志, 尊敬的王市长), or 领导. */
const PERSON = /^(?:尊敬的)?[\p{Script=Han}]{1,4}?(?:局长|副局长|市长|副市长|书记|副书记|主任|副主任|县长|区长|省长|部长|厅长|处长|科长|主席|院长|秘书长|总经理|董事长|同志|领导)(?:同志)?$/u;
const SUBORDINATE = /^(各(?:区|县|区县|县区|县市区|乡镇|乡|镇|街道|分局|科室|处室|单位|部门|学校)|所属|下属)/;

export default defineRule({
  meta: {
    id: 'element/routing',
    category: 'element',
    clause: CLAUSE,
    citation: { en: 'Regulations on the Handling of Official Documents, Article 15' },
    description: {
      zh: '请示原则上主送一个上级机关，不抄送下级机关',
      en: 'A request goes to one superior organ, and is not copied to subordinate organs',
    },
    severity: 'warning',
    fixable: false,
    kinds: ['request'],
    messages: {
      severalAddressees: {
        zh: '请示原则上主送一个上级机关，此处主送了{count}个机关',
        en: 'A request goes, in principle, to one superior organ; this one names {count}',
      },
      person: {
        zh: '请示应当主送上级机关，不得主送领导个人（“{person}”）',
        en: 'A request goes to the superior organ, not to a person (“{person}”)',
      },
      copyDown: {
        zh: '请示不抄送下级机关，“{organ}”是下级机关',
        en: 'A request is not copied to subordinate organs: “{organ}” is one',
      },
    },
    examples: {
      bad: ['青山市应急管理局关于增加安全检查经费的请示\n\n市人民政府，市财政局：\n拟增加检查经费50万元。\n妥否，请批示。\n', '青山市应急管理局关于增加安全检查经费的请示\n\n张局长：\n拟增加检查经费50万元。\n妥否，请批示。\n'],
      good: ['青山市应急管理局关于增加安全检查经费的请示\n\n市人民政府：\n拟增加检查经费50万元。\n妥否，请批示。\n'],
    },
  },
  check(context) {
    // The first line under the title ending in a colon: the 主送机关, or a person the recogniser left
    // as a paragraph.
    const title = context.lines.findIndex((e) => e.element.type === 'title');
    const head = title >= 0 ? context.lines.slice(title + 1).find((e) => e.element.type !== 'title' && e.element.type !== 'documentNumber') : undefined;
    if (head && (head.element.type === 'addressee' || head.element.type === 'paragraph')) {
      const line = head.line;
      const m = /^([ \t\u3000]*)(.+?)[：:][ \t\u3000]*$/.exec(line.value);
      if (m && PERSON.test(m[2].trim())) {
        const start = m[1].length;
        context.report({ line, start, end: start + m[2].length, severity: 'error', messageId: 'person', data: { person: m[2].trim() } });
        return;
      }
    }
    for (const el of context.elements('addressee')) {
      const line = el.children[el.children.length - 1];
      const text = el.children.map((l) => l.value).join('').trim().replace(/[：:]$/, '');
      const organs = text.split(/[，,、]/).map((o) => o.trim()).filter(Boolean);
      // 市委、市政府 / 省委、省政府: the party committee and the government of one place.
      const joint = organs.length === 2 && /委$/.test(organs[0]) && /政府$/.test(organs[1]);
      if (organs.length > 1 && !joint) {
        const start = line.value.length - line.value.trimStart().length;
        context.report({ line, start, end: line.value.trimEnd().length, messageId: 'severalAddressees', data: { count: organs.length } });
      }
    }
    for (const el of context.elements('copyTo')) {
      for (const line of el.children) {
        const body = line.value.replace(/^\s*抄\s*送\s*[:：]/, (h) => ' '.repeat(h.length));
        let pos = 0;
        for (const part of body.split(/([，,、。；;])/)) {
          const organ = part.trim();
          if (organ && SUBORDINATE.test(organ)) {
            const start = pos + part.indexOf(organ);
            context.report({ line, start, end: start + organ.length, messageId: 'copyDown', data: { organ } });
          }
          pos += part.length;
        }
      }
    }
  },
});
