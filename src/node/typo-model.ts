/**
 * The typo model's tables for Node, ready-made: `npm run build` packs them into one binary file
 * (scripts/build-typo-model.mjs --tables → dist/lexicon/data/typo-model.bin, ~9 MiB), read here in
 * one go into a SharedArrayBuffer and used as views — nothing parsed, nothing built (building them
 * from the compiled JSON costs ~40–200 ms of CPU in every thread). The worker pool hands the same
 * buffer to every thread in workerData, so a batch holds one copy however many threads it runs.
 *
 * Read on the first check that needs the model, never before: a run answered entirely from the
 * cache does not read it. Without the file (tests run from src/, a copy without dist/) the core
 * builds the tables from the JSON as before; a file of another format is refused the same way.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setTypoModelTablesSource, unpackTypoModelTables, type TypoModelTables } from '../lexicon/char-model.js';

/**
 * Where the file may be, relative to this module: dist/node/ → dist/lexicon/data/; a single-file
 * bundle of the CLI or of the pool worker in dist/ → beside it, or under its lexicon/data/.
 */
const LOCATIONS = ['../lexicon/data/typo-model.bin', './lexicon/data/typo-model.bin', './typo-model.bin'];

let shared: Uint8Array | null | undefined;
/** The views over `shared`, made when it was read (checking it is a table file): not made twice. */
let sharedTables: TypoModelTables | undefined;

function readShared(location: string): Uint8Array | undefined {
  let fd: number;
  try {
    // Inside the try: a host whose bundle has no usable import.meta.url only loses the file.
    fd = openSync(new URL(location, import.meta.url), 'r');
  } catch {
    return undefined;
  }
  try {
    const size = fstatSync(fd).size;
    const bytes = new Uint8Array(new SharedArrayBuffer(size));
    let at = 0;
    while (at < size) {
      const n = readSync(fd, bytes, at, size - at, at);
      if (n === 0) return undefined;
      at += n;
    }
    sharedTables = unpackTypoModelTables(bytes);
    return sharedTables ? bytes : undefined;
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/**
 * The file as bin/gongwen-lint.js began reading it in the background before the CLI was loaded
 * (bin/load-cli.js, prefetchTypoModel), when that is the file `location` names: completed now.
 */
const PREFETCH_KEY = Symbol.for('gongwen-lint.typo-model.prefetch');
interface Prefetch {
  file: string;
  complete(): Uint8Array | undefined;
}

function prefetched(location: string): Uint8Array | undefined {
  const prefetch = (globalThis as Record<symbol, Prefetch | undefined>)[PREFETCH_KEY];
  if (!prefetch) return undefined;
  try {
    if (fileURLToPath(new URL(location, import.meta.url)) !== prefetch.file) return undefined;
  } catch {
    return undefined;
  }
  delete (globalThis as Record<symbol, Prefetch | undefined>)[PREFETCH_KEY];
  const bytes = prefetch.complete();
  sharedTables = bytes && unpackTypoModelTables(bytes);
  return sharedTables ? bytes : undefined;
}

/** The packed tables in a SharedArrayBuffer (read once per process), or undefined when there is no usable file. */
export function sharedTypoModelFile(): Uint8Array | undefined {
  if (shared === undefined) {
    shared = null;
    for (const location of LOCATIONS) {
      const ready = prefetched(location);
      if (ready) {
        shared = ready;
        break;
      }
      const bytes = readShared(location);
      if (bytes) {
        shared = bytes;
        break;
      }
    }
  }
  return shared ?? undefined;
}

/** From now on the core takes its tables from `bytes` (or, without, the file) on first use. */
export function useTypoModelFile(bytes?: Uint8Array): void {
  setTypoModelTablesSource(() => {
    const from = bytes ?? sharedTypoModelFile();
    return from && (from === shared ? sharedTables : unpackTypoModelTables(from));
  });
}
