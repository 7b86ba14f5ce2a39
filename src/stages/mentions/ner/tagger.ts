// The statistical recogniser: typed name spans (PER, ORG, LOC, MISC) of a
// segmented document, from the shipped model.
import type { ArticleDoc } from "../../../model/doc.js";
import type { Span } from "../../../model/span.js";
import { decodeDocument } from "./decode.js";
import { taggerInput } from "./input.js";
import { nerModel } from "./load-model.js";
import { type NerType, rangesOf } from "./tags.js";
import type { Weights } from "./weights.js";

export interface NerSpan extends Span {
  readonly type: NerType;
  /** First token index and one past the last. */
  readonly first: number;
  readonly next: number;
  /** 0 prose, 1 Title Case line, 2 ALL CAPS line. */
  readonly lineMode: number;
}

export function tagEntities(doc: ArticleDoc, weights: Weights = nerModel()): NerSpan[] {
  const tokens = doc.tokens ?? [];
  const input = taggerInput(doc);
  return rangesOf(decodeDocument(input, weights)).map((r) => ({
    first: r.first,
    next: r.next,
    type: r.type,
    start: tokens[r.first]?.start ?? 0,
    end: tokens[r.next - 1]?.end ?? 0,
    lineMode: input.lineMode[r.first] ?? 0,
  }));
}
