/**
 * One worker thread of the lint pool (src/node/pool.ts). Loaded once per thread: the rules and the
 * lexicons are built here, before the first task (a warm-up check of a short text with the batch's
 * config), and reused for every file the thread is given; the typo model's tables come ready-made
 * in workerData, one SharedArrayBuffer for all the threads.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
// piscina hands the pool's workerData to Node's own (its worker.js copies it): no need to load
// piscina's main module in every worker for it
import { workerData, type MessagePort } from 'node:worker_threads';
import type { Config } from '../config.js';
import { lintSync } from '../engine/lint.js';
import { fileError } from './errors.js';
import { lintBytes } from './lint-bytes.js';
import { useTypoModelFile } from './typo-model.js';

export interface PoolTask {
  filePath: string;
  /** The file's bytes when the caller has read them already (for the cache); else read here. */
  bytes?: Uint8Array;
  /** A config for this task instead of the pool's (queue jobs carry their own). */
  config?: Config;
  /** Leave the decoded text off the result (the caller's reporter does not print it): not copied back. */
  dropSource?: boolean;
}

/**
 * A batch this worker takes files from itself, beside the main thread and any other worker
 * (src/node/pool.ts, checkFiles): each takes the next file by adding one to `next`, so no thread
 * waits for another to be handed its next file.
 */
export interface SharedQueue {
  /** The batch, in input order. */
  files: readonly string[];
  /** Indices into `files`, in the order they are taken. */
  order: Int32Array;
  /** On a SharedArrayBuffer: the position in `order` of the next file to take. */
  next: Int32Array;
  /** On a SharedArrayBuffer, one per file: the worker (its `id`) that took it, 0 for none. */
  owner: Int32Array;
  dropSource?: boolean;
}

/** What the worker posts on its task's port: a file's outcome (or what was thrown), then `done`. */
export type QueueMessage = { i: number; outcome: Awaited<ReturnType<typeof lintTask>> } | { i: number; error: unknown } | { done: true };

export interface PoolQueueTask {
  queue: SharedQueue;
  /** This worker's number in `owner`. */
  id: number;
  port: MessagePort;
}

const shared = workerData as { config?: Config; typoModel?: Uint8Array } | undefined;
const config: Config = shared?.config ?? {};
// The typo model's tables, shared by every thread of the pool (src/node/typo-model.ts): no build here.
useTypoModelFile(shared?.typoModel);

try {
  lintSync('关于做好检查工作的通知\n\n各单位：\n现将有关事项通知如下。\n', { filename: 'warm-up.txt', config });
} catch {
  // A problem here shows again, per file, where it can be reported.
}

export default function poolTask(task: PoolTask | PoolQueueTask) {
  return 'queue' in task ? takeFromQueue(task) : lintTask(task);
}

/** A turn of the event loop, for V8's garbage-collection tasks between files. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Checks files from the shared queue until none is left, posting each outcome as it is known. Read
 * in one call (fs/promises would leave the thread waiting for libuv's threads at every file).
 */
async function takeFromQueue({ queue, id, port }: PoolQueueTask): Promise<number> {
  const { files, order, next, owner, dropSource } = queue;
  let checked = 0;
  for (let k = Atomics.add(next, 0, 1); k < order.length; k = Atomics.add(next, 0, 1)) {
    const i = order[k];
    Atomics.store(owner, i, id);
    const filePath = files[i];
    try {
      let bytes: Uint8Array;
      try {
        bytes = readFileSync(filePath);
      } catch (error) {
        port.postMessage({ i, outcome: { errors: [fileError(filePath, error, config.locale ?? 'zh')] } } satisfies QueueMessage);
        continue;
      }
      port.postMessage({ i, outcome: await lintTask({ filePath, bytes, dropSource }) } satisfies QueueMessage);
    } catch (error) {
      port.postMessage({ i, error } satisfies QueueMessage);
    }
    checked++;
    await nextTurn();
  }
  port.postMessage({ done: true } satisfies QueueMessage);
  port.close();
  return checked;
}

async function lintTask(task: PoolTask) {
  const taskConfig = task.config ?? config;
  let bytes = task.bytes;
  if (!bytes) {
    try {
      bytes = await readFile(task.filePath);
    } catch (error) {
      return { errors: [fileError(task.filePath, error, taskConfig.locale ?? 'zh')] };
    }
  }
  const outcome = await lintBytes(bytes, task.filePath, taskConfig);
  if (task.dropSource && outcome.result?.source !== undefined) {
    const { source: _source, ...rest } = outcome.result;
    return { ...outcome, result: rest };
  }
  return outcome;
}
