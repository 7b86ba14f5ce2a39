// Attributions found by the trained tagger: tag the document, read off the
// spans, assemble them into statements.
import type { ArticleDoc } from "../../model/doc.js";
import type { TokenView } from "../token-view.js";
import type { Draft } from "./drafts.js";
import type { Quotation } from "./quotes.js";
import type { MentionIndex } from "./speaker.js";
import { assembleStatements } from "./tagger/assemble.js";
import { attributionModel } from "./tagger/load-model.js";
import { tagDocument } from "./tagger/tag-document.js";
import { findTaggedSpans } from "./tagger/tagged-spans.js";

export function findTaggedAttributions(doc: ArticleDoc, view: TokenView, mentions: MentionIndex, quotes: readonly Quotation[]): Draft[] {
  const model = attributionModel();
  if (!model) return [];
  const tags = tagDocument(
    doc,
    model,
    quotes.map((q) => q.outer),
  );
  const paragraphOf = (doc.sentences ?? []).map((s) => s.paragraph);
  return assembleStatements(view, mentions, findTaggedSpans(view.tokens, tags), paragraphOf);
}
