// Relations between entities, each with the evidence that states it.
import type { Span } from "./span.js";

export const RELATION_PREDICATES = ["met", "role", "member-of", "located-in"] as const;
export type RelationPredicate = (typeof RELATION_PREDICATES)[number];

export interface Relation {
  readonly id: string;
  readonly predicate: RelationPredicate;
  readonly subject: string;
  readonly object: string;
  /** For role: the title held ("Prime Minister"). */
  readonly title?: string;
  readonly place: string | null;
  readonly date: string | null;
  readonly evidence: Span;
}
