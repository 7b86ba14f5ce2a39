// A statement: who said what (cue, content), to whom, where, when, about whom.
import type { Span } from "./span.js";

export type StatementKind = "direct" | "indirect" | "mixed";

export interface Speaker extends Span {
  /** Entity id of the speaker, or null for an unresolved or anonymous source. */
  readonly entity: string | null;
  /** Present (true) when the speaker is a source the article does not name ("officials", "a source familiar with the talks"). */
  readonly unnamed?: true;
}

export interface Statement {
  readonly id: string;
  readonly kind: StatementKind;
  readonly speaker: Speaker | null;
  readonly cue: Span | null;
  readonly content: Span;
  readonly addressee: string | null;
  readonly about: readonly string[];
  readonly place: string | null;
  /** ISO date (YYYY-MM-DD) or month (YYYY-MM) when it was said, or null. */
  readonly date: string | null;
  /** Entity id of whoever reported it ("according to Bloomberg"), or null. */
  readonly via: string | null;
}
