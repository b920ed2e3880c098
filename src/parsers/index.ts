/**
 * One entry for every input: bytes or text + file name → the official-document tree.
 * Never touches the file system.
 */
import type { DocumentNode, SourceFormat } from '../tree/types.js';
import { decodeText } from './decode.js';
import { InputError } from './errors.js';
import { markdownToLines } from './markdown.js';
import { recognise } from './structure.js';
import { textToLines } from './txt.js';
import { isFlatOpc, parseDocx } from './docx/index.js';
import { now, type Timing } from '../engine/timing.js';

export interface ParsedDocument {
  tree: DocumentNode;
  /** Decoded text for .txt/.md. */
  source?: string;
  encoding?: string;
}

export function formatOf(filename: string | undefined): SourceFormat {
  const name = (filename ?? '').toLowerCase();
  if (name.endsWith('.docx')) return 'docx';
  if (name.endsWith('.md') || name.endsWith('.markdown')) return 'md';
  return 'txt';
}

/** `timing`: the recogniser's time goes to its phase (--timing). */
export function parseDocument(input: Uint8Array | string, filename?: string, timing?: Timing): ParsedDocument {
  const format = formatOf(filename);
  if (format === 'docx') {
    // Text is accepted when it is a flat OPC package (pkg:package, from WordOpenXML / getOoxml()).
    if (typeof input === 'string' && !isFlatOpc(input)) throw new InputError('not-docx', '.docx 输入必须是字节而不是文本');
    const { lines, docx } = parseDocx(input);
    return { tree: recogniseTimed(timing, () => recognise(lines, { format, docx })) };
  }
  let text: string;
  let encoding = 'utf-8';
  if (typeof input === 'string') text = input;
  else {
    if (input.length === 0) throw new InputError('empty', '是空文件');
    sniffBinaryContainer(input, filename);
    const decoded = decodeText(input);
    text = decoded.text;
    encoding = decoded.encoding;
  }
  if (text.trim() === '') throw new InputError('empty', '是空文件（没有任何文字）');
  const lines = format === 'md' ? markdownToLines(text) : textToLines(text);
  return { tree: recogniseTimed(timing, () => recognise(lines, { format })), source: text, encoding };
}

function recogniseTimed(timing: Timing | undefined, run: () => DocumentNode): DocumentNode {
  if (!timing) return run();
  const start = now();
  const tree = run();
  timing.phases.recognise += now() - start;
  return tree;
}

/** A Word or zip file saved with a .txt/.md name: say what it is instead of "binary". */
function sniffBinaryContainer(bytes: Uint8Array, filename?: string): void {
  const ext = filename?.split('.').pop() ?? 'txt';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) throw new InputError('binary', `是 zip/DOCX 文件，却以 .${ext} 命名`);
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw new InputError('legacy-doc', `是 Word 97-2003（.doc）或 WPS 二进制文件，却以 .${ext} 命名；请另存为 .docx`);
  }
}
