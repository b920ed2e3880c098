/**
 * A batch past one machine: documents go into a BullMQ queue on Redis, any number of worker processes
 * (`gongwen-lint queue worker`) on any number of machines check them, and the results are collected
 * by batch (`queue submit --wait`, or later `queue results`).
 *
 * - A job's id is the hash of the document (its bytes and format) and of the config it is checked
 *   with (and the version): a document submitted again is answered by the job already there, never
 *   checked twice.
 * - A job is tried up to ATTEMPTS times with exponential backoff, each try limited in time (the check
 *   runs on a worker thread that is stopped at the limit). A document the checker cannot read is not a
 *   failed job: its error is that document's result. A job that fails every try is reported as that
 *   document's error; the rest of the batch goes on.
 * - A worker that dies mid-job holds the job's lock no longer than `lockDuration`; another worker's
 *   stalled-job check then puts it back in the queue (BullMQ), so nothing is lost.
 *
 * bullmq and ioredis are imported only here, and this module only when a `queue` command runs.
 */
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Redis } from 'ioredis';
import type { Config } from '../../config.js';
import type { FileError } from '../../engine/messages.js';
import { VERSION } from '../../engine/version.js';
import { sha256, stableStringify } from '../cache.js';
import { fileError } from '../errors.js';
import { createLintPool, type FileOutcome } from '../pool.js';

export const QUEUE_NAME = 'gongwen-lint';
/** Tries per job, and the first backoff delay (doubled each time). */
export const ATTEMPTS = 3;
export const BACKOFF_MS = 1000;
/** How long finished jobs and batch records are kept for `queue results`. */
export const KEEP_SECONDS = 7 * 24 * 3600;
/** Default time limit for checking one document. */
export const DEFAULT_TIME_LIMIT_MS = 120_000;
/** Default BullMQ lock: a dead worker's job is back in the queue after about this long. */
export const DEFAULT_LOCK_MS = 30_000;

const batchKey = (id: string) => `${QUEUE_NAME}:batch:${id}`;
const LAST_BATCH = `${QUEUE_NAME}:batch:last`;

export interface JobData {
  /** The path the document had where it was first submitted (its result names the submitter's path). */
  name: string;
  /** The document, base64. */
  bytes: string;
  config: Config;
}

interface BatchEntry {
  filePath: string;
  jobId?: string;
  error?: FileError;
}

/** The job id of a document checked with a config: content + format, and config + version. */
export function jobIdFor(bytes: Uint8Array, filePath: string, config: Config): string {
  const content = sha256(Buffer.concat([Buffer.from(extname(filePath).toLowerCase() + '\0'), bytes]));
  const setup = sha256(`${VERSION}\0${stableStringify(config)}`);
  return `${content.slice(0, 40)}-${setup.slice(0, 20)}`;
}

export interface Connection {
  redis: Redis;
  close(): Promise<void>;
}

/**
 * Connects to Redis. For `submit`/`results` (`failFast`) an unreachable server is an error within a
 * few seconds; a worker keeps retrying (Redis may restart under it).
 */
export async function connect(url: string, options: { failFast?: boolean } = {}): Promise<Connection> {
  const { Redis } = await import('ioredis');
  const redis = new Redis(url, {
    maxRetriesPerRequest: null,
    lazyConnect: true,
    connectTimeout: 5000,
    ...(options.failFast ? { retryStrategy: (times: number) => (times > 3 ? null : 200 * times) } : {}),
  });
  redis.on('error', () => undefined); // reported where a command fails
  await redis.connect();
  return { redis, close: async () => void (await redis.quit().catch(() => redis.disconnect())) };
}

async function openQueue(redis: Redis) {
  const { Queue } = await import('bullmq');
  return new Queue<JobData, FileOutcome>(QUEUE_NAME, { connection: redis });
}

export interface SubmitResult {
  batchId: string;
  /** Jobs added now. */
  added: number;
  /** Documents already queued or done (same content and config). */
  existing: number;
  /** Files that could not be read. */
  unreadable: number;
}

/** Submits files as one batch; returns its id. */
export async function submit(conn: Connection, files: readonly string[], config: Config, locale: 'zh' | 'en' = 'zh'): Promise<SubmitResult> {
  const queue = await openQueue(conn.redis);
  const entries: BatchEntry[] = [];
  let added = 0;
  let existing = 0;
  let unreadable = 0;
  try {
    for (const filePath of files) {
      let bytes: Uint8Array;
      try {
        bytes = await readFile(filePath);
      } catch (error) {
        entries.push({ filePath, error: fileError(filePath, error, locale) });
        unreadable++;
        continue;
      }
      const jobId = jobIdFor(bytes, filePath, config);
      entries.push({ filePath, jobId });
      const state = await queue.getJobState(jobId);
      if (state === 'unknown') {
        await queue.add(
          'check',
          { name: filePath, bytes: Buffer.from(bytes).toString('base64'), config },
          {
            jobId,
            attempts: ATTEMPTS,
            backoff: { type: 'exponential', delay: BACKOFF_MS },
            removeOnComplete: { age: KEEP_SECONDS },
            removeOnFail: { age: KEEP_SECONDS },
          },
        );
        added++;
      } else {
        // Already there: done, waiting or being checked. One that failed every try is tried again.
        if (state === 'failed') await (await queue.getJob(jobId))?.retry('failed');
        existing++;
      }
    }
    const batchId = `${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
    await conn.redis.set(batchKey(batchId), JSON.stringify(entries), 'EX', KEEP_SECONDS);
    await conn.redis.set(LAST_BATCH, batchId, 'EX', KEEP_SECONDS);
    return { batchId, added, existing, unreadable };
  } finally {
    await queue.close();
  }
}

/** The id of the last batch submitted to this Redis, if any. */
export async function lastBatch(conn: Connection): Promise<string | undefined> {
  return (await conn.redis.get(LAST_BATCH)) ?? undefined;
}

export class UnknownBatchError extends Error {}

/**
 * The outcome of every document of a batch, in the order submitted. With `wait`, waits until every
 * job is done; otherwise a job not done yet is that document's error (code `pending`).
 */
export async function collect(
  conn: Connection,
  batchId: string,
  options: { wait?: boolean; pollMs?: number; locale?: 'zh' | 'en' } = {},
): Promise<FileOutcome[]> {
  const t = (zh: string, en: string) => (options.locale === 'en' ? en : zh);
  const text = await conn.redis.get(batchKey(batchId));
  if (text === null) throw new UnknownBatchError(t(`没有批次 ${batchId}（或已过期）`, `no batch ${batchId} (or it expired)`));
  const entries = JSON.parse(text) as BatchEntry[];
  const queue = await openQueue(conn.redis);
  const outcomes: Array<FileOutcome | undefined> = entries.map((e) => (e.error ? { errors: [e.error] } : undefined));
  const relabel = (outcome: FileOutcome, filePath: string): FileOutcome => ({
    ...(outcome.result ? { result: { ...outcome.result, filePath } } : {}),
    errors: (outcome.errors ?? []).map((e) => ({ ...e, filePath })),
  });
  try {
    for (;;) {
      let pending = 0;
      for (let i = 0; i < entries.length; i++) {
        if (outcomes[i]) continue;
        const { filePath, jobId } = entries[i];
        const state = await queue.getJobState(jobId!);
        if (state === 'completed' || state === 'failed') {
          const job = await queue.getJob(jobId!);
          if (job && state === 'completed') outcomes[i] = relabel(job.returnvalue, filePath);
          else {
            const reason = job?.failedReason ?? '';
            outcomes[i] = { errors: [{ filePath, code: 'queue-failed', message: t(`检查失败（已试 ${ATTEMPTS} 次）：${reason}`, `check failed (${ATTEMPTS} tries): ${reason}`) }] };
          }
        } else if (state === 'unknown') {
          outcomes[i] = { errors: [{ filePath, code: 'queue-missing', message: t('队列中已没有这个文件的任务（已过期或被清除）', 'its job is no longer in the queue (expired or removed)') }] };
        } else pending++;
      }
      if (!pending) break;
      if (!options.wait) {
        for (let i = 0; i < entries.length; i++) {
          if (!outcomes[i]) outcomes[i] = { errors: [{ filePath: entries[i].filePath, code: 'pending', message: t('尚未检查完（用 --wait 等待）', 'not checked yet (use --wait)') }] };
        }
        break;
      }
      await new Promise((r) => setTimeout(r, options.pollMs ?? 250));
    }
  } finally {
    await queue.close();
  }
  return outcomes as FileOutcome[];
}

export interface WorkerOptions {
  /** Documents checked at once (one worker thread each). */
  concurrency?: number;
  lockDuration?: number;
  timeLimitMs?: number;
  /** One line per job started/finished. */
  log?: (line: string) => void;
}

/** Starts a worker; resolves once it is connected. close() lets the jobs in hand finish first. */
export async function startWorker(url: string, options: WorkerOptions = {}): Promise<{ close(): Promise<void> }> {
  const concurrency = Math.max(1, options.concurrency ?? 1);
  const lockDuration = options.lockDuration ?? DEFAULT_LOCK_MS;
  const timeLimitMs = options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS;
  const pool = await createLintPool(concurrency, {});
  if (!pool) throw new Error('dist/node/pool-worker.js is missing: run `npm run build`');
  const conn = await connect(url);
  const { Worker } = await import('bullmq');
  const worker = new Worker<JobData, FileOutcome>(
    QUEUE_NAME,
    async (job) => {
      options.log?.(`▶ ${job.id} ${job.data.name}`);
      try {
        const outcome = await pool.run(
          { filePath: job.data.name, bytes: Buffer.from(job.data.bytes, 'base64'), config: job.data.config },
          AbortSignal.timeout(timeLimitMs),
        );
        options.log?.(`✓ ${job.id}`);
        return outcome;
      } catch (error) {
        const timedOut = (error as Error)?.name === 'AbortError' || /abort/i.test(String((error as Error)?.message));
        const message = timedOut ? `超过时间限制 ${timeLimitMs / 1000} 秒` : String((error as Error)?.message ?? error).split('\n')[0];
        options.log?.(`✗ ${job.id} ${message}`);
        throw new Error(message);
      }
    },
    { connection: conn.redis, concurrency, lockDuration, stalledInterval: lockDuration, maxStalledCount: 2, autorun: true },
  );
  worker.on('error', () => undefined); // connection trouble: ioredis reconnects
  await worker.waitUntilReady();
  return {
    close: async () => {
      await worker.close();
      await pool.close();
      await conn.close();
    },
  };
}
