/**
 * A real process run to the end, for the few tests that must hold what only a spawn shows (the
 * built binary, the bundle, worker threads, a pipe): { code, stdout, stderr }, colour off and the
 * locale from the arguments only. Most CLI tests run in-process instead (test/helpers/cli.ts).
 */
import { spawn } from 'node:child_process';
import type { CliOutput } from './cli.js';

export interface SpawnOptions {
  cwd: string;
  env?: Record<string, string>;
  /** Written to stdin, which is then closed. */
  input?: string | Uint8Array;
}

/** Runs `command args` to the end; a process ended by a signal gives code -1. */
export function spawnToEnd(command: string, args: string[], options: SpawnOptions): Promise<CliOutput> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...process.env, NO_COLOR: '1', GONGWEN_LINT_LOCALE: '', ...options.env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (t: string) => (stdout += t));
    child.stderr.setEncoding('utf8').on('data', (t: string) => (stderr += t));
    child.on('error', fail);
    child.on('close', (code) => done({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(options.input);
  });
}
