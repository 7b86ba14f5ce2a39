// "Met" relations: "X met (with) Y in PLACE on DAY", "X held talks with Y",
// "X's talks with Y", "the X-Y summit", each with its place and date.
import type { ArticleDoc } from "../../model/doc.js";
import type { Mention } from "../../model/entity.js";
import type { Relation } from "../../model/relation.js";
import type { Span } from "../../model/span.js";
import { placeIn } from "../statements/setting.js";
import { findDates, shiftDay } from "../time/dates.js";
import type { TokenView } from "../token-view.js";

const MEETING_VERBS = new Set(["met", "meet", "meets", "meeting", "hosted", "hosts", "host", "received", "visited", "welcomed"]);
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

export function findMeetings(doc: ArticleDoc, view: TokenView, mentions: readonly Mention[]): Relation[] {
  const found: Relation[] = [];
  const sentences = doc.sentences ?? [];
  const inSentence = (s: Span): Mention[] => mentions.filter((m) => m.start >= s.start && m.end <= s.end);
  sentences.forEach((sentence) => {
    const ms = inSentence(sentence);
    const first = view.indexAt(sentence.start);
    const end = view.indexAt(sentence.end);
    for (let k = first; k < end; k++) {
      const w = view.word(k).toLowerCase();
      const isMeet = MEETING_VERBS.has(w) && view.tokens[k]?.pos === "VERB";
      const isTalk = TALK_VERBS.has(w) && view.word(k + 1).toLowerCase() === "with";
      const isTalksNoun = EVENT_NOUNS.has(w) && view.word(k + 1).toLowerCase() === "with";
      if (!isMeet && !isTalk && !isTalksNoun) continue;
      const tokenStart = view.tokens[k]?.start ?? 0;
      // the actor: the nearest person before the verb (a subject, a possessor)
      const before = ms.filter((m) => m.end <= tokenStart && actor(m)).pop();
      // the other side: the first person after "with" or the verb, skipping titles
      const after = ms.find((m) => m.start > tokenStart && actor(m) && m.entity !== before?.entity && m.type === "Person");
      if (!actor(before) || !actor(after) || before.type !== "Person") continue;
      const evidence = { start: Math.min(before.start, tokenStart), end: after.end };
      found.push(relation(doc, view, mentions, before.entity, after.entity, sentence, evidence));
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
