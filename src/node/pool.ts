/**
 * Checking a batch of files: in input order, from the cache when it has the file, otherwise in this
 * thread (`concurrency` 1) or on a pool of worker threads (piscina) whose workers load the rules and
 * lexicons once and stay warm for the whole batch. The results are the same whichever way they were
 * made (test/node/pool.test.ts compares them), and come back in the order of `files`.
 *
 * piscina is imported only when a pool is needed, so a run on one file does not pay for it.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import type { Config } from '../config.js';
import type { FileError, LintResult } from '../engine/messages.js';
import { fileError } from './errors.js';
import { lintBytes } from './index.js';
import { sha256, type LintCache } from './cache.js';
import type { PoolQueueTask, PoolTask, QueueMessage, SharedQueue } from './pool-worker.js';
import { sharedTypoModelFile } from './typo-model.js';
import { packTypoModelTables, typoModelTables } from '../lexicon/char-model.js';
import { addPhase, now, type Timing } from '../engine/timing.js';

/** `--concurrency auto` checks batches of more files than this on a pool; smaller ones here. */
export const AUTO_MIN_FILES = 4;
/**
 * Below this many bytes in all, `auto` checks in one thread whatever the number of files: starting
 * a pool costs about 0.2 s of wall time here, more than two cores save on a handful of small drafts
 * (5 small .txt: 0.62 s on a pool, 0.40 s in one thread). 256 KiB is roughly 0.2–0.4 s of checking.
 */
export const AUTO_MIN_BYTES = 256 * 1024;

export interface FileOutcome {
  result?: LintResult;
  errors: FileError[];
}

/**
 * `auto` (or nothing): one thread per core for more than AUTO_MIN_FILES files of AUTO_MIN_BYTES
 * or more in all (`totalBytes`, when the caller knows it), else 1; `off`: 1; a
 * number: that many (never more threads than files). Returns undefined for a value that is none of these.
 */
export function resolveConcurrency(spec: string | undefined, fileCount: number, totalBytes = Infinity): number | undefined {
  const cap = (n: number) => Math.max(1, Math.min(n, fileCount));
  if (spec === undefined || spec === 'auto') {
    return fileCount > AUTO_MIN_FILES && totalBytes >= AUTO_MIN_BYTES ? cap(availableParallelism()) : 1;
  }
  if (spec === 'off') return 1;
  if (!/^[1-9]\d{0,3}$/.test(spec)) return undefined;
  return cap(Number(spec));
}

/**
 * The worker module. In the CLI bundle (dist/bundle/cli.cjs, whose import.meta.url is its own file)
 * it is dist/bundle/pool-worker.cjs, which loads the bundled worker from V8's code cache
 * (scripts/build-cli.mjs); from dist/node/ it sits beside this file; when this file runs from src/
 * (the tests run the TypeScript sources), worker threads cannot load .ts, so the built one in dist/
 * is used — `npm test` builds first. Undefined when there is none: the batch is then checked in
 * this thread.
 */
function workerFile(): string | undefined {
  const here = import.meta.url;
  const name = here.endsWith('.ts') ? '../../dist/node/pool-worker.js' : here.endsWith('.cjs') ? './pool-worker.cjs' : './pool-worker.js';
  const url = new URL(name, here);
  return existsSync(fileURLToPath(url)) ? url.href : undefined;
}

/**
 * For a process that checks a long batch (the CLI): V8 lets the old generation grow to several
 * times what is live before it collects it again, and a batch promotes every document's parse tree
 * and findings to it shortly before they die — peak memory then grew with the batch (155 MiB on the
 * corpus, 225 MiB on four times it, under load). Growing the heap by at most 20% over the live data
 * costs a few more (concurrent) mark-compacts — ~3 more on the corpus, tens of ms — and keeps the
 * peak flat (~140 MiB both). Process-wide (worker threads included); the CLI calls it, the library
 * never does.
 */
export function limitHeapGrowth(): void {
  setFlagsFromString('--heap-growing-percent=20');
}

/** Sixteen times Node 20's interrupt budget (66 KiB of bytecode): see POOL_V8_FLAGS and tuneForShortRun. */
const RAISED_INTERRUPT_BUDGET = '--interrupt-budget=1081344';

/**
 * A check of this many bytes or fewer in all is a short run: a draft or two, as an editor or a
 * person at a terminal checks them (issue 8: start-up on one small file under 300 ms).
 */
export const SHORT_RUN_BYTES = 48 * 1024;

/**
 * For a short run of the CLI: V8 optimises a function once it has run through its interrupt budget,
 * on its compiler threads, and on one small draft the hot functions (the typo scorer's table
 * look-ups, the lexicon scans) reach it within the run. Their code is ready about when the check
 * ends, and until then up to three compiler threads take the second core and part of the first
 * from the check (and the exit waited for them, before bin/gongwen-lint.js ended the process
 * itself). With the pool's raised budget they stay in the interpreter and baseline code, which is
 * fast enough for that much text. Measured on
 * fixtures/text/notice-full.txt (571 characters), 15 alternated runs, medians: 384 → 354 ms wall,
 * 420 → 370 ms CPU; on 20,000 characters (57 KB) about the same wall with less CPU; on 60,000
 * characters the default budget is faster (648 against 729 ms), hence the limit. Process-wide;
 * the CLI calls it before checking (the library never does), and nothing in a check depends on it.
 */
export function tuneForShortRun(totalBytes: number): void {
  if (totalBytes <= SHORT_RUN_BYTES) setFlagsFromString(RAISED_INTERRUPT_BUDGET);
}

/**
 * Files handed to each worker at once (piscina's concurrentTasksPerWorker; checkFiles keeps as many
 * in each): the next file is already waiting in the worker when it finishes one, so it never idles
 * for the round trip through the main thread (which may be busy checking a file of its own, or
 * collecting results, or not scheduled on a loaded machine).
 */
const TASKS_PER_WORKER = 3;

export interface LintPool {
  run(task: PoolTask, signal?: AbortSignal): Promise<FileOutcome>;
  /**
   * Every worker takes files from `queue` itself until none is left (the caller's thread may take
   * from it too): `onOutcome` for each file as its outcome comes back (`error`: what checking it
   * threw); `onLost` when worker `id` ended before its files were done (they are `owner` `id`).
   * Resolves when every worker has stopped taking files.
   */
  share(queue: SharedQueue, onOutcome: (i: number, outcome: FileOutcome | undefined, error?: unknown) => void, onLost: (id: number, error: unknown) => void): Promise<void>;
  close(): Promise<void>;
  readonly threads: number;
}

/**
 * The typo model's tables for the workers, in one SharedArrayBuffer: every thread reads the same
 * memory and builds nothing (src/node/typo-model.ts). From the file `npm run build` writes; without
 * it (running from src/), built here once and packed.
 */
function sharedTypoModel(): Uint8Array {
  return sharedTypoModelFile() ?? packTypoModelTables(typoModelTables(), true);
}

/**
 * V8 optimises a function once it has used up its interrupt budget (bytecode run), and each worker
 * is an isolate of its own that optimises the same hot functions again: ~1.5–2.5 s of TurboFan CPU
 * per isolate on the corpus (node --trace-opt: the rule and recogniser functions, several times
 * over as they deoptimise). In a one-thread run that work happens on the idle second core; in a
 * pool it takes the core from the other worker. Sixteen times Node 20's default budget (66 KiB)
 * leaves lukewarm functions to the interpreter and baseline code and optimises what is really hot:
 * the pool's CPU on the corpus fell from ~12.2 to ~10.7 s (2 cores, under load; one thread: ~9.5 s),
 * the same report (4× or 16× more again: fewer compiles, but more CPU in slower code — measured,
 * worse). Likewise the young generation's collections: V8 scavenges in parallel, posting part
 * of the work to helper threads — free on an idle core, but with every core checking files they
 * take it from the other thread and the scavenging thread waits for them. A pool scavenges in
 * the thread that allocated (paired runs on the corpus: ~3 % less CPU; a larger young generation
 * for the workers made no measurable difference). Process-wide, set when a pool starts (a
 * one-thread run keeps V8's defaults: there the compiling and the helpers are free).
 */
export const POOL_V8_FLAGS: readonly string[] = [RAISED_INTERRUPT_BUDGET, '--no-parallel-scavenge'];

/**
 * Sets POOL_V8_FLAGS (createLintPool does, before its workers start). Exported for the build, which
 * makes the bundled worker's code cache under the flags a CLI batch's workers start under (this and
 * limitHeapGrowth): V8 refuses a cache stamped with other flags.
 */
export function setPoolFlags(): void {
  for (const flag of POOL_V8_FLAGS) setFlagsFromString(flag);
}

/**
 * Node's MessageChannel, the global one: importing node:worker_threads to name it cost every run of
 * the CLI ~5 ms of start-up, a pool or not.
 */
const NodeMessageChannel = (globalThis as unknown as { MessageChannel: typeof import('node:worker_threads').MessageChannel }).MessageChannel;

/**
 * A warm pool of `threads` workers for `config` (all started now, kept until close()). `shared`: for
 * a batch its workers take from a shared queue (LintPool.share; one task per worker, which lasts the
 * batch), not one file per task (run: the cache's misses, the queue's jobs).
 */
export async function createLintPool(threads: number, config: Config, { shared = false } = {}): Promise<LintPool | undefined> {
  const filename = workerFile();
  if (!filename) return undefined;
  setPoolFlags();
  // Loaded with require, in one go: an import() takes a turn of the event loop per module, and
  // this thread is busy checking files between turns (see checkFiles) — the workers started up to
  // a second later on a loaded machine.
  const { Piscina } = createRequire(import.meta.url)('piscina') as typeof import('piscina');
  const pool = new Piscina({
    filename,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: Infinity,
    // one queue task per worker: piscina would give a worker that is ready first more of them
    concurrentTasksPerWorker: shared ? 1 : TASKS_PER_WORKER,
    workerData: { config, typoModel: sharedTypoModel() },
  });
  return {
    threads,
    run: (task, signal) => pool.run(task, signal ? { signal } : {}) as Promise<FileOutcome>,
    share: (queue, onOutcome, onLost) =>
      Promise.all(
        Array.from({ length: threads }, (_, w) => {
          const id = w + 1;
          // Outcomes come on a port of the task's own, then `done` on the same port (after every
          // outcome: the task's own result comes on piscina's port, in no set order with this one).
          const { port1, port2 } = new NodeMessageChannel();
          return new Promise<void>((resolve) => {
            port1.on('message', (m: QueueMessage) => {
              if ('done' in m) {
                port1.close();
                resolve();
              } else onOutcome(m.i, 'outcome' in m ? m.outcome : undefined, 'error' in m ? m.error : undefined);
            });
            const task: PoolQueueTask = { queue, id, port: port2 };
            pool.run(task, { transferList: [port2] }).catch((error: unknown) => {
              port1.close();
              onLost(id, error);
              resolve();
            });
          });
        }),
      ).then(() => undefined),
    close: () => pool.destroy(),
  };
}

/**
 * Starts the pool before the files are known, when `paths` (as given on the command line) will
 * most likely make a batch: a folder, a glob, or more than AUTO_MIN_FILES paths. The workers then
 * load their modules while this thread is still finding and reading the files. Undefined when it
 * is not worth it (one file: starting threads would only slow that run down); give the promise to
 * checkFiles, which uses or closes it.
 */
export function startPoolEarly(spec: string | undefined, paths: readonly string[], cwd: string, config: Config): Promise<LintPool | undefined> | undefined {
  const threads = resolveConcurrency(spec, Infinity);
  if (!threads || threads < 2) return undefined;
  const batch =
    paths.length > AUTO_MIN_FILES ||
    paths.some((p) => {
      if (/[*?[{]/.test(p)) return true;
      try {
        return statSync(resolve(cwd, p)).isDirectory();
      } catch {
        return false;
      }
    });
  if (!batch) return undefined;
  // Set now, before the workers start, not when the files are known (the CLI sets it then too): a
  // worker that loads its code from the code cache must find the same V8 flags every run, and V8
  // counts this one in the stamp it checks (scripts/build-cli.mjs makes the cache under both).
  limitHeapGrowth();
  // This thread checks files too (see checkFiles): threads − 1 workers, which take files from the
  // same queue (this pool is for a run without the cache).
  return createLintPool(threads - 1, config, { shared: true });
}

export interface CheckFilesOptions {
  config: Config;
  locale?: 'zh' | 'en';
  /** Threads (see resolveConcurrency); 1 checks here. */
  concurrency?: number;
  cache?: LintCache;
  /** Called once per file, in input order, when its outcome is known. */
  onDone?: (index: number, filePath: string) => void;
  /** --timing: phases and rules timed (the files checked in this thread, concurrency 1). */
  timing?: Timing;
  /**
   * Leave the decoded text off the results (reporters that do not print it: json, stylish), so
   * a batch does not hold every document's text until the report — memory stays flat with size.
   */
  dropSource?: boolean;
  /**
   * A pool the caller started already (createLintPool, e.g. while it was still finding the files),
   * used when `concurrency` is more than 1; checkFiles closes it either way.
   */
  pool?: Promise<LintPool | undefined>;
}

/** A turn of the event loop: worker results are taken in, and the workers given their next files. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Checks `files` and returns one outcome per file, in the same order. Never throws for a file.
 *
 * With `concurrency` N > 1 this thread is one of the N: it checks files itself beside a pool of
 * N − 1 workers, all taking the next file from one queue. On 2 cores that is one worker instead of
 * two — one isolate less to start and to warm up (its modules, lexicons and V8's optimising of
 * the same hot code), and this thread is checking from the start while the worker is still
 * loading, instead of waiting idle for both. The queue is ordered largest file first, so the
 * batch ends on small files and no thread waits long for the last one.
 */
export async function checkFiles(files: readonly string[], options: CheckFilesOptions): Promise<FileOutcome[]> {
  const { config, cache } = options;
  const locale = options.locale ?? config.locale ?? 'zh';
  const threads = Math.max(1, Math.min(options.concurrency ?? 1, files.length));
  // A pool started early has its own number of workers (see startPoolEarly); one is enough reason to use it.
  let pool: Promise<LintPool | undefined> | undefined = threads > 1 ? options.pool : undefined;
  if (options.pool && !pool) void options.pool.then((p) => p?.close());

  const outcomes: FileOutcome[] = new Array(files.length);
  const settled: Array<(outcome: FileOutcome) => void> = new Array(files.length);
  const ready = files.map((_, i) => new Promise<FileOutcome>((resolve) => (settled[i] = resolve)));
  // The queue every thread takes its next file from: one counter in shared memory, so that a
  // worker takes its next file itself, without waiting for this thread to hand it over.
  const order = Int32Array.from(checkingOrder(files, threads));
  const taken = new Int32Array(new SharedArrayBuffer(4));
  const owner = new Int32Array(new SharedArrayBuffer(4 * files.length));
  const done = new Uint8Array(files.length);
  const settle = (i: number, outcome: FileOutcome) => {
    if (done[i]) return;
    done[i] = 1;
    settled[i](outcome);
  };
  let stopped = false; // the caller's onDone threw: no more files are started
  const next = () => {
    if (stopped) return undefined;
    const k = Atomics.add(taken, 0, 1);
    return k < order.length ? order[k] : undefined;
  };

  /** The outcome of files[i], checked by the pool's `workers` or, without, here. */
  async function one(i: number, workers?: LintPool): Promise<FileOutcome> {
    const file = files[i];
    let bytes: Uint8Array | undefined;
    let hash: string | undefined;
    if (cache) {
      // The cache needs the bytes to hash; the check then uses these same bytes. Read in one call:
      // fs/promises takes four trips through libuv's threads per file (open, stat, read, close),
      // ~0.1 s of a run answered from the cache on the corpus, against ~0.04 s.
      try {
        bytes = readFileSync(file);
      } catch (error) {
        return { errors: [fileError(file, error, locale)] };
      }
      hash = sha256(bytes);
      const hit = cache.get(file, hash, { needSource: !options.dropSource });
      if (hit) return { result: hit, errors: [] };
      startWorkers(); // a file to check: now the workers are worth starting
    }
    let outcome: FileOutcome;
    if (workers) {
      try {
        outcome = await workers.run({ filePath: file, bytes, dropSource: options.dropSource });
      } catch (error) {
        outcome = { errors: [fileError(file, error, locale)] };
      }
    } else {
      if (!bytes) {
        const start = now();
        try {
          // in one call, as the workers do: fs/promises leaves this thread waiting for libuv's
          // threads at every file; the turn of the event loop after each file (here()) gives V8
          // its GC tasks, which keeps the peak flat (corpus 133 MiB, 4× 145 MiB), and a one-thread
          // run is ~5 % faster (alternated runs; an earlier try without the turn peaked at 153 MiB)
          bytes = readFileSync(file);
        } catch (error) {
          return { errors: [fileError(file, error, locale)] };
        } finally {
          addPhase(options.timing, 'read', start);
        }
      }
      outcome = await lintBytes(bytes, file, config, undefined, { timing: options.timing });
    }
    const dropped = options.dropSource === true && outcome.result?.source !== undefined;
    if (dropped) {
      const { source: _source, ...rest } = outcome.result!;
      outcome = { ...outcome, result: rest };
    }
    // Cached as reported: without the text when the reporter does not print it (the cache file
    // then holds findings, not the batch's documents — a tenth of the size, read 10× faster).
    if (cache && hash) cache.set(file, hash, outcome.result, outcome.errors, { sourceDropped: dropped });
    return outcome;
  }

  // This thread's lane: one file at a time, then a turn of the event loop for the workers' results.
  const failed = (i: number) => (error: unknown): FileOutcome => ({ errors: [fileError(files[i], error, locale)] });
  async function here(): Promise<void> {
    for (let i = next(); i !== undefined; i = next()) {
      settle(i, await one(i).catch(failed(i)));
      await nextTurn(); // the workers' results, and V8's GC tasks (see the read in one())
    }
  }
  // With the cache, a worker's lanes: TASKS_PER_WORKER files in each worker at once (read and
  // hashed here), so that it has the next file already when it finishes one, even while this
  // thread is busy checking a file of its own.
  async function there(workers: LintPool): Promise<void> {
    for (let i = next(); i !== undefined; i = next()) settle(i, await one(i, workers).catch(failed(i)));
  }
  // Without, the workers take files from the queue themselves (LintPool.share).
  function share(workers: LintPool): Promise<void> {
    const queue: SharedQueue = { files, order, next: taken, owner, dropSource: options.dropSource };
    return workers.share(
      queue,
      (i, outcome, error) => settle(i, outcome ?? failed(i)(error)),
      // a worker that died: the files it had taken and not finished are reported as failed
      (id, error) => {
        for (let i = 0; i < files.length; i++) if (owner[i] === id) settle(i, failed(i)(error));
      },
    );
  }
  // The workers start at once, or with --cache at the first file the cache does not answer (a run
  // answered entirely from it starts no thread at all).
  let workers: Promise<unknown> | undefined;
  function startWorkers(): void {
    if (threads < 2 || workers) return;
    // A pool that cannot start leaves the batch to this thread.
    pool = (pool ?? createLintPool(threads - 1, config, { shared: !cache })).catch(() => undefined);
    workers = pool.then((w): Promise<unknown> | undefined => {
      if (!w) return undefined;
      return cache ? Promise.all(Array.from({ length: w.threads * TASKS_PER_WORKER }, () => there(w))) : share(w);
    });
  }
  if (!cache) startWorkers();
  // With the cache, most files are only read and hashed here: several in flight, so that the reads
  // overlap (one lane read them one after another: a warm run took ~20 % longer).
  const lanes = Array.from({ length: cache && threads > 1 ? 8 : 1 }, () => here());
  try {
    for (let i = 0; i < files.length; i++) {
      outcomes[i] = await ready[i];
      options.onDone?.(i, files[i]);
    }
    await Promise.all([...lanes, workers]);
  } finally {
    stopped = true;
    Atomics.store(taken, 0, order.length); // the workers stop taking files too
    // Not waited for: the workers end while the caller writes its report (the CLI's process ends
    // once the report is written, whether they have or not: bin/gongwen-lint.js).
    void pool?.then((w) => w?.close()).catch(() => {});
  }
  return outcomes;
}

/**
 * The order files are taken in: input order in one thread; with more, largest first (by size on
 * disk), so that the batch ends on the small files and the threads finish together.
 */
function checkingOrder(files: readonly string[], threads: number): number[] {
  const order = files.map((_, i) => i);
  if (threads < 2) return order;
  const size = files.map((file) => {
    try {
      return statSync(file).size;
    } catch {
      return 0; // reported when it is read
    }
  });
  return order.sort((a, b) => size[b] - size[a] || a - b);
}
