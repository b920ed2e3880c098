/** Helpers the reporters share. Pure: no file system, no `node:*` (reporters run in browsers too). */
import type { FileError } from '../engine/messages.js';
import type { Rule } from '../rule.js';
import { allRules } from '../rules/index.js';

export interface ReporterOptions {
  /** Rule metadata (defaults to the built-in rules). Rules not found here are described by id only. */
  rules?: readonly Rule[];
  /** Files that could not be linted. */
  errors?: readonly FileError[];
  /** Language of the texts the reporter itself writes (summary, descriptions). Default zh. */
  locale?: 'zh' | 'en';
  /** Base directory (absolute) that paths are made relative to. Default: paths are used as given. */
  cwd?: string;
}

export function toPosix(path: string): string {
  return path.replace(/\\/g, '/');
}

export function isAbsolutePath(path: string): boolean {
  return path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\\\');
}

/** Normalises `a/./b/../c` → `a/c` (keeps a leading `/` or drive). */
export function normalisePath(path: string): string {
  const p = toPosix(path);
  const lead = p.startsWith('/') ? '/' : '';
  const out: string[] = [];
  for (const s of p.split('/')) {
    if (s === '' || s === '.') continue;
    if (s === '..' && out.length && out[out.length - 1] !== '..') out.pop();
    else out.push(s);
  }
  return lead + out.join('/');
}

/**
 * `to` relative to the directory `from`, with forward slashes. Both absolute; when they are on
 * different drives (Windows) the absolute path of `to` is returned. A relative `to` is returned as is.
 */
export function relativePath(from: string, to: string): string {
  if (!isAbsolutePath(to)) return normalisePath(to);
  const a = normalisePath(from).split('/').filter(Boolean);
  const b = normalisePath(to).split('/').filter(Boolean);
  const windows = /^[A-Za-z]:$/.test(b[0] ?? '');
  const same = (x: string, y: string) => (windows ? x.toLowerCase() === y.toLowerCase() : x === y);
  if (windows && (!a[0] || !same(a[0], b[0]))) return normalisePath(to);
  let i = 0;
  while (i < a.length && i < b.length && same(a[i], b[i])) i++;
  const up = a.slice(i).map(() => '..');
  return [...up, ...b.slice(i)].join('/') || '.';
}

/** A path as shown to users: relative to cwd when it is inside it, else as given. */
export function displayPath(filePath: string, cwd?: string): string {
  if (!cwd || !isAbsolutePath(filePath)) return toPosix(filePath);
  const rel = relativePath(cwd, filePath);
  return rel.startsWith('../') || isAbsolutePath(rel) ? toPosix(filePath) : rel;
}

/** Percent-encodes a posix path for a URI (keeps `/`). */
export function pathToUriReference(path: string): string {
  return toPosix(path)
    .split('/')
    .map((s) => (/^[A-Za-z]:$/.test(s) ? s : encodeURIComponent(s)))
    .join('/');
}

/** An absolute path → file:// URI; a directory gets a trailing slash when `dir`. */
export function pathToFileUri(path: string, dir = false): string {
  let p = pathToUriReference(normalisePath(path));
  if (!p.startsWith('/')) p = '/' + p;
  if (dir && !p.endsWith('/')) p += '/';
  return 'file://' + p;
}

export function ruleMap(rules: readonly Rule[] | undefined): Map<string, Rule> {
  return new Map((rules ?? allRules).map((r) => [r.meta.id, r]));
}

/** Display width in a terminal: East Asian wide and full-width characters count 2. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x20 || (c >= 0x7f && c < 0xa0)) continue;
    if (c >= 0x300 && c <= 0x36f) continue; // combining marks
    w += isWide(c) ? 2 : 1;
  }
  return w;
}

function isWide(c: number): boolean {
  return (
    (c >= 0x1100 && c <= 0x115f) ||
    (c >= 0x2e80 && c <= 0x303e) ||
    (c >= 0x3041 && c <= 0x33ff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0xa000 && c <= 0xa4cf) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6) ||
    (c >= 0x1f300 && c <= 0x1f64f) ||
    (c >= 0x20000 && c <= 0x3fffd)
  );
}

/** 32-bit FNV-1a twice (two seeds) → 16 hex digits. Stable across runs and platforms. */
export function stableHash(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
    h2 = (h2 ^ (h2 >>> 15)) >>> 0;
  }
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0');
}
