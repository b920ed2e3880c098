#!/usr/bin/env node
// `gongwen-lint … | head`: the reader went away; stop quietly instead of an EPIPE stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error && error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

import { loadCli, whereInSource } from './load-cli.js';

let main;
try {
  // The CLI bundle with V8's code cache (bin/load-cli.js; built by `npm run build`); tsc's
  // dist/cli/main.js when only tsc has run.
  try {
    ({ main } = loadCli().exports);
  } catch (error) {
    if (!(error && error.code === 'ENOENT' && /[\\/]dist[\\/]bundle[\\/]cli\.cjs'?$/.test(String(error.path)))) throw error;
    ({ main } = await import('../dist/cli/main.js'));
  }
} catch (error) {
  // A checkout that was never built: say so in one line.
  const missing = error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist');
  process.stderr.write(
    missing
      ? 'gongwen-lint: dist/ is missing — run `npm run build` first\n'
      : `gongwen-lint: internal error: ${error && error.message ? error.message.split('\n')[0] : error}${whereInSource(error)}\n`,
  );
  process.exit(2);
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error) => {
    // Only a bug in gongwen-lint itself reaches here: user input errors are reported per file.
    process.stderr.write(`gongwen-lint: internal error: ${error && error.message ? error.message.split('\n')[0] : error}${whereInSource(error)}\n`);
    process.exitCode = 2;
  },
);
