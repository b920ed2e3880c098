/**
 * A small glob matcher (no dependency): `*`, `**`, `?`, `[abc]`, `[!a-z]`, `{a,b}`. Paths use `/`.
 */

export function hasGlobMagic(pattern: string): boolean {
  return /[*?[{]/.test(pattern);
}

const cache = new Map<string, RegExp>();

/** Glob → RegExp over a whole posix path. */
export function globToRegExp(pattern: string): RegExp {
  const cached = cache.get(pattern);
  if (cached) return cached;
  let re = '';
  let i = 0;
  let braces = 0;
  while (i < pattern.length) {
    const c = pattern[i];
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        const atStart = i === 0 || pattern[i - 1] === '/';
        let j = i + 2;
        if (atStart && pattern[j] === '/') {
          re += '(?:[^/]*/)*'; // any number of whole segments (also none)
          i = j + 1;
          continue;
        }
        if (atStart && j === pattern.length) {
          re += '.*';
          i = j;
          continue;
        }
        re += '[^/]*';
        i = j;
        continue;
      }
      re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const close = pattern.indexOf(']', i + 2);
      if (close < 0) re += '\\[';
      else {
        let body = pattern.slice(i + 1, close);
        if (body[0] === '!') body = '^' + body.slice(1);
        re += '[' + body.replace(/\\/g, '\\\\') + ']';
        i = close;
      }
    } else if (c === '{') {
      braces++;
      re += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      re += ')';
    } else if (c === ',' && braces > 0) re += '|';
    else if (c === '\\' && i + 1 < pattern.length) {
      re += escape(pattern[i + 1]);
      i++;
    } else re += escape(c);
    i++;
  }
  let out: RegExp;
  try {
    out = new RegExp('^' + re + '$', 'u');
  } catch {
    // A malformed class such as [z-a]: match the pattern literally rather than fail.
    out = new RegExp('^' + [...pattern].map(escape).join('') + '$', 'u');
  }
  cache.set(pattern, out);
  return out;
}

function escape(c: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(c) ? '\\' + c : c;
}

export function matchGlob(path: string, pattern: string): boolean {
  return globToRegExp(pattern).test(path);
}

/**
 * gitignore-like ignore matching of a path relative to the base directory: a pattern with no `/`
 * (other than a trailing one) matches a name at any depth; a trailing `/` or a match of any parent
 * directory ignores everything below it; a leading `/` or `./` anchors at the base.
 */
export function isIgnored(relPath: string, patterns: readonly string[]): boolean {
  if (!patterns.length) return false;
  const path = relPath.replace(/\\/g, '/').replace(/^\.\//, '');
  const parts = path.split('/');
  let ignored = false;
  for (const raw of patterns) {
    const negate = raw.startsWith('!');
    let p = negate ? raw.slice(1) : raw;
    p = p.replace(/^\.\//, '');
    if (p.endsWith('/')) p = p.slice(0, -1);
    const anchored = p.includes('/');
    if (p.startsWith('/')) p = p.slice(1);
    const full = anchored ? p : '**/' + p;
    // The file itself, or any of its parent directories.
    let hit = false;
    for (let n = parts.length; n >= 1 && !hit; n--) hit = matchGlob(parts.slice(0, n).join('/'), full);
    if (hit) ignored = !negate;
  }
  return ignored;
}

/** The longest leading part of a glob without magic, e.g. `docs/**\/*.md` → `docs`. */
export function globBase(pattern: string): string {
  const parts = pattern.replace(/\\/g, '/').split('/');
  const out: string[] = [];
  for (const part of parts) {
    if (hasGlobMagic(part)) break;
    out.push(part);
  }
  if (out.length === parts.length) out.pop();
  return out.join('/') || (pattern.startsWith('/') ? '/' : '.');
}
