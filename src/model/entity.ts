// Mentions found in the text and the entities they are grouped into.
import type { Span } from "./span.js";

export const ENTITY_TYPES = ["Person", "Organization", "Place", "Group", "Other"] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** How a mention refers: by name, by pronoun, or by a title or description. */
export type MentionKind = "name" | "pronoun" | "description";

export interface Mention extends Span {
  readonly type: EntityType;
  readonly kind: MentionKind;
  /** Ids of known entities (gazetteer, knowledge file) this surface can name. */
  readonly candidates?: readonly string[];
  /** A role stated with the mention ("Greek Prime Minister Kyriakos Mitsotakis"). */
  readonly role?: Role;
  /** For descriptions ("the US president"): the title noun they use. */
  readonly title?: string;
  /** For descriptions: the country or organisation of the title ("US"). */
  readonly of?: string;
  /** Set by coreference: the id of the entity this mention refers to. */
  readonly entity?: string;
}

export interface Role {
  readonly title: string;
  /** Entity id of the organisation or country the role belongs to, or null. */
  readonly of: string | null;
  /** The characters that state the role. */
  readonly evidence: Span;
}

/** Where a place is, from the gazetteer entry its name matched unambiguously. */
export interface PlaceGeo {
  /** GeoNames feature id (cities), or null where the gazetteer has none (countries, regions). */
  readonly geonames: number | null;
  /** The country the place is in, or is: ISO 3166-1 alpha-2 code and entity id. */
  readonly country: { readonly code: string; readonly entity: string } | null;
  /** WGS 84 coordinates (a country's are a representative point), or null. */
  readonly lat: number | null;
  readonly lon: number | null;
}

export interface Entity {
  /** Stable slug of the canonical name: the same in every article. */
  readonly id: string;
  readonly type: EntityType;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly roles: readonly Role[];
  /** Indices into the document's `mentions` layer. */
  readonly mentions: readonly number[];
  /** For a place grounded in the gazetteer. */
  readonly geo?: PlaceGeo;
}
