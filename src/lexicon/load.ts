/**
 * Lexicon validation (ajv, against the lexicon schema) and compilation into matchers. Browser-safe.
 * Built-in lexicons are validated once, when first used; user lexicons (config `lexicons`) are
 * validated per config array and cached.
 */
import { escapeRegExp } from '../util/text.js';
import { Ajv, type ValidateFunction } from 'ajv';
import { lexiconSchema } from './schema.js';
import { DEFAULT_RULE, RENAMED_TYPES, type Lexicon, type LexiconEntry } from './types.js';

let validator: ValidateFunction | undefined;

export interface LexiconProblem {
  /** Index of the lexicon in the list given. */
  index: number;
  message: string;
}

/** Which type a field belongs to, for entries that carry a field of another type's shape. */
const FIELD_TYPE: Record<string, string> = { when: 'dateBounded', items: 'fixedOrder', name: 'fixedOrder', wording: 'exactWording', title: 'title', code: 'title', repealed: 'title' };

/**
 * A lexicon in the shape used before the types were renamed (issue 10): `occurrence` → `fixedOrder`,
 * `conditional` → `dateBounded`, and `when` on entries of other types (now only dateBounded entries
 * carry it). Such lexicons are rejected, not migrated silently: the message says what to rename, so
 * the file the user keeps is the one that is checked. Returns the problem lines (without the prefix).
 */
export function oldShapeProblems(data: unknown): string[] {
  if (!data || typeof data !== 'object') return [];
  const { type, entries } = data as { type?: unknown; entries?: unknown };
  const out: string[] = [];
  if (typeof type === 'string' && RENAMED_TYPES[type]) {
    out.push(`/type “${type}”已更名为“${RENAMED_TYPES[type]}”，请改写词库的 type`);
    return out;
  }
  if (typeof type !== 'string' || !Array.isArray(entries)) return out;
  entries.forEach((e, i) => {
    if (!e || typeof e !== 'object') return;
    for (const field of Object.keys(e)) {
      const owner = FIELD_TYPE[field];
      if (owner && owner !== type) {
        out.push(`/entries/${i}/${field} 只用于 ${owner} 类型的词库（每种类型的条目各有其格式），请把该条目移入 type 为 ${owner} 的词库`);
      }
    }
  });
  return out;
}

/** Validates one lexicon; returns problems (empty when valid), in Chinese, one per line. */
export function validateLexicon(data: unknown, index = 0): LexiconProblem[] {
  validator ??= new Ajv({ allErrors: true, strict: false }).compile(lexiconSchema);
  const problems: LexiconProblem[] = [];
  const old = oldShapeProblems(data);
  if (old.length) return old.map((message) => ({ index, message: `词库 ${index + 1}：${message}` }));
  if (!validator(data)) {
    for (const e of validator.errors ?? []) {
      problems.push({ index, message: `词库 ${index + 1}：${e.instancePath || '/'} ${e.message ?? ''}`.trim() });
    }
    return problems;
  }
  const lexicon = data as Lexicon;
  lexicon.entries.forEach((entry, i) => {
    if (entry.pattern !== undefined) {
      try {
        new RegExp(entry.pattern, 'u');
      } catch (error) {
        problems.push({ index, message: `词库 ${index + 1}：/entries/${i}/pattern 不是有效的正则表达式：${(error as Error).message}` });
      }
    }
  });
  return problems;
}

const KEYWORD: Record<string, (p: Record<string, any>) => string> = {
  required: (p) => `缺少必填项 ${p.missingProperty}`,
  additionalProperties: (p) => `有不认识的字段 ${p.additionalProperty}`,
  enum: (p) => `取值应为 ${(p.allowedValues as unknown[]).join('、')} 之一`,
  const: (p) => `取值应为 ${String(p.allowedValue)}`,
  type: (p) => `类型应为 ${p.type}`,
  minLength: (p) => `至少 ${p.limit} 个字符`,
  minItems: (p) => `至少 ${p.limit} 项`,
  minProperties: (p) => `至少 ${p.limit} 个字段`,
  pattern: (p) => `格式不符（${p.pattern}）`,
};

/**
 * One Chinese line per invalid lexicon in the config's `lexicons` list (empty when all are valid):
 * `配置 lexicons 第2项（“本单位用语”）不是有效的词库：/entries/0 缺少必填项 source`. The rules skip
 * an invalid lexicon; the config loader should report these lines (src/node/config.ts, with the
 * other config problems).
 */
export function lexiconConfigProblems(list: readonly unknown[] | undefined): string[] {
  if (!Array.isArray(list)) return [];
  const out: string[] = [];
  list.forEach((data, index) => {
    validator ??= new Ajv({ allErrors: true, strict: false }).compile(lexiconSchema);
    const details: string[] = oldShapeProblems(data);
    if (details.length) {
      // the old names: say what to rename, not every schema complaint that follows from them
    } else if (!validator(data)) {
      for (const e of validator.errors ?? []) {
        // "if/then", "anyOf" and "oneOf" wrappers repeat what their branches say
        if (e.keyword === 'if' || e.keyword === 'anyOf' || e.keyword === 'oneOf') continue;
        const text = KEYWORD[e.keyword]?.(e.params as Record<string, any>) ?? e.message ?? e.keyword;
        const line = `${e.instancePath || '/'} ${text}`;
        if (!details.includes(line)) details.push(line);
      }
      if (details.length === 0) details.push('/ 不符合 schemas/lexicon.schema.json');
    } else {
      for (const p of validateLexicon(data, index)) details.push(p.message.replace(/^词库 \d+：/u, ''));
    }
    if (details.length === 0) return;
    const name = typeof (data as { name?: unknown } | null)?.name === 'string' ? `（“${(data as { name: string }).name}”）` : '';
    const more = details.length > 1 ? `（另有 ${details.length - 1} 处问题）` : '';
    out.push(`配置 lexicons 第${index + 1}项${name}不是有效的词库，已跳过：${details[0]}${more}`);
  });
  return out;
}

/** A lexicon entry ready to match: the regex of its wrong forms. */
export interface CompiledEntry {
  entry: LexiconEntry;
  lexicon: Lexicon;
  /** Global, unicode regex of the wrong forms (undefined for fixedOrder and title entries). */
  regex?: RegExp;
  /** Whether the segmenter guard applies. */
  segment: boolean;
}


export function compileEntry(entry: LexiconEntry, lexicon: Lexicon): CompiledEntry {
  let regex: RegExp | undefined;
  if (entry.pattern !== undefined) {
    regex = new RegExp(entry.pattern, 'gu');
  } else if (entry.match !== undefined) {
    const forms = (Array.isArray(entry.match) ? entry.match : [entry.match]).slice().sort((a, b) => b.length - a.length);
    regex = new RegExp(forms.map(escapeRegExp).join('|'), 'gu');
  }
  // Four-character forms (idioms) are not parts of longer words; the guard would only lose them
  // when the segmenter glues their first character to the one before ("为人" in "为人声顶沸").
  const forms = entry.match === undefined ? [] : Array.isArray(entry.match) ? entry.match : [entry.match];
  const short = forms.length === 0 || forms.some((f) => [...f].length <= 3);
  // Banned words too: two characters that span a word boundary ("中港" in 华中港口) are no word.
  const guarded = (lexicon.type === 'substitution' && ruleOf(lexicon) === 'typo/common-typo') || ruleOf(lexicon) === 'phrasing/banned-word';
  return { entry, lexicon, regex, segment: entry.segment ?? (guarded && short && entry.match !== undefined) };
}

export function ruleOf(lexicon: Lexicon): string {
  return lexicon.rule ?? DEFAULT_RULE[lexicon.type];
}

const userCache = new WeakMap<readonly unknown[], { lexicons: Lexicon[]; problems: LexiconProblem[] }>();

/**
 * The valid lexicons among the user's (config `lexicons`); invalid ones are skipped. Their problems,
 * one line per lexicon, come from `lexiconConfigProblems`, which the config loader reports.
 */
export function userLexicons(list: readonly unknown[] | undefined): Lexicon[] {
  if (!list || list.length === 0) return [];
  let cached = userCache.get(list);
  if (!cached) {
    const lexicons: Lexicon[] = [];
    const problems: LexiconProblem[] = [];
    list.forEach((data, index) => {
      const p = validateLexicon(data, index);
      if (p.length) problems.push(...p);
      else lexicons.push(data as Lexicon);
    });
    cached = { lexicons, problems };
    userCache.set(list, cached);
  }
  return cached.lexicons;
}

const compiledCache = new WeakMap<Lexicon, CompiledEntry[]>();

/** The compiled entries of the lexicons that `ruleId` reports. */
export function entriesFor(ruleId: string, lexicons: readonly Lexicon[]): CompiledEntry[] {
  const out: CompiledEntry[] = [];
  for (const lexicon of lexicons) {
    if (ruleOf(lexicon) !== ruleId) continue;
    let compiled = compiledCache.get(lexicon);
    if (!compiled) {
      compiled = lexicon.entries.map((e) => compileEntry(e, lexicon));
      compiledCache.set(lexicon, compiled);
    }
    out.push(...compiled);
  }
  return out;
}
