/**
 * Text fixes for .txt/.md: apply the findings' `fix` edits (source ranges) to the decoded text,
 * re-lint, and repeat until nothing changes (at most `maxPasses`), so the result is stable: fixing a
 * fixed text changes nothing. Browser-safe; the CLI does the reading and (atomic) writing.
 *
 * Per pass: the edits of one finding go in together or not at all; a finding whose edits overlap
 * an edit already taken waits for the next pass (it is re-found on the new text if still wrong).
 */
import type { LintMessage, LintResult } from './messages.js';
import { lintSync, type LintOptions } from './lint.js';

export interface AppliedEdit {
  ruleId: string;
  /** Source offsets in the text of the pass it was applied in. */
  range: [number, number];
  /** Text that was replaced and its replacement. */
  before: string;
  text: string;
  /** Position in the text of that pass (1-based). */
  line: number;
  column: number;
  /** 1-based pass number. */
  pass: number;
}

function overlaps(a: [number, number], b: [number, number]): boolean {
  if (a[0] === a[1] && b[0] === b[1]) return a[0] === b[0];
  return a[0] < b[1] && b[0] < a[1];
}

/** One pass: applies the non-overlapping fixes of `messages` to `source`. */
export function applyTextFixes(
  source: string,
  messages: readonly LintMessage[],
  pass = 1,
): { output: string; applied: AppliedEdit[] } {
  const taken: Array<{ range: [number, number]; text: string; message: LintMessage; line: number; column: number }> = [];
  const candidates = messages
    .filter((m) => m.fix?.length && m.fix.every((f) => f.range))
    .map((m) => ({ m, first: Math.min(...m.fix!.map((f) => f.range![0])) }))
    .sort((a, b) => a.first - b.first);
  for (const { m } of candidates) {
    const edits = m.fix!.filter((f) => source.slice(f.range![0], f.range![1]) !== f.text);
    if (!edits.length) continue;
    const ranges = edits.map((f) => f.range!);
    const selfOverlap = ranges.some((r, i) => ranges.some((q, j) => i < j && overlaps(r, q)));
    if (selfOverlap || ranges.some((r) => r[1] > source.length || r[0] > r[1])) continue;
    if (ranges.some((r) => taken.some((t) => overlaps(r, t.range)))) continue;
    for (const f of edits) taken.push({ range: f.range!, text: f.text, message: m, line: f.line, column: f.column });
  }
  taken.sort((a, b) => a.range[0] - b.range[0]);
  let output = '';
  let last = 0;
  const applied: AppliedEdit[] = [];
  for (const t of taken) {
    output += source.slice(last, t.range[0]) + t.text;
    applied.push({
      ruleId: t.message.ruleId,
      range: t.range,
      before: source.slice(t.range[0], t.range[1]),
      text: t.text,
      line: t.line,
      column: t.column,
      pass,
    });
    last = t.range[1];
  }
  output += source.slice(last);
  return { output, applied };
}

export interface FixTextResult {
  output: string;
  changed: boolean;
  applied: AppliedEdit[];
  passes: number;
  /** False when the last pass still found something to change (fixes that keep undoing each other). */
  stable: boolean;
  /** The lint result of the output text (what is left). */
  result: LintResult;
}

/** Lints and fixes a text until stable. `options.filename` decides .txt or .md. */
export function fixText(source: string, options: LintOptions & { maxPasses?: number } = {}): FixTextResult {
  const maxPasses = options.maxPasses ?? 10;
  let text = source;
  const applied: AppliedEdit[] = [];
  let result = lintSync(text, options);
  let passes = 0;
  let stable = true;
  for (;;) {
    const step = applyTextFixes(text, result.messages, passes + 1);
    if (!step.applied.length) break;
    if (passes === maxPasses) {
      stable = false;
      break;
    }
    passes++;
    applied.push(...step.applied);
    text = step.output;
    result = lintSync(text, options);
  }
  return { output: text, changed: text !== source, applied, passes, stable, result };
}
