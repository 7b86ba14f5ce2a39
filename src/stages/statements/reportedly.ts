// "Putin reportedly raised this subject with Biden": "reportedly" cites
// reports nobody is named for, so the clause around it is the content, the
// adverb its cue, and there is no speaker (PolNeAR's reading).
import type { TokenView } from "../token-view.js";
import type { Draft } from "./drafts.js";
import type { Quotation } from "./quotes.js";

const REPORT_ADVERBS = new Set(["reportedly"]);
// (every word in REPORT_ADVERBS is 10 letters long: the length test skips the rest cheaply)
const CLAUSE_BREAKS = new Set([";", ":", "—", "–", "―"]);

/** The clause around token k: from its sentence start (or the last strong break) to its end, trailing punctuation left out. */
function clauseAround(view: TokenView, k: number): { first: number; last: number } {
  let first = view.sentenceStart(k);
  for (let j = k - 1; j > first; j--)
    if (CLAUSE_BREAKS.has(view.word(j))) {
      first = j + 1;
      break;
    }
  let last = view.sentenceEnd(k) - 1;
  for (let j = k + 1; j < last; j++)
    if (CLAUSE_BREAKS.has(view.word(j)) || view.word(j).toLowerCase() === "according") {
      last = j - 1;
      break;
    }
  while (last > k && view.tokens[last]?.pos === "PUNCT") last--;
  return { first, last };
}

export function findReportedly(view: TokenView, quotes: readonly Quotation[]): Draft[] {
  const drafts: Draft[] = [];
  view.tokens.forEach((t, k) => {
    if (
      t.end - t.start !== 10 ||
      !REPORT_ADVERBS.has(view.word(k).toLowerCase()) ||
      view.inTitleCase(k) ||
      quotes.some((q) => q.outer.start < t.start && t.end <= q.outer.end)
    )
      return;
    const { first, last } = clauseAround(view, k);
    const a = view.tokens[first];
    const b = view.tokens[last];
    if (!a || !b || first >= k || last <= k) return;
    drafts.push({
      content: { start: a.start, end: b.end },
      cue: { start: t.start, end: t.end },
      speaker: null,
      addressee: null,
      via: null,
      rule: "reportedly",
    });
  });
  return drafts;
}
