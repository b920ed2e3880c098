/**
 * One worker thread of the lint pool (src/node/pool.ts). Loaded once per thread: the rules, the
 * lexicons and the typo model are built here, before the first task (a warm-up check of a short text
 * with the batch's config), and reused for every file the thread is given.
 */
import { readFile } from 'node:fs/promises';
import { workerData } from 'piscina';
import type { Config } from '../config.js';
import { lintSync } from '../engine/lint.js';
import { fileError } from './errors.js';
import { lintBytes } from './index.js';

export interface PoolTask {
  filePath: string;
  /** The file's bytes when the caller has read them already (for the cache); else read here. */
  bytes?: Uint8Array;
  /** A config for this task instead of the pool's (queue jobs carry their own). */
  config?: Config;
}

const config: Config = (workerData as { config?: Config } | undefined)?.config ?? {};

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
  return lintBytes(bytes, task.filePath, taskConfig);
}
