// The plain objects the typed query API returns: entities, statements,
// relations and neighbours, each fact with its evidence (article, offsets, text).
import type { EntityType } from "../model/entity.js";
import type { RelationPredicate } from "../model/relation.js";
import type { StatementKind } from "../model/statement.js";

export interface Evidence {
  readonly article: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface EntityRef {
  readonly id: string;
  readonly iri: string;
  readonly label: string;
  readonly type: EntityType;
}

export interface EntityView extends EntityRef {
  readonly aliases: readonly string[];
  /** Articles that mention the entity, sorted. */
  readonly articles: readonly string[];
  readonly mentions: number;
  /** For a place grounded in the gazetteer. */
  readonly geo?: GeoView;
}

export interface GeoView {
  /** GeoNames feature id, or null. */
  readonly geonames: number | null;
  /** ISO 3166-1 alpha-2 code of the country, or null. */
  readonly country: string | null;
  readonly lat: number | null;
  readonly lon: number | null;
}

export interface StatementView {
  readonly iri: string;
  readonly article: string;
  readonly kind: StatementKind;
  readonly text: string;
  /** The content's characters in the article. */
  readonly evidence: Evidence;
  /** The speaker entity, or null: nobody, or a source the article does not name. */
  readonly speaker: EntityRef | null;
  /** The article's words for the speaker ("Putin", "officials"), or null. */
  readonly speakerText: string | null;
  /** Whether the speaker is a source the article does not name (an ng:UnnamedSource: "a source familiar with the talks"). */
  readonly unnamedSource: boolean;
  readonly cue: string | null;
  readonly addressee: EntityRef | null;
  readonly about: readonly EntityRef[];
  readonly place: EntityRef | null;
  readonly date: string | null;
  readonly via: EntityRef | null;
}

export interface RelationView {
  readonly iri: string;
  readonly article: string;
  readonly predicate: RelationPredicate;
  /** For "met", the two actors in id order. */
  readonly subject: EntityRef;
  readonly object: EntityRef;
  readonly title: string | null;
  readonly place: EntityRef | null;
  readonly date: string | null;
  readonly evidence: Evidence;
}

export type LinkKind = "said-about" | "said-to" | RelationPredicate;

export interface NeighborLink {
  readonly kind: LinkKind;
  /** "out": the entity asked about said it or is the relation's subject; "in": the other way round. */
  readonly direction: "out" | "in";
  /** The statement or relation IRI behind the link. */
  readonly source: string;
  readonly evidence: Evidence;
}

export interface Neighbor {
  readonly entity: EntityRef;
  readonly links: readonly NeighborLink[];
}

export interface EntityFilter {
  readonly type?: EntityType;
  /** Case-insensitive substring of the label or an alias. */
  readonly name?: string;
}

export interface RelationFilter {
  readonly predicate?: RelationPredicate;
  readonly subject?: string;
  readonly object?: string;
}
