/**
 * 22 lines of 28 characters per page (GB/T 9704—2012 5.2.3: 一般每面排22行，每行排28个字，特定情况可以
 * 作适当调整). Met by a document grid with a line pitch of about 579 twips (225 mm / 22), or by exact
 * line spacing of 28–29.5 pt on the body paragraphs (the usual way in Word and WPS). Warning: the
 * clause allows adjustment.
 */
import { defineRule } from '../../rule.js';
import type { FormatEdit } from '../../fix/model.js';
import { EXACT_SPACING_RANGE, GRID_PITCH_RANGE, GRID_TYPES, LINE_PITCH } from '../../standards/gbt9704.js';
import { judged, paragraphEdit } from './shared.js';

/** Whether a line's own fixed spacing (exact / at least) is off the 22-line grid. */
export function offGridSpacing(f: { lineRule?: string; lineSpacing?: number } | undefined): boolean {
  if (!f || (f.lineRule !== 'exact' && f.lineRule !== 'atLeast') || f.lineSpacing === undefined) return false;
  return !(f.lineRule === 'exact' && f.lineSpacing >= EXACT_SPACING_RANGE.min && f.lineSpacing <= EXACT_SPACING_RANGE.max);
}

/** Elements set in the body's 3号 lines: their own fixed spacing goes onto the grid's pitch. */
const GRID_ELEMENTS = new Set(['paragraph', 'heading', 'addressee', 'attachmentNote', 'issuerSignature', 'issueDate', 'remark']);

export default defineRule({
  meta: {
    id: 'format/line-grid',
    category: 'format',
    clause: 'GB/T 9704—2012 5.2.3',
    citation: { en: 'GB/T 9704—2012 §5.2.3' },
    description: {
      zh: '一般每面排22行、每行排28个字（文档网格行距约28.9磅，或正文固定行距28～29.5磅）',
      en: 'Normally 22 lines × 28 characters per page (grid pitch ≈ 28.9 pt, or exact line spacing 28–29.5 pt)',
    },
    severity: 'warning',
    fixable: true,
    formats: ['docx'],
    messages: {
      grid: {
        zh: '版面未排成每面22行：{found}；一般每面排22行、每行排28个字（文档网格行距约28.9磅，或正文固定行距28～29.5磅）',
        en: 'The page is not laid out in 22 lines: {found}; normally 22 lines × 28 characters (grid pitch ≈ 28.9 pt, or exact line spacing 28–29.5 pt)',
      },
    },
  },
  check(context) {
    const sections = context.tree.docx?.sections ?? [];
    if (!sections.length) return;
    const body = context.lines.filter((e) => e.element.type === 'paragraph' && judged(e.line) && e.line.format);
    if (body.length === 0) return;
    const exact = body.filter((e) => e.line.format!.lineRule === 'exact' && e.line.format!.lineSpacing !== undefined
      && e.line.format!.lineSpacing >= EXACT_SPACING_RANGE.min && e.line.format!.lineSpacing <= EXACT_SPACING_RANGE.max);
    if (exact.length * 2 >= body.length) return;
    // Fixed line spacing (exact / at least) decides the layout whatever the grid says.
    const fixed = body.filter((e) => e.line.format!.lineRule === 'exact' || e.line.format!.lineRule === 'atLeast');
    const gridOk = sections.every((s) => s.page.gridType !== undefined && GRID_TYPES.has(s.page.gridType)
      && s.page.linePitch !== undefined && s.page.linePitch >= GRID_PITCH_RANGE.min && s.page.linePitch <= GRID_PITCH_RANGE.max);
    if (gridOk && fixed.length * 2 < body.length) return;
    // Describe what is there: the commonest body line spacing.
    const counts = new Map<string, number>();
    for (const e of body) {
      const f = e.line.format!;
      let d: string;
      if (f.lineSpacing === undefined) d = '单倍行距';
      else if (f.lineRule === 'exact') d = `固定值${f.lineSpacing / 20}磅`;
      else if (f.lineRule === 'atLeast') d = `最小值${f.lineSpacing / 20}磅`;
      else d = `${Math.round((f.lineSpacing / 240) * 100) / 100}倍行距`;
      counts.set(d, (counts.get(d) ?? 0) + 1);
    }
    const common = [...counts].sort((a, b) => b[1] - a[1])[0][0];
    const pitch = sections[0].page;
    const grid = pitch.gridType && GRID_TYPES.has(pitch.gridType) && pitch.linePitch
      ? `文档网格行距${Math.round(pitch.linePitch / 2) / 10}磅` : '未设文档网格';
    // The fix: a 22-line grid on every section, and the body lines' own fixed spacing onto its pitch.
    const pt = LINE_PITCH / 20;
    const formatFix: FormatEdit[] = sections.map((s, section) => ({
      kind: 'section', section,
      set: { grid: { type: s.page.gridType && s.page.gridType !== 'default' ? s.page.gridType : 'lines', linePitch: LINE_PITCH } },
      description: `文档网格：每页22行（行距${pt}磅）`,
    }));
    for (const e of context.lines) {
      if (GRID_ELEMENTS.has(e.element.type) && e.block !== 'imprintBlock' && (e.line.container ?? 'body') === 'body'
        && e.line.ordinal !== undefined && offGridSpacing(e.line.format)) {
        formatFix.push(paragraphEdit(e.line, { spacing: { line: LINE_PITCH, lineRule: 'exact' } }, `行距固定值${pt}磅`));
      }
    }
    context.report({ messageId: 'grid', data: { found: `${grid}，正文${common}` }, formatFix });
  },
});
