// Speakers from the cue's grammar. Passive cues ("was accused of", "is
// expected to", "has been harshly criticized"): their subject is not who said
// or thought it, so a statement with such a cue and no "by" agent has no
// speaker. An active verb cue the tagger gave no source takes the noun phrase
// right before it ("an arbitration panel found …"); where that phrase is not
// the verb's subject, subject.ts finds the one that is.
import type { Span } from "../../model/span.js";
import type { TokenView } from "../token-view.js";
import type { Draft } from "./drafts.js";
import { type MentionIndex, speakerBefore } from "./speaker.js";
import { closedRelativeAntecedent, conjunctSubject, modifiedSubject, PARTICIPLE, participleSubject, subjectBeyondPreposition, VERBAL } from "./subject.js";

const BE = new Set(["is", "are", "was", "were", "be", "been", "being"]);

/** Whether a cue is a passive verb group: a form of "be", then (adverbs and) a past participle. */
export function isPassiveCue(view: TokenView, cue: Span): boolean {
  const first = view.indexAt(cue.start);
  const last = view.indexBefore(cue.end);
  for (let k = first; k < last; k++) {
    if (!BE.has(view.word(k).toLowerCase()) || view.tokens[k]?.pos !== "AUX") continue;
    let j = k + 1;
    while (j < last && (view.tokens[j]?.pos === "ADV" || view.tokens[j]?.pos === "PART")) j++;
    const t = view.tokens[j];
    if (t?.pos === "VERB" && PARTICIPLE.test(view.word(j).toLowerCase())) return view.word(j + 1).toLowerCase() !== "by";
  }
  return false;
}

/** "seem" and "appear": verbs whose subject is not who holds the view. */
const SEEM_WORDS = new Set(["appear", "appears", "appeared", "seem", "seems", "seemed"]);
/** Raising words after an expletive "it": "it seemed that", "it is unclear whether". */
const RAISING_WORDS = new Set([...SEEM_WORDS, "clear", "unclear", "obvious", "likely", "unlikely", "expected", "possible", "evident"]);
/** Words a bare "seem" cue may carry besides the verb: "it may seem like", "did not appear to be". */
const SEEM_FILLER = /^(it|to|be|like|as|if|not|n't|never|also|may|might|would|could|does|do|did|doesn't|didn't|don't)$/;

/** "Melania seems to have vanished": a cue of "seem"/"appear" alone reports nobody's words (with a verb of its own, "seemed to confirm", it does). */
function bareSeemCue(view: TokenView, first: number, last: number): boolean {
  let seem = false;
  for (let k = first; k <= last; k++) {
    const w = view.word(k).toLowerCase();
    if (SEEM_WORDS.has(w)) seem = true;
    else if (!SEEM_FILLER.test(w.replace("’", "'")) && view.tokens[k]?.pos !== "PUNCT") return false;
  }
  return seem;
}

/**
 * Cues whose subject is what is named or blamed, not who names or blames it: "the bill, known as JASTA",
 * "She drew sharp criticism for …", "who took heat for …", "came under fire for …"
 * (in PolNeAR train, 26 of 30 such cues have no source).
 */
const TARGET_CUE = /\b(known as|(criticism|heat|flak|fire) (for|over)|under fire)\b/i;

/**
 * Cues that name nobody: "it appeared that …", "it was unclear whether …" (an expletive "it"),
 * "Republicans seem confident …" (a bare "seem"),
 * "Asked about …, she said" (the participle opening a sentence), "reportedly", "known as", "criticism for".
 */
function unsourcedCue(view: TokenView, cue: Span, speaker: Span): boolean {
  const first = view.indexAt(cue.start);
  const last = view.indexBefore(cue.end);
  const word = view.word(first).toLowerCase();
  if (word === "reportedly" && first === last) return true;
  if (word === "asked" && first === view.sentenceStart(first)) return true;
  if (bareSeemCue(view, first, last)) return true;
  if (TARGET_CUE.test(view.text.slice(cue.start, cue.end))) return true;
  if (view.text.slice(speaker.start, speaker.end).toLowerCase() !== "it") return false;
  for (let k = first; k <= last; k++) if (RAISING_WORDS.has(view.word(k).toLowerCase())) return true;
  return false;
}

/** Drafts whose cue is passive lose their speaker; active verb cues without one take the subject before them. */
export function speakersFromGrammar(view: TokenView, mentions: MentionIndex, drafts: readonly Draft[]): Draft[] {
  return drafts.map((d) => {
    if (!d.cue) return d;
    if (d.speaker && unsourcedCue(view, d.cue, d.speaker)) return { ...d, speaker: null };
    const passive = isPassiveCue(view, d.cue);
    // only a "by" agent speaks for a passive cue ("was criticized on Tuesday by the mayor")
    if (passive) return d.speaker && view.word(view.indexAt(d.speaker.start) - 1).toLowerCase() !== "by" ? { ...d, speaker: null } : d;
    const first = view.indexAt(d.cue.start);
    const beyond = d.speaker ? subjectBeyondPreposition(view, mentions, d.speaker, first) : null;
    if (beyond) return { ...d, speaker: beyond };
    const main = participleSubject(view, mentions, d.speaker, first);
    if (main) return { ...d, speaker: main };
    const antecedent = d.speaker ? closedRelativeAntecedent(view, mentions, d.speaker, first) : null;
    if (antecedent) return { ...d, speaker: antecedent };
    const modified = d.speaker ? modifiedSubject(view, mentions, d.speaker, first) : null;
    if (modified) return { ...d, speaker: modified };
    if (d.speaker || !VERBAL.has(view.tokens[first]?.pos ?? "")) return d;
    const subject = speakerBefore(view, mentions, first, view.sentenceStart(first)) ?? conjunctSubject(view, mentions, first);
    return subject && !(subject.start < d.content.end && d.content.start < subject.end) && !unsourcedCue(view, d.cue, subject) ? { ...d, speaker: subject } : d;
  });
}
