// A statement before its context is filled in: speaker, cue, content, and
// what the rules saw next to it (addressee, "according to" source).
import type { Span } from "../../model/span.js";
import type { Speaker } from "../../model/statement.js";

export interface Draft {
  readonly content: Span;
  readonly cue: Span | null;
  readonly speaker: Speaker | null;
  readonly addressee: string | null;
  readonly via: string | null;
  /** Which rule found it, for diagnostics and tests. */
  readonly rule: string;
  /** How sure the tagger was (mean emission margins over its cue and content tokens), when it found it. */
  readonly margin?: { readonly cue: number; readonly content: number };
}
