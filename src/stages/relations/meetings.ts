// "Met" relations: "X met (with) Y in PLACE on DAY", "X held talks with Y",
// "X's talks with Y", "the X-Y summit", each with its place and date. Only
// meetings that happened: not "never met", "will meet" or "agreed to meet";
// and only between the verb's subject and the person its object names, not
// anyone else the sentence mentions.
import type { ArticleDoc } from "../../model/doc.js";
import type { Mention } from "../../model/entity.js";
import type { Relation } from "../../model/relation.js";
import type { Span } from "../../model/span.js";
import { placeIn } from "../statements/setting.js";
import { findDates, shiftDay } from "../time/dates.js";
import type { TokenView } from "../token-view.js";
import { DESCRIPTION_NOUNS } from "../../lexicon/words.js";

/** Verbs whose object is who was met: "met Ali", "hosted Bush", "visited Prime Minister Netanyahu". */
const MEETING_VERBS = new Set(["met", "meet", "meets", "meeting", "hosted", "hosts", "host", "received", "visited", "welcomed"]);
/** Of those, the ones that may also take "with" a few words on: "met for two hours with Lavrov". */
const MEET_WITH = new Set(["met", "meet", "meets", "meeting"]);
const TALK_VERBS = new Set(["talked", "talks", "spoke", "speaks", "negotiated", "held"]);
const EVENT_NOUNS = new Set([
  "summit",
  "talks",
  "meeting",
  "call",
  "phone call",
  "video call",
  "conference",
  "negotiations",
  "encounter",
  "discussion",
  "discussions",
]);
/**
 * Words just before a meeting verb that say the meeting did not (or not yet) happen:
 * "never met", "did not meet", "will meet", "is scheduled to meet", "agreed to meet", "if X had met".
 */
const UNREAL = new Set([
  "not",
  "n't",
  "n’t",
  "never",
  "no",
  "will",
  "'ll",
  "’ll",
  "would",
  "could",
  "should",
  "may",
  "might",
  "must",
  "shall",
  "to",
  "if",
  "unless",
  "whether",
]);
/** How many words before a meeting verb UNREAL looks at (within its clause). */
const UNREAL_REACH = 4;
/** Parts of speech a phrase may run through before its head: "Mexican President Enrique Peña Nieto", "the German chancellor". */
const PHRASE = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM"]);
/** Parts of speech of a verb group before its verb: "has already met", "did privately meet". */
const VERB_GROUP = new Set(["AUX", "ADV", "PART"]);
/** Words that open a clause whose gerund's subject is the main clause's: "Obama said after meeting with Putin". */
const CLAUSE_OPENERS = new Set(["after", "before", "while", "since", "when", "following", "during"]);
const POSSESSIVE = /^(?:'s|’s|'|’)$/;
/** Prepositions that set an event noun in its clause: "… in a phone call with", "… during talks with". */
const SETTING_PREPOSITIONS = new Set(["in", "during", "at"]);
/**
 * Nouns of a person whose name may follow after a comma ("his wife, Ana", "the Russian foreign
 * minister, Sergey Lavrov"): the nouns of descriptions, and kin and staff.
 */
const PERSON_NOUNS: ReadonlySet<string> = new Set([
  ...DESCRIPTION_NOUNS,
  ...["wife", "husband", "son", "daughter", "brother", "sister", "father", "mother", "friend", "director", "adviser", "advisor", "aide", "chairwoman"],
]);
/** Words that make a present "meets" one still to come: "after the president meets with Sanders". */
const LATER = new Set(["after", "before", "until", "once", "when"]);
const POSSESSIVE_PRONOUN = /^(?:his|her|their|its)$/i;

const actor = (m: Mention | undefined): m is Mention & { entity: string } =>
  m !== undefined && m.entity !== undefined && (m.type === "Person" || m.type === "Organization" || m.type === "Group");

/** How far (in characters) a date may sit from the words that state a meeting. */
const DATE_REACH = 60;

/** "the day after the X-Y summit, on Wednesday, …": the meeting was the day before the sentence's own day (after the day after). */
const DAY_AFTER_OR_BEFORE = /\b(?:the|a) day (after|before)\s+(?:the\s+)?$/i;

/** The meeting's date: "Tuesday's talks", or a date right after the evidence ("… in Sochi on Wednesday"). */
function meetingDate(doc: ArticleDoc, sentence: Span, evidence: Span): string | null {
  const relative = DAY_AFTER_OR_BEFORE.exec(doc.text.slice(sentence.start, evidence.start));
  if (relative) {
    // the day the sentence is about, stated outside the meeting's words
    const day = findDates(doc.text, sentence, doc.meta.published).find((d) => d.end <= evidence.start - relative[0].length || d.start >= evidence.end);
    return day ? shiftDay(day.value, relative[1]?.toLowerCase() === "after" ? -1 : 1) : null;
  }
  const near = { start: Math.max(sentence.start, evidence.start - DATE_REACH), end: Math.min(sentence.end, evidence.end + DATE_REACH) };
  const possessive = findDates(doc.text, near, doc.meta.published, { possessive: true }).find((d) => d.end <= evidence.end);
  return possessive?.value ?? findDates(doc.text, near, doc.meta.published)[0]?.value ?? null;
}

function relation(doc: ArticleDoc, view: TokenView, mentions: readonly Mention[], a: string, b: string, sentence: Span, evidence: Span): Relation {
  const [subject, object] = [a, b];
  return {
    id: `r-met-${evidence.start}-${evidence.end}`,
    predicate: "met",
    subject,
    object,
    place: placeIn(view, mentions, sentence, []),
    date: meetingDate(doc, sentence, evidence),
    evidence,
  };
}

/** A sentence's mentions by the token they start and end at (speaker.ts's MentionIndex finds them by character). */
interface TokenMentions {
  readonly startingAt: ReadonlyMap<number, Mention>;
  readonly endingAt: ReadonlyMap<number, Mention>;
}

function indexMentions(view: TokenView, ms: readonly Mention[]): TokenMentions {
  const startingAt = new Map<number, Mention>();
  const endingAt = new Map<number, Mention>();
  for (const m of ms) {
    if (!startingAt.has(view.indexAt(m.start))) startingAt.set(view.indexAt(m.start), m);
    endingAt.set(view.indexBefore(m.end), m);
  }
  return { startingAt, endingAt };
}

const isPerson = (m: Mention | undefined): m is Mention & { entity: string } => actor(m) && m.type === "Person";

/**
 * The person a phrase starting at token `from` names: titles, determiners, adjectives and other
 * names may come first ("Boston Mayor Marty Walsh"), and a name may follow a noun of a person
 * after a comma ("his wife, Ana"). A preposition, verb or clause word ends the phrase: "an expert on Putin"
 * names no one met, and neither does "Merkel's office".
 */
function personAt(view: TokenView, index: TokenMentions, from: number, end: number): (Mention & { entity: string }) | undefined {
  for (let j = from; j < end; j++) {
    const m = index.startingAt.get(j);
    const last = m ? view.indexBefore(m.end) : j;
    const possessor = m !== undefined && (POSSESSIVE.test(view.word(last + 1)) || determiner(view, m, j));
    if (m && isPerson(m) && !possessor) return m;
    if (m && m.type === "Person" && !possessor) return undefined;
    if (m) {
      // a modifier ("Russian", "Boston", "her", "Clinton's"): the phrase goes on after it
      j = POSSESSIVE.test(view.word(last + 1)) ? last + 1 : last;
      continue;
    }
    const pos = view.tokens[j]?.pos ?? "";
    if (view.word(j) === "," && PERSON_NOUNS.has(view.lower(j - 1)) && isPerson(index.startingAt.get(j + 1)))
      return index.startingAt.get(j + 1) as Mention & { entity: string };
    if (!PHRASE.has(pos) && view.word(j) !== "-") return undefined;
  }
  return undefined;
}

/** Whether a pronoun mention at token j is a possessive determiner: "her husband", not "met her". */
const determiner = (view: TokenView, m: Mention, j: number): boolean =>
  m.kind === "pronoun" && POSSESSIVE_PRONOUN.test(view.word(j)) && PHRASE.has(view.tokens[j + 1]?.pos ?? "");

/** Whether the words before a meeting verb make it one that did not happen. */
function unreal(view: TokenView, k: number, sentenceStart: number): boolean {
  const present = view.lower(k) === "meets" || view.lower(k) === "meet";
  for (let j = k - 1; j >= Math.max(sentenceStart, k - UNREAL_REACH); j--) {
    const w = view.lower(j);
    if (w === "," || w === ";" || w === ":") return false;
    if (UNREAL.has(w) || (present && LATER.has(w))) return true;
  }
  return false;
}

/** Whether token j is inside a hyphenated compound ("face-to-face", "one-on-one", "sit-down"). */
const hyphenated = (view: TokenView, j: number): boolean => view.word(j) === "-" || view.word(j - 1) === "-" || view.word(j + 1) === "-";

/** The nearest person mention ending within `reach` tokens before token k. */
function personBefore(index: TokenMentions, k: number, sentenceStart: number, reach: number): (Mention & { entity: string }) | undefined {
  for (let j = k - 1; j >= Math.max(sentenceStart, k - reach); j--) {
    const m = index.endingAt.get(j);
    if (isPerson(m)) return m;
  }
  return undefined;
}

/**
 * The subject of a verb at token k: the person right before its verb group ("Risch has already met"),
 * across a closed appositive ("Scholz, the German chancellor, met") or a relative clause ("Corker,
 * a senator who has met"), the main clause's for a gerund ("Obama said after meeting with"), or the
 * sentence's first verb's for a coordinated one ("Clinton debated Obama, and met Sanders").
 */
function subjectOf(view: TokenView, index: TokenMentions, k: number, sentenceStart: number): (Mention & { entity: string }) | undefined {
  let j = k - 1;
  while (j >= sentenceStart && VERB_GROUP.has(view.tokens[j]?.pos ?? "")) j--;
  // "Sen. Ted Cruz (R-Texas) met": the brackets after a name
  if (view.word(j) === ")") {
    let open = j - 1;
    while (open > sentenceStart && view.word(open) !== "(" && j - open < 8) open--;
    if (view.word(open) === "(") j = open - 1;
  }
  if (j < sentenceStart) return undefined;
  const w = view.lower(j);
  if (w === "who" || w === "that") return personBefore(index, j, sentenceStart, 12);
  if (CLAUSE_OPENERS.has(w) && view.lower(k).endsWith("ing")) return personBefore(index, j, sentenceStart, 6);
  if (w === "and" || w === "but") {
    // a second verb of its subject: "Clinton debated Obama four times, and met Sanders twice"
    for (let v = sentenceStart; v < j; v++) if (view.tokens[v]?.pos === "VERB") return subjectOf(view, index, v, sentenceStart);
    return undefined;
  }
  if (w === ",") {
    // the appositive's opening comma; the subject ends right before it
    let c = j - 1;
    while (c > sentenceStart && view.word(c) !== ",") c--;
    if (c <= sentenceStart) return undefined;
    j = c - 1;
  }
  const m = index.endingAt.get(j);
  return isPerson(m) ? m : undefined;
}

/** The side of an event noun ("his meeting with", "the prime minister's Dec. 28 meeting with"): its possessor, or the subject of the verb it is the object of ("Kelly requested a meeting with"). */
function possessorOf(view: TokenView, index: TokenMentions, k: number, sentenceStart: number): (Mention & { entity: string }) | undefined {
  // "Donald Trump meeting with Peña Nieto": a name right before is the gerund's subject
  const named = index.endingAt.get(k - 1);
  if (isPerson(named) && named.kind === "name") return named;
  let j = k - 1;
  while (j >= sentenceStart) {
    // "the prime minister's meeting"; a day's ("his prior day's talks") only dates it
    const owner = POSSESSIVE.test(view.word(j)) ? personBefore(index, j, sentenceStart, 1) : undefined;
    if (owner) return owner;
    const m = index.endingAt.get(j);
    if (m && m.kind === "pronoun" && POSSESSIVE_PRONOUN.test(view.word(j))) return isPerson(m) ? m : undefined;
    const pos = view.tokens[j]?.pos ?? "";
    if (!PHRASE.has(pos) && pos !== "ADV" && pos !== "PART" && !hyphenated(view, j)) break;
    j--;
  }
  if (j < sentenceStart) return undefined;
  // "Obama said after meeting with Putin" (meeting read as a noun)
  if (CLAUSE_OPENERS.has(view.lower(j))) return personBefore(index, j, sentenceStart, 6);
  // "Sanders is conceding the race in a phone call with Clinton": the subject of the verb the phrase hangs on
  if (SETTING_PREPOSITIONS.has(view.lower(j))) {
    for (let v = j - 1; v >= Math.max(sentenceStart, j - 12); v--)
      if (view.tokens[v]?.pos === "VERB") return unreal(view, v, sentenceStart) ? undefined : subjectOf(view, index, v, sentenceStart);
    return undefined;
  }
  return view.tokens[j]?.pos === "VERB" && !unreal(view, j, sentenceStart) ? subjectOf(view, index, j, sentenceStart) : undefined;
}

/** "met for two hours with Lavrov", "met privately with Pope Francis": a few adverbial words, then "with" and who was met. */
function personAfterWith(view: TokenView, index: TokenMentions, k: number, end: number): (Mention & { entity: string }) | undefined {
  for (let j = k + 1; j < Math.min(end, k + 7); j++) {
    if (view.lower(j) === "with") return personAt(view, index, j + 1, end);
    const pos = view.tokens[j]?.pos ?? "";
    if (pos !== "ADV" && pos !== "ADP" && !PHRASE.has(pos)) return undefined;
  }
  return undefined;
}

/** The meetings of a document; `mentions` in text order (as the relations stage passes them). */
export function findMeetings(doc: ArticleDoc, view: TokenView, mentions: readonly Mention[]): Relation[] {
  const found: Relation[] = [];
  const sentences = doc.sentences ?? [];
  // sentences and mentions (in text order) are walked together: each mention is looked at once
  const sorted = mentions;
  let next = 0;
  sentences.forEach((sentence) => {
    while (next < sorted.length && (sorted[next]?.start ?? 0) < sentence.start) next++;
    const ms: Mention[] = [];
    for (let j = next; j < sorted.length && (sorted[j]?.start ?? Infinity) < sentence.end; j++) {
      const m = sorted[j] as Mention;
      if (m.end <= sentence.end) ms.push(m);
    }
    const first = view.indexAt(sentence.start);
    const end = view.indexAt(sentence.end);
    const index = indexMentions(view, ms);
    for (let k = first; k < end; k++) {
      const w = view.lower(k);
      const withNext = view.lower(k + 1) === "with";
      const isMeet = MEETING_VERBS.has(w) && view.tokens[k]?.pos === "VERB";
      const isTalk = TALK_VERBS.has(w) && withNext && view.tokens[k]?.pos === "VERB";
      const isEvent = EVENT_NOUNS.has(w) && withNext && !isMeet && !isTalk;
      if (!isMeet && !isTalk && !isEvent) continue;
      let other: (Mention & { entity: string }) | undefined;
      if (withNext) other = personAt(view, index, k + 2, end);
      else if (isMeet) other = personAt(view, index, k + 1, end) ?? (MEET_WITH.has(w) ? personAfterWith(view, index, k, end) : undefined);
      if (!other) continue;
      const side = isEvent ? possessorOf(view, index, k, first) : unreal(view, k, first) ? undefined : subjectOf(view, index, k, first);
      if (!side || side.entity === other.entity) continue;
      const evidence = { start: Math.min(side.start, view.tokens[k]?.start ?? side.start), end: other.end };
      found.push(relation(doc, view, mentions, side.entity, other.entity, sentence, evidence));
    }
    // "the Biden-Putin summit": two people joined by a hyphen before an event noun
    for (let i = 0; i + 1 < ms.length; i++) {
      const a = ms[i];
      const b = ms[i + 1];
      if (!actor(a) || !actor(b) || a.type !== "Person" || b.type !== "Person" || doc.text.slice(a.end, b.start) !== "-") continue;
      let k = view.indexAt(b.end);
      while (view.tokens[k]?.pos === "ADJ" && k - view.indexAt(b.end) < 3) k++;
      if (!EVENT_NOUNS.has(view.word(k).toLowerCase())) continue;
      found.push(relation(doc, view, mentions, a.entity, b.entity, sentence, { start: a.start, end: view.tokens[k]?.end ?? b.end }));
    }
  });
  return found;
}
