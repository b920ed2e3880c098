/**
 * gongwen-lint for Node: files, folders and globs in, results and per-file errors out. Reading and
 * config discovery live here; the linting itself is the browser-safe core.
 */
import { promises as fs } from 'node:fs';
import { resolve } from 'node:path';
import { mergeConfig, type Config } from '../config.js';
import { addPhase, now, type Timing } from '../engine/timing.js';
import type { FileError, LintResult } from '../engine/messages.js';
import type { Rule } from '../rule.js';
import { allRules } from '../rules/index.js';
import { loadConfig, type LoadedConfig } from './config.js';
import { expandPaths } from './files.js';
import { fileError } from './errors.js';
import { lintBytes } from './lint-bytes.js';
import { useTypoModelFile } from './typo-model.js';

// The typo model's tables from the file `npm run build` writes, read on first use (src/node/typo-model.ts).
useTypoModelFile();

export { fileError, ruleErrorsOf } from './errors.js';
export { lintBytes } from './lint-bytes.js';
/** Everything the core offers (lint, reporters, rules …), so one import does. */
export * from '../index.js';

export { loadConfig, findConfigFile, readConfigFile, CONFIG_FILE } from './config.js';
export type { LoadedConfig } from './config.js';
export { expandPaths, isLintable, EXTENSIONS } from './files.js';
export { matchGlob, isIgnored, globToRegExp } from './glob.js';
export { encodeText, encodeGb18030, writeFileAtomic, EncodeError } from './encoding.js';
export { fixFile, type FixFileResult, type FixFileOptions } from './fix.js';

export interface LintFilesOptions {
  /** Directory paths are resolved against and the config search starts from. Default process.cwd(). */
  cwd?: string;
  /** A config file to use instead of searching. */
  configFile?: string;
  /** Skip the config search (use only `config`). */
  noConfigFile?: boolean;
  /** Settings over the loaded config (CLI flags). */
  config?: Config;
  /** Rules instead of the built-in set. */
  rules?: Rule[];
  /** Called after each file. */
  onProgress?: (done: number, total: number, filePath: string) => void;
  /** Collects time per phase and per rule (engine/timing.ts: createTiming, formatTiming). */
  timing?: Timing;
}

export interface LintFilesResult {
  results: LintResult[];
  /** Files that could not be linted (missing, unreadable, not a document, a rule crashed): never thrown. */
  errors: FileError[];
  /** The config in effect, and where it came from. */
  config: Config;
  configFile?: string;
}

/** Loads the config as `lintFiles` does: file (given or found) merged with the overrides. */
export async function resolveConfig(options: LintFilesOptions = {}): Promise<LoadedConfig> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const rules = options.rules ?? allRules;
  const loaded: LoadedConfig = options.noConfigFile
    ? { config: {}, baseDir: cwd }
    : await loadConfig(options.configFile ? resolve(cwd, options.configFile) : cwd, { rules });
  return { ...loaded, config: mergeConfig(loaded.config, options.config) };
}


/**
 * Lints files, folders (recursively: .docx .md .markdown .txt) and globs. Per-file problems are
 * collected in `errors`; only a bad config file throws (ConfigError, one line naming the file).
 */
export async function lintFiles(paths: readonly string[], options: LintFilesOptions = {}): Promise<LintFilesResult> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const { config, filePath: configFile, baseDir } = await resolveConfig({ ...options, cwd });
  const locale = config.locale ?? 'zh';
  const expanded = await expandPaths(paths.length ? paths : ['.'], {
    cwd,
    ignores: config.ignores,
    ignoreBase: baseDir,
    locale,
  });
  const results: LintResult[] = [];
  const errors: FileError[] = [...expanded.errors];
  let done = 0;
  for (const file of expanded.files) {
    let bytes: Uint8Array | undefined;
    const start = options.timing ? now() : 0;
    try {
      bytes = await fs.readFile(file);
    } catch (error) {
      errors.push(fileError(file, error, locale));
    }
    if (options.timing) addPhase(options.timing, 'read', start);
    if (bytes) {
      const out = await lintBytes(bytes, file, config, options.rules, { timing: options.timing });
      if (out.result) results.push(out.result);
      errors.push(...out.errors);
    }
    options.onProgress?.(++done, expanded.files.length, file);
  }
  return { results, errors, config, configFile };
}
