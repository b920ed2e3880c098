/**
 * Page numbers (GB/T 9704—2012 7.5): 4号半角宋体阿拉伯数字 with an 一字线 (U+2014) on each side,
 * "— 1 —"; odd pages on the right, even pages on the left, one character in. Read from the footers:
 * a footer with a PAGE field, its text around the field, its runs and alignment.
 *
 * Errors: no page number at all; a wrong form ("第1页", "-1-", "Page 1", a bare "1"). Warnings: font
 * and size (the clause says 一般), placement. 信函 (10.1): no page number on the first page. A speech
 * is only held to having a page number of the right form.
 */
import { defineRule } from '../../rule.js';
import type { HeaderFooterPart, Run } from '../../tree/types.js';
import type { Report } from '../../rule.js';
import type { FormatEdit } from '../../fix/model.js';
import { PAGE_NUMBER } from '../../standards/gbt9704.js';
import { effectiveProfile, fontFamily, sizeName } from './shared.js';

type FooterLine = HeaderFooterPart['lines'][number];

/** The footer paragraph holding the page number, and how it reads with the field shown as a number. */
export function pageNumberLine(part: HeaderFooterPart): { line: FooterLine; text: string } | undefined {
  if (!part.fields.some((f) => /^PAGE$/i.test(f))) return undefined;
  for (const line of part.lines) {
    const runs = line.runs ?? [];
    if (!runs.some((r) => r.field && /^PAGE$/i.test(r.field))) continue;
    let text = '';
    let pageText = '';
    let at = -1;
    for (const r of runs) {
      if (r.field && /^PAGE$/i.test(r.field)) {
        if (at < 0) at = text.length;
        pageText += r.text;
      } else text += r.text;
    }
    const shown = /\d/.test(pageText) ? pageText : '1';
    return { line, text: (text.slice(0, at) + shown + text.slice(at)).trim() };
  }
  // A field with no run of its own (no cached result): the paragraph with text, number assumed.
  const line = part.lines.find((l) => l.value.trim() !== '') ?? part.lines[0];
  if (!line) return undefined;
  const v = line.value.trim();
  if (/\d/.test(v)) return { line, text: v };
  const m = /^(\S*)\s*(\S*)$/.exec(v);
  return { line, text: m && v.includes('—') ? `${m[1]} 1 ${m[2]}`.trim() : v ? `${v} 1` : '1' };
}

export function pageNumberForm(text: string): 'ok' | 'chinese' | 'english' | 'dash' | 'bare' | 'other' {
  const t = text.trim();
  if (/^—\s*\d+\s*—$/.test(t)) return 'ok';
  if (/页/.test(t)) return 'chinese';
  if (/page/i.test(t)) return 'english';
  if (/^[-－–‒―—~～]+\s*\d+\s*[-－–‒―—~～]+$/.test(t)) return 'dash';
  if (/^\d+$/.test(t)) return 'bare';
  return 'other';
}

const SONG_OR_LATIN = (r: Run) =>
  fontFamily(r.fontEastAsia) === 'songti' || fontFamily(r.fontAscii) === 'songti' || /^times new roman$/i.test(r.fontAscii ?? '');

export default defineRule({
  meta: {
    id: 'format/page-number',
    category: 'format',
    clause: 'GB/T 9704—2012 7.5',
    citation: { en: 'GB/T 9704—2012 §7.5' },
    description: {
      zh: '页码用4号半角宋体阿拉伯数字，左右各一条一字线（— 1 —），单页居右、双页居左',
      en: 'Page numbers in 4号 half-width SimSun digits between em dashes (— 1 —), odd pages right, even pages left',
    },
    severity: 'error',
    fixable: true,
    formats: ['docx'],
    messages: {
      missing: {
        zh: '文档没有页码；公文应在页脚编排页码，如“— 1 —”',
        en: 'The document has no page numbers; put them in the footer as “— 1 —”',
      },
      inHeader: {
        zh: '页码编排在页眉；公文页码应编排在版心下边缘之下（页脚），如“— 1 —”',
        en: 'Page numbers are in the header; they go below the type area (in the footer), as “— 1 —”',
      },
      form: {
        zh: '页码显示为“{found}”，应为阿拉伯数字左右各放一条一字线，如“— 1 —”',
        en: 'Page numbers read “{found}”; they should be Arabic digits between em dashes, “— 1 —”',
      },
      font: {
        zh: '页码（{part}）为“{font}”{size}，一般用4号半角宋体',
        en: 'Page numbers ({part}) are “{font}” {size}; normally 4号 (14 pt) half-width SimSun',
      },
      placement: {
        zh: '{which}页码{found}，应{want}空一字',
        en: '{which} page numbers are {found}; they should be {want}, one character in',
      },
      oddEven: {
        zh: '页脚未设“奇偶页不同”，页码无法做到单页码居右、双页码居左',
        en: 'Footers are not set to differ on odd and even pages, so odd page numbers cannot sit right and even ones left',
      },
      firstPage: {
        zh: '页脚设为“首页不同”，首页不显示页码；公文各页均应编排页码（信函格式除外）',
        en: 'The footer is set to a different first page, so page 1 shows no number; every page carries one (except in letters)',
      },
      letterFirst: {
        zh: '信函格式首页不显示页码',
        en: 'In the letter format the first page shows no page number',
        clause: { zh: 'GB/T 9704—2012 10.1', en: 'GB/T 9704—2012 §10.1' },
      },
    },
  },
  check(context) {
    const docx = context.tree.docx;
    if (!docx) return;
    const profile = effectiveProfile(context);
    const first = docx.sections[0];
    const firstFooter = first?.footers.find((f) => f.type === 'first');
    // 信函: page 1 shows no number; a letter whose page 1 shows one gets a blank first-page footer.
    const letterFirst = profile === 'letter' && (!first?.page.titlePage || !!(firstFooter && pageNumberLine(firstFooter)));
    // Every finding here is fixed the same way: new footers with "— N —", odd right, even left.
    const fix: FormatEdit = {
      kind: 'pageNumbers',
      set: {
        before: PAGE_NUMBER.before, after: PAGE_NUMBER.after, font: PAGE_NUMBER.font, sizeHalfPoints: PAGE_NUMBER.sizeHalfPoints,
        odd: PAGE_NUMBER.odd, even: PAGE_NUMBER.even, indentChars: PAGE_NUMBER.indentChars, indentTwips: PAGE_NUMBER.indentTwips,
        firstPage: profile !== 'letter' ? 'number' : letterFirst ? 'blank' : 'keep',
      },
      description: `页码：页脚“${PAGE_NUMBER.before}1${PAGE_NUMBER.after}”，4号宋体，单页居右、双页居左${letterFirst ? '；信函首页不显示页码' : ''}`,
    };
    const report = (r: Report) => context.report({ ...r, formatFix: [fix] });
    const parts = new Map<string, HeaderFooterPart>();
    for (const s of docx.sections) for (const f of s.footers) if (!parts.has(f.part)) parts.set(f.part, f);
    const numbered = [...parts.values()].map((p) => ({ part: p, pn: pageNumberLine(p) })).filter((x) => x.pn);
    if (!numbered.length) {
      const inHeader = docx.sections.some((sec) => sec.headers.some((h) => h.fields.some((f) => /^PAGE$/i.test(f))));
      report({ messageId: inHeader ? 'inHeader' : 'missing' });
      return;
    }
    const forms = new Set<string>();
    for (const { pn } of numbered) {
      const key = pn!.text.replace(/\d+/g, 'N');
      if (pageNumberForm(pn!.text) !== 'ok' && !forms.has(key)) {
        forms.add(key);
        report({ messageId: 'form', data: { found: pn!.text } });
      }
    }
    if (profile === 'speech') return;

    for (const { part, pn } of numbered) {
      const runs = (pn!.line.runs ?? []).filter((r) => r.text.trim() !== '');
      const badFont = runs.filter((r) => /\d/.test(r.text) && !SONG_OR_LATIN(r));
      const badSize = runs.filter((r) => r.sizeHalfPoints !== 28);
      if (badFont.length || badSize.length) {
        const r = badFont[0] ?? badSize[0];
        report({
          messageId: 'font',
          severity: 'warning',
          data: { part: partName(part), font: r.fontEastAsia ?? r.fontAscii ?? '默认字体', size: sizeName(r.sizeHalfPoints) },
        });
      }
    }

    if (profile !== 'letter' && first?.page.titlePage) {
      // "首页不同" with a first-page footer that has no page number: page 1 goes without one.
      if (!firstFooter || !pageNumberLine(firstFooter)) report({ messageId: 'firstPage', severity: 'warning' });
    }
    if (letterFirst) report({ messageId: 'letterFirst', severity: 'warning' });

    if (!docx.evenAndOddHeaders) {
      report({ messageId: 'oddEven', severity: 'warning' });
      return;
    }
    for (const { part, pn } of numbered) {
      if (part.type === 'first') continue;
      const want = part.type === 'even' ? 'left' : 'right';
      // A frame placed on the outside edge (w:framePr xAlign=outside) is right on odd, left on even pages.
      const frame = pn!.line.format?.frameXAlign;
      const a = frame === 'outside' ? want : frame === 'inside' ? (want === 'right' ? 'left' : 'right') : frame ?? pn!.line.format?.alignment ?? 'left';
      const side = a === 'right' || a === 'end' ? 'right' : a === 'center' ? 'center' : 'left';
      if (side !== want) {
        report({
          messageId: 'placement',
          severity: 'warning',
          data: {
            which: part.type === 'even' ? '双（偶数）' : '单（奇数）',
            found: side === 'center' ? '居中' : side === 'right' ? '居右' : '居左',
            want: want === 'right' ? '居右' : '居左',
          },
        });
      }
    }
  },
});

function partName(part: HeaderFooterPart): string {
  return part.type === 'even' ? '偶数页页脚' : part.type === 'first' ? '首页页脚' : '页脚';
}

