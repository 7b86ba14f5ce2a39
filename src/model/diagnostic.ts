// Diagnostics are data (the vfile pattern): a stage that doubts something it
// can recover from records where and why, and never logs to the console.
import type { Span } from "./span.js";

export type Severity = "info" | "warning";

export interface Diagnostic {
  readonly severity: Severity;
  /** Stable identifier of the rule that raised it, e.g. `read/empty-title`. */
  readonly ruleId: string;
  readonly message: string;
  readonly span?: Span;
}
