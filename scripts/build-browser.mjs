#!/usr/bin/env node
/**
 * Browser bundles of the core (issue 7 §1), from src/browser/index.ts with esbuild:
 *
 *   dist/browser/gongwen-lint.mjs          ESM; the large data is a dynamic-import chunk in chunks/
 *   dist/browser/gongwen-lint.iife.js      IIFE, global `GongwenLint`
 *   dist/browser/gongwen-lint.data.js      the large data for the IIFE, a classic script loaded on
 *                                          the first check (works from file:// and in WPS, where
 *                                          fetch of local files is not allowed)
 *
 * Everything is bundled (no CDN, no network at run time apart from fetching these files from where
 * the bundle itself came from). The large data modules (LAZY below) are replaced in the main bundle
 * by slots that src/browser/lazy-data.ts's bundle version fills, once, before the first check.
 * The data goes out as JSON.parse('…') strings, which engines parse much faster than object literals.
 *
 * Run by `npm run build`; `node scripts/build-browser.mjs --addin` also builds the task pane
 * (scripts/build-addin.mjs) — `npm run build` does both.
 */
import { build } from 'esbuild';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
export const root = join(here, '..');
export const outDir = join(root, 'dist', 'browser');

/** Data modules loaded lazily in the bundles: import path suffix → slot name. */
export const LAZY = [
  // the typo model, compiled by scripts/build-typo-model.mjs (npm run build runs it first)
  { match: /[\\/]lexicon[\\/]data[\\/]typo-model\.json$/, name: 'typo-model', file: 'src/lexicon/data/typo-model.json' },
];

const LAZY_FILTER = new RegExp(LAZY.map((l) => l.match.source).join('|'));
const lazyNameOf = (path) => LAZY.find((l) => l.match.test(path))?.name;

/** The bundle version of src/browser/lazy-data.ts, for one output format. */
function registrySource(format) {
  const fill = `
    function fill(data) {
      for (const name of Object.keys(slots)) {
        if (!(name in data)) throw new Error('gongwen-lint: data file lacks ' + name);
        slots[name](data[name]);
      }
      loaded = true;
    }`;
  const common = `
    export const slots = {};
    let loaded = false;
    let pending;
    export function lazyDataLoaded() { return loaded; }
    ${fill}`;
  if (format === 'esm') {
    return `${common}
    export function loadLazyData() {
      if (!pending) {
        pending = import('gongwen-lazy:data').then((m) => fill(m.default), (error) => { pending = undefined; throw error; });
      }
      return pending;
    }`;
  }
  // IIFE: a classic script beside the bundle (document.currentScript, captured while it runs), or
  // where globalThis.GONGWEN_LINT_DATA_URL says; importScripts in a worker.
  return `${common}
    const bundleUrl = (typeof document !== 'undefined' && document.currentScript && document.currentScript.src)
      || (typeof location !== 'undefined' ? location.href : '');
    export function loadLazyData() {
      if (pending) return pending;
      const g = globalThis;
      pending = new Promise((resolve, reject) => {
        if (g.GongwenLintData) return resolve(g.GongwenLintData);
        const url = g.GONGWEN_LINT_DATA_URL || new URL('gongwen-lint.data.js', bundleUrl).href;
        if (typeof document === 'undefined' && typeof importScripts === 'function') {
          importScripts(url);
          return g.GongwenLintData ? resolve(g.GongwenLintData) : reject(new Error('gongwen-lint: ' + url + ' did not define the data'));
        }
        const script = document.createElement('script');
        script.src = url;
        script.async = true;
        script.onload = () => g.GongwenLintData ? resolve(g.GongwenLintData) : reject(new Error('gongwen-lint: ' + url + ' did not define the data'));
        script.onerror = () => reject(new Error('gongwen-lint: cannot load ' + url));
        (document.head || document.documentElement).appendChild(script);
      }).then(fill, (error) => { pending = undefined; throw error; });
      return pending;
    }`;
}

/** The data object's source: { name: JSON.parse('…') } for every lazy module. */
function dataObjectSource() {
  const entries = LAZY.map((l) => {
    const text = JSON.stringify(JSON.parse(readFileSync(join(root, l.file), 'utf8')));
    return `${JSON.stringify(l.name)}: JSON.parse(${JSON.stringify(text)})`;
  });
  return `{\n${entries.join(',\n')}\n}`;
}

function lazyPlugin(format) {
  return {
    name: 'gongwen-lazy',
    setup(b) {
      b.onResolve({ filter: /[\\/]browser[\\/]lazy-data\.js$|^\.\/lazy-data\.js$/ }, (args) => {
        if (!args.importer.includes(`${join('src', 'browser')}`)) return undefined;
        return { path: 'registry', namespace: 'gongwen-lazy' };
      });
      b.onResolve({ filter: /^gongwen-lazy:data$/ }, () => ({ path: 'data', namespace: 'gongwen-lazy' }));
      b.onResolve({ filter: LAZY_FILTER }, (args) => {
        const name = lazyNameOf(join(args.resolveDir, args.path));
        return { path: `slot/${name}`, namespace: 'gongwen-lazy' };
      });
      b.onLoad({ filter: /.*/, namespace: 'gongwen-lazy' }, (args) => {
        if (args.path === 'registry') return { contents: registrySource(format), loader: 'js' };
        if (args.path === 'data') return { contents: `export default ${dataObjectSource()};`, loader: 'js' };
        const name = args.path.slice('slot/'.length);
        // A live binding: the modules that imported the JSON read it inside functions, after the fill.
        return {
          contents: `import { slots } from 'gongwen-lazy:registry';\nlet data;\nexport { data as default };\nslots[${JSON.stringify(name)}] = (d) => { data = d; };\n`,
          loader: 'js',
        };
      });
      b.onResolve({ filter: /^gongwen-lazy:registry$/ }, () => ({ path: 'registry', namespace: 'gongwen-lazy' }));
    },
  };
}

const common = {
  entryPoints: { 'gongwen-lint': join(root, 'src', 'browser', 'index.ts') },
  bundle: true,
  platform: 'browser',
  target: ['es2022', 'chrome100'],
  minify: true,
  legalComments: 'eof',
  charset: 'utf8',
  logLevel: 'warning',
  metafile: true,
};

/** Fails when a Node built-in made it into a bundle (the core must stay browser-safe). */
function assertNoNodeBuiltins(metafile, label) {
  const bad = Object.keys(metafile.inputs).filter((p) => p.startsWith('node:') || /^(fs|path|url|os|crypto|zlib|stream)$/.test(p));
  if (bad.length) throw new Error(`${label}: Node built-ins in the browser bundle: ${bad.join(', ')}`);
}

export async function buildBrowser() {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const esm = await build({
    ...common,
    format: 'esm',
    splitting: true,
    outdir: outDir,
    outExtension: { '.js': '.mjs' },
    entryNames: '[name]',
    chunkNames: 'chunks/[name]-[hash]',
    plugins: [lazyPlugin('esm')],
  });
  assertNoNodeBuiltins(esm.metafile, 'esm');
  const iife = await build({
    ...common,
    format: 'iife',
    globalName: 'GongwenLint',
    outdir: outDir,
    entryNames: '[name].iife',
    plugins: [lazyPlugin('iife')],
  });
  assertNoNodeBuiltins(iife.metafile, 'iife');
  writeFileSync(join(outDir, 'gongwen-lint.data.js'),
    `/* gongwen-lint: the large data for gongwen-lint.iife.js, loaded on the first check */\nglobalThis.GongwenLintData = ${dataObjectSource()};\n`);
  return sizes();
}

/** Raw and gzip sizes of the browser files, for the build log and `npm run bench`. */
export function sizes() {
  const files = ['gongwen-lint.mjs', 'gongwen-lint.iife.js', 'gongwen-lint.data.js'];
  return files.map((name) => {
    const bytes = readFileSync(join(outDir, name));
    return { name, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
}

if (process.argv[1] && basename(process.argv[1]) === basename(fileURLToPath(import.meta.url))) {
  const t0 = Date.now();
  const out = await buildBrowser();
  const kib = (n) => `${(n / 1024).toFixed(0)} KiB`;
  console.log(`browser bundles (${Date.now() - t0} ms): ${out.map((f) => `${f.name} ${kib(f.raw)} (gzip ${kib(f.gzip)})`).join(', ')}`);
  if (process.argv.includes('--addin')) {
    const { buildAddin } = await import('./build-addin.mjs');
    await buildAddin();
  }
}
