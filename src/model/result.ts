// The public extraction result (`newsgraph extract --json`): the contract in
// DESIGN.md, published as schema/extraction.schema.json.
import type { EntityType, PlaceGeo } from "./entity.js";
import type { RelationPredicate } from "./relation.js";
import type { TextSpan } from "./span.js";
import type { StatementKind } from "./statement.js";

/**
 * An ISO date (YYYY-MM-DD) or month (YYYY-MM).
 * @pattern ^\d{4}-\d{2}(-\d{2})?$
 */
export type IsoDateOrMonth = string;

/**
 * An entity id: a lowercase slug.
 * @pattern ^[a-z0-9]+(-[a-z0-9]+)*$
 */
export type EntityId = string;

export interface ArticleInfo {
  readonly id: string;
  readonly title: string | null;
  readonly author: string | null;
  readonly published: string | null;
  readonly source: string | null;
}

export interface EntityResult {
  readonly id: EntityId;
  readonly type: EntityType;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly roles: readonly { readonly title: string; readonly of: EntityId | null }[];
  readonly mentions: readonly TextSpan[];
  /** Present for a place matched unambiguously to a gazetteer entry: GeoNames id, country, coordinates. */
  readonly geo?: PlaceGeo;
}

export interface SpeakerResult extends TextSpan {
  readonly entity: EntityId | null;
  /** Present (true) when the speaker is a source the article does not name ("officials", "a source familiar with the talks"); entity is then null. */
  readonly unnamed?: true;
}

export interface StatementResult {
  readonly id: string;
  readonly kind: StatementKind;
  readonly speaker: SpeakerResult | null;
  readonly cue: TextSpan | null;
  readonly content: TextSpan;
  readonly addressee: EntityId | null;
  readonly about: readonly EntityId[];
  readonly place: EntityId | null;
  readonly date: IsoDateOrMonth | null;
  readonly via: EntityId | null;
}

export interface RelationResult {
  readonly id: string;
  readonly predicate: RelationPredicate;
  readonly subject: EntityId;
  readonly object: EntityId;
  readonly title?: string;
  readonly place: EntityId | null;
  readonly date: IsoDateOrMonth | null;
  readonly evidence: TextSpan;
}

export interface ExtractionResult {
  readonly article: ArticleInfo;
  readonly entities: readonly EntityResult[];
  readonly statements: readonly StatementResult[];
  readonly relations: readonly RelationResult[];
}
