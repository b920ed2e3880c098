/**
 * Point marks 。，、；：？！ never start a line, and the opening half of a quote, bracket or 书名号
 * never ends one (GB/T 15834—2011 5.1.1–5.1.3). In our model a line is a paragraph, so a paragraph
 * that starts with such a mark is a paragraph broken in the wrong place (an accidental line break
 * before a comma), or a mark left over after deleting text. Either way it is wrong; the fix is not
 * certain (join the paragraphs, or delete the mark), so none is offered. A warning: see `severity`.
 *
 * An opening mark at the very end of a paragraph is left to punctuation/paired-marks, which sees
 * whether it is ever closed.
 */
import { defineRule } from '../../rule.js';
import { LEADING_POINT as LEADING, proseLines } from './shared.js';

export default defineRule({
  meta: {
    id: 'punctuation/punctuation-position',
    category: 'punctuation',
    clause: 'GB/T 15834—2011 5.1.1',
    citation: { en: 'GB/T 15834—2011 §5.1.1' },
    description: {
      zh: '句号、逗号、顿号、分号、冒号、问号、叹号不出现在一行（段）之首',
      en: 'Point marks (。，、；：？！) never start a line or paragraph',
    },
    // A warning: in .txt input a paragraph is a line, and text copied from web pages or PDFs often
    // carries line breaks inside a sentence (a list of names broken into cells, a wrapped line), so
    // a mark at the start of a line there is usually a layout artefact rather than the writer's error.
    severity: 'warning',
    fixable: false,
    messages: {
      leading: {
        zh: '标点“{mark}”出现在段首，点号应紧随前面的文字，不出现在一行之首',
        en: '“{mark}” starts the paragraph: point marks follow the text and never start a line',
      },
    },
    examples: {
      bad: ['要加强领导\n，确保工作落实。'],
      good: ['要加强领导，确保工作落实。', '一、总体要求'],
    },
  },
  check(context) {
    for (const { line } of proseLines(context.lines)) {
      const m = LEADING.exec(line.value);
      if (!m) continue;
      const start = m[0].length - 1;
      context.report({ line, start, end: start + 1, messageId: 'leading', data: { mark: m[1] } });
    }
  },
});
