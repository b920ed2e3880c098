/**
 * `gongwen-lint-lsp --stdio` (also --node-ipc / --socket=N, as vscode-languageserver reads them from
 * argv). Nothing but LSP goes to stdout: logging goes through the connection.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server.js';

export function main(): void {
  const connection = createConnection(ProposedFeatures.all);
  startServer(connection);
}
