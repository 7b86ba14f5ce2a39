// Runs both passes of the attribution tagger over a document, one paragraph
// at a time, and returns one tag per token. Paragraphs without a cue-like word
// or quotation mark are skipped, and pass two only revisits what pass one tagged.
import type { ArticleDoc } from "../../../model/doc.js";
import type { Span } from "../../../model/span.js";
import { type Sequence, type TokenContext, tokenContext } from "./context.js";
import { cueNeighbours, firstPass } from "./features.js";
import type { AttributionModel } from "./model.js";
import { decode, type Weights } from "./perceptron.js";
import { featureRows } from "./rows.js";

/** Whether a paragraph can hold an attribution at all: a cue-like word or a quotation mark. */
function mayAttribute(c: TokenContext, seq: Sequence): boolean {
  for (let i = seq.from; i < seq.to; i++) if ((c.cueRate[i] ?? 0) >= 2 || c.lexClass[i] || c.quote[i]) return true;
  return false;
}

/** Whether pass one tagged anything in a paragraph (pass two only revisits those). */
function tagged(first: Uint8Array, seq: Sequence): boolean {
  for (let i = seq.from; i < seq.to; i++) if (first[i]) return true;
  return false;
}

export function tagPass(c: TokenContext, w: Weights, first: Uint8Array | null): Uint8Array {
  const near = cueNeighbours(c);
  const summary = first ? firstPass(c, first) : null;
  const tags = new Uint8Array(c.n);
  for (const seq of c.sequences) {
    if (first ? !tagged(first, seq) : !mayAttribute(c, seq)) continue;
    const rows = featureRows(c, near, seq, summary, w.bits, w.stride);
    tags.set(decode(w, rows, seq.to - seq.from), seq.from);
  }
  return tags;
}

export function tagDocument(doc: ArticleDoc, model: AttributionModel, quotes: readonly Span[]): Uint8Array {
  const c = tokenContext(doc, model.cueRates, quotes);
  return tagPass(c, model.pass2, tagPass(c, model.pass1, null));
}
