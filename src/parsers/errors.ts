/**
 * An input the tool cannot read as a document: corrupt, encrypted, legacy binary, empty, too large.
 * Carries a one-line Chinese message (the CLI prefixes the file name) and a stable code.
 */
export type InputErrorCode =
  | 'empty' | 'binary' | 'not-text' | 'corrupt-zip' | 'not-docx' | 'encrypted' | 'legacy-doc'
  | 'legacy-wps' | 'too-large' | 'zip-bomb' | 'bad-xml' | 'unsupported' | 'unreadable';

export class InputError extends Error {
  readonly code: InputErrorCode;
  constructor(code: InputErrorCode, message: string) {
    super(message);
    this.name = 'InputError';
    this.code = code;
  }
}

export function isInputError(error: unknown): error is InputError {
  return error instanceof InputError;
}
