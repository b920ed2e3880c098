#!/usr/bin/env node
// `gongwen-lint … | head`: the reader went away; stop quietly instead of an EPIPE stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error && error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

let main;
try {
  // The single-file bundle (scripts/build-cli.mjs, run by `npm run build`): one file to load instead
  // of ~170 modules. dist/cli/main.js (tsc's output) when only tsc has run.
  ({ main } = await import('../dist/bundle/cli.js').catch((error) =>
    error && error.code === 'ERR_MODULE_NOT_FOUND' && /Cannot find module '[^']*[\\/]dist[\\/]bundle[\\/]cli\.js'/.test(String(error.message))
      ? import('../dist/cli/main.js')
      : Promise.reject(error)));
} catch (error) {
  // A checkout that was never built: say so in one line.
  const missing = error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist');
  process.stderr.write(
    missing
      ? 'gongwen-lint: dist/ is missing — run `npm run build` first\n'
      : `gongwen-lint: internal error: ${error && error.message ? error.message.split('\n')[0] : error}${await whereInSource(error)}\n`,
  );
  process.exit(2);
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error) => {
    // Only a bug in gongwen-lint itself reaches here: user input errors are reported per file.
    whereInSource(error).then((where) => {
      process.stderr.write(`gongwen-lint: internal error: ${error && error.message ? error.message.split('\n')[0] : error}${where}\n`);
      process.exitCode = 2;
    });
  },
);

/**
 * For a bug report: where the error was thrown, in the TypeScript sources — ` (at src/…/x.ts:L:C)`,
 * or '' when unknown. The bundle's source map is read only now (enabling source maps for every run
 * would parse them at each start-up).
 */
async function whereInSource(error) {
  try {
    const frame = /\((file:\/\/[^)]+?):(\d+):(\d+)\)|at (file:\/\/\S+?):(\d+):(\d+)$/m.exec(String(error && error.stack));
    if (!frame) return '';
    const [url, line, column] = frame[1] ? frame.slice(1, 4) : frame.slice(4, 7);
    const { readFileSync } = await import('node:fs');
    const { fileURLToPath } = await import('node:url');
    const { SourceMap } = await import('node:module');
    const file = fileURLToPath(url);
    let at = `${file}:${line}:${column}`;
    try {
      const entry = new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8'))).findEntry(Number(line) - 1, Number(column) - 1);
      if (entry && entry.originalSource) {
        const source = entry.originalSource.startsWith('file:') ? fileURLToPath(entry.originalSource) : entry.originalSource;
        at = `${source.replace(/^(\.\.\/)+/, '')}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
      }
    } catch {
      // no map beside the file (tsc's dist/): its own position
    }
    return ` (at ${at})`;
  } catch {
    return '';
  }
}
