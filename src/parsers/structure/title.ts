/**
 * 标题 (GB/T 9704—2012 7.3.1): one to three lines at the top (after the 版头, or after a news
 * dateline "新华社…电"), never in the middle of the body; with what published layouts put right under
 * it — the 发文字号, a date in parentheses (Party style, speeches), a speech's speaker.
 */
import type { Line, SourceFormat } from '../../tree/types.js';
import { isDocxTitleFormat, maxSize } from './docx.js';
import {
  el, headingDepth, isAddressee, isDateLine, isShortPlain, kindOfTitle, looksLikeSpeaker, looksLikeTitle,
} from './lines.js';
import { RE } from './patterns.js';
import type { PhaseResult, Scan } from './phase.js';

export interface TitleResult extends PhaseResult {
  /** The title's text, lines joined ('' when there is no title). */
  text: string;
  found: boolean;
}

/** Leading directives, a dateline, the title and what stands under it, from line `at`. */
export function title(scan: Scan, at: number, opts: { headed: boolean }): TitleResult {
  const { lines, format } = scan;
  const elements: TitleResult['elements'] = [];
  let i = at;
  // A news dateline (新华社北京7月20日电) opens published texts: a paragraph, then maybe the title.
  while (i < lines.length && RE.directive.test(lines[i].value)) elements.push(el('directive', [lines[i++]]));
  let afterDateline = false;
  let datelineWithText = false;
  if (!opts.headed && i < lines.length && RE.dateline.test(lines[i].value)) {
    elements.push(el('paragraph', [lines[i]]));
    afterDateline = lines[i].value.trim().replace(RE.dateline, '').trim() === '';
    datelineWithText = !afterDateline;
    i++;
  }
  const found = findTitle(lines, i, { format, strict: afterDateline, atTop: !datelineWithText, headed: opts.headed });
  if (!found) return { elements, next: i, text: '', found: false };
  // A "——…" subtitle line right under the title belongs to it — in DOCX only when it is set like the
  // title; a subtitle in body-size type (三号仿宋) is a paragraph of its own (not judged as the title).
  let subtitle: Line | undefined;
  if (found.end < lines.length && found.end - i < 3 && /^\s*(?:——|--)\S/.test(lines[found.end].value) && isShortPlain(lines[found.end].value, 60)) {
    if (format === 'docx' && maxSize(lines[found.end]) !== maxSize(lines[i])) subtitle = lines[found.end];
    else found.end++;
  }
  elements.push(el('title', lines.slice(i, found.end)));
  i = found.end;
  if (subtitle) {
    elements.push(el('paragraph', [subtitle]));
    i++;
  }
  // Published layout: the 发文字号 right under the title; a date in parentheses; a speech's speaker.
  if (i < lines.length && RE.documentNumberLine.test(lines[i].value)) elements.push(el('documentNumber', [lines[i++]]));
  const speech = kindOfTitle(found.text).kind === 'speech';
  for (let n = 0; n < 2 && i < lines.length; n++) {
    const v = lines[i].value;
    if (isDateLine(v)) elements.push(el('issueDate', [lines[i++]]));
    else if (speech && looksLikeSpeaker(v)) elements.push(el('issuerSignature', [lines[i++]]));
    else break;
  }
  return { elements, next: i, text: found.text, found: true };
}

/** The title at line `at`: where it ends and its joined text, or undefined. */
function findTitle(
  lines: Line[],
  at: number,
  opts: { format: SourceFormat; strict: boolean; atTop: boolean; headed?: boolean },
): { end: number; text: string } | undefined {
  if (at >= lines.length || !opts.atTop) return undefined;
  const first = lines[at];
  const v0 = first.value.trim();
  // DOCX: centred, ≥ 20 pt lines at the top are the title, whatever they say.
  if (opts.format === 'docx' && isDocxTitleFormat(first) && !RE.sentencePunct.test(v0.replace(/《[^》]*》/g, ''))) {
    let end = at + 1;
    while (end < lines.length && end < at + 3 && isDocxTitleFormat(lines[end]) && isShortPlain(lines[end].value, 40)) end++;
    return { end, text: lines.slice(at, end).map((l) => l.value.trim()).join('') };
  }
  // Markdown: a heading at the top is the title.
  if (first.markdown === 'heading' && v0.length <= 100 && !/[。；;！!？?]$/.test(v0) && !headingDepth(v0)) {
    return { end: at + 1, text: v0 };
  }
  // Several lines: the last ends in a kind word (or 讲话); together they read as a title.
  for (let k = 1; k <= 3 && at + k <= lines.length; k++) {
    const part = lines.slice(at, at + k).map((l) => l.value.trim());
    if (part.some((p) => p.length > 45 && k > 1)) break;
    if (k > 1) {
      // A title never runs over a number, a signer, a bare name or a line set differently (DOCX).
      const prev = part[k - 2];
      // A short line is a bare name, unless it is a place name (青山市⏎人民政府关于…的通知).
      const place = /[省市县区州盟旗]$/.test(prev) && prev.length >= 2 && k === 2;
      if (RE.documentNumber.test(prev) || RE.documentNumberLine.test(prev) || RE.signer.test(prev) || (prev.length <= 4 && !place)) break;
      const a = lines[at];
      const b = lines[at + k - 1];
      if (opts.format === 'docx' && (a.format?.alignment !== b.format?.alignment || maxSize(a) !== maxSize(b))) break;
    }
    if (k > 1 && !isShortPlain(part[k - 1].replace(/《[^》]*》/g, ''), 45)) break;
    if (k > 1 && (headingDepth(part[k - 1]) || isDateLine(part[k - 1]) || RE.documentNumberLine.test(part[k - 1]))) break;
    const joined = part.join('');
    const last = part[k - 1];
    // A kind word split over the break (…的通⏎知) still ends the title.
    const endsInKind = kindOfTitle(last).word !== undefined || /讲话$/.test(last)
      || (k > 1 && last.length <= 2 && (kindOfTitle(joined).word?.length ?? 0) > last.length);
    if (k === 1) {
      if (endsInKind && looksLikeTitle(joined, false)) {
        if (opts.strict && !/关于/.test(joined)) return undefined;
        // A main title with a "——在…上的讲话" subtitle.
        return { end: at + 1, text: joined };
      }
      continue;
    }
    // A main title followed by a "——…讲话" subtitle line.
    if (k === 2 && /^[—-]{1,2}/.test(last) && endsInKind && isShortPlain(part[0], 40)) {
      return { end: at + 2, text: last.replace(/^[—-]+\s*/, '') };
    }
    // Without 关于, only at the very top and only two short lines (2017年第二季度⏎全国政府网站抽查情况通报).
    const topPair = k === 2 && at === 0 && joined.length <= 50;
    if (endsInKind && looksLikeTitle(joined, false) && (/关于/.test(joined) || /^在.+讲话$/.test(joined) || topPair)) {
      return { end: at + k, text: joined };
    }
  }
  // One line with marks at its end or inside (关于…的通知。): still the title when it clearly is one —
  // 关于 and, before the closing marks, a kind word; a 版头 above it or an addressee under it — so that
  // the element rule flags the marks.
  if (!opts.strict) {
    const bare = v0.replace(/[。．.，,；;：:！!？?、]+$/u, '');
    const next = lines[at + 1]?.value.trim() ?? '';
    if (bare !== v0 || /[，,；;：:]/.test(bare)) {
      if (bare.length >= 6 && bare.length <= 60 && /关于/.test(bare) && kindOfTitle(bare).word !== undefined
        && !/[。！!？?]/.test(bare) && !headingDepth(bare) && !RE.dateline.test(bare)
        && (opts.headed || isAddressee(next))) {
        return { end: at + 1, text: bare };
      }
    }
  }
  // One line with 关于 but no kind word: still the title (the element rule flags the missing kind).
  if (!opts.strict && looksLikeTitle(v0, true) && /关于/.test(v0)) {
    const next = lines[at + 1]?.value.trim() ?? '';
    // …unless the next line would complete it (then the window above would have taken it).
    if (!next || !isShortPlain(next, 45) || isAddressee(next) || RE.documentNumberLine.test(next) || isDateLine(next) || headingDepth(next)) {
      return { end: at + 1, text: v0 };
    }
    if (kindOfTitle(next).word === undefined) return { end: at + 1, text: v0 };
  }
  return undefined;
}
