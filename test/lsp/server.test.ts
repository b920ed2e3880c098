/**
 * The language server over real stdio: `bin/gongwen-lint-lsp.js --stdio` spawned, spoken to with
 * vscode-jsonrpc. initialize → didOpen → diagnostics equal to the CLI's findings (same config file) →
 * didChange → updated diagnostics → code actions (a quick fix, fix-all) → a .docx by URI → the HTML
 * report request → shutdown/exit.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, PublishDiagnosticsParams, TextEdit } from 'vscode-languageserver';
import { main } from '../../src/cli/main.js';
import { fixText } from '../../src/engine/fix-text.js';
import type { LintMessage } from '../../src/engine/messages.js';

const root = join(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'gwl-lsp-'));
const txtPath = join(dir, 'notice.txt');
const docxPath = join(dir, 'draft.docx');
const uri = (p: string) => pathToFileURL(p).href;

/** The CLI's findings for a file, with the same cwd (so the same config file). */
async function cliMessages(file: string): Promise<LintMessage[]> {
  let out = '';
  await main(['--format', 'json', file], {
    stdout: { write: (t: string) => (out += t) },
    stderr: { write: () => true },
    stdin: (async function* () {})(),
    cwd: dir,
    env: {},
  });
  return JSON.parse(out).results[0].messages;
}

/** What LSP wants for a finding: 0-based line/character (UTF-16), page-level at 0:0. */
function expected(m: LintMessage) {
  const line = (m.line ?? 1) - 1;
  const character = (m.column ?? 1) - 1;
  return {
    code: m.ruleId,
    message: m.message,
    severity: m.severity === 'error' ? 1 : 2,
    range: {
      start: { line, character },
      end: m.line === undefined ? { line, character } : { line: (m.endLine ?? m.line) - 1, character: (m.endColumn ?? m.column ?? 1) - 1 },
    },
  };
}
const shape = (d: Diagnostic) => ({ code: d.code, message: d.message, severity: d.severity, range: d.range });

function applyEdits(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('x', 'plaintext', 1, text), edits);
}

describe('gongwen-lint-lsp --stdio', () => {
  let child: ChildProcess;
  let rpc: MessageConnection;
  let stderr = '';
  const published: PublishDiagnosticsParams[] = [];
  const waiters: Array<{ uri: string; test: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }> = [];
  /** The next diagnostics published for `uri` that pass `test` (also ones already received, unclaimed). */
  const diagnosticsFor = (u: string, test: (p: PublishDiagnosticsParams) => boolean = () => true) =>
    new Promise<PublishDiagnosticsParams>((resolve) => {
      const i = published.findIndex((p) => p.uri === u && test(p));
      if (i >= 0) resolve(published.splice(i, 1)[0]);
      else waiters.push({ uri: u, test, resolve });
    });
  let text = '';
  const registrations: unknown[] = [];

  beforeAll(async () => {
    copyFileSync(join(root, 'fixtures/acceptance/f01-fire-prevention-notice.txt'), txtPath);
    copyFileSync(join(root, 'fixtures/draft.docx'), docxPath);
    // The workspace's config: one rule off, which the CLI and the server must both honour.
    writeFileSync(join(dir, 'gongwen-lint.config.json'), JSON.stringify({ rules: { 'element/copy-to': 'off' } }));
    text = readFileSync(txtPath, 'utf8');

    child = spawn(process.execPath, [join(root, 'bin/gongwen-lint-lsp.js'), '--stdio'], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
    child.stderr!.on('data', (d) => (stderr += d));
    rpc = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    rpc.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      const i = waiters.findIndex((w) => w.uri === p.uri && w.test(p));
      if (i >= 0) waiters.splice(i, 1)[0].resolve(p);
      else published.push(p);
    });
    rpc.onNotification('window/showMessage', () => undefined);
    rpc.onRequest('client/registerCapability', (p: { registrations: unknown[] }) => {
      registrations.push(...p.registrations);
      return null;
    });
    rpc.onRequest('window/showMessageRequest', () => null);
    rpc.listen();
  }, 60_000);

  afterAll(async () => {
    rpc?.dispose();
    if (child && child.exitCode === null) child.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it('initializes with UTF-16 positions, incremental sync and the code action kinds', async () => {
    const init = await rpc.sendRequest('initialize', {
      processId: process.pid,
      rootUri: uri(dir),
      workspaceFolders: [{ uri: uri(dir), name: 'ws' }],
      capabilities: { general: { positionEncodings: ['utf-16'] }, workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } },
      initializationOptions: { debounceMs: 20 },
    });
    await rpc.sendNotification('initialized', {});
    expect(init).toMatchObject({
      capabilities: {
        positionEncoding: 'utf-16',
        textDocumentSync: { openClose: true, change: 2 },
        codeActionProvider: { codeActionKinds: ['quickfix', 'source.fixAll.gongwen-lint'] },
      },
      serverInfo: { name: 'gongwen-lint-lsp' },
    });
  });

  it('didOpen: publishes the CLI findings (same config file) as diagnostics', async () => {
    const got = diagnosticsFor(uri(txtPath));
    await rpc.sendNotification('textDocument/didOpen', { textDocument: { uri: uri(txtPath), languageId: 'plaintext', version: 1, text } });
    const p = await got;
    const cli = await cliMessages(txtPath);
    expect(cli.length).toBeGreaterThan(5);
    expect(cli.some((m) => m.ruleId === 'element/copy-to')).toBe(false); // the config file was read
    expect(p.version).toBe(1);
    expect(p.diagnostics.map(shape)).toEqual(cli.map(expected));
    expect(p.diagnostics.every((d) => d.source === 'gongwen-lint')).toBe(true);
    // the client said it can watch files for us: the server asked for config files and .docx
    expect(registrations).toEqual([
      expect.objectContaining({
        method: 'workspace/didChangeWatchedFiles',
        registerOptions: { watchers: [{ globPattern: '**/gongwen-lint.config.json' }, { globPattern: '**/package.json' }, { globPattern: '**/*.docx' }] },
      }),
    ]);
  });

  it('didChange: updated diagnostics for the new text, at UTF-16 positions', async () => {
    // Insert, at the start of line 8, an astral character (two UTF-16 units) and then a fault.
    const insert = '𠀀截止9月底前完成。';
    const lines = text.split('\n');
    const lineNo = 7; // 0-based
    const got = diagnosticsFor(uri(txtPath), (p) => p.version === 2);
    await rpc.sendNotification('textDocument/didChange', {
      textDocument: { uri: uri(txtPath), version: 2 },
      contentChanges: [{ range: { start: { line: lineNo, character: 0 }, end: { line: lineNo, character: 0 } }, text: insert }],
    });
    lines[lineNo] = insert + lines[lineNo];
    text = lines.join('\n');
    const p = await got;
    const d = p.diagnostics.find((x) => x.code === 'phrasing/context-pair' && x.range.start.line === lineNo);
    expect(d?.range).toEqual({ start: { line: lineNo, character: 2 }, end: { line: lineNo, character: 4 } }); // 截止, after 𠀀 (2 units)
    writeFileSync(txtPath, text);
    expect(p.diagnostics.map(shape)).toEqual((await cliMessages(txtPath)).map(expected));
  });

  it('codeAction: the quick fix of a finding is the right edit', async () => {
    const lineNo = 7;
    const actions: CodeAction[] = await rpc.sendRequest('textDocument/codeAction', {
      textDocument: { uri: uri(txtPath) },
      range: { start: { line: lineNo, character: 2 }, end: { line: lineNo, character: 4 } },
      context: { diagnostics: [], only: ['quickfix'] },
    });
    const fix = actions.find((a) => a.title.includes('截至'));
    expect(fix?.kind).toBe('quickfix');
    const edits = fix!.edit!.changes![uri(txtPath)];
    const after = applyEdits(text, edits);
    expect(after.split('\n')[lineNo].startsWith('𠀀截至9月底前完成。')).toBe(true);
    expect(after.length).toBe(text.length);
    expect(actions.every((a) => a.kind === 'quickfix')).toBe(true);
  });

  it('codeAction with the diagnostics the client got: one quick fix per fixable finding, none for others', async () => {
    const got = diagnosticsFor(uri(txtPath), (p) => p.version === 3);
    await rpc.sendNotification('textDocument/didChange', { textDocument: { uri: uri(txtPath), version: 3 }, contentChanges: [{ text }] });
    const p = await got;
    const whole = { start: { line: 0, character: 0 }, end: { line: text.split('\n').length, character: 0 } };
    const actions: CodeAction[] = await rpc.sendRequest('textDocument/codeAction', {
      textDocument: { uri: uri(txtPath) },
      range: whole,
      context: { diagnostics: p.diagnostics, only: ['quickfix'] },
    });
    const cli = await cliMessages(txtPath);
    expect(actions.map((a) => a.diagnostics?.[0].code)).toEqual(cli.filter((m) => m.fix?.length).map((m) => m.ruleId));
    for (const a of actions) expect(a.diagnostics?.[0].code).toBeTruthy();
  });

  it('source.fixAll.gongwen-lint: one edit that gives what --fix gives', async () => {
    const actions: CodeAction[] = await rpc.sendRequest('textDocument/codeAction', {
      textDocument: { uri: uri(txtPath) },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    expect(actions.map((a) => a.kind)).toEqual(['source.fixAll.gongwen-lint']);
    const after = applyEdits(text, actions[0].edit!.changes![uri(txtPath)]);
    const config = JSON.parse(readFileSync(join(dir, 'gongwen-lint.config.json'), 'utf8'));
    expect(after).toBe(fixText(text, { filename: txtPath, config }).output);
    expect(after).not.toBe(text);
  });

  it('a .docx opened by URI: diagnostics from the file on disk, paragraph numbers as lines', async () => {
    const got = diagnosticsFor(uri(docxPath));
    await rpc.sendNotification('textDocument/didOpen', { textDocument: { uri: uri(docxPath), languageId: 'docx', version: 1, text: '' } });
    const p = await got;
    const cli = await cliMessages(docxPath);
    expect(p.diagnostics.map(shape)).toEqual(cli.map(expected));
    // 发文字号 is paragraph 2 of draft.docx: LSP line 1
    expect(p.diagnostics.some((d) => d.code === 'element/document-number' && d.range.start.line === 1)).toBe(true);
    const actions: CodeAction[] = await rpc.sendRequest('textDocument/codeAction', {
      textDocument: { uri: uri(docxPath) },
      range: { start: { line: 1, character: 0 }, end: { line: 1, character: 5 } },
      context: { diagnostics: [] },
    });
    expect(actions).toEqual([]);
  });

  it('gongwenLint/report: the page-like report of the .docx', async () => {
    const report: { html: string; errorCount: number } = await rpc.sendRequest('gongwenLint/report', { uri: uri(docxPath) });
    expect(report.html.startsWith('<!DOCTYPE html>')).toBe(true);
    const cli = await cliMessages(docxPath);
    expect((report.html.match(/<mark class="gl-f/g) ?? []).length).toBe(cli.filter((m) => m.line !== undefined).length);
    expect(report.errorCount).toBe(cli.filter((m) => m.severity === 'error').length);
  });

  it('a corrupt .docx: one diagnostic with one clear line, the server stays up', async () => {
    const bad = join(dir, 'bad.docx');
    writeFileSync(bad, 'not a zip at all');
    const got = diagnosticsFor(uri(bad));
    await rpc.sendNotification('textDocument/didOpen', { textDocument: { uri: uri(bad), languageId: 'docx', version: 1, text: '' } });
    const p = await got;
    expect(p.diagnostics).toHaveLength(1);
    expect(p.diagnostics[0].code).toBe('input-error');
    expect(p.diagnostics[0].message).not.toMatch(/\n|at .*\(/);
  });

  it('a config change is picked up (watched files)', async () => {
    writeFileSync(join(dir, 'gongwen-lint.config.json'), JSON.stringify({ rules: { 'phrasing/context-pair': 'off' } }));
    const got = diagnosticsFor(uri(txtPath), (p) => !p.diagnostics.some((d) => d.code === 'phrasing/context-pair'));
    await rpc.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(join(dir, 'gongwen-lint.config.json')), type: 2 }] });
    const p = await got;
    expect(p.diagnostics.some((d) => d.code === 'element/copy-to')).toBe(true);
  });

  it('didClose clears, shutdown and exit end the process with 0', async () => {
    const got = diagnosticsFor(uri(txtPath), (p) => p.diagnostics.length === 0);
    await rpc.sendNotification('textDocument/didClose', { textDocument: { uri: uri(txtPath) } });
    await got;
    await rpc.sendRequest('shutdown');
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await rpc.sendNotification('exit');
    expect(await exited).toBe(0);
    expect(stderr).toBe('');
  });
});
