// Runs both passes of the attribution tagger over a document, one paragraph
// at a time, and returns one tag per token.
import type { ArticleDoc } from "../../../model/doc.js";
import type { Span } from "../../../model/span.js";
import { type TokenContext, tokenContext } from "./context.js";
import { cueNeighbours } from "./features.js";
import type { AttributionModel } from "./model.js";
import { decode, type Weights } from "./perceptron.js";
import { featureRows } from "./rows.js";

export function tagPass(c: TokenContext, w: Weights, first: Uint8Array | null): Uint8Array {
  const near = cueNeighbours(c);
  const tags = new Uint8Array(c.n);
  for (const seq of c.sequences) {
    const rows = featureRows(c, near, seq, first, w.bits, w.stride);
    tags.set(decode(w, rows, seq.to - seq.from), seq.from);
  }
  return tags;
}

export function tagDocument(doc: ArticleDoc, model: AttributionModel, quotes: readonly Span[]): Uint8Array {
  const c = tokenContext(doc, model.cueRates, quotes);
  return tagPass(c, model.pass2, tagPass(c, model.pass1, null));
}
