/**
 * `--timing` (as ESLint's TIMING=1): where the time of a run goes, per phase and per rule, so anyone
 * can see what a rule costs. Browser-safe (performance.now); a run passes one Timing to every
 * lint call (LintOptions.timing) and prints formatTiming() at the end.
 *
 * Phases: read (file bytes, Node layer), parse (decode + split into lines, or the OOXML reader),
 * recognise (lines → official-document tree), rules (every rule's check), report (filtering,
 * merging and sorting the findings, then the reporter).
 */
export const PHASES = ['read', 'parse', 'recognise', 'rules', 'report'] as const;
export type Phase = (typeof PHASES)[number];

export interface Timing {
  /** Milliseconds per phase, summed over the files. */
  phases: Record<Phase, number>;
  /** Milliseconds per rule id, summed over the files (the rules phase, rule by rule). */
  rules: Record<string, number>;
  /** Files linted. */
  files: number;
}

export function createTiming(): Timing {
  return { phases: { read: 0, parse: 0, recognise: 0, rules: 0, report: 0 }, rules: {}, files: 0 };
}

/**
 * Node's clock when there is one: in Node, the `performance` global is loaded on first access (the
 * perf_hooks modules, ~10 of them), a cost every CLI run paid for a clock it only reads with --timing.
 */
const hrtime = typeof process === 'object' && typeof process?.hrtime === 'function' ? process.hrtime : undefined;

/** Milliseconds, fractional. */
export function now(): number {
  if (hrtime) {
    const [s, ns] = hrtime();
    return s * 1e3 + ns / 1e6;
  }
  return globalThis.performance ? globalThis.performance.now() : Date.now();
}

/** Adds the time since `start` to a phase; returns now (the next start). */
export function addPhase(timing: Timing | undefined, phase: Phase, start: number): number {
  const t = now();
  if (timing) timing.phases[phase] += t - start;
  return t;
}

export function addRule(timing: Timing, ruleId: string, ms: number): void {
  timing.rules[ruleId] = (timing.rules[ruleId] ?? 0) + ms;
}

/** Sums another run's timing into `into` (worker results, several batches). */
export function mergeTiming(into: Timing, other: Timing): Timing {
  for (const p of PHASES) into.phases[p] += other.phases[p];
  for (const [id, ms] of Object.entries(other.rules)) addRule(into, id, ms);
  into.files += other.files;
  return into;
}

/**
 * Two tables, as text for stderr: the phases, then the rules by time (all of them, or the top
 * `limit`), each with milliseconds and share of the whole.
 */
export function formatTiming(timing: Timing, options: { limit?: number } = {}): string {
  const total = PHASES.reduce((n, p) => n + timing.phases[p], 0);
  const ruleTotal = Object.values(timing.rules).reduce((a, b) => a + b, 0);
  const pct = (ms: number, of: number) => (of > 0 ? `${((100 * ms) / of).toFixed(1)}%` : '—');
  const ms = (v: number) => v.toFixed(1);
  const table = (head: [string, string, string], rows: [string, string, string][]) => {
    const width = [0, 1, 2].map((c) => Math.max(...[head, ...rows].map((r) => r[c]!.length)));
    const line = (r: [string, string, string]) => `${r[0].padEnd(width[0]!)} | ${r[1].padStart(width[1]!)} | ${r[2].padStart(width[2]!)}`;
    return [line(head), width.map((w) => '-'.repeat(w)).join('-|-').replace(/^-/, '-'), ...rows.map(line)].join('\n');
  };
  const phases = table(
    ['Phase', 'Time (ms)', 'Relative'],
    [...PHASES.map((p): [string, string, string] => [p, ms(timing.phases[p]), pct(timing.phases[p], total)]), ['total', ms(total), '100.0%']],
  );
  let rules = Object.entries(timing.rules).sort((a, b) => b[1] - a[1]);
  const shown = options.limit && options.limit < rules.length ? options.limit : rules.length;
  rules = rules.slice(0, shown);
  const ruleTable = table(['Rule', 'Time (ms)', 'Relative'], rules.map(([id, v]) => [id, ms(v), pct(v, ruleTotal)]));
  const files = `${timing.files} file${timing.files === 1 ? '' : 's'}`;
  return `${phases}\n\n${ruleTable}\n(${files}; rule shares are of the rules phase, ${ms(ruleTotal)} ms)\n`;
}
