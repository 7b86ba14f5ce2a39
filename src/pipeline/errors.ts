// Typed errors with stable codes: callers (the CLI above all) check `code`,
// never the wording, and turn an error into one clear line.

export type ErrorCode =
  | "E_NOT_FOUND"
  | "E_EMPTY"
  | "E_BINARY"
  | "E_ENCODING"
  | "E_TOO_LARGE"
  | "E_NO_ARTICLES"
  | "E_BAD_OPTION"
  | "E_BAD_INPUT"
  | "E_PIPELINE"
  | "E_BAD_OUTPUT_DIR"
  | "E_QUERY"
  | "E_READ_ONLY"
  | "E_TIMEOUT"
  | "E_REMOTE";

export class NewsgraphError extends Error {
  override readonly name = "NewsgraphError";
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export function isNewsgraphError(error: unknown): error is NewsgraphError {
  return error instanceof NewsgraphError;
}
