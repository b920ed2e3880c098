#!/usr/bin/env node
/**
 * The CLI as one bundle (issue 8: start-up on one small file under 300 ms). Loading the CLI from
 * dist/ meant resolving, reading and compiling ~170 ES modules (and the markdown, XML, zip and
 * JSON-schema libraries' own hundreds) — most of the start-up. esbuild puts them into:
 *
 *   dist/bundle/cli.cjs          the CLI (src/cli/main.ts), serve and queue included; CommonJS so
 *                                that V8 can cache its compiled code (bin/load-cli.js runs it)
 *   dist/bundle/cli.cjs.cache    that code cache, made here after a training run (buildCodeCache)
 *   dist/bundle/pool-worker.cjs  what the lint pool's workers start: loads pool-worker-code.cjs, the
 *                                worker (src/node/pool-worker.ts), with its code cache (.cjs.cache)
 *   *.map                        source maps: an internal error names the TypeScript file and line
 *
 * Both are written into dist/bundle/ itself because the code finds files relative to its own module
 * (`new URL('./pool-worker.cjs', import.meta.url)` in src/node/pool.ts, the lexicon folders in
 * src/node/cache.ts): from dist/bundle/, `./pool-worker.cjs` is the bundled worker and `../lexicon/`
 * is dist/lexicon/, just as from dist/node/. In cli.cjs `import.meta.url` is the bundle's file URL,
 * a parameter of the function bin/load-cli.js wraps it in.
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
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';


const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
export const bundleDir = join(root, 'dist', 'bundle');
const nodeRequire = createRequire(import.meta.url);
// bin/ is CommonJS (bin/package.json)
const { BUILD_ID_MARK, BUNDLE_PARAMETERS, BUNDLE_URL_PARAMETER } = nodeRequire('../bin/load-cli.js');

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

/** What every build shares: minified (less to read and decode at each start-up; the source maps name the TS lines). */
const COMMON = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  external: EXTERNAL,
  minify: true,
  charset: 'utf8',
  sourcemap: 'linked',
  sourcesContent: false,
  legalComments: 'linked',
  logLevel: 'warning',
  metafile: true,
};

/**
 * The CLI is CommonJS (V8 caches the code of a script, not of an ES module, in Node 20): the packages
 * it loads from node_modules only on demand (piscina, bullmq, ioredis) are `require()`d then instead
 * of `import()`ed (a script compiled by node:vm has no loader for `import()` without an experimental
 * flag). All of them ship CommonJS.
 */
const externalRequirePlugin = {
  name: 'gongwen-external-require',
  setup(b) {
    const filter = new RegExp(`^(?:${EXTERNAL.map((n) => n.replace(/[-/]/g, '\\$&').replace('*', '.*')).join('|')})$`);
    b.onResolve({ filter }, (args) => {
      if (args.kind !== 'dynamic-import') return undefined;
      return { path: args.path, namespace: 'gongwen-external-require' };
    });
    b.onLoad({ filter: /.*/, namespace: 'gongwen-external-require' }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(args.path)});`,
      loader: 'js',
      resolveDir: root,
    }));
  },
};

/**
 * Node's own modules that a check of a file never calls but that cost a start-up to load (crypto:
 * ~20 internal modules; v8, os): our imports of them get a stand-in whose functions require() the
 * module on first call (the cache's and the pool's hashing, flags and core count). Only functions
 * can be imported so (a value import fails the build: no matching export).
 */
const LAZY_BUILTINS = ['node:crypto', 'node:os', 'node:v8'];

const lazyBuiltinsPlugin = {
  name: 'gongwen-lazy-builtins',
  setup(b) {
    const filter = new RegExp(`^(?:${LAZY_BUILTINS.map((n) => n.replace(':', '\\:')).join('|')})$`);
    b.onResolve({ filter }, (args) => {
      if (args.namespace === 'gongwen-lazy-builtin' || args.kind === 'require-call') return undefined;
      return { path: args.path, namespace: 'gongwen-lazy-builtin' };
    });
    b.onLoad({ filter: /.*/, namespace: 'gongwen-lazy-builtin' }, (args) => {
      const real = nodeRequire(args.path);
      const lines = [`let m;`, `const load = () => (m ??= require(${JSON.stringify(args.path)}));`];
      for (const name of Object.keys(real).filter((k) => /^[A-Za-z_$][\w$]*$/.test(k) && typeof real[k] === 'function')) {
        lines.push(`export function ${name}(...a) { return new.target ? new (load().${name})(...a) : load().${name}(...a); }`);
      }
      return { contents: lines.join('\n') + '\n', loader: 'js', resolveDir: root };
    });
  },
};

export async function buildCli() {
  rmSync(bundleDir, { recursive: true, force: true });
  // The CLI: one CommonJS file, serve and queue included (initialised only when those subcommands run).
  const cli = await build({
    ...COMMON,
    entryPoints: { cli: join(root, 'src', 'cli', 'main.ts') },
    format: 'cjs',
    outExtension: { '.js': '.cjs' },
    outdir: bundleDir,
    // The file is one function expression, (function (exports, require, …) { … }), that
    // bin/load-cli.js compiles as it is and calls (no copy of the source to wrap it; esbuild's
    // "use strict" opens the function's body); `import.meta.url` is one of its parameters.
    banner: { js: `(function (${BUNDLE_PARAMETERS.join(', ')}) {` },
    footer: { js: '})' },
    define: { 'import.meta.url': BUNDLE_URL_PARAMETER },

    plugins: [lazyJsonPlugin, lazyPackagesPlugin, lazyBuiltinsPlugin, externalRequirePlugin],
  });
  // The pool worker: a CommonJS function expression like cli.cjs (V8 caches a script's code, not an
  // ES module's), run by the loader piscina starts, pool-worker.cjs (WORKER_LOADER), with its code
  // cache (buildWorkerCodeCache).
  const worker = await build({
    ...COMMON,
    entryPoints: { [WORKER_CODE]: join(root, 'src', 'node', 'pool-worker.ts') },
    format: 'cjs',
    outExtension: { '.js': '.cjs' },
    outdir: bundleDir,
    banner: { js: `(function (${BUNDLE_PARAMETERS.join(', ')}) {` },
    footer: { js: '})' },
    define: { 'import.meta.url': BUNDLE_URL_PARAMETER },
    plugins: [lazyJsonPlugin, lazyPackagesPlugin],
  });
  writeFileSync(join(bundleDir, 'pool-worker.cjs'), WORKER_LOADER);
  writeFileSync(join(bundleDir, 'package.json'), '{ "type": "module" }\n');
  // both read by bin/load-cli.js: in ASCII, and with the bundle's identity, which its code cache
  // must carry
  for (const name of ['cli.cjs', `${WORKER_CODE}.cjs`]) {
    const file = join(bundleDir, name);
    asciiOnly(file);
    const code = readFileSync(file);
    appendFileSync(file, `\n${BUILD_ID_MARK}${createHash('sha256').update(code).digest('hex').slice(0, 32)}\n`);
  }
  return { outputs: { ...cli.metafile.outputs, ...worker.metafile.outputs } };
}

// ---- The CLI bundle in ASCII: bin/load-cli.js reads it as latin1, a copy of its bytes. Decoding it
// as UTF-8 into a two-byte string (its ~100k Han characters: lexicons, messages, patterns) took
// ~17 ms of a small file's start-up, latin1 ~10 ms for the escaped, ~30 % larger file (loading
// measured alone, 3 runs each). esbuild's own `charset: 'ascii'` would leave regular expression
// literals as they are, so the bundle is built in UTF-8 and every non-ASCII code unit is escaped
// here, with the source map's columns moved to match.

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The first number of a source-map segment (its generated column, relative), and where it ends. */
function firstVlq(segment) {
  let value = 0;
  let shift = 0;
  for (let i = 0; i < segment.length; i++) {
    const digit = BASE64.indexOf(segment[i]);
    value += (digit & 31) << shift;
    shift += 5;
    if ((digit & 32) === 0) return { value: value & 1 ? -(value >>> 1) : value >>> 1, end: i + 1 };
  }
  throw new Error(`source map: bad segment ${segment}`);
}

function vlq(n) {
  let v = n < 0 ? (-n << 1) | 1 : n << 1;
  let out = '';
  do {
    let digit = v & 31;
    v >>>= 5;
    if (v > 0) digit |= 32;
    out += BASE64[digit];
  } while (v > 0);
  return out;
}

/**
 * Escapes every non-ASCII code unit of `file` as \uXXXX — the same character in a string, a
 * template, an identifier and a regular expression (an escaped surrogate pair is one code point in a
 * /u regex). A backslash before such a character escaped it for nothing (\、 is 、 outside /u) and
 * goes. `RegExp.prototype.source` of those regexes now shows the escapes; the code that reads
 * sources (src/util/regex-scan.ts, patterns built from others' sources) skips an escape as a whole.
 */
function asciiOnly(file) {
  const lines = readFileSync(file, 'utf8').split('\n');
  const moves = []; // per line: [column before, columns added] of each escape, in order
  const out = lines.map((line) => {
    const here = [];
    // pieces, and the backslashes that end them: reading the end of one growing string (text[j])
    // flattened it at every escape — quadratic, ~30 s per bundle
    const parts = [];
    let backslashes = 0;
    for (let i = 0; i < line.length; i++) {
      const unit = line.charCodeAt(i);
      if (unit < 0x80) {
        parts.push(line[i]);
        backslashes = line[i] === '\\' ? backslashes + 1 : 0;
        continue;
      }
      let added = 5;
      if (backslashes % 2 === 1) {
        parts.pop();
        added = 4;
      }
      backslashes = 0;
      here.push([i, added]);
      parts.push(`\\u${unit.toString(16).padStart(4, '0')}`);
    }
    moves.push(here);
    return parts.join('');
  });
  writeFileSync(file, out.join('\n'));
  const mapFile = `${file}.map`;
  const map = JSON.parse(readFileSync(mapFile, 'utf8'));
  map.mappings = map.mappings.split(';').map((line, l) => {
    const here = moves[l] ?? [];
    if (here.length === 0 || line === '') return line;
    let column = 0; // as in the file esbuild wrote
    let previous = 0; // as in the escaped file
    let k = 0;
    let added = 0;
    return line.split(',').map((segment) => {
      const { value, end } = firstVlq(segment);
      column += value;
      while (k < here.length && here[k][0] < column) added += here[k++][1];
      const moved = column + added;
      const text = vlq(moved - previous) + segment.slice(end);
      previous = moved;
      return text;
    }).join(',');
  }).join(';');
  writeFileSync(mapFile, JSON.stringify(map));
}

/** The bundled worker's name in dist/bundle/ (+ .cjs, .cjs.cache, .cjs.map). */
const WORKER_CODE = 'pool-worker-code';

/**
 * dist/bundle/pool-worker.cjs, the file the pool's workers start (src/node/pool.ts, workerFile;
 * piscina require()s it): the bundled worker compiled with its code cache, by bin/load-cli.js's
 * loader (the same header, build id and checks as the CLI's cache; NODE_DEBUG=gongwen-lint says
 * whether V8 took it). Without a cache, or with one V8 refuses, the worker is compiled as usual.
 */
const WORKER_LOADER = `'use strict';
// The pool worker (src/node/pool-worker.ts, bundled as ${WORKER_CODE}.cjs) from its code cache
// (scripts/build-cli.mjs): written by the build.
const { loadCli } = require('../../bin/load-cli.js');
module.exports = loadCli({ bundle: require('node:path').join(__dirname, '${WORKER_CODE}.cjs') }).exports.default;
`;

/**
 * The CLI's code cache (dist/bundle/cli.cjs.cache): V8's compiled code of the bundle after a warm
 * run, so that a start-up neither parses the bundle nor compiles the functions a check calls
 * (bin/load-cli.js). Made in a child process run exactly as bin/gongwen-lint.js runs (same Node, no
 * flags: V8 refuses a cache made under other flags or another V8), after linting TRAINING_FILES —
 * a plain-text and a markdown draft of our own fixtures, i.e. the common path — and `--version`.
 * Another Node refuses it and the CLI compiles the bundle as before (no error, no message).
 */
const TRAINING_FILES = ['fixtures/text/request-upward.txt', 'fixtures/text/published-layout.txt', 'fixtures/text/notice.md'];

export function buildCodeCache() {
  const files = TRAINING_FILES.filter((f) => existsSync(join(root, f)));
  const r = spawnSync(process.execPath, [join(root, 'bin', 'load-cli.js'), '--write-code-cache', '--no-config', '--format', 'json', ...files], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  if (r.status !== 0) throw new Error(`code cache: the training run failed (${r.status}): ${r.stderr}`);
  return statSync(join(bundleDir, 'cli.cjs.cache')).size;
}

/**
 * The pool worker's code cache (dist/bundle/pool-worker-code.cjs.cache), made in a child process
 * (trainWorker) under the V8 flags a CLI batch's workers start under — V8 stamps a cache with its
 * flags, and src/node/pool.ts changes some when a pool starts (setPoolFlags, limitHeapGrowth): a
 * cache made under the defaults would be refused by every worker. Without it a worker compiles the
 * ~1 MB bundle, then each function it calls, afresh in every run.
 */
const WORKER_TRAINING_FILES = [...TRAINING_FILES, 'fixtures/text/news-style.txt', 'fixtures/text/notice-full.txt'];

export function buildWorkerCodeCache() {
  const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--train-worker'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  if (r.status !== 0) throw new Error(`worker code cache: the training run failed (${r.status}): ${r.stderr}`);
  return statSync(join(bundleDir, `${WORKER_CODE}.cjs.cache`)).size;
}

/** The worker code, run as a pool's worker runs it: a worker thread under the pool's flags, checking the training files, then its code saved. */
async function trainWorker() {
  const dist = (file) => import(pathToFileURL(join(root, 'dist', 'node', file)).href);
  const { limitHeapGrowth, setPoolFlags } = await dist('pool.js');
  const { sharedTypoModelFile } = await dist('typo-model.js');
  limitHeapGrowth();
  setPoolFlags();
  const train = {
    loader: join(root, 'bin', 'load-cli.js'),
    bundle: join(bundleDir, `${WORKER_CODE}.cjs`),
    files: WORKER_TRAINING_FILES.map((f) => join(root, f)).filter((f) => existsSync(f)),
  };
  const trainer = `
    const { workerData } = require('node:worker_threads');
    const { loadCli, writeCodeCache } = require(workerData.train.loader);
    const loaded = loadCli({ bundle: workerData.train.bundle, useCache: false });
    (async () => {
      for (const filePath of workerData.train.files) {
        const out = await loaded.exports.default({ filePath, dropSource: true });
        if (!out.result) throw new Error(filePath + ': ' + JSON.stringify(out.errors));
      }
      writeCodeCache(loaded, workerData.train.bundle);
    })();`;
  const worker = new Worker(trainer, { eval: true, workerData: { config: {}, typoModel: sharedTypoModelFile(), train } });
  const [code] = await once(worker, 'exit');
  if (code !== 0) process.exit(code);
}

if (process.argv[2] === '--train-worker') {
  await trainWorker();
} else if (process.argv[1] && basename(process.argv[1]) === basename(fileURLToPath(import.meta.url))) {
  const t0 = Date.now();
  const meta = await buildCli();
  const cacheBytes = buildCodeCache() + buildWorkerCodeCache();
  const outputs = Object.entries(meta.outputs).filter(([name]) => /\.c?js$/.test(name));
  const kib = (n) => `${(n / 1024).toFixed(0)} KiB`;
  const total = outputs.reduce((n, [, o]) => n + o.bytes, 0);
  console.log(`CLI bundle (${Date.now() - t0} ms): dist/bundle/, ${outputs.length} files, ${kib(total)}; code cache ${kib(cacheBytes)}`);
}
