// Turns any error into one clear line for the terminal: typed errors print
// their message; anything else is reported as an internal error, without a
// stack trace unless NEWSGRAPH_DEBUG is set.
import { isNewsgraphError } from "../pipeline/errors.js";

export function describeError(error: unknown): string {
  if (isNewsgraphError(error)) return `newsgraph: ${error.message}`;
  const message = error instanceof Error ? error.message : String(error);
  if (process.env.NEWSGRAPH_DEBUG && error instanceof Error && error.stack) return error.stack;
  return `newsgraph: internal error: ${message} (set NEWSGRAPH_DEBUG=1 for details)`;
}
