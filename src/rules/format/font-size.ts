/**
 * Each element in its size (GB/T 9704—2012 5.2.2, 7): 3号 (16 pt, w:sz 32) unless stated otherwise;
 * 标题 2号 (22 pt, sz 44); 抄送 and 印发 4号 (14 pt, sz 28). Judged on every run with visible text,
 * digits included. One finding per part of a paragraph. Warning: the clauses say 一般.
 */
import { defineRule } from '../../rule.js';
import {
  effectiveProfile, partFaults, partRunEdits, sizeLabel, sizeName, styleFaults, styleFinding, type PartFault,
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
    const faults = partFaults(context, profile, 'size');
    // A style that sets the wrong size for many paragraphs: one finding on the style, fixed there.
    const onStyle = new Set<PartFault>();
    for (const g of styleFaults(context, 'size', faults, profile)) {
      const size = g.target as number;
      const found = [...new Set(g.faults.flatMap((f) => f.bad.map((r) => sizeName(r.sizeHalfPoints))))].join('、');
      const s = styleFinding(g, { sizeHalfPoints: size }, (count) => `样式“${g.styleName}”：字号 ${found} → ${size / 2}磅（${count}段）`);
      for (const f of g.faults) onStyle.add(f);
      context.report({
        line: s.line,
        messageId: 'styleSize',
        data: { style: g.styleName, label: s.label, found, count: s.count, want: sizeName(size), clause: s.clause },
        formatFix: [s.edit],
      });
    }
    for (const fault of faults) {
      if (onStyle.has(fault)) continue;
      const { entry: { line }, seg, bad } = fault;
      const found = [...new Set(bad.map((r) => sizeName(r.sizeHalfPoints)))].join('、');
      const last = bad[bad.length - 1];
      const size = seg.size!;
      context.report({
        formatFix: partRunEdits(fault, (text) => text.trim() !== '', (r) => ({
          set: { sizeHalfPoints: size }, description: `${seg.label}：字号 ${sizeLabel(r.sizeHalfPoints)} → ${size / 2}磅`,
        })),
        line,
        start: Math.max(seg.start, bad[0].offset),
        end: Math.min(seg.end, last.offset + last.text.length),
        messageId: 'wrongSize',
        data: { label: seg.label, found, want: sizeName(seg.size), clause: seg.clause },
      });
    }
  },
});
