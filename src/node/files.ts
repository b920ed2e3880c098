/** Paths, folders and globs → the files to lint. */
import { promises as fs } from 'node:fs';
import { basename, extname, join, relative, resolve } from 'node:path';
import type { FileError } from '../engine/messages.js';
import { globBase, hasGlobMagic, isIgnored, matchGlob } from './glob.js';

export const EXTENSIONS = ['.docx', '.md', '.markdown', '.txt'];
/** Directories never walked into. */
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn']);

export function isLintable(name: string): boolean {
  const lower = name.toLowerCase();
  // ~$name.docx: Word's lock file beside an open document.
  if (lower.startsWith('~$')) return false;
  return EXTENSIONS.some((e) => lower.endsWith(e));
}

/**
 * Word 97-2003 and WPS binary documents: never linted, but a folder holding one gets its one-line
 * "save as .docx" note, because a draft that was silently skipped reads as a draft that passed.
 */
const LEGACY = /\.(doc|wps)$/i;

async function walk(dir: string, out: string[], errors?: FileError[], en = false, legacy?: string[]): Promise<void> {
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    errors?.push({ filePath: dir, code: 'unreadable', message: en ? `folder cannot be read (${code})` : `文件夹无法读取（${code}）` });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const full = join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name)) await walk(full, out, errors, en, legacy);
    } else if ((e.isFile() || e.isSymbolicLink()) && isLintable(e.name)) out.push(full);
    else if ((e.isFile() || e.isSymbolicLink()) && LEGACY.test(e.name) && !e.name.startsWith('~$')) legacy?.push(full);
  }
}

function unsupportedMessage(file: string, en: boolean): string {
  const ext = extname(file).toLowerCase();
  const supported = EXTENSIONS.filter((e) => e !== '.markdown').join(' ');
  if (basename(file).startsWith('~$')) {
    return en ? 'is a Word lock file, not a document' : '是 Word 的临时锁定文件，不是文稿';
  }
  if (ext === '.doc' || ext === '.wps') {
    return en
      ? `is a legacy ${ext} file: save it as .docx first`
      : `是 ${ext === '.doc' ? 'Word 97-2003（.doc）' : 'WPS（.wps）'}文件，请另存为 .docx 后再检查`;
  }
  if (!ext) return en ? `has no file extension (supported: ${supported})` : `没有扩展名，无法判断文件类型（支持 ${supported}）`;
  return en ? `unsupported file type ${ext} (supported: ${supported})` : `不支持的文件类型 ${ext}（支持 ${supported}）`;
}

export interface ExpandedPaths {
  files: string[];
  errors: FileError[];
}

export interface ExpandOptions {
  cwd: string;
  /** Ignore patterns and the directory they are relative to. */
  ignores?: readonly string[];
  ignoreBase?: string;
  locale?: 'zh' | 'en';
}

/**
 * Files for the given paths: a file named directly (it must be .docx .md .markdown .txt, else it is
 * an 'unsupported' error), a folder recursively (those extensions), a glob matched from its static
 * base. Missing paths and globs that match nothing are errors. `ignores` apply to every file found,
 * also to files named directly.
 */
export async function expandPaths(paths: readonly string[], options: ExpandOptions): Promise<ExpandedPaths> {
  const en = options.locale === 'en';
  const files: string[] = [];
  const errors: FileError[] = [];
  const seen = new Set<string>();
  const base = options.ignoreBase ?? options.cwd;
  const ignores = options.ignores ?? [];
  const ignored = (file: string) => {
    if (ignores.length === 0) return false; // (path.relative per file was ~25 ms of a cached corpus run)
    const rel = relative(base, file).split('\\').join('/');
    return !rel.startsWith('..') && isIgnored(rel, ignores);
  };
  const add = (file: string) => {
    if (seen.has(file) || ignored(file)) return;
    seen.add(file);
    files.push(file);
  };
  for (const p of paths) {
    const abs = resolve(options.cwd, p);
    let stat;
    try {
      stat = await fs.stat(abs);
    } catch {
      stat = undefined;
    }
    if (stat?.isDirectory()) {
      const found: string[] = [];
      const legacy: string[] = [];
      await walk(abs, found, errors, en, legacy);
      found.forEach(add);
      for (const file of legacy) {
        if (!ignored(file)) errors.push({ filePath: file, code: 'unsupported', message: unsupportedMessage(file, en) });
      }
      continue;
    }
    if (stat) {
      // A file named explicitly must still be a draft: a .json or .pdf linted as text draws nonsense.
      if (!isLintable(basename(abs))) {
        if (!ignored(abs)) errors.push({ filePath: abs, code: 'unsupported', message: unsupportedMessage(abs, en) });
        continue;
      }
      add(abs);
      continue;
    }
    if (hasGlobMagic(p)) {
      const pattern = p.split('\\').join('/').replace(/^(\.\/)+/, '');
      const baseDir = globBase(pattern);
      const rest = baseDir === '.' ? pattern : pattern.slice(baseDir.length).replace(/^\/+/, '');
      const root = resolve(options.cwd, baseDir);
      const found: string[] = [];
      await walk(root, found);
      const matched = found.filter((f) => matchGlob(relative(root, f).split('\\').join('/'), rest));
      if (!matched.length) {
        errors.push({ filePath: p, code: 'no-match', message: en ? 'no files match this pattern' : '没有与此模式匹配的文件' });
      }
      matched.forEach(add);
      continue;
    }
    errors.push({ filePath: abs, code: 'not-found', message: en ? 'no such file or folder' : '文件或文件夹不存在' });
  }
  return { files, errors };
}
