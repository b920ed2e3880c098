#!/usr/bin/env node
// The language server: `gongwen-lint-lsp --stdio`. (CommonJS, as bin/gongwen-lint.js.)
'use strict';
import('../dist/lsp/main.js').then(
  ({ main }) => main(),
  (error) => {
    const missing = error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist');
    process.stderr.write(
      missing
        ? 'gongwen-lint-lsp: dist/ is missing — run `npm run build` first\n'
        : `gongwen-lint-lsp: internal error: ${error && error.message ? error.message.split('\n')[0] : error}\n`,
    );
    process.exit(2);
  },
);
