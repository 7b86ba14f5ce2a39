// The contract between `newsgraph build` and the explorer: graph.json. This
// file has no runtime imports, so the browser can import its types.
import type { SerializedGraph } from "graphology-types";
import type { PlaceGeo } from "../model/entity.js";

export type { PlaceGeo };

export type EntityType = "Person" | "Organization" | "Place" | "Group" | "Other";
export type EdgeType = "said-about" | "said-to" | "met" | "role" | "member-of" | "located-in";

export interface SpanText {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface NodeAttributes {
  readonly label: string;
  readonly type: EntityType;
  readonly aliases: readonly string[];
  readonly roles: readonly { readonly title: string; readonly of: string | null }[];
  /** How many times the entity is mentioned across the corpus. */
  readonly mentions: number;
  /** Articles that mention it, sorted. */
  readonly articles: readonly string[];
  /** For a place grounded in the gazetteer: GeoNames id, country, coordinates. */
  readonly geo?: PlaceGeo;
  readonly x: number;
  readonly y: number;
}

export interface EdgeAttributes {
  readonly type: EdgeType;
  /** Number of statements or relations behind the edge. */
  readonly weight: number;
  readonly statements: readonly string[];
  readonly relations: readonly string[];
  readonly articles: readonly string[];
}

export interface StatementRecord {
  readonly id: string;
  readonly article: string;
  readonly kind: "direct" | "indirect" | "mixed";
  /** `unnamed`: a source the article does not name ("officials"). */
  readonly speaker: { readonly entity: string | null; readonly text: string; readonly unnamed?: true } | null;
  readonly cue: string | null;
  readonly content: SpanText;
  /** The sentence or sentences around the content, for context. */
  readonly context: SpanText;
  readonly addressee: string | null;
  readonly about: readonly string[];
  readonly place: string | null;
  readonly date: string | null;
  readonly via: string | null;
}

export interface RelationRecord {
  readonly id: string;
  readonly article: string;
  readonly predicate: string;
  readonly subject: string;
  readonly object: string;
  readonly title?: string;
  readonly place: string | null;
  readonly date: string | null;
  readonly evidence: SpanText;
}

export interface ArticleRecord {
  readonly id: string;
  readonly title: string | null;
  readonly author: string | null;
  readonly published: string | null;
  readonly source: string | null;
}

export interface GraphFile {
  readonly format: "newsgraph-graph";
  readonly version: 1;
  readonly graph: SerializedGraph<NodeAttributes, EdgeAttributes>;
  readonly statements: Readonly<Record<string, StatementRecord>>;
  readonly relations: Readonly<Record<string, RelationRecord>>;
  readonly articles: Readonly<Record<string, ArticleRecord>>;
}
