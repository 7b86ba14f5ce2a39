// The addressee of a statement: the person or group right after a cue verb
// that takes one ("told his US counterpart", "warned reporters"), never a
// modifier of some other noun ("told a Russian foreign policy conference").
import { ADDRESSEE_LEMMAS, cueVerb } from "../../lexicon/cues.js";
import type { Span } from "../../model/span.js";
import type { TokenView } from "../token-view.js";
import type { MentionIndex } from "./speaker.js";

const ADDRESSEE_TYPES = new Set(["Person", "Organization", "Group"]);

const NOUN_PHRASE = new Set(["NOUN", "PROPN", "ADJ"]);

/** Whether a mention only modifies the noun after it ("a Russian foreign policy conference"): then it is not the addressee. */
function modifies(view: TokenView, m: Span): boolean {
  const next = view.tokens[view.indexAt(m.end)];
  return next !== undefined && next.start - m.end <= 1 && NOUN_PHRASE.has(next.pos) && /^\s?$/.test(view.text.slice(m.end, next.start));
}

/** Entity id of the addressee after `cue`, or null; never the speaker itself. */
export function findAddressee(view: TokenView, mentions: MentionIndex, cue: Span, speaker: string | null): string | null {
  const first = view.indexAt(cue.start);
  const last = view.indexBefore(cue.end);
  let verb = false;
  for (let k = first; k <= last; k++) if (ADDRESSEE_LEMMAS.has(cueVerb(view.word(k))?.lemma ?? "")) verb = true;
  if (!verb) return null;
  // "told his US counterpart": step over a determiner or possessive to the noun phrase's mention
  for (let k = last + 1; k <= last + 2; k++) {
    const t = view.tokens[k];
    const m = t ? mentions.at(t.start) : undefined;
    if (m?.entity && m.kind !== "pronoun" && ADDRESSEE_TYPES.has(m.type)) return m.entity === speaker || modifies(view, m) ? null : m.entity;
    if (!["DET", "PRON"].includes(t?.pos ?? "")) return null;
  }
  return null;
}
