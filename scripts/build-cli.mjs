#!/usr/bin/env node
/**
 * The CLI as one bundle (issue 8: start-up on one small file under 300 ms). Loading the CLI from
 * dist/ meant resolving, reading and compiling ~170 ES modules (and the markdown, XML, zip and
 * JSON-schema libraries' own hundreds) — most of the start-up. esbuild puts them into a few files:
 *
 *   dist/bundle/cli.js           the CLI (src/cli/main.ts); bin/gongwen-lint.js runs it
 *   dist/bundle/pool-worker.js   the worker of the lint pool (src/node/pool-worker.ts)
 *   dist/bundle/*-HASH.js        code shared by both, and what is loaded only when asked for
 *                                (serve, queue, LSP, …: dynamic imports become their own chunks)
 *   *.js.map                     source maps: stack traces name the TypeScript files
 *
 * Every file is written into dist/bundle/ itself (no chunks/ folder) because the code finds files
 * relative to its own module (`new URL('./pool-worker.js', import.meta.url)` in src/node/pool.ts, the
 * lexicon folders in src/node/cache.ts): from any chunk in dist/bundle/, `./pool-worker.js` is the
 * bundled worker and `../lexicon/` is dist/lexicon/, just as from dist/node/.
 *
 * Minified (less to read and decode at each start; the maps still name the TypeScript lines), and
 * what a run on a .txt file never calls is initialised on first call (LAZY_PACKAGES below).
 *
 * Not bundled (imported from node_modules when needed): piscina (it starts its own worker file by
 * path), and the packages only serve/queue/LSP use (fastify, bullmq, ioredis, vscode-languageserver).
 *
 * The compiled typo model (src/lexicon/data/typo-model.json, 1.2 MB) is not in the bundle: compiling
 * it as JavaScript cost every run — `--version` included — more than the rest of the bundle. In the
 * bundle the import becomes an object whose fields read dist/lexicon/data/typo-model.json (copied
 * there by tsc) on first use, i.e. when a rule first asks the model.
 *
 * Run by `npm run build` after tsc.
 */
import { build } from 'esbuild';
import { rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
export const bundleDir = join(root, 'dist', 'bundle');

/** Loaded from node_modules at run time (see above). */
const EXTERNAL = [
  'piscina',
  'fastify',
  'bullmq',
  'ioredis',
  'vscode-languageserver',
  'vscode-languageserver/*',
  'vscode-languageserver-textdocument',
];

/**
 * JSON data read from dist/ on first use instead of compiled into the bundle: the import's path
 * → the file's path relative to dist/bundle/.
 */
const LAZY_JSON = [{ match: /[\\/]lexicon[\\/]data[\\/]typo-model\.json$/, file: '../lexicon/data/typo-model.json' }];

/**
 * The module that stands for a lazily read JSON object: every property access reads the file once
 * (the consumers read the data inside functions, after start-up, so the read happens on first use).
 */
function lazyJsonSource(file) {
  return `import { readFileSync } from 'node:fs';
let value;
const load = () => (value ??= JSON.parse(readFileSync(new URL(${JSON.stringify(file)}, import.meta.url), 'utf8')));
export default new Proxy({}, {
  get: (_, key) => load()[key],
  has: (_, key) => key in load(),
  ownKeys: () => Reflect.ownKeys(load()),
  getOwnPropertyDescriptor: (_, key) => {
    const d = Reflect.getOwnPropertyDescriptor(load(), key);
    return d && { ...d, configurable: true };
  },
});
`;
}

const lazyJsonPlugin = {
  name: 'gongwen-lazy-json',
  setup(b) {
    // the filter sees the import as written (./data/typo-model.json): match the full path inside
    b.onResolve({ filter: /\.json$/ }, (args) => {
      const entry = LAZY_JSON.find((l) => l.match.test(join(args.resolveDir, args.path)));
      return entry ? { path: entry.file, namespace: 'gongwen-lazy-json' } : undefined;
    });
    b.onLoad({ filter: /.*/, namespace: 'gongwen-lazy-json' }, (args) => ({ contents: lazyJsonSource(args.path), loader: 'js', resolveDir: bundleDir }));
  },
};

/**
 * Packages evaluated when first called instead of at start-up (a run on a .txt file never needs
 * them): the zip, XML and markdown readers and the schema validator; their top-level code (ajv's
 * code generator, fflate's Huffman tables, micromark's constructs) cost every run, `--version`
 * included. Each import of these from our sources gets a stand-in whose exports call into the
 * package, which the stand-in `require()`s on first use — esbuild still bundles the package, as a
 * module initialised at that call. Name → the exports our sources import (a name missing here fails
 * the build: esbuild reports an import with no matching export).
 */
const LAZY_PACKAGES = {
  fflate: { functions: ['unzipSync', 'zipSync', 'deflateSync', 'inflateSync'], classes: ['Inflate'] },
  saxes: { classes: ['SaxesParser'] },
  ajv: { classes: ['Ajv'] },
  unified: { functions: ['unified'] },
  'remark-parse': { defaultFunction: true },
  'remark-gfm': { defaultFunction: true },
};

function lazyPackageSource(name) {
  const spec = LAZY_PACKAGES[name];
  const lines = [`let m;`, `const load = () => (m ??= require(${JSON.stringify(name)}));`];
  for (const f of spec.functions ?? []) lines.push(`export function ${f}(...a) { return Reflect.apply(load().${f}, this, a); }`);
  for (const c of spec.classes ?? []) lines.push(`export function ${c}(...a) { return new (load().${c})(...a); }`);
  if (spec.defaultFunction) lines.push(`export default function (...a) { const f = load(); return Reflect.apply(f.default ?? f, this, a); }`);
  return lines.join('\n') + '\n';
}

const lazyPackagesPlugin = {
  name: 'gongwen-lazy-packages',
  setup(b) {
    const filter = new RegExp(`^(?:${Object.keys(LAZY_PACKAGES).map((n) => n.replace(/[-/]/g, '\\$&')).join('|')})$`);
    b.onResolve({ filter }, (args) => {
      // the stand-in's own require() resolves to the real package
      if (args.namespace === 'gongwen-lazy-package' || args.kind === 'require-call') return undefined;
      return { path: args.path, namespace: 'gongwen-lazy-package' };
    });
    b.onLoad({ filter: /.*/, namespace: 'gongwen-lazy-package' }, (args) => ({ contents: lazyPackageSource(args.path), loader: 'js', resolveDir: root }));
  },
};

export async function buildCli() {
  rmSync(bundleDir, { recursive: true, force: true });
  const result = await build({
    entryPoints: {
      cli: join(root, 'src', 'cli', 'main.ts'),
      'pool-worker': join(root, 'src', 'node', 'pool-worker.ts'),
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outdir: bundleDir,
    splitting: true,
    entryNames: '[name]',
    chunkNames: '[name]-[hash]',
    external: EXTERNAL,
    // some bundled CommonJS packages (ajv) call require(): give the ESM bundle one
    banner: { js: "import { createRequire as __gongwenCreateRequire } from 'node:module';\nconst require = __gongwenCreateRequire(import.meta.url);" },
    // minified: less to read and decode at each start-up (the source maps name the TS lines)
    minify: true,
    charset: 'utf8',
    sourcemap: 'linked',
    sourcesContent: false,
    legalComments: 'linked',
    logLevel: 'warning',
    metafile: true,
    plugins: [lazyJsonPlugin, lazyPackagesPlugin],
  });
  writeFileSync(join(bundleDir, 'package.json'), '{ "type": "module" }\n');
  return result.metafile;
}

if (process.argv[1] && basename(process.argv[1]) === basename(fileURLToPath(import.meta.url))) {
  const t0 = Date.now();
  const meta = await buildCli();
  const outputs = Object.entries(meta.outputs).filter(([name]) => name.endsWith('.js'));
  const kib = (n) => `${(n / 1024).toFixed(0)} KiB`;
  const total = outputs.reduce((n, [, o]) => n + o.bytes, 0);
  console.log(`CLI bundle (${Date.now() - t0} ms): dist/bundle/, ${outputs.length} files, ${kib(total)}`);
}
