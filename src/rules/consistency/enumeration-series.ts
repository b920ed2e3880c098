/**
 * One series of inline enumerators keeps one form and counts on without gaps: 一是…二是…三是…, not
 * 一是…二要…, not 一是…二是…四是…. 数据一致性（审核通则）— general knowledge [G] (rule catalogue §7).
 *
 * Each form (一是 / 一要 / 第一， / 其一，) keeps its own series, so nested series of different forms
 * ("第一，…一是…二是…；第二，…") do not interfere. A series runs through consecutive paragraphs
 * and ends at a heading. A switch is a marker whose form has no series open while another form's
 * series stands just one short of it: the odd item is reported where it stands, also in the middle
 * of a series (一是…二是…第三，…四是…), and the series goes on from it. Counters written inside a
 * paragraph after a colon or a clause end (包括：（一）…；（二）…；3.…；（四）…) are series too; at the
 * start of a paragraph they are headings, element/heading-sequence's (which reports 一、二、3、四、).
 */
import { defineRule } from '../../rule.js';
import type { Line } from '../../tree/types.js';
import { textLines } from '../../util/doc.js';
import { findMarkers, markerText, type MarkerForm } from '../../util/enumeration.js';
import { hanNumeral } from '../../util/number.js';

export default defineRule({
  meta: {
    id: 'consistency/enumeration-series',
    category: 'consistency',
    clause: '《党政机关公文处理工作条例》第二十条（审核重点：段落顺序等是否准确）',
    citation: { zh: '《党政机关公文处理工作条例》第二十条', en: 'Regulations on Handling Party and Government Documents, art. 20' },
    description: {
      zh: '同一组列举序数应形式统一（一是、二是、三是）且连续不跳号',
      en: 'One series of enumerators keeps one form (一是, 二是, 三是) and counts without gaps',
    },
    severity: 'error',
    fixable: false,
    messages: {
      gap: {
        zh: '序数“{found}”前缺少“{expected}”：同一组列举的序数应连续',
        en: 'Enumerator “{found}” follows “{previous}”: “{expected}” is missing (a series counts without gaps)',
      },
      switch: {
        zh: '序数“{found}”与前面的“{previous}”形式不一致：同一组列举应统一使用“{expected}”的形式',
        en: 'Enumerator “{found}” does not match the series begun with “{previous}”: use “{expected}”',
      },
    },
    examples: {
      bad: ['一是加强领导；二是完善制度；四是强化督查。', '一是加强领导；二要完善制度。', '主要任务包括：（一）加强领导；（二）完善制度；3.强化督查；（四）严肃问责。'],
      good: [
        '一是加强领导；二是完善制度；三是强化督查。',
        '第一，加强领导，一是建立机制，二是明确责任；第二，完善制度。',
        '一是一，二是二，不能含糊。',
      ],
    },
  },
  check(context) {
    interface State { n: number; text: string; line: Line; start: number; end: number }
    let states = new Map<MarkerForm, State>();
    let last: { form: MarkerForm; state: State } | undefined;
    for (const { line, element } of textLines(context)) {
      if (element.type === 'heading') {
        states = new Map();
        last = undefined;
      }
      for (const m of findMarkers(line.value, { inline: true })) {
        const here: State = { n: m.n, text: m.text, line, start: m.start, end: m.end };
        const s = states.get(m.form);
        if (m.n === 1) {
          states.set(m.form, here);
        } else if (s) {
          if (m.n > s.n + 1) {
            context.report({
              line, start: m.start, end: m.end, messageId: 'gap',
              data: { found: m.text, previous: s.text, expected: markerText(m.form, s.n + 1, hanNumeral) },
              related: [{ line: s.line, start: s.start, end: s.end, message: s.text }],
            });
          }
          states.set(m.form, here);
        } else {
          // No series of this form: a switch when the most recent marker of another form is one short.
          if (last && last.form !== m.form && last.state.n === m.n - 1 && states.get(last.form) === last.state) {
            context.report({
              line, start: m.start, end: m.end, messageId: 'switch',
              data: { found: m.text, previous: last.state.text, expected: markerText(last.form, m.n, hanNumeral) },
              related: [{ line: last.state.line, start: last.state.start, end: last.state.end, message: last.state.text }],
            });
            states.set(last.form, here);
          }
          states.set(m.form, here);
        }
        last = { form: m.form, state: here };
      }
    }
  },
});
