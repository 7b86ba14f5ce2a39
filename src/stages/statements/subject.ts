// Where the subject of a cue's verb really is, when the phrase right before the
// cue is not it: a preposition's object ("in April charged"), the object before a
// participle ("blocked a company …, citing"), a relative pronoun whose clause has
// closed, the agent inside a participle phrase, or nothing at all after "and".
import type { Span } from "../../model/span.js";
import type { Speaker } from "../../model/statement.js";
import type { TokenView } from "../token-view.js";
import { type MentionIndex, speakerBefore } from "./speaker.js";

export const VERBAL: ReadonlySet<string> = new Set(["VERB", "AUX"]);
/** Endings of past participles ("accused", "taken", "shown", "done", "sent"). */
export const PARTICIPLE = /(ed|en|wn|ne|t)$/;

/** Prepositions that open an adjunct, whose object is never the subject of the verb after it. */
const ADJUNCT_PREPOSITIONS = new Set(["in", "on", "to", "into", "through", "across", "over", "during", "via"]);
const RELATIVES = new Set(["who", "which", "that"]);
const POSSESSIVE_DETERMINERS = new Set(["his", "her", "their", "its", "our", "my", "your"]);

/**
 * A speaker before its cue that is a preposition's object ("federal prosecutors in | April | charged",
 * "Trump took to | Twitter | overnight to accuse", "Protesters marching through | the streets | chanted"):
 * the subject is the noun phrase before the preposition, or the subject of the verb it follows.
 */
export function subjectBeyondPreposition(view: TokenView, mentions: MentionIndex, speaker: Span, cue: number): Speaker | null {
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
 * The sentence's first finite verb before token `upTo`, or -1 when a subordinate clause opens
 * first ("After the court ruled, …"): then which verb is the main one is not plain.
 */
function mainVerb(view: TokenView, upTo: number): number {
  for (let k = view.sentenceStart(upTo); k < upTo; k++) {
    if (CLAUSE_OPENERS.has(view.word(k).toLowerCase())) return -1;
    if (VERBAL.has(view.tokens[k]?.pos ?? "") && !/ing$/i.test(view.word(k))) return k;
  }
  return -1;
}

/**
 * "In 1986, the Supreme Court blocked a New Jersey company from …, citing a threat to public health":
 * a participle cue after a comma speaks for the subject of the sentence's main verb, not for the
 * object before the comma.
 */
export function participleSubject(view: TokenView, mentions: MentionIndex, speaker: Span | null, cue: number): Speaker | null {
  if (view.word(cue - 1) !== "," || view.tokens[cue]?.pos !== "VERB" || !/ing$/i.test(view.word(cue))) return null;
  if (view.word(cue).toLowerCase() === "according") return null;
  const sentenceStart = view.sentenceStart(cue);
  // words quoted before the cue have their own speaker ("“…,” he said, adding …")
  if (/[“”"]|''/.test(view.text.slice(view.tokens[sentenceStart]?.start ?? 0, view.tokens[cue]?.start ?? 0))) return null;
  // a speaker that is the subject of a verb of its own stays ("…, Tester said, referring to …")
  const afterSpeaker = speaker ? view.indexAt(speaker.end) : -1;
  if (afterSpeaker >= 0 && afterSpeaker < cue && VERBAL.has(view.tokens[afterSpeaker]?.pos ?? "")) return null;
  const verb = mainVerb(view, cue - 1);
  if (verb < 0 || (speaker && speaker.start < (view.tokens[verb]?.end ?? 0))) return null;
  const subject = speakerBefore(view, mentions, verb, sentenceStart);
  return subject && (!speaker || subject.start !== speaker.start) ? subject : null;
}

/**
 * "Indiana politicians, who granted Carrier tax breaks, are furious … and want …": a relative
 * pronoun whose clause closed (a comma) before the cue is not its subject; the noun phrase the
 * clause hangs on is. ("X, who said …" keeps "who": the cue is inside the clause.)
 */
export function closedRelativeAntecedent(view: TokenView, mentions: MentionIndex, speaker: Span, cue: number): Speaker | null {
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
export function modifiedSubject(view: TokenView, mentions: MentionIndex, speaker: Span, cue: number): Speaker | null {
  const start = view.indexAt(speaker.start);
  let close = view.indexBefore(speaker.end);
  if (view.word(close) !== ",") close++;
  if (close !== cue - 1 || view.word(close) !== "," || view.word(start - 1).toLowerCase() !== "by") return null;
  const sentenceStart = view.sentenceStart(cue);
  for (let k = start - 2; k > sentenceStart; k--) {
    if (view.word(k) !== ",") continue;
    const participle = view.tokens[k + 1]?.pos === "VERB" && PARTICIPLE.test(view.word(k + 1).toLowerCase());
    return participle ? speakerBefore(view, mentions, k, sentenceStart) : null;
  }
  return null;
}

/**
 * "The AP has surveyed these delegates and noted …": a verb cue after "and"/"but" shares the
 * subject of the first verb of its sentence.
 */
export function conjunctSubject(view: TokenView, mentions: MentionIndex, cue: number): Speaker | null {
  let k = cue - 1;
  while (view.tokens[k]?.pos === "ADV" || view.tokens[k]?.pos === "AUX") k--;
  if (!["and", "but"].includes(view.word(k).toLowerCase())) return null;
  const verb = mainVerb(view, k);
  return verb < 0 ? null : speakerBefore(view, mentions, verb, view.sentenceStart(cue));
}
