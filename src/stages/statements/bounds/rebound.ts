// Re-bounds the tagger's reported contents: each indirect draft keeps the
// alternative bound (its own span, cut at a clause boundary, extended, or
// started after its cue) that the ranker scores best.
import type { TokenView } from "../../token-view.js";
import type { Draft } from "../drafts.js";
import { kindOf } from "../kind.js";
import type { Quotation } from "../quotes.js";
import { type Alternative, contentAlternatives } from "./alternatives.js";
import { boundFeatures } from "./features.js";
import { bestAlternative, type RankerWeights } from "./ranker.js";

/** The alternatives of a draft the ranker may choose among (none for quotations and rule drafts). */
export function draftAlternatives(
  view: TokenView,
  d: Draft,
  quotes: readonly Quotation[],
  content: Float32Array | null,
): { alts: Alternative[]; feats: Uint32Array[] } | null {
  const kind = kindOf(d.content, quotes);
  if (d.rule !== "tagger" || kind === "direct") return null;
  // a mixed content keeps its start (it may be quotations joined across their cue) and is only ever cut
  const lastToken = view.indexBefore(d.content.end);
  const alts = contentAlternatives(view, d.content, d.cue).filter((a) => kind === "indirect" || (!a.how.startsWith("after-cue") && a.last <= lastToken));
  const orig = alts[0];
  if (!orig || alts.length < 2) return null;
  return { alts, feats: alts.map((a) => boundFeatures(view, a, orig, d.cue, content)) };
}

export function reboundDrafts(
  view: TokenView,
  drafts: readonly Draft[],
  quotes: readonly Quotation[],
  content: Float32Array | null,
  w: RankerWeights,
): Draft[] {
  return drafts.map((d) => {
    const options = draftAlternatives(view, d, quotes, content);
    if (!options) return d;
    const best = options.alts[bestAlternative(w, options.feats)];
    const a = best ? view.tokens[best.first] : undefined;
    const b = best ? view.tokens[best.last] : undefined;
    return a && b ? { ...d, content: { start: a.start, end: b.end } } : d;
  });
}
