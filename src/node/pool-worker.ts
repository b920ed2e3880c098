/**
 * One worker thread of the lint pool (src/node/pool.ts). Loaded once per thread: the rules and the
 * lexicons are built here, before the first task (a warm-up check of a short text with the batch's
 * config), and reused for every file the thread is given; the typo model's tables come ready-made
 * in workerData, one SharedArrayBuffer for all the threads.
 */
import { readFile } from 'node:fs/promises';
// piscina hands the pool's workerData to Node's own (its worker.js copies it): no need to load
// piscina's main module in every worker for it
import { workerData } from 'node:worker_threads';
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

const shared = workerData as { config?: Config; typoModel?: Uint8Array } | undefined;
const config: Config = shared?.config ?? {};
// The typo model's tables, shared by every thread of the pool (src/node/typo-model.ts): no build here.
useTypoModelFile(shared?.typoModel);

try {
  lintSync('关于做好检查工作的通知\n\n各单位：\n现将有关事项通知如下。\n', { filename: 'warm-up.txt', config });
} catch {
  // A problem here shows again, per file, where it can be reported.
}

export default async function lintTask(task: PoolTask) {
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
