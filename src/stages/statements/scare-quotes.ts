// Short quotations right after a verb's object ("Reid has gone after Trump as
// a “human leech”", "Blige sings Bruce Springsteen’s “American Skin”",
// "Trump has used the phrase “Islamic terrorism”"): the verb's subject is
// quoted, and the object with its quotation is the content.
import type { TokenView } from "../token-view.js";
import type { Draft } from "./drafts.js";
import type { Quotation } from "./quotes.js";
import { type MentionIndex, speakerBefore } from "./speaker.js";

const MAX_WORDS = 10;
/** Tokens that may stand between the verb and the quotation: its object phrase. */
const OBJECT_TAGS = new Set(["DET", "ADJ", "NOUN", "PROPN", "PRON", "PART", "NUM"]);
const OBJECT_WORDS = new Set(["as", "of", "for", "about", "like", "on", "to", "with"]);
const REACH = 8;

export function findScareQuotes(view: TokenView, mentions: MentionIndex, quotes: readonly Quotation[]): Draft[] {
  const drafts: Draft[] = [];
  for (const q of quotes) {
    if (view.text.slice(q.start, q.end).split(/\s+/).length > MAX_WORDS) continue;
    const open = view.indexAt(q.outer.start);
    const sStart = view.sentenceStart(open);
    let k = open - 1;
    while (k > sStart && open - k <= REACH && (OBJECT_TAGS.has(view.tokens[k]?.pos ?? "") || OBJECT_WORDS.has(view.word(k).toLowerCase()))) k--;
    const verb = view.tokens[k];
    if (verb?.pos !== "VERB" || k <= sStart) continue;
    const speaker = speakerBefore(view, mentions, k, sStart);
    const first = view.tokens[k + 1];
    if (!speaker || !first) continue;
    drafts.push({
      content: { start: first.start, end: q.outer.end },
      cue: { start: verb.start, end: verb.end },
      speaker,
      addressee: null,
      via: null,
      rule: "scare-quote",
    });
  }
  return drafts;
}
