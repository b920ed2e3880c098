/**
 * The CLI in-process: `run()` from src/cli/main.ts with captured stdout/stderr and a given stdin, so
 * a test pays neither a Node start-up nor a build per call. Same exit code and output as
 * `node bin/gongwen-lint.js` (test/cli/cli.test.ts keeps a few real spawns of the built binary to
 * hold that).
 */
import { run } from '../../src/cli/main.js';

export interface CliOutput {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(
  cwd: string,
  args: string[],
  input?: string | Uint8Array,
  env: Record<string, string | undefined> = {},
): Promise<CliOutput> {
  let stdout = '';
  let stderr = '';
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const code = await run(args, {
    cwd,
    stdout: { write: (t: string) => (stdout += t), isTTY: false },
    stderr: { write: (t: string) => (stderr += t), isTTY: false },
    stdin: (async function* () {
      if (bytes && bytes.length) yield bytes;
    })(),
    env: { NO_COLOR: '1', ...env },
  });
  return { code, stdout, stderr };
}
