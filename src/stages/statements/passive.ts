// Speakers from the cue's grammar. Passive cues ("was accused of", "is
// expected to", "has been harshly criticized"): their subject is not who said
// or thought it, so a statement with such a cue and no "by" agent has no
// speaker. An active verb cue the tagger gave no source takes the noun phrase
// right before it ("an arbitration panel found …").
import type { Span } from "../../model/span.js";
import type { Speaker } from "../../model/statement.js";
import type { TokenView } from "../token-view.js";
import type { Draft } from "./drafts.js";
import { type MentionIndex, speakerBefore } from "./speaker.js";

const VERBAL = new Set(["VERB", "AUX"]);
const BE = new Set(["is", "are", "was", "were", "be", "been", "being"]);
const PARTICIPLE = /(ed|en|wn|ne|t)$/;

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

const RAISING = /^(appear|appears|appeared|seem|seems|seemed|clear|unclear|obvious|likely|unlikely|expected|possible|evident)$/;
const SEEM = /^(appear|appears|appeared|seem|seems|seemed)$/;
/** Words a bare "seem" cue may carry besides the verb: "it may seem like", "did not appear to be". */
const SEEM_FILLER = /^(it|to|be|like|as|if|not|n't|never|also|may|might|would|could|does|do|did|doesn't|didn't|don't)$/;

/** "Melania seems to have vanished": a cue of "seem"/"appear" alone reports nobody's words (with a verb of its own, "seemed to confirm", it does). */
function bareSeemCue(view: TokenView, first: number, last: number): boolean {
  let seem = false;
  for (let k = first; k <= last; k++) {
    const w = view.word(k).toLowerCase();
    if (SEEM.test(w)) seem = true;
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
  for (let k = first; k <= last; k++) if (RAISING.test(view.word(k).toLowerCase())) return true;
  return false;
}

/** Prepositions that open an adjunct, whose object is never the subject of the verb after it. */
const ADJUNCT_PREPOSITIONS = new Set(["in", "on", "to", "into", "through", "across", "over", "during", "via"]);
const RELATIVES = new Set(["who", "which", "that"]);
const POSSESSIVE_DETERMINERS = new Set(["his", "her", "their", "its", "our", "my", "your"]);

/**
 * A speaker before its cue that is a preposition's object ("federal prosecutors in | April | charged",
 * "Trump took to | Twitter | overnight to accuse", "Protesters marching through | the streets | chanted"):
 * the subject is the noun phrase before the preposition, or the subject of the verb it follows.
 */
function subjectBeyondPreposition(view: TokenView, mentions: MentionIndex, speaker: Span, cue: number): Speaker | null {
  const start = view.indexAt(speaker.start);
  if (speaker.end > (view.tokens[cue]?.start ?? 0) || view.tokens[start]?.sentence !== view.tokens[cue]?.sentence) return null;
  // a finite verb cue only ("his claim" names its speaker whatever precedes it), and not a relative clause's "who"
  // (a participle's noun is no preposition's object: "spent millions on groups backing Cruz")
  if (!VERBAL.has(view.tokens[cue]?.pos ?? "") || /ing$/i.test(view.word(cue)) || RELATIVES.has(view.word(view.indexBefore(speaker.end)).toLowerCase()))
    return null;
  // nor a list or an apposition ("In a statement to the Observer, her adviser, Jake Sullivan, said")
  if (/[,;—–]/.test(view.text.slice(speaker.start, speaker.end))) return null;
  if (POSSESSIVE_DETERMINERS.has(view.text.slice(speaker.start, speaker.end).toLowerCase())) return null;
  const prep = start - 1;
  if (view.tokens[prep]?.pos !== "ADP" || !ADJUNCT_PREPOSITIONS.has(view.word(prep).toLowerCase())) return null;
  if (view.word(prep - 1).toLowerCase() === "according") return null;
  const sentenceStart = view.sentenceStart(cue);
  const verb = view.tokens[prep - 1]?.pos === "VERB" ? prep - 1 : prep;
  return speakerBefore(view, mentions, verb, sentenceStart);
}

const CLAUSE_OPENERS = new Set([
  "who",
  "which",
  "that",
  "to",
  "when",
  "where",
  "as",
  "if",
  "because",
  "while",
  "after",
  "before",
  "since",
  "though",
  "although",
]);

/**
 * "In 1986, the Supreme Court blocked a New Jersey company from …, citing a threat to public health":
 * a participle cue after a comma speaks for the subject of the sentence's main verb, not for the
 * object before the comma. The main verb is the sentence's first finite verb outside a subordinate clause.
 */
function participleSubject(view: TokenView, mentions: MentionIndex, speaker: Span | null, cue: number): Speaker | null {
  if (view.word(cue - 1) !== "," || view.tokens[cue]?.pos !== "VERB" || !/ing$/i.test(view.word(cue))) return null;
  if (view.word(cue).toLowerCase() === "according") return null;
  const sentenceStart = view.sentenceStart(cue);
  // words quoted before the cue have their own speaker ("“…,” he said, adding …")
  if (/[“”"]|''/.test(view.text.slice(view.tokens[sentenceStart]?.start ?? 0, view.tokens[cue]?.start ?? 0))) return null;
  // a speaker that is the subject of a verb of its own stays ("…, Tester said, referring to …")
  const afterSpeaker = speaker ? view.indexAt(speaker.end) : -1;
  if (afterSpeaker >= 0 && afterSpeaker < cue && VERBAL.has(view.tokens[afterSpeaker]?.pos ?? "")) return null;
  let verb = -1;
  for (let k = sentenceStart; k < cue - 1 && verb < 0; k++) {
    if (CLAUSE_OPENERS.has(view.word(k).toLowerCase()) && k > sentenceStart) return null;
    if (VERBAL.has(view.tokens[k]?.pos ?? "") && !/ing$/i.test(view.word(k))) verb = k;
  }
  if (verb < 0 || (speaker && speaker.start < (view.tokens[verb]?.end ?? 0))) return null;
  const subject = speakerBefore(view, mentions, verb, sentenceStart);
  return subject && (!speaker || subject.start !== speaker.start) ? subject : null;
}

/**
 * "Indiana politicians, who granted Carrier tax breaks, are furious … and want …": a relative
 * pronoun whose clause closed (a comma) before the cue is not its subject; the noun phrase the
 * clause hangs on is. ("X, who said …" keeps "who": the cue is inside the clause.)
 */
function closedRelativeAntecedent(view: TokenView, mentions: MentionIndex, speaker: Span, cue: number): Speaker | null {
  const start = view.indexAt(speaker.start);
  const word = view.text.slice(speaker.start, speaker.end).toLowerCase();
  if ((word !== "who" && word !== "which") || view.word(start - 1) !== ",") return null;
  let closed = false;
  for (let k = start + 1; k < cue; k++) if (view.word(k) === ",") closed = true;
  if (!closed || view.tokens[start]?.sentence !== view.tokens[cue]?.sentence) return null;
  return speakerBefore(view, mentions, start - 1, view.sentenceStart(cue));
}

/**
 * "The poll, released on Wednesday by the Public Policy Institute, showed …": the agent of a
 * participle set off by commas before the cue is not its subject; the phrase the participle
 * modifies is.
 */
function modifiedSubject(view: TokenView, mentions: MentionIndex, speaker: Span, cue: number): Speaker | null {
  const start = view.indexAt(speaker.start);
  let close = view.indexBefore(speaker.end);
  if (view.word(close) !== ",") close++;
  if (close !== cue - 1 || view.word(close) !== "," || view.word(start - 1).toLowerCase() !== "by") return null;
  const sentenceStart = view.sentenceStart(cue);
  for (let k = start - 2; k > sentenceStart; k--) {
    if (view.word(k) !== ",") continue;
    const participle = view.tokens[k + 1]?.pos === "VERB" && /(ed|en|wn|ne|t)$/i.test(view.word(k + 1));
    return participle ? speakerBefore(view, mentions, k, sentenceStart) : null;
  }
  return null;
}

/**
 * "The AP has surveyed these delegates and noted …": a verb cue after "and"/"but" shares the
 * subject of the first verb of its sentence.
 */
function conjunctSubject(view: TokenView, mentions: MentionIndex, cue: number): Speaker | null {
  let k = cue - 1;
  while (view.tokens[k]?.pos === "ADV" || view.tokens[k]?.pos === "AUX") k--;
  if (!["and", "but"].includes(view.word(k).toLowerCase())) return null;
  const sentenceStart = view.sentenceStart(cue);
  for (let j = sentenceStart; j < k; j++) {
    if (CLAUSE_OPENERS.has(view.word(j).toLowerCase())) return null;
    if (VERBAL.has(view.tokens[j]?.pos ?? "")) return speakerBefore(view, mentions, j, sentenceStart);
  }
  return null;
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
