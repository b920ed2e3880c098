/**
 * `--cache` / `--cache-location`, with ESLint's semantics: a file is checked again only when its
 * content, the tool version, the resolved config or a lexicon changed; otherwise its last result is
 * reported as it was. One JSON file, written atomically after the run.
 *
 * - The key of a file is its absolute path; its entry holds the SHA-256 of its bytes and the result.
 *   Files that could not be checked (unreadable, not a document, a rule crashed) are not cached: they
 *   are tried again next time.
 * - The header holds the version, a hash of the resolved config (user lexicons are part of it) and a
 *   hash of the built-in lexicon data; when any differs, every entry is stale and the cache starts
 *   empty (no warning: that is what a cache is for).
 * - A file at the location that is not a gongwen-lint cache (foreign) is ignored with a warning and
 *   never overwritten — it may be something the user wrote. One that starts as ours but does not parse
 *   (corrupt) is ignored with a warning and replaced.
 * - Unlike ESLint, a run without --cache leaves the cache file alone: entries are keyed by content hash,
 *   so a file changed in between can never be answered from an old entry.
 * - The rules run on a file (`rulesRun`, ~70 ids, nearly always the same list) are stored once in
 *   the header's `rulesRun` table and each entry names its list by index: they were 82 % of the
 *   file on the corpus, and reading them back was most of a run answered from the cache (format 2;
 *   a format-1 file is ours, stale, and replaced without a warning).
 */
import { createHash } from 'node:crypto';
import { existsSync, promises as fs, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from '../config.js';
import type { FileError, LintResult } from '../engine/messages.js';
import { VERSION } from '../engine/version.js';
import { writeFileAtomic } from './encoding.js';

/** The default file name, in the working folder (ESLint: .eslintcache). */
export const DEFAULT_CACHE_LOCATION = '.gongwenlintcache';
/** Every cache file starts with this, then its format: how ours is told from a foreign file. */
const MAGIC = '{"gongwen-lint-cache":';
/** The format written (see rulesRun above); a file of another format is ours but stale. */
const FORMAT = 2;

export interface CacheEntry {
  hash: string;
  result: LintResult;
  /** The result was stored without its decoded text (`source`): no answer for a reporter that prints it. */
  noSource?: true;
}

interface CacheFile {
  'gongwen-lint-cache': number;
  version: string;
  config: string;
  lexicons: string;
  /** On disk only: the distinct rulesRun lists, which the entries' results name by index. */
  rulesRun?: string[][];
  files: Record<string, CacheEntry>;
}

/** The entries with each result's rulesRun back from its index (in place); entries that name no list are dropped. */
function withRuleLists(files: Record<string, CacheEntry>, table: unknown): Record<string, CacheEntry> {
  const lists = Array.isArray(table) ? table : [];
  for (const [file, entry] of Object.entries(files)) {
    const run: unknown = entry?.result?.rulesRun;
    const list: unknown = typeof run === 'number' ? lists[run] : undefined;
    // one array shared by the results of the same list: the reporters only read it
    if (Array.isArray(list) && list.every((id) => typeof id === 'string')) entry.result.rulesRun = list;
    else delete files[file];
  }
  return files;
}

export function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** JSON with object keys sorted, so that equal configs hash equal whatever the key order. */
export function stableStringify(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, (v as Record<string, unknown>)[k]]))
      : v,
  );
}

export function configHash(config: Config): string {
  return sha256(stableStringify(config));
}

/**
 * The folders whose files make up the built-in lexicons: the lexicon module (src/ or dist/
 * lexicon/: its JSON data and the code that compiles it) and the package's lexicons/ folder (source
 * data and the build-time typo model).
 */
export function builtinLexiconDirs(): string[] {
  return [fileURLToPath(new URL('../lexicon/', import.meta.url)), fileURLToPath(new URL('../../lexicons/', import.meta.url))];
}

function filesUnder(dir: string, out: string[]): void {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return;
  }
  for (const name of names) {
    const path = join(dir, name);
    let isDir = false;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      continue;
    }
    if (isDir) filesUnder(path, out);
    // .bin: the typo model's tables, made from the JSON and code hashed here (and ~9 MiB to hash)
    else if (!/\.(md|d\.ts|map|bin)$/.test(name)) out.push(path);
  }
}

/** One hash over the names and bytes of every lexicon file (a few MB: milliseconds). */
export function lexiconHash(dirs: readonly string[] = builtinLexiconDirs()): string {
  const h = createHash('sha256');
  for (const dir of dirs) {
    const files: string[] = [];
    filesUnder(dir, files);
    for (const file of files) {
      h.update(file.slice(dir.length) + '\0');
      try {
        h.update(readFileSync(file));
      } catch {
        h.update('unreadable');
      }
      h.update('\0');
    }
  }
  return h.digest('hex');
}

/** ESLint's rule: a folder (existing, or a path ending in a separator) holds `.cache_<hash of cwd>`. */
export function cacheFilePath(location: string | undefined, cwd: string): string {
  const path = resolve(cwd, location ?? DEFAULT_CACHE_LOCATION);
  const isDir = (location !== undefined && /[\\/]$/.test(location)) || (existsSync(path) && statSync(path).isDirectory());
  return isDir ? join(path, `.cache_${sha256(cwd).slice(0, 12)}`) : path;
}

export interface OpenCacheOptions {
  /** The cache file (see cacheFilePath). */
  path: string;
  config: Config;
  /** Default: this package's version. */
  version?: string;
  /** Default: the built-in lexicon folders. */
  lexiconDirs?: readonly string[];
  locale?: 'zh' | 'en';
}

export class LintCache {
  /** A warning for the user (corrupt or foreign file, cannot write), one line, or undefined. */
  warning?: string;
  hits = 0;
  private changed = false;
  private writable = true;
  private constructor(
    readonly path: string,
    private readonly data: CacheFile,
    private readonly locale: 'zh' | 'en',
  ) {}

  static async open(options: OpenCacheOptions): Promise<LintCache> {
    const locale = options.locale ?? 'zh';
    const t = (zh: string, en: string) => (locale === 'en' ? en : zh);
    const fresh: CacheFile = {
      'gongwen-lint-cache': FORMAT,
      version: options.version ?? VERSION,
      config: configHash(options.config),
      lexicons: lexiconHash(options.lexiconDirs),
      files: {},
    };
    let text: string | undefined;
    try {
      text = await fs.readFile(options.path, 'utf8');
    } catch {
      text = undefined; // none yet (or unreadable: the write after the run will say so)
    }
    const cache = new LintCache(options.path, fresh, locale);
    if (text === undefined) return cache;
    if (!text.startsWith(MAGIC)) {
      cache.writable = false;
      cache.warning = t('不是 gongwen-lint 的缓存文件，已忽略（也不会改写它）', 'not a gongwen-lint cache file: ignored (and left as it is)');
      return cache;
    }
    let old: CacheFile | undefined;
    try {
      const parsed = JSON.parse(text) as CacheFile;
      if (parsed && typeof parsed.files === 'object' && parsed.files !== null && !Array.isArray(parsed.files)) old = parsed;
    } catch {
      old = undefined;
    }
    if (!old) {
      cache.changed = true;
      cache.warning = t('缓存文件已损坏，已忽略并将重建', 'the cache file is corrupt: ignored, and rebuilt');
      return cache;
    }
    if (old['gongwen-lint-cache'] === FORMAT && old.version === fresh.version && old.config === fresh.config && old.lexicons === fresh.lexicons) {
      fresh.files = withRuleLists(old.files, old.rulesRun);
    } else cache.changed = true;
    return cache;
  }

  /**
   * The cached result for a file with these bytes, or undefined. `needSource`: the caller prints the
   * decoded text (html, sarif …), so an entry stored without it does not answer.
   */
  get(filePath: string, hash: string, options: { needSource?: boolean } = {}): LintResult | undefined {
    const entry = Object.prototype.hasOwnProperty.call(this.data.files, filePath) ? this.data.files[filePath] : undefined;
    if (!entry || entry.hash !== hash || !entry.result || !Array.isArray(entry.result.messages)) return undefined;
    if (options.needSource && entry.noSource) return undefined;
    this.hits++;
    return entry.result;
  }

  /**
   * Records a file's result; results with file errors are not kept (tried again next time).
   * `sourceDropped`: the result is without its decoded text (see get).
   */
  set(filePath: string, hash: string, result: LintResult | undefined, errors: readonly FileError[], options: { sourceDropped?: boolean } = {}): void {
    if (!result || errors.length) {
      if (filePath in this.data.files) {
        delete this.data.files[filePath];
        this.changed = true;
      }
      return;
    }
    this.data.files[filePath] = options.sourceDropped ? { hash, result, noSource: true } : { hash, result };
    this.changed = true;
  }

  /** Writes the cache atomically when anything changed; a failure is a warning, never an exit. */
  async save(): Promise<string | undefined> {
    if (!this.changed || !this.writable) return undefined;
    const { files, ...header } = this.data;
    const lists: string[][] = [];
    const indexOf = new Map<string, number>();
    const stored: Record<string, unknown> = {};
    for (const [file, entry] of Object.entries(files)) {
      const key = entry.result.rulesRun.join('\n');
      let index = indexOf.get(key);
      if (index === undefined) indexOf.set(key, (index = lists.push(entry.result.rulesRun) - 1));
      stored[file] = { ...entry, result: { ...entry.result, rulesRun: index } };
    }
    // The header's keys first, in a fixed order, so that the file starts with MAGIC and its format.
    const text = JSON.stringify({ ...header, rulesRun: lists, files: stored });
    try {
      await fs.mkdir(dirname(this.path), { recursive: true });
      await writeFileAtomic(this.path, text);
      this.changed = false;
      return undefined;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      return this.locale === 'en' ? `cannot write the cache (${code})` : `无法写入缓存（${code}）`;
    }
  }
}
