/**
 * .docx → lines with resolved formatting + document facts. (Stub until the OOXML reader lands.)
 */
import type { DocxInfo, Line } from '../../tree/types.js';
import { InputError } from '../errors.js';

export interface DocxParse {
  lines: Line[];
  docx: DocxInfo;
}

export function parseDocx(_bytes: Uint8Array): DocxParse {
  throw new InputError('unsupported', '暂不支持 .docx');
}
