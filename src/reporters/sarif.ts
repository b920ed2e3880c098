/**
 * SARIF 2.1.0 (OASIS), for GitHub code scanning, VS Code's SARIF viewer and the like.
 *
 * Positions: .txt/.md 1-based line and column in UTF-16 code units (`columnKind`); .docx startLine =
 * paragraph ordinal among w:p under w:body, columns into that paragraph's text. region.snippet is the
 * text of the line(s) the finding is in: for .txt/.md the source lines from startLine to endLine, for
 * .docx the paragraph text. Document-level findings carry the artifact and no region. `fixes` only for
 * text artifacts; a .docx finding's format edits (src/fix/model.ts) are in `properties.formatFixes`. Files outside the base folder get absolute file:// URIs. Files that could not be
 * read are tool execution notifications, and make the invocation unsuccessful.
 */
import type { FileError, LintMessage, LintResult, Location } from '../engine/messages.js';
import { REPOSITORY_URL, TOOL_NAME, VERSION, ruleDocUrl } from '../engine/version.js';
import { messageTemplate } from '../engine/message-text.js';
import type { Rule } from '../rule.js';
import {
  type ReporterOptions,
  isAbsolutePath,
  pathToFileUri,
  pathToUriReference,
  relativePath,
  ruleMap,
  stableHash,
} from './shared.js';

export interface SarifOptions extends ReporterOptions {
  /** uriBaseId used for artifact locations. Default `%SRCROOT%` (declared when `cwd` is given). */
  uriBaseId?: string;
}

type Json = Record<string, unknown>;

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

export function formatSarif(results: readonly LintResult[], options: SarifOptions = {}): string {
  return JSON.stringify(toSarif(results, options), null, 2) + '\n';
}

/** The SARIF log as an object. */
export function toSarif(results: readonly LintResult[], options: SarifOptions = {}): Json {
  const locale = options.locale ?? 'zh';
  const known = ruleMap(options.rules);
  const baseId = options.uriBaseId ?? '%SRCROOT%';
  const errors = options.errors ?? [];

  // Rules: every rule that ran, plus any that reported (in the order first seen).
  const ruleIds: string[] = [];
  const seen = new Set<string>();
  const addRule = (id: string) => {
    if (!seen.has(id)) {
      seen.add(id);
      ruleIds.push(id);
    }
  };
  for (const r of results) {
    r.rulesRun.forEach(addRule);
    r.messages.forEach((m) => addRule(m.ruleId));
  }
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));

  // Artifacts: every file linted or attempted.
  const artifacts: Json[] = [];
  const artifactIndex = new Map<string, number>();
  const artifactLocation = (filePath: string): Json => {
    const uri = uriOf(filePath, options.cwd);
    let index = artifactIndex.get(uri);
    if (index === undefined) {
      index = artifacts.length;
      artifactIndex.set(uri, index);
      artifacts.push({ location: withBase({ uri }, uri, baseId, options.cwd) });
    }
    return { ...withBase({ uri }, uri, baseId, options.cwd), index };
  };
  for (const r of results) {
    const loc = artifactLocation(r.filePath);
    const a = artifacts[loc.index as number];
    const ext = r.format;
    a.sourceLanguage = ext === 'md' ? 'markdown' : ext === 'docx' ? 'docx' : 'plaintext';
    if (r.encoding) a.encoding = r.encoding;
  }

  const sarifResults: Json[] = [];
  for (const r of results) {
    const occurrences = new Map<string, number>();
    const lines = r.source !== undefined && r.format !== 'docx' ? sourceLines(r.source) : undefined;
    for (const m of r.messages) {
      sarifResults.push(
        toResult(m, r, ruleIndex.get(m.ruleId)!, artifactLocation(r.filePath), occurrences, lines, known.get(m.ruleId), locale),
      );
    }
  }

  const notifications: Json[] = errors.map((e) => notification(e, artifactLocation(e.filePath), ruleIndex));

  const run: Json = {
    tool: {
      driver: {
        name: TOOL_NAME,
        version: VERSION,
        semanticVersion: VERSION,
        informationUri: REPOSITORY_URL,
        language: locale === 'en' ? 'en-US' : 'zh-CN',
        rules: ruleIds.map((id) => descriptor(id, known.get(id), locale)),
      },
    },
    invocations: [
      {
        executionSuccessful: errors.length === 0,
        toolExecutionNotifications: notifications,
      },
    ],
    artifacts,
    results: sarifResults,
    columnKind: 'utf16CodeUnits',
  };
  if (options.cwd && isAbsolutePath(options.cwd)) {
    run.originalUriBaseIds = { [baseId]: { uri: pathToFileUri(options.cwd, true) } };
  }
  return { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [run] };
}

function uriOf(filePath: string, cwd?: string): string {
  if (cwd && isAbsolutePath(cwd) && isAbsolutePath(filePath)) {
    const rel = relativePath(cwd, filePath);
    // Above the base (../…) a relative reference climbs out of %SRCROOT%: use an absolute URI.
    if (!isAbsolutePath(rel) && !rel.startsWith('../') && rel !== '..') return pathToUriReference(rel);
  }
  if (isAbsolutePath(filePath)) return pathToFileUri(filePath);
  return pathToUriReference(filePath);
}

function withBase(location: Json, uri: string, baseId: string, cwd?: string): Json {
  // Only relative references get a base; absolute file:// URIs stand alone.
  if (!uri.startsWith('file:') && cwd) location.uriBaseId = baseId;
  return location;
}

function level(severity: string): 'error' | 'warning' | 'note' {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

function descriptor(id: string, rule: Rule | undefined, locale: 'zh' | 'en'): Json {
  if (!rule) return { id, helpUri: ruleDocUrl(id) };
  const m = rule.meta;
  const description = m.description[locale] ?? m.description.zh;
  return {
    id,
    name: id.split('/')[1].replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase()),
    shortDescription: { text: description },
    fullDescription: { text: locale === 'en' ? `${description} (${m.clause})` : `${description}（${m.clause}）` },
    helpUri: ruleDocUrl(id),
    help: { text: `${description} — ${m.clause}`, markdown: `${description}\n\n${m.clause}\n\n[docs](${ruleDocUrl(id)})` },
    defaultConfiguration: { level: level(m.severity) },
    messageStrings: messageStrings(rule, locale),
    properties: {
      category: m.category,
      clause: m.clause,
      fixable: m.fixable,
      tags: [m.category],
    },
  };
}

/**
 * SARIF message strings: each template (citation included) with its named `{slots}` turned into
 * SARIF's positional `{0}`, `{1}` … in the order the slots first appear (`slotNames`), so a result's
 * `message.arguments` fill it.
 */
function messageStrings(rule: Rule, locale: 'zh' | 'en'): Json {
  const out: Json = {};
  for (const id of Object.keys(rule.meta.messages)) {
    const template = messageTemplate(rule, id, locale);
    const names = slotNames(template);
    // SARIF escapes literal braces by doubling them; our templates have none outside slots.
    out[id] = { text: template.replace(/\{(\w+)\}/g, (_, name: string) => `{${names.indexOf(name)}}`) };
  }
  return out;
}

function slotNames(template: string): string[] {
  const names: string[] = [];
  for (const m of template.matchAll(/\{(\w+)\}/g)) if (!names.includes(m[1])) names.push(m[1]);
  return names;
}

/** The source split into lines (without their line breaks), for snippets of .txt/.md. */
function sourceLines(source: string): string[] {
  return source.split(/\r\n|\n|\r/);
}

/**
 * The snippet of a region: for .txt/.md the source lines it spans (so columns index into it and the
 * text appears in the file, markup included); for .docx the paragraph text (positions contract).
 */
function snippetOf(loc: Location, fallback: string | undefined, lines?: string[]): string | undefined {
  if (lines && loc.line >= 1 && loc.endLine <= lines.length && loc.endLine >= loc.line) {
    return lines.slice(loc.line - 1, loc.endLine).join('\n');
  }
  return fallback;
}

function region(loc: Location, snippet?: string): Json {
  const out: Json = {
    startLine: loc.line,
    startColumn: loc.column,
    endLine: loc.endLine,
    endColumn: loc.endColumn,
  };
  if (snippet !== undefined) out.snippet = { text: snippet };
  return out;
}

function hasLocation(m: Partial<Location>): m is Location {
  return m.line !== undefined && m.column !== undefined && m.endLine !== undefined && m.endColumn !== undefined;
}

function normaliseSnippet(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function toResult(
  m: LintMessage,
  r: LintResult,
  index: number,
  artifact: Json,
  occurrences: Map<string, number>,
  lines?: string[],
  rule?: Rule,
  locale: 'zh' | 'en' = 'zh',
): Json {
  const physicalLocation: Json = { artifactLocation: artifact };
  if (hasLocation(m)) physicalLocation.region = region(m, snippetOf(m, m.snippet, lines));
  // Fingerprint: rule + normalised snippet + which occurrence of that pair in the file. Stable
  // when lines move; distinct for two findings of a rule in one line.
  const key = `${m.ruleId}\u0000${normaliseSnippet(m.snippet ?? '')}`;
  const n = (occurrences.get(key) ?? 0) + 1;
  occurrences.set(key, n);
  const result: Json = {
    ruleId: m.ruleId,
    ruleIndex: index,
    level: level(m.severity),
    message: sarifMessage(m, rule, locale),
    locations: [{ physicalLocation }],
    partialFingerprints: { 'gongwenLint/v1': `${stableHash(key)}:${n}` },
  };
  if (m.related?.length) {
    result.relatedLocations = m.related.map((rel, i) => {
      const loc: Json = {
        id: i + 1,
        physicalLocation: { artifactLocation: artifact, region: region(rel, snippetOf(rel, rel.snippet, lines)) },
      };
      if (rel.message) loc.message = { text: rel.message };
      return loc;
    });
  }
  // Fixes as text replacements only for text artifacts: applied to the bytes of a .docx they would
  // corrupt it (the CLI's --fix writes NAME.fixed.docx instead).
  if (m.fix?.length && r.format !== 'docx') {
    result.fixes = [
      {
        description: { text: m.message },
        artifactChanges: [
          {
            artifactLocation: artifact,
            replacements: m.fix.map((f) => ({
              deletedRegion: region(f),
              insertedContent: { text: f.text },
            })),
          },
        ],
      },
    ];
  }
  if (r.format === 'docx') {
    // Format edits (src/fix/model.ts) have no SARIF form: plain JSON for an applier in the properties.
    result.properties = { paragraph: m.line, ...(m.formatFix?.length ? { formatFixes: m.formatFix } : {}) };
  }
  return result;
}

/** `text`, plus `id` and positional `arguments` for the rule descriptor's messageStrings. */
function sarifMessage(m: LintMessage, rule: Rule | undefined, locale: 'zh' | 'en'): Json {
  const message: Json = { text: m.message };
  if (!m.messageId) return message;
  message.id = m.messageId;
  if (rule?.meta.messages[m.messageId]) {
    const names = slotNames(messageTemplate(rule, m.messageId, locale));
    if (names.length) message.arguments = names.map((n) => (m.data && n in m.data ? String(m.data[n]) : `{${n}}`));
  }
  return message;
}

function notification(e: FileError, artifact: Json, ruleIndex: Map<string, number>): Json {
  const out: Json = {
    level: 'error',
    message: { text: e.message },
    locations: [{ physicalLocation: { artifactLocation: artifact } }],
    descriptor: { id: e.code },
  };
  if (e.ruleId) {
    const index = ruleIndex.get(e.ruleId);
    out.associatedRule = index === undefined ? { id: e.ruleId } : { id: e.ruleId, index };
  }
  return out;
}
