/**
 * Each element in its size (GB/T 9704—2012 5.2.2, 7): 3号 (16 pt, w:sz 32) unless stated otherwise;
 * 标题 2号 (22 pt, sz 44); 抄送 and 印发 4号 (14 pt, sz 28). Judged on every run with visible text,
 * digits included. One finding per part of a paragraph. Warning: the clauses say 一般.
 */
import { defineRule } from '../../rule.js';
import type { FormatEdit } from '../../fix/model.js';
import {
  effectiveProfile, expectedSegments, judged, runEdit, sizeLabel, sizeName, styleFaults, wrongSizeRuns, type PartFault,
} from './shared.js';

export default defineRule({
  meta: {
    id: 'format/font-size',
    category: 'format',
    clause: 'GB/T 9704—2012 5.2.2、7',
    citation: { zh: '{clause}' },
    description: {
      zh: '各要素字号：一般3号；标题2号；抄送、印发4号',
      en: 'Size per element: normally 3号 (16 pt); title 2号 (22 pt); copy-to and print line 4号 (14 pt)',
    },
    severity: 'warning',
    fixable: true,
    formats: ['docx'],
    messages: {
      styleSize: {
        zh: '样式“{style}”的字号为{found}，{label}有{count}段因此字号不符；应将该样式的字号改为{want}',
        en: 'The style “{style}” sets the size {found}, which puts {count} paragraphs ({label}) in the wrong size; set the style to {want}',
      },
      wrongSize: {
        zh: '{label}字号为{found}，应为{want}',
        en: '{label} is {found}; it should be {want}',
      },
    },
  },
  check(context) {
    const profile = effectiveProfile(context);
    const faults: PartFault[] = [];
    for (const entry of context.lines) {
      if (!judged(entry.line)) continue;
      for (const seg of expectedSegments(entry, profile)) {
        if (seg.size === undefined) continue;
        const bad = wrongSizeRuns(entry, seg);
        if (bad.length) faults.push({ entry, seg, bad });
      }
    }
    // A style that sets the wrong size for many paragraphs: one finding on the style, fixed there.
    const onStyle = new Set<PartFault>();
    for (const g of styleFaults(context, 'size', faults, profile)) {
      const size = g.target as number;
      const first = g.faults[0];
      const found = [...new Set(g.faults.flatMap((f) => f.bad.map((r) => sizeName(r.sizeHalfPoints))))].join('、');
      const lines = new Set(g.faults.map((f) => f.entry.line));
      for (const f of g.faults) onStyle.add(f);
      context.report({
        line: first.entry.line,
        messageId: 'styleSize',
        data: { style: g.styleName, label: [...new Set(g.faults.map((f) => f.seg.label))].join('、'), found, count: lines.size, want: sizeName(size), clause: first.seg.clause },
        formatFix: [{
          kind: 'style', styleId: g.styleId, ...(g.storedName ? { styleName: g.storedName } : {}),
          set: { run: { sizeHalfPoints: size } },
          description: `样式“${g.styleName}”：字号 ${found} → ${size / 2}磅（${lines.size}段）`,
        }],
      });
    }
    for (const fault of faults) {
      if (onStyle.has(fault)) continue;
      const { entry, seg, bad } = fault;
      const { line } = entry;
      {
        const found = [...new Set(bad.map((r) => sizeName(r.sizeHalfPoints)))].join('、');
        const last = bad[bad.length - 1];
        const size = seg.size!;
        const formatFix: FormatEdit[] = [];
        for (const r of bad) {
          const a = Math.max(seg.start, r.offset);
          const b = Math.min(seg.end, r.offset + r.text.length);
          if (b <= a || line.value.slice(a, b).trim() === '') continue;
          formatFix.push(runEdit(line, a, b, { sizeHalfPoints: size }, `${seg.label}：字号 ${sizeLabel(r.sizeHalfPoints)} → ${size / 2}磅`));
        }
        context.report({
          formatFix,
          line,
          start: Math.max(seg.start, bad[0].offset),
          end: Math.min(seg.end, last.offset + last.text.length),
          messageId: 'wrongSize',
          data: { label: seg.label, found, want: sizeName(seg.size), clause: seg.clause },
        });
      }
    }
  },
});
