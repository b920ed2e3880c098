/**
 * The language server: the browser-safe core behind LSP (vscode-languageserver 11).
 *
 * - .md/.txt: diagnostics as you type (debounced; `initializationOptions.debounceMs`, default 60 ms),
 *   a quick fix per finding that carries a fix, and `source.fixAll.gongwen-lint` (the --fix passes
 *   of the CLI, as one minimal edit).
 * - .docx: read from disk on open, on save and when the file changes on disk (watched files), with
 *   paragraph ordinals as lines; `gongwenLint/report` returns the page-like HTML report of a file
 *   (the VS Code .docx view) and publishes its diagnostics.
 * - Config: the workspace's gongwen-lint.config.json (or package.json key), found upward from each
 *   file exactly as the CLI finds it (src/node); reloaded when a config file changes. A broken config
 *   file is reported once (a window message) and the defaults are used meanwhile.
 * Positions are UTF-16 (LSP's default and the engine's unit).
 */
import { readFile } from 'node:fs/promises';
import { dirname, extname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  TextDocumentSyncKind,
  TextDocuments,
  type CodeAction,
  type CodeActionParams,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Config } from '../config.js';
import { fixText } from '../engine/fix-text.js';
import { lintSync } from '../engine/lint.js';
import type { LintResult } from '../engine/messages.js';
import { VERSION } from '../engine/version.js';
import { CONFIG_FILE } from '../node/config.js';
import { isIgnored } from '../node/glob.js';
import { resolveConfig } from '../node/index.js';
import { formatHtml } from '../reporters/html.js';
import {
  FIX_ALL_KIND,
  fixToEdits,
  kindWanted,
  messageRange,
  minimalEdit,
  quickFixTitle,
  toDiagnostics,
  type DiagnosticData,
} from './convert.js';

export const REPORT_REQUEST = 'gongwenLint/report';

export interface ServerOptions {
  /** Milliseconds between the last change and the check. */
  debounceMs?: number;
}

type Kind = 'txt' | 'md' | 'docx';

interface State {
  version: number;
  result?: LintResult;
  /** The text the result was computed for (.txt/.md). */
  text?: string;
  timer?: ReturnType<typeof setTimeout>;
}

function kindOf(uri: string, languageId?: string): Kind | undefined {
  const ext = extname(uri.split(/[?#]/)[0]).toLowerCase();
  if (ext === '.docx') return 'docx';
  if (ext === '.md' || ext === '.markdown') return 'md';
  if (ext === '.txt') return 'txt';
  // untitled buffers and other schemes: go by the language
  if (languageId === 'markdown') return 'md';
  if (languageId === 'plaintext' && !uri.startsWith('file:')) return 'txt';
  return undefined;
}

function pathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const states = new Map<string, State>();
  const openDocx = new Set<string>();
  const configs = new Map<string, Promise<{ config: Config; baseDir: string; ignored: (path: string) => boolean }>>();
  const reportedConfigErrors = new Set<string>();
  let debounceMs = 60;
  let rootPath: string | undefined;
  let locale: 'zh' | 'en' = 'zh';
  let canWatch = false;

  connection.onInitialize((params): InitializeResult => {
    const opts = (params.initializationOptions ?? {}) as ServerOptions;
    if (typeof opts.debounceMs === 'number' && opts.debounceMs >= 0) debounceMs = opts.debounceMs;
    const root = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined;
    rootPath = root ? pathOf(root) : undefined;
    if (params.locale?.startsWith('en')) locale = 'en';
    canWatch = Boolean(params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration);
    return {
      capabilities: {
        positionEncoding: 'utf-16',
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
      },
      serverInfo: { name: 'gongwen-lint-lsp', version: VERSION },
    };
  });

  connection.onInitialized(() => {
    // Watch config files and .docx where the client lets us register (VS Code does); other clients
    // may still send didChangeWatchedFiles, which is handled the same way.
    if (canWatch) connection.client
      .register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: `**/${CONFIG_FILE}` }, { globPattern: '**/package.json' }, { globPattern: '**/*.docx' }],
      })
      .catch(() => undefined);
    // Load the lexicons and models now, not on the first keystroke.
    setImmediate(() => {
      try {
        lintSync('关于做好有关工作的通知\n各单位：\n现将有关事项通知如下。\n', { filename: 'warm-up.txt' });
      } catch {
        // nothing: the real check reports its own problems
      }
    });
  });

  async function configFor(filePath: string | undefined) {
    const dir = filePath ? dirname(filePath) : rootPath ?? process.cwd();
    let pending = configs.get(dir);
    if (!pending) {
      pending = resolveConfig({ cwd: dir })
        .then(({ config, baseDir, filePath: file }) => ({
          config,
          baseDir,
          ignored: (p: string) => {
            // `ignores` are relative to the config file, as in the CLI.
            const rel = relative(baseDir, p);
            return Boolean(file && config.ignores?.length && !rel.startsWith('..') && isIgnored(rel, config.ignores));
          },
        }))
        .catch((error: Error) => {
          const text = error.message.split('\n')[0];
          if (!reportedConfigErrors.has(text)) {
            reportedConfigErrors.add(text);
            void connection.window.showWarningMessage(`gongwen-lint: ${text}`);
          }
          return { config: {} as Config, baseDir: dir, ignored: () => false };
        });
      configs.set(dir, pending);
    }
    return pending;
  }

  function inputErrorDiagnostic(uri: string, error: unknown) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    void connection.sendDiagnostics({
      uri,
      diagnostics: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: 1, source: 'gongwen-lint', code: 'input-error', message }],
    });
  }

  /** Lints an open .md/.txt document now and publishes. */
  async function checkText(doc: TextDocument): Promise<LintResult | undefined> {
    const kind = kindOf(doc.uri, doc.languageId);
    if (!kind || kind === 'docx') return undefined;
    const path = pathOf(doc.uri);
    const { config, ignored } = await configFor(path);
    // The document may have changed while the config loaded: check what is there now.
    const current = documents.get(doc.uri) ?? doc;
    const state = states.get(doc.uri) ?? { version: current.version };
    states.set(doc.uri, state);
    if (path && ignored(path)) {
      state.result = undefined;
      void connection.sendDiagnostics({ uri: doc.uri, version: current.version, diagnostics: [] });
      return undefined;
    }
    const text = current.getText();
    const filename = path ?? `untitled.${kind}`;
    try {
      const result = lintSync(text, { filename, config });
      Object.assign(state, { version: current.version, result, text });
      void connection.sendDiagnostics({ uri: doc.uri, version: current.version, diagnostics: toDiagnostics(result, doc.uri, current.version) });
      return result;
    } catch (error) {
      inputErrorDiagnostic(doc.uri, error);
      return undefined;
    }
  }

  /** Reads and lints a .docx from disk and publishes (paragraph ordinals as lines). */
  async function checkDocx(uri: string, keepTree = false): Promise<LintResult | undefined> {
    const path = pathOf(uri);
    if (!path) return undefined;
    const { config, ignored } = await configFor(path);
    if (ignored(path)) {
      void connection.sendDiagnostics({ uri, diagnostics: [] });
      return undefined;
    }
    try {
      const bytes = await readFile(path);
      const result = lintSync(bytes, { filename: path, config, keepTree });
      states.set(uri, { version: 0, result });
      void connection.sendDiagnostics({ uri, diagnostics: toDiagnostics(result, uri, 0) });
      return result;
    } catch (error) {
      inputErrorDiagnostic(uri, error);
      return undefined;
    }
  }

  function schedule(doc: TextDocument) {
    const state = states.get(doc.uri) ?? { version: doc.version };
    states.set(doc.uri, state);
    if (state.timer) clearTimeout(state.timer);
    state.timer = setTimeout(() => {
      state.timer = undefined;
      const current = documents.get(doc.uri);
      if (current) void checkText(current);
    }, debounceMs);
  }

  documents.onDidOpen(({ document }) => {
    const kind = kindOf(document.uri, document.languageId);
    states.set(document.uri, { version: document.version });
    if (kind === 'docx') {
      openDocx.add(document.uri);
      void checkDocx(document.uri);
    } else if (kind) void checkText(document);
  });
  documents.onDidChangeContent(({ document }) => {
    // onDidChangeContent also fires on open: the open handler checks that version.
    if (document.version === states.get(document.uri)?.version) return;
    if (kindOf(document.uri, document.languageId) && kindOf(document.uri, document.languageId) !== 'docx') schedule(document);
  });
  documents.onDidSave(({ document }) => {
    if (kindOf(document.uri) === 'docx') void checkDocx(document.uri);
  });
  documents.onDidClose(({ document }) => {
    const state = states.get(document.uri);
    if (state?.timer) clearTimeout(state.timer);
    states.delete(document.uri);
    openDocx.delete(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  connection.onDidChangeWatchedFiles(({ changes }) => {
    let configChanged = false;
    for (const change of changes) {
      const name = change.uri.split('/').pop() ?? '';
      if (name === CONFIG_FILE || name === 'package.json') configChanged = true;
      else if (kindOf(change.uri) === 'docx' && openDocx.has(change.uri)) {
        if (change.type === 3) void connection.sendDiagnostics({ uri: change.uri, diagnostics: [] });
        else void checkDocx(change.uri);
      }
    }
    if (configChanged) {
      configs.clear();
      reportedConfigErrors.clear();
      for (const doc of documents.all()) {
        if (kindOf(doc.uri, doc.languageId) === 'docx') void checkDocx(doc.uri);
        else void checkText(doc);
      }
      for (const uri of openDocx) if (!documents.get(uri)) void checkDocx(uri);
    }
  });

  connection.onDidChangeConfiguration(() => {
    configs.clear();
    for (const doc of documents.all()) if (kindOf(doc.uri, doc.languageId) !== 'docx') void checkText(doc);
  });

  /** The page-like report of a file (the VS Code .docx view); also publishes its diagnostics. */
  connection.onRequest(REPORT_REQUEST, async (params: { uri: string; locale?: 'zh' | 'en' }) => {
    const kind = kindOf(params.uri);
    let result: LintResult | undefined;
    if (kind === 'docx') {
      openDocx.add(params.uri);
      result = await checkDocx(params.uri, true);
    } else {
      const doc = documents.get(params.uri);
      if (doc) result = await checkText(doc);
    }
    if (!result) return { html: undefined, errorCount: 0, warningCount: 0 };
    const path = pathOf(params.uri);
    return {
      html: formatHtml([result], { locale: params.locale ?? locale, cwd: rootPath ?? (path ? dirname(path) : undefined) }),
      errorCount: result.errorCount,
      warningCount: result.warningCount,
    };
  });

  connection.onCodeAction(async (params: CodeActionParams): Promise<CodeAction[]> => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc || kindOf(doc.uri, doc.languageId) === 'docx' || !kindOf(doc.uri, doc.languageId)) return [];
    let state = states.get(doc.uri);
    // A change not yet checked (debounce pending): check now, so edits match the text.
    if (!state?.result || state.version !== doc.version || state.text !== doc.getText()) {
      await checkText(doc);
      state = states.get(doc.uri);
    }
    const result = state?.result;
    if (!result || state?.text === undefined) return [];
    const only = params.context.only;
    const actions: CodeAction[] = [];
    const diagnostics = toDiagnostics(result, doc.uri, doc.version);
    const positionAt = (offset: number) => doc.positionAt(offset);

    if (kindWanted(CodeActionKind.QuickFix, only)) {
      // The findings the client asks about: by the data we gave them, else by overlap with the range.
      const wanted = new Set<number>();
      for (const d of params.context.diagnostics) {
        const data = d.data as DiagnosticData | undefined;
        if (d.source === 'gongwen-lint' && data && data.version === doc.version && result.messages[data.index]) wanted.add(data.index);
      }
      if (!params.context.diagnostics.some((d) => d.source === 'gongwen-lint' && d.data)) {
        result.messages.forEach((m, i) => {
          const r = messageRange(m);
          const a = params.range;
          const before = (p: typeof a.start, q: typeof a.start) => p.line < q.line || (p.line === q.line && p.character <= q.character);
          if (m.line !== undefined && before(r.start, a.end) && before(a.start, r.end)) wanted.add(i);
        });
      }
      for (const i of [...wanted].sort((a, b) => a - b)) {
        const m = result.messages[i];
        if (!m.fix?.length || !m.fix.every((f) => f.range)) continue;
        actions.push({
          title: quickFixTitle(m, locale),
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostics[i]],
          isPreferred: m.fix.length === 1,
          edit: { changes: { [doc.uri]: fixToEdits(m.fix, positionAt) } },
        });
      }
    }

    if (kindWanted(FIX_ALL_KIND, only) && result.messages.some((m) => m.fix?.length)) {
      const { config } = await configFor(pathOf(doc.uri));
      const fixed = fixText(state.text, { filename: pathOf(doc.uri) ?? `untitled.${kindOf(doc.uri, doc.languageId)}`, config });
      const edit = minimalEdit(state.text, fixed.output, positionAt);
      if (edit) {
        actions.push({
          title: locale === 'en' ? 'Fix all auto-fixable problems (gongwen-lint)' : '修复全部可自动修复的问题（gongwen-lint）',
          kind: FIX_ALL_KIND,
          edit: { changes: { [doc.uri]: [edit] } },
        });
      }
    }
    return actions;
  });

  documents.listen(connection);
  connection.listen();
}
