/**
 * Editor's notes left in a draft: 【待定】【待补充】【待核实】, （此处……）, [TODO], TODO/FIXME/TBD, 待填.
 * Nothing like it may go out (catalogue §5, [G]): an error.
 * The line that marks where the seal goes (〔此处加盖印章〕), which the recogniser makes a `seal`
 * element, is left to the seal rules. （待定） in round brackets is left alone: published lists use it for a post not yet filled.
 * Prose that merely says something remains to be done (有待补充完善, 待填报) is not a note: the words
 * count only inside brackets, standing alone in them, or as upper-case TODO/FIXME/TBD.
 */
import { defineRule } from '../../rule.js';

const CLAUSE = '《党政机关公文处理工作条例》第十九条';
const WORDS = '待补充?|待完善|待核实?|待核准|待确认|待填写?|待更新|待修改|待查|此处[^【】\\[\\]［］（）()]{0,30}';
// 【待定】 in editorial brackets; in round brackets 待定 is real content (a member still “（待定）” in a
// published list of a committee), so there only the other notes count.
const NOTE = new RegExp(`[【\\[［〔][ \\t\\u3000]*(?:待定|${WORDS})[ \\t\\u3000]*[】\\]］〕]|[（(][ \\t\\u3000]*(?:${WORDS})[ \\t\\u3000]*[）)]|\\b(?:TODO|FIXME|TBD)\\b`, 'g');

/**
 * A character every match of NOTE contains (待 or 此 of the notes, T or F of TODO/FIXME/TBD): lines
 * without one are not searched — NOTE, with its bracket classes and alternatives, costs ~1.5 ms to
 * compile, which a draft without such a line never pays.
 */
const NOTE_MARK = /[待此TF]/;

export default defineRule({
  meta: {
    id: 'placeholder/editor-note',
    category: 'placeholder',
    clause: CLAUSE,
    citation: { en: 'Regulations on the Handling of Official Documents, Article 19' },
    description: {
      zh: '定稿中不得留有【待定】【待补充】（此处……）TODO 等编辑批注',
      en: 'No editor’s notes (【待定】, 【待补充】, （此处……）, TODO …) left in the document',
    },
    severity: 'error',
    fixable: false,
    messages: {
      note: {
        zh: '“{text}”是起草时的批注，发文前应补全内容并删去',
        en: '“{text}” is a drafting note: complete the text and remove it before issue',
      },
    },
    examples: {
      bad: ['全市共检查企业【待定】家。', '（此处补充典型案例）', '各单位要按时报送材料。TODO'],
      good: ['相关制度有待补充完善。', '请各单位做好待填报数据的核对。'],
    },
  },
  check(context) {
    for (const { line, element } of context.lines) {
      // The seal position line (〔此处加盖印章〕) is an element of its own, judged by the seal rules.
      if ((element.type as string) === 'seal') continue;
      if (!NOTE_MARK.test(line.value)) continue;
      for (const m of line.value.matchAll(NOTE)) {
        const at = m.index!;
        context.report({ line, start: at, end: at + m[0].length, messageId: 'note', data: { text: m[0] } });
      }
    }
  },
});
