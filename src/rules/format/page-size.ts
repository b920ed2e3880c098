/**
 * A4 paper: 210 mm × 297 mm (GB/T 9704—2012 5.1, GB/T 148). Checked on every section's w:pgSz with
 * ±1 mm tolerance; a landscape section (wide tables in an attachment) is A4 turned, which is allowed.
 */
import { defineRule } from '../../rule.js';
import { LENGTH_TOLERANCE as TOL, PAGE } from '../../standards/gbt9704.js';
import { mm } from './shared.js';

const W = PAGE.width;
const H = PAGE.height;

export default defineRule({
  meta: {
    id: 'format/page-size',
    category: 'format',
    clause: 'GB/T 9704—2012 5.1',
    citation: { en: 'GB/T 9704—2012 §5.1' },
    description: { zh: '公文用纸为A4型纸（210 mm×297 mm）', en: 'Paper is A4 (210 mm × 297 mm)' },
    severity: 'error',
    fixable: true,
    formats: ['docx'],
    messages: {
      notA4: {
        zh: '纸张为{width} mm×{height} mm，公文用纸应为A4型纸（210 mm×297 mm）',
        en: 'Paper is {width} mm × {height} mm; official documents use A4 (210 mm × 297 mm)',
      },
    },
  },
  check(context) {
    for (const [index, section] of (context.tree.docx?.sections ?? []).entries()) {
      const { width, height, orientation } = section.page;
      if (width === undefined || height === undefined) continue;
      const portrait = Math.abs(width - W) <= TOL && Math.abs(height - H) <= TOL;
      const landscape = Math.abs(width - H) <= TOL && Math.abs(height - W) <= TOL;
      if (portrait || landscape) continue;
      // A4 in the section's own orientation.
      const turned = orientation === 'landscape' || width > height;
      context.report({
        messageId: 'notA4',
        data: { width: mm(width), height: mm(height) },
        formatFix: [{
          kind: 'section', section: index, set: { pageSize: turned ? { width: H, height: W } : { width: W, height: H } },
          description: `纸张：A4（${PAGE.widthMm} mm×${PAGE.heightMm} mm）`,
        }],
      });
    }
  },
});
