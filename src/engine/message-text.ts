/**
 * A finding's text: the rule's template with its `{slots}` filled from the report's data, and the
 * clause it cites appended — `（clause）` in Chinese, ` (clause)` in English — so the citation is
 * written once per rule (`meta.clause` / `meta.citation`) or per message (`messages[id].clause`),
 * not at the end of every template.
 *
 * Rules written before the engine appended clauses (plugins, or a rule file not yet converted) end
 * their templates with the citation themselves; such a template is left as it is rather than citing
 * twice (`legacyCitation`). test/engine/message-text.test.ts keeps the built-in rules off that path.
 */
import type { MessageTemplate, Rule } from '../rule.js';
import { englishCitation, englishData } from './english.js';

export type Locale = 'zh' | 'en';
export type MessageData = Record<string, string | number>;

export function formatMessage(template: string, data: MessageData = {}): string {
  return template.replace(/\{(\w+)\}/g, (all, key: string) => (key in data ? String(data[key]) : all));
}

/** The citation a message carries, as a template (slots unfilled); undefined when it cites nothing. */
export function citationTemplate(rule: Rule, messageId: string, locale: Locale): string | undefined {
  const template = rule.meta.messages[messageId];
  const own = template?.clause;
  if (own === false) return undefined;
  if (typeof own === 'string') return own;
  if (own) return own[locale] ?? own.zh;
  const zh = rule.meta.citation?.zh ?? rule.meta.clause;
  if (locale === 'zh') return zh;
  // One English name per source (english.ts), whatever each rule's own en citation says.
  const en = englishCitation(zh);
  return en !== zh ? en : (rule.meta.citation?.en ?? zh);
}

/** `（clause）` / ` (clause)`. */
export function citationSuffix(clause: string, locale: Locale): string {
  return locale === 'en' ? ` (${clause})` : `（${clause}）`;
}

// A template that already closes with a bracketed citation: a standard, a《title》, the Regulations,
// or a slot that stands for one.
const LEGACY = /(?:（[^（）]*(?:GB\/T|《|\{source\}|\{clause\})[^（）]*）|\([^()]*(?:GB\/T|《|Regulations|\{source\}|\{clause\})[^()]*\))$/u;

/** True when the template cites a clause itself (written the old way), so nothing is appended. */
export function legacyCitation(template: string, clause: string | undefined, locale: Locale): boolean {
  if (clause !== undefined && template.endsWith(citationSuffix(clause, locale))) return true;
  return LEGACY.test(template);
}

/**
 * True when a message was written the old way: either language's template cites its clause itself
 * (an old English template may cite in its own words, "(test clause 1)", so the Chinese one decides
 * for both).
 */
export function legacyMessage(rule: Rule, messageId: string): boolean {
  const template = rule.meta.messages[messageId];
  if (!template || template.clause !== undefined) return false;
  return (['zh', 'en'] as const).some((locale) => {
    const text = template[locale];
    return text !== undefined && legacyCitation(text, citationTemplate(rule, messageId, locale), locale);
  });
}

/** The full template of a message, citation included, slots unfilled (docs, SARIF messageStrings). */
export function messageTemplate(rule: Rule, messageId: string, locale: Locale): string {
  const template: MessageTemplate | undefined = rule.meta.messages[messageId];
  if (!template) throw new Error(`rule ${rule.meta.id} has no message ${messageId}`);
  const text = template[locale] ?? template.zh;
  const clause = citationTemplate(rule, messageId, locale);
  if (clause === undefined || legacyMessage(rule, messageId)) return text;
  return text + citationSuffix(clause, locale);
}

/** The text of a finding. */
export function messageText(rule: Rule, messageId: string, locale: Locale, data?: MessageData): string {
  return formatMessage(messageTemplate(rule, messageId, locale), locale === 'en' && data ? englishData(data) : data);
}
