/**
 * The unified/vfile side of gongwen-lint: findings as `VFileMessage`s, so the tool plugs into the
 * unified ecosystem (vfile-reporter, unified-engine, remark pipelines) as well as running alone.
 *
 *   const file = await lintVFile(new VFile({ path: 'draft.md', value }));
 *   // file.messages: ruleId, source 'gongwen-lint', place, fatal (true = error, false = warning)
 *
 *   unified().use(remarkParse).use(gongwenLint).process(file)  // lints the file's text
 */
import type { Plugin } from 'unified';
import { VFile } from 'vfile';
import type { Config } from './config.js';
import { lint } from './engine/lint.js';
import type { LintMessage, LintResult } from './engine/messages.js';

export interface VFileLintOptions {
  config?: Config;
}

/** Adds a result's findings to `file` as messages (source `gongwen-lint`). */
export function addMessages(file: VFile, result: LintResult): VFile {
  for (const m of result.messages) {
    const message = file.message(m.message, {
      ruleId: m.ruleId,
      source: 'gongwen-lint',
      place: placeOf(m),
    });
    // vfile's convention: fatal true = error, false = warning
    message.fatal = m.severity === 'error';
    if (m.snippet !== undefined) message.note = m.snippet;
    if (m.fix) message.expected = m.fix.map((edit) => edit.text);
  }
  return file;
}

function placeOf(m: LintMessage) {
  if (m.line === undefined) return undefined;
  const start = { line: m.line, column: m.column ?? 1 };
  if (m.endLine === undefined) return start;
  return { start, end: { line: m.endLine, column: m.endColumn ?? start.column } };
}

/** Lints a vfile (its `value`, bytes or text; its `path` gives the format) and returns it with messages. */
export async function lintVFile(file: VFile, options: VFileLintOptions = {}): Promise<VFile> {
  const value = file.value;
  const input = typeof value === 'string' ? value : new Uint8Array(value as Uint8Array);
  const result = await lint(input, { filename: file.path || file.basename || 'input.txt', config: options.config });
  return addMessages(file, result);
}

/**
 * A unified plugin: in any pipeline (remark, retext …) it lints the file being processed and adds
 * the findings to it. The tree is left alone: gongwen-lint parses the source itself, because it
 * needs its own official-document tree.
 */
export const gongwenLint: Plugin<[VFileLintOptions?]> = function (options = {}) {
  return async (_tree, file) => {
    await lintVFile(file, options);
  };
};

export { VFile };
