/**
 * Text is black (GB/T 9704—2012 5.2.4: 如无特殊说明，公文中文字的颜色均为黑色). Red is for the issuer
 * mark (7.2.4: 颜色为红色), the separator lines and the seal; a seal placeholder ("此处加盖印章") may be
 * red too. One finding per paragraph.
 */
import { defineRule } from '../../rule.js';
import type { Line, Run } from '../../tree/types.js';
import { COLOR } from '../../standards/gbt9704.js';
import { effectiveProfile, isBlack, isFormal, isRed, judged, runEdit } from './shared.js';

/** One edit per run: the colour set to `color`. */
function colorFix(line: Line, runs: Run[], color: string) {
  const name = color === COLOR.issuerMark ? '红色' : '黑色';
  return runs.map((r) => runEdit(line, r.offset, r.offset + r.text.length, { color }, `文字颜色 ${r.color ?? '自动'} → ${name}`));
}

const SEAL = /印章|盖章|公章|签章/;

export default defineRule({
  meta: {
    id: 'format/text-color',
    category: 'format',
    clause: 'GB/T 9704—2012 5.2.4',
    citation: { en: 'GB/T 9704—2012 §5.2.4' },
    description: {
      zh: '文字为黑色；发文机关标志为红色',
      en: 'Text is black; the issuer mark is red',
    },
    severity: 'error',
    fixable: true,
    formats: ['docx'],
    messages: {
      notBlack: {
        zh: '文字颜色为{color}，公文文字应为黑色',
        en: 'Text colour is {color}; official documents are printed in black',
      },
      issuerNotRed: {
        zh: '发文机关标志颜色为{color}，应为红色',
        en: 'The issuer mark is {color}; it should be red',
        clause: { zh: 'GB/T 9704—2012 7.2.4', en: 'GB/T 9704—2012 §7.2.4' },
      },
    },
  },
  check(context) {
    const formal = isFormal(effectiveProfile(context));
    for (const { line, element } of context.lines) {
      if (!judged(line) || element.type === 'redSeparator' || SEAL.test(line.value)) continue;
      const runs = line.runs!.filter((r) => r.text.trim() !== '' && !r.field);
      if (element.type === 'issuerMark') {
        if (!formal) continue;
        const bad = runs.filter((r) => !isRed(r.color));
        if (bad.length) {
          context.report({
            line, start: bad[0].offset, end: bad[bad.length - 1].offset + bad[bad.length - 1].text.length,
            messageId: 'issuerNotRed', data: { color: colorName(bad[0].color) }, formatFix: colorFix(line, bad, COLOR.issuerMark),
          });
        }
        continue;
      }
      const bad = runs.filter((r) => !isBlack(r.color));
      if (!bad.length) continue;
      context.report({
        line, start: bad[0].offset, end: bad[bad.length - 1].offset + bad[bad.length - 1].text.length,
        formatFix: colorFix(line, bad, COLOR.text),
        messageId: 'notBlack', data: { color: [...new Set(bad.map((r) => colorName(r.color)))].join('、') },
      });
    }
  },
});

function colorName(color: string | undefined): string {
  if (!color || color.toLowerCase() === 'auto') return '自动（黑色）';
  const c = color.toUpperCase().replace(/^#/, '');
  if (isRed(c)) return `红色（#${c}）`;
  return `#${c}`;
}
