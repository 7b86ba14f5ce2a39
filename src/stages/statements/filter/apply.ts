// Applies the statement filter: reported speech the classifier finds unlikely
// to be an attribution is dropped (quotations are kept: their marks are surer evidence).
import type { Draft } from "../drafts.js";
import { kindOf } from "../kind.js";
import { type FilterWeights, filterScore } from "./classifier.js";
import { draftFeatures, type FilterContext } from "./features.js";

export function keepLikelyDrafts(drafts: readonly Draft[], c: FilterContext, w: FilterWeights, threshold = w.threshold): Draft[] {
  return drafts.filter((d) => kindOf(d.content, c.quotes) !== "indirect" || filterScore(w, draftFeatures(d, c)) >= threshold);
}
