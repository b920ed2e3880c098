// The bundled server entry: the package's language server (src/lsp), started on whatever transport
// the client asked for (--node-ipc from VS Code; --stdio works too).
import { main } from '../../../src/lsp/main.js';

main();
