/**
 * Invisible characters do not belong in the text: zero-width space/non-joiner/joiner (U+200B–U+200D),
 * word joiner (U+2060), a byte-order mark inside the text (U+FEFF), soft hyphen (U+00AD) and the
 * no-break space (U+00A0). They come from pasting out of web pages and PDFs, break searching and
 * counting, and put invisible gaps between characters, which GB/T 15834—2011 5.1 (every character and
 * mark takes its place) does not allow for.
 *
 * Fix: delete the zero-width ones; a no-break space becomes an ordinary space (the space rule judges
 * whether it belongs there at all).
 */
import { defineRule } from '../../rule.js';

const VISIBLE = /\S/;

const INVISIBLE = /[\u200B\u200C\u200D\u2060\uFEFF\u00AD\u00A0]/g;
const NAMES: Record<string, string> = {
  '\u200B': '零宽空格 U+200B',
  '\u200C': '零宽非连接符 U+200C',
  '\u200D': '零宽连接符 U+200D',
  '\u2060': '词连接符 U+2060',
  '\uFEFF': '字节顺序标记 U+FEFF',
  '\u00AD': '软连字符 U+00AD',
  '\u00A0': '不间断空格 U+00A0',
};

export default defineRule({
  meta: {
    id: 'punctuation/invisible-characters',
    category: 'punctuation',
    clause: 'GB/T 15834—2011 5.1',
    citation: { en: 'GB/T 15834—2011 §5.1' },
    description: {
      zh: '正文中不得含有零宽字符、软连字符、不间断空格等不可见字符',
      en: 'No invisible characters (zero-width characters, soft hyphen, no-break space) in the text',
    },
    severity: 'error',
    fixable: true,
    messages: {
      invisible: {
        zh: '文中含有不可见字符（{name}），应删除',
        en: 'Invisible character ({name}) in the text: delete it',
      },
    },
    examples: {
      bad: ['加强\u200B领导', '全面\u00A0推进', '依法\u00AD治理'],
      good: ['加强领导', '全面推进'],
    },
  },
  check(context) {
    const first = context.lines[0]?.line;
    for (const { line } of context.lines) {
      for (const m of line.value.matchAll(INVISIBLE)) {
        const start = m.index!;
        if (m[0] === '\uFEFF' && start === 0 && line === first) continue;
        // A no-break space used as indentation, padding or layout (web pages do this) is a space,
        // which format and space rules judge; only one standing alone between two characters is
        // an invisible stray.
        if (m[0] === '\u00A0' && !(VISIBLE.test(line.value[start - 1] ?? '') && VISIBLE.test(line.value[start + 1] ?? ''))) continue;
        context.report({
          line,
          start,
          end: start + 1,
          // A stray no-break space looks like a space and is mostly pasted layout: a warning.
          ...(m[0] === '\u00A0' ? { severity: 'warning' as const } : {}),
          messageId: 'invisible',
          data: { name: NAMES[m[0]] },
          fix: { start, end: start + 1, text: m[0] === '\u00A0' ? ' ' : '' },
        });
      }
    }
  },
});
