/**
 * lintBytes on its own: what a worker thread of the pool needs (src/node/pool-worker.ts), without
 * the rest of the Node layer (config files, globbing, --fix) — a worker loads fewer modules, so it
 * is ready sooner.
 */
import type { Config } from '../config.js';
import { lint } from '../engine/lint.js';
import type { Timing } from '../engine/timing.js';
import type { FileError, LintResult } from '../engine/messages.js';
import type { Rule } from '../rule.js';
import { fileError, ruleErrorsOf } from './errors.js';

/** Lints one file already read (or text), collecting errors instead of throwing. */
export async function lintBytes(
  bytes: Uint8Array | string,
  filePath: string,
  config: Config,
  rules?: Rule[],
  options: { timing?: Timing } = {},
): Promise<{ result?: LintResult; errors: FileError[] }> {
  const locale = config.locale ?? 'zh';
  try {
    const result = await lint(bytes, { filename: filePath, config, rules, timing: options.timing });
    return { result, errors: ruleErrorsOf(result, locale) };
  } catch (error) {
    return { errors: [fileError(filePath, error, locale)] };
  }
}
