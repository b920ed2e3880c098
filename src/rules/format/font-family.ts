/**
 * Each element in its typeface (GB/T 9704—2012 5.2.2, 7.2–7.4): 3号仿宋 by default; 小标宋 for the
 * issuer mark and the title; 黑体 for 密级/紧急程度, level-1 headings and the 附件 label; 楷体 for
 * level-2 headings and the signer's name; 纪要 labels 出席/请假/列席 in 黑体 (10.3).
 *
 * The East Asian font is judged on runs holding Han characters only: digits and Latin in Times New
 * Roman are unit practice, never an error. Neither is emphasis inside body text (一是 … in 黑体, a
 * run-in heading in 楷体) while it is the smaller part of the paragraph. One finding per part of a paragraph, naming the font used;
 * when a paragraph style gives the wrong font to many paragraphs, one finding on the style instead
 * (fixed on the style), and per-paragraph findings only where direct formatting is wrong.
 * Warning: the clauses say 一般 / 推荐, and fonts depend on what is installed.
 */
import { defineRule } from '../../rule.js';
import {
  effectiveProfile, FONT_FAMILIES, fontFamily, fontLabel, fontProps, HAN, isSubstituteFor, partFaults, partRunEdits,
  styleFaults, styleFinding, type FontFamily, type PartFault,
} from './shared.js';

export default defineRule({
  meta: {
    id: 'format/font-family',
    category: 'format',
    clause: 'GB/T 9704—2012 5.2.2、7',
    citation: { zh: '{clause}' },
    description: {
      zh: '各要素字体：正文仿宋，标题和发文机关标志小标宋，一级标题黑体，二级标题楷体……',
      en: 'Typeface per element: body FangSong, title and issuer mark XiaoBiaoSong, level-1 headings SimHei, level-2 KaiTi …',
    },
    severity: 'warning',
    fixable: true,
    formats: ['docx'],
    messages: {
      wrongFont: {
        zh: '{label}使用了“{found}”，应使用{want}（如{canonical}）',
        en: '{label} is set in “{found}”; it should be {want} (e.g. {canonical})',
      },
      asciiOnly: {
        zh: '{label}的中文字体（w:eastAsia）为“{found}”，只有西文字体是“{ascii}”；应使用{want}（如{canonical}）',
        en: '{label} has the East Asian font (w:eastAsia) “{found}”; only the Latin font is “{ascii}”; it should be {want} (e.g. {canonical})',
      },
      styleFont: {
        zh: '样式“{style}”的中文字体为“{found}”，{label}有{count}段因此字体不符；应将该样式的字体改为{want}（如{canonical}）',
        en: 'The style “{style}” sets the East Asian font “{found}”, which puts {count} paragraphs ({label}) in the wrong font; set the style to {want} (e.g. {canonical})',
      },
      substitute: {
        zh: '{label}使用了“{found}”代替{want}（如{canonical}），打印效果不同，请确认',
        en: '{label} uses “{found}” as a substitute for {want} (e.g. {canonical}); it prints differently',
      },
    },
  },
  check(context) {
    const profile = effectiveProfile(context);
    const faults = partFaults(context, profile, 'font');
    // A style that sets the wrong font for many paragraphs: one finding on the style, fixed there.
    const onStyle = new Set<PartFault>();
    const wrongOnly = faults.filter((f) => f.bad.every((r) => !isSubstituteFor(r.fontEastAsia, f.seg.family!)));
    for (const g of styleFaults(context, 'font', wrongOnly, profile)) {
      const family = g.target as FontFamily;
      const found = [...new Set(g.faults.flatMap((f) => f.bad.map((r) => fontLabel(r.fontEastAsia))))].join('”“');
      const s = styleFinding(g, { fontEastAsia: FONT_FAMILIES[family].canonical },
        (count) => `样式“${g.styleName}”：中文字体 ${found} → ${FONT_FAMILIES[family].canonical}（${count}段）`);
      for (const f of g.faults) onStyle.add(f);
      context.report({
        line: s.line,
        messageId: 'styleFont',
        data: {
          style: g.styleName,
          label: s.label,
          found,
          count: s.count,
          want: FONT_FAMILIES[family].zh,
          canonical: FONT_FAMILIES[family].examples,
          clause: s.clause,
        },
        formatFix: [s.edit],
      });
    }
    for (const fault of faults) {
      if (onStyle.has(fault)) continue;
      const { entry: { line }, seg, bad } = fault;
      const family = seg.family!;
      const wrong = bad.filter((r) => !isSubstituteFor(r.fontEastAsia, family));
      const shown = wrong.length ? wrong : bad;
      const found = [...new Set(shown.map((r) => fontLabel(r.fontEastAsia)))].join('”“');
      // python-docx's run.font.name sets w:ascii/w:hAnsi only: the wanted font there, not in w:eastAsia.
      const ascii = wrong.length && wrong.every((r) => fontFamily(r.fontAscii) === family) ? wrong[0].fontAscii : undefined;
      const start = Math.max(seg.start, shown[0].offset);
      const last = shown[shown.length - 1];
      const end = Math.min(seg.end, last.offset + last.text.length);
      // The fix: every run of the part not in the family (substitutes too), over its Han text.
      const formatFix = partRunEdits(fault, (text) => HAN.test(text), (r) => ({
        set: fontProps(family, r.fontAscii),
        description: `${seg.label}：字体 ${r.fontEastAsia ?? '默认字体'} → ${FONT_FAMILIES[family].canonical}`,
      }));
      context.report({
        line,
        start,
        end,
        formatFix,
        messageId: ascii ? 'asciiOnly' : wrong.length ? 'wrongFont' : 'substitute',
        data: {
          label: seg.label,
          found,
          ...(ascii ? { ascii } : {}),
          want: FONT_FAMILIES[family].zh,
          canonical: FONT_FAMILIES[family].examples,
          clause: seg.clause,
        },
      });
    }
  },
});
