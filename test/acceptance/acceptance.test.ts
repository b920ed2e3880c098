/**
 * Acceptance: what an office reviewer would catch, through the CLI's SARIF output.
 *
 * fixtures/acceptance/ holds invented drafts (.txt incl. one GB18030, .md, .docx built by
 * scripts/build-acceptance.mjs) and manifest.json: for each file, each planted fault with the rule that
 * must catch it, the line (.txt/.md source line; .docx ordinal of the w:p among all w:p under w:body;
 * null for document-level findings) and the text the SARIF region must cover. Files marked clean must
 * draw no result at all.
 *
 * Each file is run once: `gongwen-lint --format sarif FILE`, in-process (`run()` of src/cli/main.ts,
 * test/helpers/cli.ts: no build, no process per file), with the repository as the working folder.
 * Planted faults the tool does not catch yet are listed in known-misses.json (and explained in
 * KNOWN-MISSES.md): they are left out of the assertions, and reported when they start being caught.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import AjvDraft04Module from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli as runInProcess, type CliOutput } from '../helpers/cli.js';

// CommonJS default exports, as test/reporters/reporters.test.ts loads them.
const AjvDraft04 = ((AjvDraft04Module as unknown as { default?: unknown }).default ?? AjvDraft04Module) as typeof Ajv;
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: unknown) => void;

const repo = fileURLToPath(new URL('../..', import.meta.url));
/** The OASIS SARIF 2.1.0 schema, kept outside the project (as test/reporters does). */
const sarifSchemaPath = join(repo, '..', 'shared', 'schemas', 'sarif-schema-2.1.0.json');
const dirRel = 'fixtures/acceptance';
const dir = join(repo, dirRel);

interface Fault {
  rule: string;
  line: number | null;
  text: string | null;
  occurrence?: number;
  message?: string;
  note: string;
}
interface Entry {
  file: string;
  kind: string;
  encoding: string | null;
  clean: boolean;
  faults: Fault[];
  /** Findings that are not planted but right (or a planted fault reported by a second rule). */
  also: Fault[];
}
interface KnownMiss {
  /**
   * miss: a planted fault not caught (or not at its place); false-alarm: a finding on correct text;
   * ordinal: a .docx whose paragraph numbering in SARIF differs from the count of all w:p under w:body.
   */
  kind: 'miss' | 'false-alarm' | 'ordinal';
  file: string;
  rule: string;
  line: number | null;
  text: string | null;
  /** For false alarms: the level the tool gave it (an error one changes the exit code). */
  level?: string;
  said: string;
}
interface Region {
  startLine?: number;
  startColumn?: number;
  endLine?: number;
  endColumn?: number;
  snippet?: { text: string };
}
interface SarifResult {
  ruleId: string;
  ruleIndex?: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string; index?: number }; region?: Region } }[];
}
interface SarifLog {
  $schema: string;
  version: string;
  runs: {
    tool: { driver: { name: string; rules: { id: string }[] } };
    artifacts?: { location: { uri: string } }[];
    results: SarifResult[];
    invocations?: { executionSuccessful: boolean }[];
  }[];
}

const manifest: { files: Entry[] } = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
const knownMisses: KnownMiss[] = JSON.parse(readFileSync(join(repo, 'test/acceptance/known-misses.json'), 'utf8'));
const missKey = (file: string, f: { rule: string; line: number | null; text: string | null }) =>
  `${file}|${f.rule}|${f.line}|${f.text}`;
const missed = new Set(knownMisses.filter((m) => m.kind === 'miss').map((m) => missKey(m.file, m)));
const falseAlarms = knownMisses.filter((m) => m.kind === 'false-alarm');
const ordinalShifted = new Set(knownMisses.filter((m) => m.kind === 'ordinal').map((m) => m.file));

// ---------------------------------------------------------------------------------------- sources

/**
 * The paragraphs of a .docx: every w:p under w:body, in order, with its visible text — except the
 * mc:Fallback copy inside mc:AlternateContent, which repeats the mc:Choice text and is not counted
 * (the position contract of issue 2).
 */
function docxParagraphs(bytes: Uint8Array): string[] {
  const xml = strFromU8(unzipSync(bytes)['word/document.xml']);
  const bodyXml = xml
    .slice(xml.indexOf('<w:body'), xml.lastIndexOf('</w:body>'))
    .replace(/<mc:Fallback>[\s\S]*?<\/mc:Fallback>/g, '');
  const paragraphs: string[] = [];
  const open: number[] = [];
  const token = /<w:p\/>|<w:p[\s>]|<\/w:p>|<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>/g;
  const unescape = (s: string) =>
    s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  for (const m of bodyXml.matchAll(token)) {
    if (m[0] === '<w:p/>') paragraphs.push('');
    else if (m[0].startsWith('<w:p')) {
      open.push(paragraphs.length);
      paragraphs.push('');
    } else if (m[0] === '</w:p>') open.pop();
    else if (open.length) {
      const i = open[open.length - 1];
      paragraphs[i] += m[1] !== undefined ? unescape(m[1]) : m[0] === '<w:tab/>' ? '\t' : '\n';
    }
  }
  return paragraphs;
}

/** The lines of a source file as the reporter numbers them. */
function sourceLines(entry: Entry): string[] {
  const bytes = readFileSync(join(dir, entry.file));
  if (entry.file.endsWith('.docx')) return docxParagraphs(bytes);
  const text = new TextDecoder(entry.encoding === 'gb18030' ? 'gb18030' : 'utf-8').decode(bytes);
  return text.split(/\r?\n/);
}

/** [start, end) offsets of the n-th (1-based) occurrence of `text` in `line`. */
function span(line: string, text: string, occurrence = 1): [number, number] | null {
  let at = -1;
  for (let k = 0; k < occurrence; k++) {
    at = line.indexOf(text, at + 1);
    if (at < 0) return null;
  }
  return [at, at + text.length];
}

// ---------------------------------------------------------------------------------------- the CLI

function runCli(args: string[]): Promise<CliOutput> {
  return runInProcess(repo, args, undefined, { NO_COLOR: '1', GONGWEN_LINT_LOCALE: '' });
}

const runs = new Map<string, { code: number | null; stdout: string; stderr: string; log: SarifLog | null; lines: string[] }>();

beforeAll(async () => {
  for (const entry of manifest.files) {
    const r = await runCli(['--format', 'sarif', `${dirRel}/${entry.file}`]);
    let log: SarifLog | null = null;
    try {
      log = JSON.parse(r.stdout) as SarifLog;
    } catch {
      log = null;
    }
    runs.set(entry.file, { ...r, log, lines: sourceLines(entry) });
  }
}, 180_000);

const resultsOf = (file: string) => runs.get(file)!.log!.runs[0].results;
const regionOf = (r: SarifResult) => r.locations?.[0]?.physicalLocation?.region;

/**
 * Is result `r` the finding for `fault`: same rule, on the fault's line, with a region over the planted
 * text (its `occurrence`, or any occurrence when `anyOccurrence`)? An empty region (an insertion point,
 * e.g. "add 。 here") counts when it sits inside or right after the text. Document-level faults (line
 * null) match a result without a region whose message contains `fault.message`.
 */
function matches(lines: string[], r: SarifResult, fault: Fault, anyOccurrence = false): boolean {
  if (r.ruleId !== fault.rule) return false;
  const g = regionOf(r);
  if (fault.line === null) return !g?.startLine && (!fault.message || r.message.text.includes(fault.message));
  if (!g || g.startLine !== fault.line) return false;
  const line = lines[fault.line - 1] ?? '';
  const start = (g.startColumn ?? 1) - 1;
  const end = g.endLine === undefined || g.endLine === g.startLine ? (g.endColumn ?? g.startColumn ?? 1) - 1 : Infinity;
  const spans: [number, number][] = [];
  if (anyOccurrence) {
    for (let k = 1; ; k++) {
      const sp = span(line, fault.text!, k);
      if (!sp) break;
      spans.push(sp);
    }
  } else {
    const sp = span(line, fault.text!, fault.occurrence);
    if (sp) spans.push(sp);
  }
  return spans.some(([a, b]) => (end > start ? start < b && end > a : start >= a && start <= b));
}

const describeResult = (r: SarifResult) => {
  const g = regionOf(r);
  return `${r.ruleId} ${g?.startLine ?? '-'}:${g?.startColumn ?? '-'}-${g?.endColumn ?? '-'} ${r.message.text}`;
};

/** Does a result of `fault.rule` sit on `fault.line` with a region over the planted text? */
function catches(file: string, fault: Fault): { ok: boolean; said: string } {
  const run = runs.get(file)!;
  const results = resultsOf(file);
  const ok = results.some((r) => matches(run.lines, r, fault));
  const said = results.filter((r) => r.ruleId === fault.rule).map(describeResult).join(' | ');
  return { ok, said: said || 'nothing' };
}

// ---------------------------------------------------------------------------------------- tests

describe('the manifest', () => {
  it('lists every fixture file, and every planted text is on its line', () => {
    for (const entry of manifest.files) {
      expect(existsSync(join(dir, entry.file)), entry.file).toBe(true);
      const lines = sourceLines(entry);
      for (const fault of entry.faults) {
        if (fault.line === null) continue;
        expect(span(lines[fault.line - 1] ?? '', fault.text!, fault.occurrence), `${entry.file}:${fault.line} “${fault.text}”`).not.toBeNull();
      }
    }
  });

  it('has 3–4 clean documents and drafts in .txt, GB18030 .txt, .md and .docx', () => {
    const clean = manifest.files.filter((e) => e.clean);
    expect(clean.length).toBeGreaterThanOrEqual(3);
    expect(manifest.files.some((e) => e.encoding === 'gb18030')).toBe(true);
    for (const ext of ['.txt', '.md', '.docx']) expect(manifest.files.some((e) => !e.clean && e.file.endsWith(ext)), ext).toBe(true);
  });

  it('known misses refer to planted faults', () => {
    const planted = new Set(manifest.files.flatMap((e) => e.faults.map((f) => missKey(e.file, f))));
    for (const m of knownMisses.filter((k) => k.kind === 'miss')) expect(planted.has(missKey(m.file, m)), missKey(m.file, m)).toBe(true);
  });
});

describe.each(manifest.files.map((e) => [e.file, e] as const))('%s', (file, entry) => {
  it('runs without a crash and prints one well-formed SARIF log', () => {
    const run = runs.get(file)!;
    expect(run.stderr).toBe('');
    expect(run.log, run.stdout.slice(0, 300)).not.toBeNull();
    const log = run.log!;
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif/);
    expect(log.runs).toHaveLength(1);
    const driver = log.runs[0].tool.driver;
    expect(driver.name).toBe('gongwen-lint');
    const ids = driver.rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(log.runs[0].artifacts?.map((a) => a.location.uri)).toEqual([`${dirRel}/${file}`]);
    expect(log.runs[0].invocations?.[0]?.executionSuccessful).toBe(true);
    for (const r of log.runs[0].results) {
      expect(ids, r.ruleId).toContain(r.ruleId);
      if (r.ruleIndex !== undefined) expect(ids[r.ruleIndex]).toBe(r.ruleId);
      expect(['error', 'warning', 'note']).toContain(r.level);
      expect(r.message.text.length).toBeGreaterThan(0);
      expect(r.message.text).not.toMatch(/\{\w+\}|undefined|NaN|\bat .+:\d+:\d+/);
      const loc = r.locations[0].physicalLocation;
      expect(loc.artifactLocation.uri).toBe(`${dirRel}/${file}`);
      const g = loc.region;
      if (!g) continue;
      expect(Number.isInteger(g.startLine) && g.startLine! >= 1, JSON.stringify(g)).toBe(true);
      expect(g.startLine!).toBeLessThanOrEqual(run.lines.length);
      const lineText = run.lines[g.startLine! - 1];
      // region.snippet is the text of the line (paragraph) the finding is in
      // (for .md, of the block, which may span several source lines: it must hold the region's text)
      if (g.snippet && ordinalShifted.has(file)) expect(run.lines, `${r.ruleId} ${JSON.stringify(g)}`).toContain(g.snippet.text);
      else if (g.snippet && file.endsWith('.md')) {
        const regionText = lineText.slice((g.startColumn ?? 1) - 1, (g.endColumn ?? g.startColumn ?? 1) - 1);
        expect(g.snippet.text, `${r.ruleId} ${JSON.stringify(g)}`).toContain(regionText);
      } else if (g.snippet) expect(g.snippet.text, `${r.ruleId} ${JSON.stringify(g)}`).toBe(lineText);
      if (g.startColumn !== undefined && (g.endLine ?? g.startLine) === g.startLine && !ordinalShifted.has(file)) {
        expect(g.startColumn).toBeGreaterThanOrEqual(1);
        expect(g.endColumn ?? g.startColumn).toBeGreaterThanOrEqual(g.startColumn);
        expect((g.endColumn ?? g.startColumn) - 1).toBeLessThanOrEqual(lineText.length);
      }
    }
  });

  if (entry.clean) {
    it('is clean: no error, no warning, exit code 0', () => {
      const run = runs.get(file)!;
      const knownHere = falseAlarms.filter((m) => m.file === file);
      const said = resultsOf(file)
        .filter((r) => !knownHere.some((m) => matches(run.lines, r, { ...m, note: '' }, true)))
        .map(describeResult);
      // A finding on a clean document is a false alarm: list it in known-misses.json (kind false-alarm).
      expect(said, 'false alarm on a clean document').toEqual([]);
      if (!knownHere.some((m) => m.level === 'error')) expect(run.code).toBe(0);
    });
    return;
  }

  it('exits 1 (errors found)', () => {
    expect(runs.get(file)!.code).toBe(1);
  });

  const asserted = entry.faults.filter((f) => !missed.has(missKey(file, f)));
  const known = entry.faults.filter((f) => missed.has(missKey(file, f)));
  if (asserted.length) {
    it.each(asserted.map((f) => [`${f.rule} at ${f.line ?? 'document'}: ${f.text ?? f.message} (${f.note})`, f] as const))(
      'catches %s',
      (_name, fault) => {
        const { ok, said } = catches(file, fault);
        expect(ok, `tool said: ${said}`).toBe(true);
      },
    );
  }
  it('draws no finding beyond the planted faults (and the consequences listed under also)', () => {
    const run = runs.get(file)!;
    const accounted = [...entry.faults, ...entry.also];
    const knownHere = falseAlarms.filter((m) => m.file === file);
    // In a file whose paragraph numbering is known to differ (see known-misses.json, kind ordinal),
    // a finding is matched to a planted fault by rule and paragraph text instead of by line.
    const loose = (r: SarifResult, f: Fault) =>
      ordinalShifted.has(file) && r.ruleId === f.rule && f.text !== null && Boolean(regionOf(r)?.snippet?.text.includes(f.text));
    const unexpected = resultsOf(file).filter(
      (r) =>
        !accounted.some((f) => matches(run.lines, r, f, true) || loose(r, f)) &&
        !knownHere.some((m) => matches(run.lines, r, { ...m, note: '' }, true)),
    );
    // A finding here is either a false alarm (list it in known-misses.json, kind false-alarm, and in
    // KNOWN-MISSES.md) or right but not planted (add it under `also` in scripts/build-acceptance.mjs).
    expect(unexpected.map(describeResult), 'false alarm, or a right finding to list under also').toEqual([]);
  });

  if (known.length) {
    it('known misses (KNOWN-MISSES.md): reported when they start being caught', () => {
      for (const fault of known) {
        const { ok } = catches(file, fault);
        if (ok) console.info(`[acceptance] now caught, remove from test/acceptance/known-misses.json: ${missKey(file, fault)}`);
      }
    });
  }
});

describe('a batch run over the whole folder', () => {
  let batch: CliOutput;
  let log: SarifLog;
  beforeAll(async () => {
    batch = await runCli(['--format', 'sarif', dirRel]);
    log = JSON.parse(batch.stdout) as SarifLog;
  }, 120_000);

  it('exits 1 (errors found) with one SARIF log and nothing on stderr', () => {
    expect(batch.code).toBe(1);
    expect(batch.stderr).toBe('');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
  });

  it.skipIf(!existsSync(sarifSchemaPath))('is valid against the SARIF 2.1.0 schema', () => {
    const ajv = new AjvDraft04({ strict: false, unicodeRegExp: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(sarifSchemaPath, 'utf8')));
    validate(log);
    expect(validate.errors ?? []).toEqual([]);
  });

  it('covers every draft (and nothing else) and reports what the single runs reported', () => {
    const uris = (log.runs[0].artifacts ?? []).map((a) => a.location.uri).sort();
    expect(uris).toEqual(manifest.files.map((e) => `${dirRel}/${e.file}`).sort());
    const ids = new Set(log.runs[0].tool.driver.rules.map((r) => r.id));
    for (const r of log.runs[0].results) expect(ids.has(r.ruleId), r.ruleId).toBe(true);
    for (const entry of manifest.files) {
      const single = resultsOf(entry.file).map((r) => `${r.ruleId} ${JSON.stringify(regionOf(r) ?? null)} ${r.message.text}`);
      const inBatch = log.runs[0].results
        .filter((r) => r.locations[0].physicalLocation.artifactLocation.uri === `${dirRel}/${entry.file}`)
        .map((r) => `${r.ruleId} ${JSON.stringify(regionOf(r) ?? null)} ${r.message.text}`);
      expect(inBatch.sort(), entry.file).toEqual(single.sort());
    }
  });
});
