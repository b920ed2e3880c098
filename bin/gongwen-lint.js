#!/usr/bin/env node
import { main } from '../dist/cli/main.js';

// `gongwen-lint … | head`: the reader went away; stop quietly instead of an EPIPE stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error && error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error) => {
    // Only a bug in gongwen-lint itself reaches here: user input errors are reported per file.
    process.stderr.write(`gongwen-lint: internal error: ${error && error.message ? error.message : error}\n`);
    process.exitCode = 2;
  },
);
