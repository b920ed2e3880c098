/**
 * Loads the CLI bundle (dist/bundle/cli.cjs, scripts/build-cli.mjs) with V8's code cache (issue 8:
 * start-up on one small file). Compiling the ~1 MB bundle, then compiling each function a check
 * calls on its first call, was most of a small file's start-up; `npm run build` runs the CLI once on
 * sample drafts and saves V8's compiled code of the bundle (dist/bundle/cli.cjs.cache), which this
 * loader hands back to V8 — no parse, no compile for what a check usually runs. Node 20 has no
 * compile cache for ES modules (module.enableCompileCache is Node 22), hence a CommonJS bundle run
 * through node:vm, which takes `cachedData`.
 *
 * The cache is an optimisation only. V8 refuses one made by another V8 or under other flags (another
 * Node, `node --some-flag`): the bundle is then compiled as usual, silently. One not made from this
 * very bundle (the build id at the end of cli.cjs differs) is never offered to V8 at all (V8 itself
 * checks only the source's length). `NODE_DEBUG=gongwen-lint` says which happened.
 *
 * `node bin/load-cli.js --write-code-cache ARGS…` is the build's training run: the CLI on ARGS, then
 * the cache written.
 */
'use strict';
const { close, fstatSync, openSync, read, readFileSync, readSync, renameSync, writeFileSync } = require('node:fs');
const { createRequire, SourceMap } = require('node:module');
const { dirname, join, relative, resolve, sep } = require('node:path');
const { fileURLToPath, pathToFileURL } = require('node:url');
const { debuglog } = require('node:util');
const { cachedDataVersionTag } = require('node:v8');
const { Script } = require('node:vm');

/** The last line of cli.cjs: this mark and a hash of the bundle (scripts/build-cli.mjs). */
const BUILD_ID_MARK = '//# gongwenBuild=';

/** The bundle's `import.meta.url` (a parameter of the function the bundle is wrapped in). */
const BUNDLE_URL_PARAMETER = '__gongwenBundleUrl';

/** The parameters of the function expression that cli.cjs is (scripts/build-cli.mjs writes it so). */
const BUNDLE_PARAMETERS = ['exports', 'require', 'module', '__filename', '__dirname', BUNDLE_URL_PARAMETER];

/** The cache file: a header of HEADER_BYTES ASCII (magic, build id, payload length), then V8's data. */
const CACHE_MAGIC = 'gongwen-lint-code-cache/1';
const HEADER_BYTES = 96;

const DEFAULT_BUNDLE = join(__dirname, '..', 'dist', 'bundle', 'cli.cjs');

const debug = debuglog('gongwen-lint');

function buildIdOf(source) {
  const at = source.lastIndexOf(BUILD_ID_MARK);
  return at < 0 ? undefined : source.slice(at + BUILD_ID_MARK.length).trim();
}

function header(id, length) {
  const text = `${CACHE_MAGIC} ${id} ${length}`;
  return Buffer.from(text.padEnd(HEADER_BYTES - 1, ' ') + '\n', 'latin1');
}

/** V8's data in a cache file, or undefined when the file is not a cache of the bundle `id`. */
function payloadOf(bytes, id) {
  if (bytes.length <= HEADER_BYTES) return undefined;
  const [magic, of, length] = bytes.subarray(0, HEADER_BYTES).toString('latin1').trim().split(' ');
  if (magic !== CACHE_MAGIC || of !== id || Number(length) !== bytes.length - HEADER_BYTES) return undefined;
  return bytes.subarray(HEADER_BYTES);
}

/**
 * Compiles and runs the bundle; returns its exports, the compiled script (for createCachedData) and
 * what became of the code cache: 'accepted', 'rejected' (by V8: another V8 or other flags), 'stale'
 * (not this bundle's), 'missing', or 'off'. Throws ENOENT when there is no bundle.
 */
function loadCli({ bundle = DEFAULT_BUNDLE, useCache = true } = {}) {
  // ASCII (scripts/build-cli.mjs escapes the rest): latin1 copies bytes, UTF-8 would decode them
  const source = readFileSync(bundle, 'latin1');
  const id = buildIdOf(source);
  let cachedData;
  let codeCache = 'off';
  if (useCache) {
    let bytes;
    try {
      bytes = readFileSync(`${bundle}.cache`);
    } catch {
      codeCache = 'missing';
    }
    if (bytes) {
      cachedData = id ? payloadOf(bytes, id) : undefined;
      if (!cachedData) codeCache = 'stale';
    }
  }
  const url = pathToFileURL(bundle).href;
  const script = new Script(source, { filename: url, cachedData });
  if (cachedData) codeCache = script.cachedDataRejected ? 'rejected' : 'accepted';
  debug('code cache %s (%s)', codeCache, `${bundle}.cache`);
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle), url);
  return { exports: module.exports, script, codeCache, id };
}

/** Writes the code cache of a loaded bundle (after a representative run: lazily compiled functions included). */
function writeCodeCache(loaded, bundle = DEFAULT_BUNDLE) {
  const data = loaded.script.createCachedData();
  const temporary = `${bundle}.cache.${process.pid}`;
  writeFileSync(temporary, Buffer.concat([header(loaded.id, data.length), data]));
  renameSync(temporary, `${bundle}.cache`);
}

/**
 * For a bug report: where the error was thrown, in the TypeScript sources — ` (at src/…/x.ts:L:C)`,
 * or '' when unknown. The bundle's source map is read only now (enabling source maps for every run
 * would parse them at each start-up).
 */
function whereInSource(error) {
  try {
    const frame = /\((file:\/\/[^)]+?):(\d+):(\d+)\)|at (file:\/\/\S+?):(\d+):(\d+)$/m.exec(String(error && error.stack));
    if (!frame) return '';
    const [url, line, column] = frame[1] ? frame.slice(1, 4) : frame.slice(4, 7);
    const file = fileURLToPath(url);
    let at = `${file}:${line}:${column}`;
    try {
      const entry = new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8'))).findEntry(Number(line) - 1, Number(column) - 1);
      if (entry && entry.originalSource) {
        const source = entry.originalSource.startsWith('file:') ? fileURLToPath(entry.originalSource) : entry.originalSource;
        // relative to the package (dist/bundle/ is two levels down): src/…/x.ts
        const inPackage = relative(join(dirname(file), '..', '..'), resolve(dirname(file), source));
        at = `${inPackage.startsWith('..') ? source : inPackage.split(sep).join('/')}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
      }
    } catch {
      // no map beside the file (tsc's dist/): its own position
    }
    return ` (at ${at})`;
  } catch {
    return '';
  }
}

/**
 * The typo model's tables (dist/lexicon/data/typo-model.bin, ~9 MiB), read in the background: a
 * check of the smallest file needs all of them, and reading them — mostly the kernel mapping fresh
 * memory for them — was ~25 ms of the main thread. Started before the bundle is compiled, the read
 * runs on libuv's threads (on another core) while the CLI loads; src/node/typo-model.ts takes the
 * buffer from PREFETCH_KEY on first use and reads, on its own thread, whatever part has not arrived
 * yet (so a slow disk costs nothing extra and a failed read falls back to the usual read). Only for a
 * command that checks files (bin/gongwen-lint.js decides).
 */
const PREFETCH_KEY = Symbol.for('gongwen-lint.typo-model.prefetch');
const PREFETCH_CHUNK = 1 << 20;

function prefetchTypoModel(file = join(__dirname, '..', 'dist', 'lexicon', 'data', 'typo-model.bin')) {
  if (globalThis[PREFETCH_KEY]) return;
  let fd;
  try {
    fd = openSync(file, 'r');
  } catch {
    return;
  }
  let size;
  try {
    size = fstatSync(fd).size;
  } catch {
    close(fd, () => {});
    return;
  }
  const bytes = new Uint8Array(new SharedArrayBuffer(size));
  const chunks = Math.ceil(size / PREFETCH_CHUNK);
  const arrived = new Uint8Array(chunks);
  // the descriptor stays open until every read has finished (a number closed early could be reused
  // by another file, which a read not yet started would then copy into the buffer)
  let pending = chunks;
  const settled = () => {
    if (--pending === 0) close(fd, () => {});
  };
  for (let c = 0; c < chunks; c++) {
    const at = c * PREFETCH_CHUNK;
    const length = Math.min(PREFETCH_CHUNK, size - at);
    read(fd, bytes, at, length, at, (error, n) => {
      if (!error && n === length) arrived[c] = 1;
      settled();
    });
  }
  globalThis[PREFETCH_KEY] = {
    file,
    /** The whole file now (the chunks not arrived yet read here), or undefined when that fails. */
    complete() {
      try {
        for (let c = 0; c < chunks; c++) {
          if (arrived[c]) continue;
          if (pending === 0) return undefined; // a read failed and the descriptor is closed
          const at = c * PREFETCH_CHUNK;
          const length = Math.min(PREFETCH_CHUNK, size - at);
          for (let done = 0; done < length; ) {
            const n = readSync(fd, bytes, at + done, length - done, at + done);
            if (n === 0) return undefined;
            done += n;
          }
          arrived[c] = 1;
        }
        return bytes;
      } catch {
        return undefined;
      }
    },
  };
}

module.exports = { BUILD_ID_MARK, BUNDLE_PARAMETERS, BUNDLE_URL_PARAMETER, DEFAULT_BUNDLE, PREFETCH_KEY, loadCli, prefetchTypoModel, writeCodeCache, whereInSource };

// The build's training run (scripts/build-cli.mjs): the CLI compiled afresh, run, its code saved.
if (require.main === module && process.argv[2] === '--write-code-cache') {
  (async () => {
    const loaded = loadCli({ useCache: false });
    const quiet = { write: () => true, isTTY: false };
    const io = { stdout: quiet, stderr: quiet, stdin: (async function* () {})(), cwd: process.cwd(), env: { NO_COLOR: '1', GONGWEN_LINT_V8_DEFAULTS: '1' } };
    const tag = cachedDataVersionTag();
    await loaded.exports.main(['--version'], io);
    const code = await loaded.exports.main(process.argv.slice(3), io);
    if (code === 2) {
      process.stderr.write('code cache: the training run could not check its files\n');
      process.exit(2);
    }
    // V8 stamps the cache with its flags: one the run changed (src/node/pool.ts sets some) would
    // make every start-up refuse it, silently
    if (cachedDataVersionTag() !== tag) {
      process.stderr.write("code cache: the training run changed V8's flags; a fresh process would refuse the cache\n");
      process.exit(2);
    }
    writeCodeCache(loaded);
  })();
}
