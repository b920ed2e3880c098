/**
 * The CLI bundle (scripts/build-cli.mjs, issue 8 start-up): bin/gongwen-lint.js runs
 * dist/bundle/cli.cjs with V8's code cache (dist/bundle/cli.cjs.cache, bin/load-cli.js), whose
 * worker pool starts dist/bundle/pool-worker.cjs (the bundled worker with its own code cache, made
 * under the pool's V8 flags) and whose typo model is read from dist/lexicon/data
 * on first use. Checked on a copy of bin + dist/bundle + dist/lexicon alone (no dist/node,
 * dist/cli …) so that nothing can quietly come from tsc's output: the same report as the CLI
 * in-process, on one thread and on a pool of two, and with the code cache accepted, refused by V8
 * (another Node), not this bundle's, or missing.
 */
import { spawnToEnd } from '../helpers/spawn.js';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { createRequire, SourceMap } from 'node:module';

const repo = fileURLToPath(new URL('../..', import.meta.url));
// bin/ is CommonJS, plain JavaScript
const { loadCli, whereInSource, prefetchTypoModel, PREFETCH_KEY } = createRequire(import.meta.url)('../../bin/load-cli.js') as {
  loadCli(options: { bundle: string; useCache: boolean }): { exports: { main(argv: unknown): Promise<number> } };
  whereInSource(error: unknown): string;
  prefetchTypoModel(file?: string): void;
  PREFETCH_KEY: symbol;
};
type Prefetch = { file: string; complete(): Uint8Array | undefined };
const bundle = join(repo, 'dist', 'bundle');

/** Text fixtures with findings of several rules, the typo model's included. */
const FILES: Record<string, string> = {
  'a.txt': '关于做好检查工作的通知\n\n各单位：\n现将有关事项通知如下：。\n要按时完成任务。，确保质量。\n',
  'b.txt': '关于加强安全生产工作的通知\n\n各区人民政府：\n一、要认真贯彻落实，切实加强领导\n二、要严格执行制度。\n',
  'c.txt': '关于开展年度考核的通知\n\n各部门：\n请于2024年3月15日前报送材料，逾期不候。\n',
};

let root: string;
let docs: string;
let copy: string;

function node(args: string[], cwd: string, env: Record<string, string> = {}) {
  return spawnToEnd(process.execPath, args, { cwd, env });
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'gongwen-bundle-'));
  docs = join(root, 'docs');
  mkdirSync(join(docs, '.git'), { recursive: true });
  for (const [name, text] of Object.entries(FILES)) writeFileSync(join(docs, name), text);
  // the package without tsc's modules: bin/, dist/bundle/, dist/lexicon/ (the data), node_modules
  copy = join(root, 'pkg');
  mkdirSync(join(copy, 'dist'), { recursive: true });
  cpSync(join(repo, 'bin'), join(copy, 'bin'), { recursive: true });
  cpSync(bundle, join(copy, 'dist', 'bundle'), { recursive: true });
  cpSync(join(repo, 'dist', 'lexicon'), join(copy, 'dist', 'lexicon'), { recursive: true });
  cpSync(join(repo, 'package.json'), join(copy, 'package.json'));
  symlinkSync(join(repo, 'node_modules'), join(copy, 'node_modules'), 'dir');
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

/**
 * Runs `check` with the code cache file in each state bin/load-cli.js tells apart — as built
 * (accepted), V8's version hash changed (rejected), another build's id (stale), none (missing) —
 * and puts the built file back.
 */
async function inEachCacheState(cacheFile: string, check: (state: string) => Promise<void>): Promise<void> {
  const good = readFileSync(cacheFile);
  const HEADER = 96; // bin/load-cli.js: our header, then V8's data (magic, then V8's version hash)
  const otherV8 = Buffer.from(good);
  otherV8.writeUInt32LE((otherV8.readUInt32LE(HEADER + 4) ^ 0x5a5a5a5a) >>> 0, HEADER + 4);
  const otherBuild = Buffer.from(good);
  otherBuild.write('0'.repeat(32), good.indexOf(' ') + 1, 'latin1');
  const cases: Array<[string, Buffer | undefined]> = [
    ['accepted', good],
    ['rejected', otherV8],
    ['stale', otherBuild],
    ['missing', undefined],
  ];
  try {
    for (const [state, bytes] of cases) {
      if (bytes) writeFileSync(cacheFile, bytes);
      else unlinkSync(cacheFile);
      await check(state);
    }
  } finally {
    writeFileSync(cacheFile, good);
  }
}

describe('the CLI bundle (dist/bundle)', () => {
  it('is built beside its pool worker, with source maps and its code cache', () => {
    for (const name of ['cli.cjs', 'cli.cjs.map', 'cli.cjs.cache', 'pool-worker.cjs', 'pool-worker-code.cjs', 'pool-worker-code.cjs.map', 'pool-worker-code.cjs.cache']) {
      expect(existsSync(join(bundle, name)), name).toBe(true);
    }
    const map = JSON.parse(readFileSync(join(bundle, 'cli.cjs.map'), 'utf8')) as { sources: string[] };
    expect(map.sources.some((s) => s.endsWith('src/cli/main.ts'))).toBe(true);
  });

  it('is ASCII, read as latin1, and its source map still names the TypeScript places after each escape', () => {
    const bytes = readFileSync(join(bundle, 'cli.cjs'));
    expect(bytes.findIndex((b) => b > 0x7f)).toBe(-1);
    // Message ids that follow Chinese text (messages, patterns) on the bundle's long lines: each
    // must map to a line of its rule that names it (scripts/build-cli.mjs moves the map's columns)
    const js = bytes.toString('latin1');
    const map = new SourceMap(JSON.parse(readFileSync(join(bundle, 'cli.cjs.map'), 'utf8')));
    const ids = [
      ['brokenAfterOpener', 'src/rules/punctuation/paired-marks.ts'],
      ['counterUnseenParent', 'src/rules/element/heading-sequence.ts'],
    ] as const;
    for (const [id, file] of ids) {
      const at = js.indexOf(`${id}:{`);
      expect(at, id).toBeGreaterThan(0);
      const line = js.slice(0, at).split('\n').length - 1;
      const column = at - (js.lastIndexOf('\n', at) + 1);
      expect(js.slice(js.lastIndexOf('\n', at) + 1, at), id).toMatch(/\\u[0-9a-f]{4}/); // an escape before it on its line
      const entry = map.findEntry(line, column) as { originalSource?: string; originalLine?: number };
      expect(entry.originalSource?.endsWith(file), id).toBe(true);
      const sourceLine = readFileSync(join(fileURLToPath(new URL('../..', import.meta.url)), file), 'utf8').split('\n')[entry.originalLine!];
      expect(sourceLine, id).toContain(id);
    }
  });

  it('does not carry the typo model (read from dist/lexicon/data on first use)', () => {
    const js = readFileSync(join(bundle, 'cli.cjs'), 'utf8');
    expect(js).not.toContain('"holeKeys"');
  });

  it('alone (no dist/cli, dist/node) prints the report the CLI gives in-process, on one thread and on a pool', async () => {
    const args = ['--no-config', '--format', 'json', '.'];
    const expected = await runCli(docs, args);
    expect(expected.code).toBe(1);
    const bin = join(copy, 'bin', 'gongwen-lint.js');
    for (const concurrency of ['off', '2']) {
      const r = await node([bin, '--concurrency', concurrency, ...args], docs);
      expect(r.stderr, concurrency).toBe('');
      expect(r.code, concurrency).toBe(expected.code);
      expect(JSON.parse(r.stdout), concurrency).toEqual(JSON.parse(expected.stdout));
    }
  }, 60_000);

  it('is started from its code cache, and lints the same when the cache is refused, stale or missing', async () => {
    const args = ['--no-config', '--format', 'json', 'a.txt', 'b.txt'];
    const expected = await runCli(docs, args);
    expect(expected.code).toBe(1);
    const bin = join(copy, 'bin', 'gongwen-lint.js');
    await inEachCacheState(join(copy, 'dist', 'bundle', 'cli.cjs.cache'), async (state) => {
      const r = await node([bin, ...args], docs, { NODE_DEBUG: 'gongwen-lint' });
      expect(r.stderr, state).toContain(`code cache ${state} `);
      expect(r.stderr.replace(/^GONGWEN-LINT \d+: code cache .*\n/m, ''), state).toBe('');
      expect(r.code, state).toBe(expected.code);
      expect(JSON.parse(r.stdout), state).toEqual(JSON.parse(expected.stdout));
    });
  }, 60_000);

  it("starts the pool's workers from their own code cache, and lints the same when it is refused, stale or missing", async () => {
    // a batch large enough that the worker is up and checking before this thread is done with it
    const args = ['--no-config', '--format', 'json', join(repo, 'fixtures', 'acceptance')];
    const bin = join(copy, 'bin', 'gongwen-lint.js');
    const expected = await node([bin, '--concurrency', 'off', ...args], docs);
    expect(expected.code).toBe(1);
    const cacheFile = join(copy, 'dist', 'bundle', 'pool-worker-code.cjs.cache');
    // accepted: V8 took a cache made at build time, i.e. under the V8 flags a batch's pool sets
    await inEachCacheState(cacheFile, async (state) => {
      const r = await node([bin, '--concurrency', '2', ...args], docs, { NODE_DEBUG: 'gongwen-lint' });
      // the CLI's own cache, then the worker's (its thread loaded the bundled worker)
      expect(r.stderr, state).toContain(`code cache accepted (${join(copy, 'dist', 'bundle', 'cli.cjs.cache')})`);
      expect(r.stderr, state).toContain(`code cache ${state} (${cacheFile})`);
      expect(r.stderr.replace(/^GONGWEN-LINT \d+: code cache .*\n/gm, ''), state).toBe('');
      expect(r.code, state).toBe(expected.code);
      expect(r.stdout, state).toBe(expected.stdout);
    });
  }, 120_000);

  it('names the TypeScript place of an internal error (the bundle\'s source map)', async () => {
    // main() given no argument list fails on its first line that reads it: a bug of the caller's,
    // thrown inside the bundle as an internal error would be
    const loaded = loadCli({ bundle: join(copy, 'dist', 'bundle', 'cli.cjs'), useCache: false });
    // the stack as Node writes it (vitest's own hook would already map it through the source map)
    const hook = Error.prepareStackTrace;
    (Error as { prepareStackTrace?: unknown }).prepareStackTrace = undefined;
    let error: unknown;
    try {
      error = await loaded.exports.main(null).then(() => undefined, (e: unknown) => e);
      void (error as Error).stack;
    } finally {
      Error.prepareStackTrace = hook;
    }
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).stack).toContain(`${pathToFileURL(join(copy, 'dist', 'bundle', 'cli.cjs')).href}:`);
    const line = readFileSync(join(repo, 'src', 'cli', 'main.ts'), 'utf8').split('\n').findIndex((l) => l.includes("argv[0] === 'serve'")) + 1;
    expect(whereInSource(error)).toBe(` (at src/cli/main.ts:${line}:7)`);
  });

  it('reads the typo model in the background: completed on demand, the file byte for byte', async () => {
    const file = join(repo, 'dist', 'lexicon', 'data', 'typo-model.bin');
    const expected = readFileSync(file);
    const slot = globalThis as unknown as Record<symbol, Prefetch | undefined>;
    try {
      // asked for at once (the reads still in flight): the missing chunks are read there and then
      prefetchTypoModel(file);
      const now = slot[PREFETCH_KEY]!.complete()!;
      expect(now.byteLength).toBe(expected.byteLength);
      expect(Buffer.compare(Buffer.from(now.buffer, now.byteOffset, now.byteLength), expected)).toBe(0);
      // asked for again once the background reads have all landed: still the same bytes
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(Buffer.compare(Buffer.from(now.buffer, now.byteOffset, now.byteLength), expected)).toBe(0);
      delete slot[PREFETCH_KEY];
      // no file: nothing started, the model is read the usual way
      prefetchTypoModel(join(root, 'no-such-typo-model.bin'));
      expect(slot[PREFETCH_KEY]).toBeUndefined();
    } finally {
      delete slot[PREFETCH_KEY];
    }
  });
});
