/**
 * The check the lexicon rules share: every line, every entry of the lexicons the rule reports
 * (built-in and user), guarded matches → findings with the entry's right form, reason and source.
 */
import type { LocalizedText, MessageTemplate, RuleContext } from '../rule.js';
import { builtinLexiconList } from './builtin.js';
import { entriesFor, userLexicons, type CompiledEntry } from './load.js';
import { matchEntries, type LexiconMatch } from './match.js';
import type { Lexicon } from './types.js';

/**
 * The two message templates every lexicon rule carries: with a right form and without. They cite
 * the entry's own source (`{source}`), not the rule's clause.
 */
export function lexiconMessages(what: LocalizedText): Record<'replace' | 'avoid', MessageTemplate> {
  return {
    replace: {
      zh: `${what.zh}“{wrong}”应为“{right}”{reason}`,
      en: `${what.en} “{wrong}” should be “{right}”{reasonEn}`,
      clause: '{source}',
    },
    avoid: {
      zh: `${what.zh}“{wrong}”不宜使用{reason}`,
      en: `${what.en} “{wrong}” should not be used{reasonEn}`,
      clause: '{source}',
    },
  };
}

/** The options every lexicon rule takes: `builtin: false` reads only the user's lexicons. */
export type LexiconRuleOptions = { builtin: boolean };

/** The schema and default of that option, spread into every lexicon rule's meta (one source). */
export const LEXICON_RULE_OPTIONS: { schema: object; defaultOptions: LexiconRuleOptions } = {
  schema: {
    type: 'object',
    properties: { builtin: { type: 'boolean', description: 'Use the built-in lexicons (default true).' } },
    additionalProperties: false,
  },
  defaultOptions: { builtin: true },
};

/** The lexicons a rule reads: the built-in ones (unless `builtin: false`) and the user's. */
export function lexiconsFor(context: RuleContext): Lexicon[] {
  const builtin = context.options?.builtin === false ? [] : builtinLexiconList;
  return [...builtin, ...userLexicons(context.lexicons)];
}

/** Quotes inside a quoted form become single quotes (GB/T 15834—2011 4.1.3.3): “‘一带一路’倡议”. */
function inner(text: string): string {
  return text.replace(/“/gu, '‘').replace(/”/gu, '’');
}

export interface LexiconCheckOptions {
  /** Entry filter (e.g. by lexicon type); `text` is the line. */
  filter?: (m: LexiconMatch, text: string) => boolean;
  /** Report date-conditional entries with this message id (data: wrong, date, reason, source). */
  datedMessageId?: string;
  /**
   * Rewrites a finding's message id and data (e.g. to quote the draft's words around the match).
   * `data` holds wrong, right, reason, reasonEn, source, category, date.
   */
  message?: (m: LexiconMatch, text: string, data: Record<string, string>) => { messageId: string; data: Record<string, string> } | undefined;
}

const NO_USER_LEXICONS: readonly unknown[] = [];
const entryCache = new WeakMap<readonly unknown[], Map<string, CompiledEntry[]>>();

/** The compiled, matchable entries a rule reads, cached per user-lexicon list (the same for a whole run). */
export function cachedEntries(context: RuleContext, ruleId: string): CompiledEntry[] {
  const key = context.lexicons ?? NO_USER_LEXICONS;
  let byRule = entryCache.get(key);
  if (!byRule) entryCache.set(key, (byRule = new Map()));
  const k = context.options?.builtin === false ? `${ruleId} without built-in` : ruleId;
  let entries = byRule.get(k);
  if (!entries) byRule.set(k, (entries = entriesFor(ruleId, lexiconsFor(context)).filter((c) => c.regex)));
  return entries;
}

export function lexiconRuleCheck(context: RuleContext, ruleId: string, options: LexiconCheckOptions = {}): void {
  const entries = cachedEntries(context, ruleId);
  if (entries.length === 0) return;
  const matchOptions = { protectedTerms: context.protectedTerms, referenceDate: context.referenceDate };
  for (const { line, element } of context.lines) {
    if (element.type === 'directive' || !line.value) continue;
    const matches = matchEntries(line.value, entries, matchOptions);
    for (const m of matches) {
      if (options.filter && !options.filter(m, line.value)) continue;
      const { entry, lexicon } = m.compiled;
      const data = {
        wrong: inner(m.text),
        right: inner(m.right ?? ''),
        reason: entry.reason ? `：${entry.reason}` : '',
        reasonEn: entry.reasonEn ? `: ${entry.reasonEn}` : '',
        source: entry.source || lexicon.name,
        category: entry.category ?? lexicon.name,
        date: context.referenceDate ?? '',
      };
      const fixable = m.right !== undefined && m.right !== m.text && entry.fix !== false;
      const messageId = entry.when && options.datedMessageId
        ? options.datedMessageId
        : m.right !== undefined && m.right !== m.text ? 'replace' : 'avoid';
      const custom = options.message?.(m, line.value, data);
      context.report({
        line,
        start: m.start,
        end: m.end,
        messageId: custom?.messageId ?? messageId,
        data: custom?.data ?? data,
        ...(entry.severity ? { severity: entry.severity } : {}),
        ...(fixable ? { fix: { start: m.start, end: m.end, text: m.right! } } : {}),
      });
    }
  }
}
