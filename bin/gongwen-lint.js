#!/usr/bin/env node
import { main } from '../dist/cli/main.js';

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error) => {
    // Only a bug in gongwen-lint itself reaches here: user input errors are reported per file.
    process.stderr.write(`gongwen-lint: internal error: ${error && error.message ? error.message : error}\n`);
    process.exitCode = 2;
  },
);
