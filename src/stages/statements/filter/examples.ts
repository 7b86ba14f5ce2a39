// Training examples of the statement filter: the drafts a model assembles on
// annotated documents, each labelled by whether it matches a gold attribution
// (drafts wholly inside the annotators' Discard spans are left out).
import type { ArticleDoc } from "../../../model/doc.js";
import type { Span } from "../../../model/span.js";
import { gatherDrafts } from "../gather-drafts.js";
import type { AttributionModel } from "../tagger/model.js";
import type { FilterExample } from "./classifier.js";
import { draftFeatures } from "./features.js";
import { matchContents, scorerTokens, tokensOf } from "./label.js";

export interface AnnotatedDoc {
  readonly doc: ArticleDoc;
  /** Gold contents, one list of fragments per attribution. */
  readonly contents: readonly (readonly Span[])[];
  readonly discard: readonly Span[];
}

export function filterExamples(model: AttributionModel, docs: readonly AnnotatedDoc[]): FilterExample[] {
  const out: FilterExample[] = [];
  for (const a of docs) {
    const { drafts, view, ctx } = gatherDrafts(a.doc, model);
    const tokens = scorerTokens(a.doc.text);
    const discarded = tokensOf(a.doc.text, tokens, a.discard);
    const kept = drafts.filter((d) => {
      const t = tokensOf(a.doc.text, tokens, [d.content]);
      return t.size > 0 && ![...t].every((x) => discarded.has(x));
    });
    const labels = matchContents(
      a.doc.text,
      kept.map((d) => d.content),
      a.contents,
    );
    const fc = { view, mentions: ctx.mentions, quotes: ctx.quotes, cueRates: model.cueRates };
    kept.forEach((d, i) => {
      out.push({ feats: draftFeatures(d, fc), label: labels[i] ?? false });
    });
  }
  return out;
}
