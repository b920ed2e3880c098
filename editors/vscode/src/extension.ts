/**
 * The VS Code side, kept thin: it starts the bundled language server (dist/server.js, the package's
 * src/lsp) and shows .docx files in a read-only custom editor whose page is the server's HTML
 * report (src/reporters/html.ts). Every check runs in the server, on the same core as the CLI.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

const REPORT_REQUEST = 'gongwenLint/report';
const VIEW_TYPE = 'gongwenLint.docxReport';

let client: LanguageClient | undefined;

function startClient(context: vscode.ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', pattern: '**/*.{txt,md,markdown}' },
      { scheme: 'untitled', language: 'markdown' },
    ],
    synchronize: {
      fileEvents: vscode.workspace.createFileSystemWatcher('**/{gongwen-lint.config.json,package.json,*.docx}'),
    },
    initializationOptions: {
      debounceMs: vscode.workspace.getConfiguration('gongwenLint').get<number>('debounceMs', 60),
    },
  };
  const c = new LanguageClient('gongwenLint', 'gongwen-lint', serverOptions, clientOptions);
  void c.start();
  return c;
}

/** CSP for the report: no script, no remote anything; the report's inline style only. */
function withCsp(html: string, webview: vscode.Webview): string {
  const csp = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src ${webview.cspSource} data:;">`;
  return html.replace(/<head>/i, `<head>\n${csp}`);
}

function message(text: string): string {
  const esc = text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"></head><body style="font:14px sans-serif;padding:2em">${esc}</body></html>`;
}

class DocxReportProvider implements vscode.CustomReadonlyEditorProvider {
  openCustomDocument(uri: vscode.Uri): vscode.CustomDocument {
    return { uri, dispose: () => undefined };
  }

  async resolveCustomEditor(document: vscode.CustomDocument, panel: vscode.WebviewPanel): Promise<void> {
    panel.webview.options = { enableScripts: false };
    const render = async () => {
      if (!client) return;
      panel.webview.html = message('正在检查……');
      try {
        await client.start();
        const report = await client.sendRequest<{ html?: string }>(REPORT_REQUEST, {
          uri: document.uri.toString(),
          locale: vscode.env.language.startsWith('zh') ? 'zh' : 'en',
        });
        panel.webview.html = report.html ? withCsp(report.html, panel.webview) : message('无法读取此文件，详见“问题”面板。');
      } catch (error) {
        panel.webview.html = message(`gongwen-lint: ${error instanceof Error ? error.message : String(error)}`);
      }
    };
    // Re-check when WPS/Word saves the file.
    const folder = vscode.Uri.joinPath(document.uri, '..');
    const name = document.uri.path.split('/').pop() ?? '';
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, name));
    watcher.onDidChange(render);
    watcher.onDidCreate(render);
    panel.onDidDispose(() => watcher.dispose());
    await render();
  }
}

export function activate(context: vscode.ExtensionContext): void {
  client = startClient(context);
  context.subscriptions.push(
    vscode.window.registerCustomEditorProvider(VIEW_TYPE, new DocxReportProvider(), {
      webviewOptions: { retainContextWhenHidden: false },
      supportsMultipleEditorsPerDocument: true,
    }),
    vscode.commands.registerCommand('gongwenLint.fixAll', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return;
      await vscode.commands.executeCommand('editor.action.sourceAction', { kind: 'source.fixAll.gongwen-lint', apply: 'first' });
    }),
    vscode.commands.registerCommand('gongwenLint.restart', async () => {
      await client?.restart();
    }),
    { dispose: () => void client?.stop() },
  );
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
