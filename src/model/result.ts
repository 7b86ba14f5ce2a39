// The public extraction result (`newsgraph extract --json`): the contract in
// DESIGN.md, published as schema/extraction.schema.json.
import type { EntityType } from "./entity.js";
import type { RelationPredicate } from "./relation.js";
import type { TextSpan } from "./span.js";
import type { StatementKind } from "./statement.js";

export interface ArticleInfo {
  readonly id: string;
  readonly title: string | null;
  readonly author: string | null;
  readonly published: string | null;
  readonly source: string | null;
}

export interface EntityResult {
  readonly id: string;
  readonly type: EntityType;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly roles: readonly { readonly title: string; readonly of: string | null }[];
  readonly mentions: readonly TextSpan[];
}

export interface SpeakerResult extends TextSpan {
  readonly entity: string | null;
}

export interface StatementResult {
  readonly id: string;
  readonly kind: StatementKind;
  readonly speaker: SpeakerResult | null;
  readonly cue: TextSpan | null;
  readonly content: TextSpan;
  readonly addressee: string | null;
  readonly about: readonly string[];
  readonly place: string | null;
  readonly date: string | null;
  readonly via: string | null;
}

export interface RelationResult {
  readonly id: string;
  readonly predicate: RelationPredicate;
  readonly subject: string;
  readonly object: string;
  readonly title?: string;
  readonly place: string | null;
  readonly date: string | null;
  readonly evidence: TextSpan;
}

export interface ExtractionResult {
  readonly article: ArticleInfo;
  readonly entities: readonly EntityResult[];
  readonly statements: readonly StatementResult[];
  readonly relations: readonly RelationResult[];
}
