/**
 * 附件 (GB/T 9704—2012 8): a label "附件" / "附件2" / "附件二" alone on a line (also "附件" + its number
 * on the next line), or "附件2：名称" after the closing date, opening an attachment block with its
 * title (one line, or two when the second completes it).
 */
import type { Line } from '../../tree/types.js';
import { el, headingDepth, isShortPlain, kindOfTitle } from './lines.js';
import { RE } from './patterns.js';
import type { PhaseResult, Scan } from './phase.js';

/** The label (and title) of an attachment at `at`, or undefined when the line opens none. */
export function attachmentStart(
  { lines }: Scan,
  at: number,
  opts: { to: number; afterDate: boolean; expected: boolean },
): PhaseResult | undefined {
  const v = lines[at].value;
  const labelled = RE.attachmentLabel.test(v) || (opts.afterDate && RE.attachmentLabelWithTitle.test(v) && v.trim().length <= 60);
  if (!labelled || !(opts.afterDate || opts.expected)) return undefined;
  let i = at;
  const labelLines = [lines[i]];
  // "附件" and its number broken onto two lines.
  if (/^\s*附\s*件\s*$/.test(v) && i + 1 < opts.to && /^\s*\d{1,2}\s*$/.test(lines[i + 1].value)) labelLines.push(lines[++i]);
  const elements = [el('attachmentLabel', labelLines)];
  if (!RE.attachmentLabelWithTitle.test(v) && i + 1 < opts.to) {
    const t = attachmentTitleEnd(lines, i + 1, opts.to);
    if (t > i + 1) {
      elements.push(el('title', lines.slice(i + 1, t)));
      i = t - 1;
    }
  }
  return { elements, next: i + 1 };
}

/** Where the attachment title after a label ends: `at` (none), or one or two lines on. */
function attachmentTitleEnd(lines: Line[], at: number, to: number): number {
  const v = lines[at].value.trim();
  if (!isShortPlain(v.replace(/《[^》]*》|（[^）]*）/g, ''), 60) || headingDepth(v) || RE.attachmentLabel.test(v)) return at;
  const next = at + 1 < to ? lines[at + 1].value.trim() : '';
  if (next && !RE.attachmentTitleEnd.test(v) && kindOfTitle(v).word === undefined
    && isShortPlain(next, 40) && !headingDepth(next) && !RE.attachmentLabel.test(next)
    && (RE.attachmentTitleEnd.test(next) || kindOfTitle(next).word !== undefined)) return at + 2;
  return at + 1;
}
