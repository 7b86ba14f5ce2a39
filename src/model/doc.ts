// ArticleDoc: the one document model every stage reads and extends. Plain
// readonly data with no runtime imports, so it serialises and reaches the
// browser unchanged.
import type { Diagnostic } from "./diagnostic.js";
import type { Entity, Mention } from "./entity.js";
import type { Relation } from "./relation.js";
import type { Span } from "./span.js";
import type { Statement } from "./statement.js";

export interface ArticleMeta {
  readonly title: string | null;
  readonly author: string | null;
  /** ISO local date-time (YYYY-MM-DDTHH:MM:SS) or date, or null. */
  readonly published: string | null;
  /** Where the article was read from (a path or URL), or null. */
  readonly source: string | null;
  /** Spans of the article head (headline, byline, dateline, photo credits). */
  readonly head: readonly Span[];
  /** Lines that are not article prose: byline, dateline, photo credits. */
  readonly boilerplate: readonly Span[];
}

export interface Sentence extends Span {
  /** Index of the paragraph (block of text between line breaks). */
  readonly paragraph: number;
}

/** Universal part-of-speech tag, as produced by the tagger. */
export type PosTag = string;

export interface Token extends Span {
  readonly pos: PosTag;
  readonly sentence: number;
}

export interface ArticleDoc {
  readonly id: string;
  readonly meta: ArticleMeta;
  /** The text exactly as read (a BOM stripped); never altered. */
  readonly text: string;
  readonly sentences?: readonly Sentence[];
  readonly tokens?: readonly Token[];
  readonly mentions?: readonly Mention[];
  readonly entities?: readonly Entity[];
  readonly statements?: readonly Statement[];
  readonly relations?: readonly Relation[];
  readonly diagnostics: readonly Diagnostic[];
}

/** The names of the layers a stage can require or assign. */
export type Layer = "sentences" | "tokens" | "mentions" | "entities" | "statements" | "relations";
