// Bundles the extension and the language server into dist/ with esbuild (CommonJS, as the
// extension host and `node` load them; `vscode` is provided by the host). Run from the repository
// root after `npm run build` is not needed: the server is bundled from the TypeScript sources.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
// CommonJS has no import.meta: modules that find files beside themselves (src/node/typo-model.ts)
// get the bundle's own URL instead, so they look beside dist/server.js rather than throw.
const importMetaUrl = { define: { 'import.meta.url': '__gongwenImportMetaUrl' }, banner: { js: "var __gongwenImportMetaUrl = require('url').pathToFileURL(__filename).href;" } };
const common = { bundle: true, platform: 'node', target: 'node18', format: 'cjs', sourcemap: false, minify: true, legalComments: 'none', logLevel: 'warning', ...importMetaUrl };
await build({ ...common, entryPoints: [join(here, 'src/extension.ts')], outfile: join(here, 'dist/extension.js'), external: ['vscode'] });
// The server: src/lsp/main.ts of the package (core + src/node config loading) in one file.
await build({
  ...common,
  entryPoints: [join(here, 'src/server.ts')],
  outfile: join(here, 'dist/server.js'),
});
