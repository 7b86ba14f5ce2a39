// Attributions found by the trained tagger: tag the document, read off the
// spans, assemble them into statements.
import type { ArticleDoc } from "../../model/doc.js";
import type { TokenView } from "../token-view.js";
import type { Draft } from "./drafts.js";
import type { Quotation } from "./quotes.js";
import type { MentionIndex } from "./speaker.js";
import { assembleStatements } from "./tagger/assemble.js";
import { attributionModel } from "./tagger/load-model.js";
import type { AttributionModel } from "./tagger/model.js";
import { tagDocument } from "./tagger/tag-document.js";
import { findTaggedSpans } from "./tagger/tagged-spans.js";

export interface TaggedDrafts {
  readonly drafts: Draft[];
  /** The tagger's content score (over "O") of every token, or null without a model. */
  readonly content: Float32Array | null;
}

export function findTaggedAttributions(
  doc: ArticleDoc,
  view: TokenView,
  mentions: MentionIndex,
  quotes: readonly Quotation[],
  model: AttributionModel | null = attributionModel(),
): TaggedDrafts {
  if (!model) return { drafts: [], content: null };
  const { tags, margins, content } = tagDocument(
    doc,
    model,
    quotes.map((q) => q.outer),
  );
  const paragraphOf = (doc.sentences ?? []).map((s) => s.paragraph);
  return { drafts: assembleStatements(view, mentions, findTaggedSpans(view.tokens, tags), paragraphOf, margins), content };
}
