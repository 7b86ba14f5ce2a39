// "Putin had told his US counterpart, “you Americans are worried …”": the
// words between the cue and the quotation name who was told, not what was
// said. PolNeAR's annotators leave them out of the content (9 of the 10 such
// "told X, “…”" contents in train), so where the cue is a verb whose object is
// its addressee, a content that opens with a short verbless phrase and a comma
// before a quotation starts at the quotation. (After other verbs the phrase is
// often part of what was said: "said that under President Obama, “…”".)
import { ADDRESSEE_LEMMAS, cueVerb } from "../../lexicon/cues.js";
import type { TokenView } from "../token-view.js";
import type { Draft } from "./drafts.js";
import type { Quotation } from "./quotes.js";

const MAX_LEAD_TOKENS = 8;
const VERBISH = new Set(["VERB", "AUX"]);

/** The draft with its content starting at the quotation, when all before it is the cue's addressee and a comma. */
function withoutLead(view: TokenView, d: Draft, quotes: readonly Quotation[]): Draft {
  const cue = d.cue;
  if (!cue || d.content.start < cue.end) return d;
  const verb = cueVerb(view.word(view.indexBefore(cue.end)));
  if (!verb || !ADDRESSEE_LEMMAS.has(verb.lemma)) return d;
  const q = quotes.find((x) => d.content.start < x.outer.start && x.outer.start < d.content.end);
  if (!q) return d;
  const first = view.indexAt(d.content.start);
  const mark = view.indexAt(q.outer.start);
  const comma = mark - 1;
  if (comma <= first || comma - first > MAX_LEAD_TOKENS || view.word(comma) !== ",") return d;
  for (let k = first; k < comma; k++) {
    const t = view.tokens[k];
    if (!t || VERBISH.has(t.pos) || t.pos === "PUNCT" || t.pos === "SCONJ") return d;
  }
  return { ...d, content: { start: q.outer.start, end: d.content.end } };
}

export function dropAddresseeLeads(view: TokenView, drafts: readonly Draft[], quotes: readonly Quotation[]): Draft[] {
  return drafts.map((d) => withoutLead(view, d, quotes));
}
