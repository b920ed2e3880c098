/**
 * The extension's own code (editors/vscode/src/extension.ts) against a fake VS Code host: esbuild
 * bundles it with `vscode` and `vscode-languageclient/node` replaced by recording fakes; activate()
 * must start the client for .md/.txt and register the .docx custom editor, whose webview gets the
 * server's report under a no-script CSP and is rendered again when the file changes on disk.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'gwl-ext-'));

const FAKE_VSCODE = `
const log = (globalThis.__vscodeLog ??= { providers: {}, commands: {}, watchers: [] });
class Uri { constructor(path) { this.path = path; } toString() { return 'file://' + this.path; }
  static joinPath(u, ...p) { return new Uri([u.path, ...p].join('/')); } }
class RelativePattern { constructor(base, pattern) { this.base = base; this.pattern = pattern; } }
module.exports = {
  Uri, RelativePattern,
  env: { language: 'zh-cn' },
  window: {
    registerCustomEditorProvider(viewType, provider, options) { log.providers[viewType] = { provider, options }; return { dispose() {} }; },
    activeTextEditor: undefined,
  },
  commands: { registerCommand(id, fn) { log.commands[id] = fn; return { dispose() {} }; }, executeCommand: async () => undefined },
  workspace: {
    getConfiguration: () => ({ get: (_k, d) => d }),
    createFileSystemWatcher(pattern) {
      const w = { pattern, change: [], create: [], onDidChange(f) { w.change.push(f); }, onDidCreate(f) { w.create.push(f); }, dispose() { w.disposed = true; } };
      log.watchers.push(w);
      return w;
    },
  },
};`;

const FAKE_CLIENT = `
const log = (globalThis.__clientLog = { clients: [], requests: [] });
class LanguageClient {
  constructor(id, name, serverOptions, clientOptions) { Object.assign(this, { id, name, serverOptions, clientOptions }); log.clients.push(this); this.started = 0; }
  async start() { this.started++; }
  async stop() { this.stopped = true; }
  async restart() {}
  async sendRequest(method, params) {
    log.requests.push({ method, params });
    return { html: '<!DOCTYPE html><html><head><title>r</title></head><body><mark class="gl-f">x</mark> #' + log.requests.length + '</body></html>' };
  }
}
module.exports = { LanguageClient, TransportKind: { stdio: 0, ipc: 1 } };`;

describe('VS Code extension glue (fake host)', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('starts the client and serves the .docx view from the server report', async () => {
    writeFileSync(join(dir, 'vscode.cjs'), FAKE_VSCODE);
    writeFileSync(join(dir, 'client.cjs'), FAKE_CLIENT);
    const outfile = join(dir, 'extension.cjs');
    await build({
      entryPoints: [join(root, 'editors/vscode/src/extension.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      outfile,
      logLevel: 'silent',
      alias: { vscode: join(dir, 'vscode.cjs'), 'vscode-languageclient/node': join(dir, 'client.cjs') },
    });
    const ext = createRequire(import.meta.url)(outfile);
    const subscriptions: unknown[] = [];
    ext.activate({ subscriptions, asAbsolutePath: (p: string) => join('/ext', p) });
    const g = globalThis as unknown as { __vscodeLog: any; __clientLog: any };
    const [client] = g.__clientLog.clients;
    expect(client.serverOptions.run).toMatchObject({ module: '/ext/dist/server.js', transport: 1 });
    expect(client.clientOptions.documentSelector).toEqual([
      { scheme: 'file', pattern: '**/*.{txt,md,markdown}' },
      { scheme: 'untitled', language: 'markdown' },
    ]);
    expect(client.clientOptions.initializationOptions).toEqual({ debounceMs: 60 });
    expect(Object.keys(g.__vscodeLog.commands).sort()).toEqual(['gongwenLint.fixAll', 'gongwenLint.restart']);

    const { provider } = g.__vscodeLog.providers['gongwenLint.docxReport'];
    const vscode = createRequire(import.meta.url)(join(dir, 'vscode.cjs'));
    const doc = provider.openCustomDocument(new vscode.Uri('/ws/草稿.docx'));
    let disposed: (() => void) | undefined;
    const panel = { webview: { html: '', options: {}, cspSource: 'vscode-resource:' }, onDidDispose: (f: () => void) => (disposed = f) };
    await provider.resolveCustomEditor(doc, panel);
    expect(panel.webview.options).toEqual({ enableScripts: false });
    expect(g.__clientLog.requests[0]).toEqual({ method: 'gongwenLint/report', params: { uri: 'file:///ws/草稿.docx', locale: 'zh' } });
    expect(panel.webview.html).toContain(`default-src 'none'; style-src 'unsafe-inline'`);
    expect(panel.webview.html).toContain('<mark class="gl-f">x</mark> #1');

    // WPS/Word saves the file: the view is rendered again from a new report.
    const watcher = g.__vscodeLog.watchers.find((w: any) => w.pattern?.pattern === '草稿.docx');
    expect(watcher.pattern.base.path).toBe('/ws/草稿.docx/..');
    await watcher.change[0]();
    expect(panel.webview.html).toContain('#2');
    disposed!();
    expect(watcher.disposed).toBe(true);
  });
});
