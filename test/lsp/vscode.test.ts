/**
 * The VS Code extension's build: the esbuild bundles (extension + the language server in one file)
 * and the .vsix `npm run package:vscode` makes with @vscode/vsce 3.9. The bundled server is spoken
 * to over real stdio and must say what the core says; the .vsix must hold the manifest (custom
 * editor for .docx, activation) and both bundles. (VS Code itself is not run here.)
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver';
import { lintSync } from '../../src/index.js';

const root = join(import.meta.dirname, '../..');
const ext = join(root, 'editors/vscode');
const out = mkdtempSync(join(tmpdir(), 'gwl-vsix-'));

describe('VS Code extension build', () => {
  beforeAll(() => {
    const r = spawnSync(process.execPath, [join(ext, 'build.mjs')], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  }, 180_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('the bundled server (dist/server.js) answers over stdio with the core findings', async () => {
    const child = spawn(process.execPath, [join(ext, 'dist/server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const rpc = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const file = join(root, 'fixtures/acceptance/f05-river-patrol-letter.txt');
    const uri = pathToFileURL(file).href;
    const text = readFileSync(file, 'utf8');
    const published = new Promise<PublishDiagnosticsParams>((resolve) =>
      rpc.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
        if (p.uri === uri) resolve(p);
      }),
    );
    rpc.onRequest('client/registerCapability', () => null);
    rpc.listen();
    await rpc.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(root).href, capabilities: {} });
    await rpc.sendNotification('initialized', {});
    await rpc.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
    const p = await published;
    const want = lintSync(text, { filename: file }).messages;
    expect(want.length).toBeGreaterThan(0);
    expect(p.diagnostics.map((d) => [d.code, d.range.start.line + 1, d.range.start.character + 1, d.message])).toEqual(
      want.map((m) => [m.ruleId, m.line ?? 1, m.column ?? 1, m.message]),
    );
    await rpc.sendRequest('shutdown');
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    await rpc.sendNotification('exit');
    expect(await exited).toBe(0);
    rpc.dispose();
  });

  it('vsce packages a .vsix with the manifest and both bundles', () => {
    const vsix = join(out, 'gongwen-lint-vscode.vsix');
    const r = spawnSync(process.execPath, [join(root, 'node_modules/@vscode/vsce/vsce'), 'package', '--no-dependencies', '--out', vsix], {
      cwd: ext,
      encoding: 'utf8',
    });
    expect(r.status, r.stderr + r.stdout).toBe(0);
    const files = unzipSync(readFileSync(vsix));
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining(['extension.vsixmanifest', 'extension/package.json', 'extension/dist/extension.js', 'extension/dist/server.js']),
    );
    expect(Object.keys(files).some((f) => f.startsWith('extension/src/'))).toBe(false);
    const manifest = JSON.parse(strFromU8(files['extension/package.json']));
    expect(manifest.main).toBe('./dist/extension.js');
    expect(manifest.contributes.customEditors[0]).toMatchObject({ viewType: 'gongwenLint.docxReport', selector: [{ filenamePattern: '*.docx' }] });
    // the extension bundle carries the client but not `vscode` (the host provides it)
    const bundle = strFromU8(files['extension/dist/extension.js']);
    expect(bundle).toContain('require("vscode")');
    expect(bundle).toContain('gongwenLint/report');
  }, 180_000);
});
