// Passive cues ("was accused of", "is expected to", "has been harshly
// criticized"): their grammatical subject is not who said or thought it, so
// a statement with such a cue and no "by" agent has no speaker.
import type { Span } from "../../model/span.js";
import type { TokenView } from "../token-view.js";
import type { Draft } from "./drafts.js";

const BE = new Set(["is", "are", "was", "were", "be", "been", "being", "’s", "'s", "’re", "'re"]);
const PARTICIPLE = /(ed|en|wn|ne|t)$/;

/** Whether a cue is a passive verb group: a form of "be", then (adverbs and) a past participle. */
export function isPassiveCue(view: TokenView, cue: Span): boolean {
  const first = view.indexAt(cue.start);
  const last = view.indexBefore(cue.end);
  for (let k = first; k < last; k++) {
    if (!BE.has(view.word(k).toLowerCase()) || view.tokens[k]?.pos !== "AUX") continue;
    let j = k + 1;
    while (j < last && view.tokens[j]?.pos === "ADV") j++;
    const t = view.tokens[j];
    if (t?.pos === "VERB" && PARTICIPLE.test(view.word(j).toLowerCase())) return view.word(j + 1).toLowerCase() !== "by";
  }
  return false;
}

/** Drafts whose cue is passive, with no speaker. */
export function dropPassiveSpeakers(view: TokenView, drafts: readonly Draft[]): Draft[] {
  return drafts.map((d) => (d.speaker && d.cue && d.speaker.end <= d.cue.start && isPassiveCue(view, d.cue) ? { ...d, speaker: null } : d));
}
