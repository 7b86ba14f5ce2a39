// Training examples of the bounds ranker: on annotated documents, each
// indirect tagger draft's alternatives, with the target shared among those
// closest to the gold content they overlap most (drafts no alternative
// matches at Jaccard 0.5 are left out).
import { gatherDrafts } from "../gather-drafts.js";
import type { AnnotatedDoc } from "../filter/examples.js";
import { scorerTokens, tokensOf } from "../filter/label.js";
import type { AttributionModel } from "../tagger/model.js";
import type { RankingExample } from "./ranker.js";
import { draftAlternatives } from "./rebound.js";

export function rankingExamples(model: AttributionModel, docs: readonly AnnotatedDoc[]): RankingExample[] {
  const out: RankingExample[] = [];
  for (const a of docs) {
    const { drafts, view, ctx, content } = gatherDrafts(a.doc, { ...model, bounds: null });
    const text = a.doc.text;
    const tokens = scorerTokens(text);
    const gold = a.contents.map((c) => tokensOf(text, tokens, c));
    const jaccard = (first: number, last: number): number => {
      const p = tokensOf(text, tokens, [{ start: view.tokens[first]?.start ?? 0, end: view.tokens[last]?.end ?? 0 }]);
      let best = 0;
      for (const g of gold) {
        let inter = 0;
        for (const x of p) if (g.has(x)) inter++;
        if (inter) best = Math.max(best, inter / (p.size + g.size - inter));
      }
      return best;
    };
    for (const d of drafts) {
      const options = draftAlternatives(view, d, ctx.quotes, content);
      if (!options) continue;
      const js = options.alts.map((x) => jaccard(x.first, x.last));
      const top = Math.max(...js);
      if (top < 0.5) continue;
      const winners = js.map((j) => (j >= 0.5 ? j : 0));
      const n = winners.reduce((s: number, x) => s + x, 0);
      out.push({ feats: options.feats, target: winners.map((x) => x / n) });
    }
  }
  return out;
}
