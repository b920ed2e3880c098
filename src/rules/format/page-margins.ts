/**
 * Margins: 天头 (top) 37 mm ± 1 mm, 订口 (left) 28 mm ± 1 mm, 版心 156 mm × 225 mm, so right ≈ 26 mm
 * and bottom ≈ 35 mm (GB/T 9704—2012 5.2.1). Word measures the top margin to the line box, not to
 * the ink, and offices adjust it to land the first line right, so this is a warning.
 */
import { defineRule } from '../../rule.js';
import { HEADER_FOOTER_DISTANCE, LENGTH_TOLERANCE as TOL, MARGINS as WANT, MARGINS_MM } from '../../standards/gbt9704.js';
import { mm } from './shared.js';

const NAMES = { top: '上（天头）', left: '左（订口）', right: '右', bottom: '下' };

export default defineRule({
  meta: {
    id: 'format/page-margins',
    category: 'format',
    clause: 'GB/T 9704—2012 5.2.1',
    citation: { en: 'GB/T 9704—2012 §5.2.1' },
    description: {
      zh: '页边距：天头37 mm、订口28 mm，版心156 mm×225 mm（右26 mm、下35 mm）',
      en: 'Margins: top 37 mm, left 28 mm, type area 156 × 225 mm (right 26 mm, bottom 35 mm)',
    },
    severity: 'warning',
    fixable: true,
    formats: ['docx'],
    messages: {
      margin: {
        zh: '页边距不符：{list}；应为上37 mm、左28 mm、右26 mm、下35 mm（版心156 mm×225 mm）',
        en: 'Margins off: {list}; want top 37 mm, left 28 mm, right 26 mm, bottom 35 mm (type area 156 × 225 mm)',
      },
    },
  },
  check(context) {
    for (const [index, section] of (context.tree.docx?.sections ?? []).entries()) {
      const p = section.page;
      if (p.orientation === 'landscape' || (p.width !== undefined && p.height !== undefined && p.width > p.height)) continue;
      const have = {
        top: p.marginTop,
        left: p.marginLeft === undefined ? undefined : p.marginLeft + (p.gutter ?? 0),
        right: p.marginRight,
        bottom: p.marginBottom,
      };
      const off: string[] = [];
      for (const side of ['top', 'left', 'right', 'bottom'] as const) {
        const v = have[side];
        if (v === undefined) continue;
        if (Math.abs(Math.abs(v) - WANT[side]) > TOL) off.push(`${NAMES[side]}${mm(Math.abs(v))} mm`);
      }
      if (!off.length) continue;
      context.report({
        messageId: 'margin',
        data: { list: off.join('、') },
        formatFix: [{
          kind: 'section',
          section: index,
          set: {
            margins: {
              top: WANT.top, right: WANT.right, bottom: WANT.bottom,
              // The 订口 is margin + gutter: the margin gives way to a gutter that is set.
              left: Math.max(0, WANT.left - (p.gutter ?? 0)),
              ...(p.marginHeader === undefined ? { header: HEADER_FOOTER_DISTANCE.header } : {}),
              ...(p.marginFooter === undefined ? { footer: HEADER_FOOTER_DISTANCE.footer } : {}),
            },
          },
          description: `页边距：上${MARGINS_MM.top} mm、下${MARGINS_MM.bottom} mm、左${MARGINS_MM.left} mm、右${MARGINS_MM.right} mm`,
        }],
      });
    }
  },
});
