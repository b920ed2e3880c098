/** Config + rule list → the rules to run, each with its severity and options. */
import type { Config, RuleSetting } from '../config.js';
import type { Rule, Severity, SeveritySetting } from '../rule.js';

export interface ResolvedRule {
  rule: Rule;
  severity: Severity;
  options: Record<string, any>;
}

function normaliseSeverity(s: SeveritySetting): Severity | 'off' {
  return s === 'warn' ? 'warning' : s;
}

export function inPreset(rule: Rule, preset: string): boolean {
  if (preset === 'all') return true;
  return (rule.meta.presets ?? ['recommended']).includes(preset);
}

export function resolveRules(rules: readonly Rule[], config: Config): ResolvedRule[] {
  const preset = config.preset ?? 'recommended';
  const out: ResolvedRule[] = [];
  for (const rule of rules) {
    const setting: RuleSetting | undefined = config.rules?.[rule.meta.id];
    let severity: Severity | 'off' = inPreset(rule, preset) ? rule.meta.severity : 'off';
    let options: Record<string, unknown> = {};
    if (setting !== undefined) {
      const [level, opts] = Array.isArray(setting) ? setting : [setting];
      severity = normaliseSeverity(level);
      if (opts) options = opts;
    }
    if (severity === 'off') continue;
    out.push({ rule, severity, options: { ...(rule.meta.defaultOptions ?? {}), ...options } });
  }
  return out;
}
