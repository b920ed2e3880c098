#!/usr/bin/env node
// CommonJS (bin/package.json): an ES module entry costs a start-up the ESM loader and a facade for
// every Node module it imports (node:fs's loads Node's streams), ~20 ms before any of our code runs.
'use strict';

// `gongwen-lint … | head`: the reader went away; stop quietly instead of an EPIPE stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error && error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

const { loadCli, prefetchTypoModel, whereInSource } = require('./load-cli.js');

// A command that checks files needs the typo model: start reading it now, in the background
// (bin/load-cli.js). Not for the subcommands, --version, --help and the like, nor with --cache (a
// run answered from the cache never reads it).
const args = process.argv.slice(2);
const NO_CHECK = new Set(['serve', 'queue', '--version', '-v', '--help', '-h', '--print-config', '--list-rules', '--cache']);
if (!args.some((a) => NO_CHECK.has(a))) prefetchTypoModel();

function internalError(error) {
  return `gongwen-lint: internal error: ${error && error.message ? error.message.split('\n')[0] : error}${whereInSource(error)}\n`;
}

/** Subcommands whose main() resolves while what it started (a server, a queue worker) goes on. */
const LONG_RUNNING = new Set(['serve', 'queue']);

/**
 * Ends the process with `code` once what it wrote has left. When main() resolves a check is over
 * (files fixed, cache and report written), and Node's own exit would still wait for V8's background
 * tasks (optimising compiles, collector helpers) and free the heap first: ~9 ms of a small file's
 * start-up (30 paired runs), more after a large batch. Writes to a pipe or a file have left by now
 * on Linux; elsewhere a pipe may still hold some, and the exit waits for them.
 */
function finish(code) {
  // (also the code of a natural exit, should a stream never call back)
  process.exitCode = code;
  if (LONG_RUNNING.has(args[0])) return;
  const pending = [process.stdout, process.stderr].filter((stream) => stream.writableLength > 0);
  let left = pending.length;
  if (left === 0) process.exit(code);
  for (const stream of pending) stream.write('', () => { if (--left === 0) process.exit(code); });
}

function run(main) {
  main(args).then(finish, (error) => {
    // Only a bug in gongwen-lint itself reaches here: user input errors are reported per file.
    process.stderr.write(internalError(error));
    finish(2);
  });
}

function failToLoad(error) {
  // A checkout that was never built: say so in one line.
  const missing = error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist');
  process.stderr.write(missing ? 'gongwen-lint: dist/ is missing — run `npm run build` first\n' : internalError(error));
  process.exit(2);
}

// The CLI bundle with V8's code cache (bin/load-cli.js; built by `npm run build`); tsc's
// dist/cli/main.js when only tsc has run.
let loaded;
try {
  loaded = loadCli();
} catch (error) {
  if (error && error.code === 'ENOENT' && /[\\/]dist[\\/]bundle[\\/]cli\.cjs$/.test(String(error.path))) {
    import('../dist/cli/main.js').then(({ main }) => run(main), failToLoad);
  } else {
    failToLoad(error);
  }
}
if (loaded) run(loaded.exports.main);
