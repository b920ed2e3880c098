/**
 * Finding and reading the config: `gongwen-lint.config.json`, or the `gongwen-lint` key of a
 * package.json, searched upward from the cwd; the search stops at the filesystem root or after the
 * directory that holds `.git` (the repository root).
 */
import { lexiconConfigProblems } from '../lexicon/load.js';
import { existsSync, promises as fs, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { ConfigError, validateConfig, type Config } from '../config.js';
import type { Rule } from '../rule.js';
import { allRules } from '../rules/index.js';

export const CONFIG_FILE = 'gongwen-lint.config.json';
export const PACKAGE_KEY = 'gongwen-lint';

export interface LoadedConfig {
  config: Config;
  /** The file it came from; undefined when none was found (defaults). */
  filePath?: string;
  /** Directory that `ignores` are relative to: the config file's, else the search start. */
  baseDir: string;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** The config file for a directory, searching upward. */
export async function findConfigFile(startDir: string): Promise<string | undefined> {
  let dir = resolve(startDir);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        const json = JSON.parse(await fs.readFile(pkg, 'utf8'));
        if (json && typeof json === 'object' && PACKAGE_KEY in json) return pkg;
      } catch {
        // A broken package.json that is not ours to judge: keep searching.
      }
    }
    if (existsSync(join(dir, '.git'))) return undefined;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

function oneLine(text: string): string {
  return text.replace(/\s*\r?\n\s*/g, ' ').trim();
}

/** Reads and validates one config file (a package.json: its `gongwen-lint` key). */
export async function readConfigFile(file: string, rules: readonly Rule[] = allRules): Promise<Config> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigError(code === 'ENOENT' ? '配置文件不存在' : `配置文件无法读取（${code ?? 'error'}）`, file);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ConfigError(`不是有效的 JSON：${oneLine((error as Error).message)}`, file);
  }
  if (basename(file) === 'package.json') {
    const value = (json as Record<string, unknown> | null)?.[PACKAGE_KEY];
    if (value === undefined) throw new ConfigError(`没有 "${PACKAGE_KEY}" 配置项`, file);
    json = value;
  }
  const problems = validateConfig(json, rules);
  // user lexicons: the schema above only says "array"; each lexicon is checked against its own schema
  problems.push(...lexiconConfigProblems((json as Config).lexicons));
  if (problems.length) {
    const more = problems.length > 1 ? `（另有 ${problems.length - 1} 处问题）` : '';
    throw new ConfigError(`配置有误：${problems[0]}${more}`, file);
  }
  return json as Config;
}

/**
 * Loads the config for a directory (searching upward) or from a given file. Throws ConfigError
 * (one line, naming the file) when the file is not valid.
 */
export async function loadConfig(cwdOrFile: string = process.cwd(), options: { rules?: readonly Rule[] } = {}): Promise<LoadedConfig> {
  const target = resolve(cwdOrFile);
  if (!isDirectory(target)) {
    const config = await readConfigFile(target, options.rules);
    return { config, filePath: target, baseDir: dirname(target) };
  }
  const file = await findConfigFile(target);
  if (!file) return { config: {}, baseDir: target };
  return { config: await readConfigFile(file, options.rules), filePath: file, baseDir: dirname(file) };
}
