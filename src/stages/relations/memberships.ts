// Membership relations: a person's party or organisation as the article
// states it, next to the person's name: "Republican Sen. John McCain",
// "Democratic presidential nominee Hillary Clinton", "Rep. Gwen Moore (D-Wis.)",
// "Paul Ryan, Republican of Wisconsin", "Trump, the Republican nominee",
// "Adam Schiff, a member of the House Intelligence Committee". One relation
// per person and organisation in an article (the first statement of it), and
// only towards an organisation the article names, so it is in the graph.
import type { ArticleDoc } from "../../model/doc.js";
import type { Mention } from "../../model/entity.js";
import type { Relation } from "../../model/relation.js";
import type { TokenView } from "../token-view.js";
import { TITLES } from "../../lexicon/words.js";

/** Party words before a name or in an apposition, and party letters in brackets ("(D-Wis.)"). */
const PARTY_WORDS: Readonly<Record<string, string>> = {
  republican: "republican-party",
  gop: "republican-party",
  democratic: "democratic-party",
  democrat: "democratic-party",
};
const PARTY_LETTERS: Readonly<Record<string, string>> = { R: "republican-party", D: "democratic-party" };
/**
 * Words between a party word and a name: titles ("Republican Sen. …", "Democratic Gov. …") and
 * what a politician or party hand is called ("Republican presidential nominee …", "GOP strategist …").
 */
const TITLE_WORDS: ReadonlySet<string> = new Set([
  ...TITLES,
  ...["presidential", "vice", "front-runner", "hopeful", "strategist", "operative", "lawmaker", "state", "whip", "donor", "pollster", "consultant"],
]);
/** "(D-Wis.)", "(R)": a party letter and a state in brackets right after the name. */
const PARTY_STATE = /^\s*\(([DR])(?:-[^()\n]{1,20})?\)/;
/** ", a Republican", ", the Democratic nominee", ", Republican of Wisconsin" (not "Republican-leaning"). */
const APPOSITIVE =
  /^,\s+(?:(?:a|an|the)\s+)?(?:(?:former|longtime|fellow|moderate|conservative|liberal|progressive|veteran|freshman|retired|top|leading)\s+)*(Republican|Democrat|Democratic|GOP)\b(?!-)/;
/** ", a member of", ", who is a member of", ", a longtime member of": the organisation follows. */
const MEMBER_OF = /^,\s+(?:who\s+is\s+)?(?:a|an)\s+(?:\S+\s+)?member\s+of\s+(?:the\s+)?$/;

const person = (m: Mention): m is Mention & { entity: string } => m.type === "Person" && m.kind === "name" && m.entity !== undefined;

function membership(subject: string, object: string, start: number, end: number): Relation {
  return { id: `r-member-${start}-${end}`, predicate: "member-of", subject, object, place: null, date: null, evidence: { start, end } };
}

/** The party word and title words right before a name: "Republican Sen." before "John McCain". */
function partyBefore(view: TokenView, first: number): { party: string; start: number } | null {
  let k = first - 1;
  for (let n = 0; n < 4 && k >= 0 && TITLE_WORDS.has(view.lower(k)); n++) k--;
  const party = PARTY_WORDS[view.lower(k)];
  // a name, capitalised: not "republican" in running text
  if (!party || !/^[A-Z]/.test(view.word(k))) return null;
  return { party, start: view.tokens[k]?.start ?? 0 };
}

/**
 * Whether what follows ", a Republican" keeps it an apposition of one person: not an organisation's
 * name ("Like Trump, the Republican National Committee has …"), not a possessive ("the Republican
 * nominee's daughter"), not a plural ("Obama, Republican candidates …") and not the next name of a
 * list ("Barack Obama, Democratic presidential nominee Hillary Clinton").
 */
function apposition(rest: string, mentions: readonly Mention[], at: number): boolean {
  const next = /^\s+(\S+)/.exec(rest)?.[1] ?? "";
  if (/^[A-Z]/.test(next) && next !== "Party") return false;
  if (/^[a-z]+[^s]s$/.test(next)) return false;
  const phrase = rest.slice(0, Math.max(0, rest.search(/[,.;:]|$/)));
  if (/['’]s\b/.test(phrase)) return false;
  return !mentions.some((o) => o.type === "Person" && o.kind === "name" && o.start >= at && o.start < at + phrase.length);
}

/** The memberships of a document; `mentions` in text order (as the relations stage passes them). */
export function findMemberships(doc: ArticleDoc, view: TokenView, mentions: readonly Mention[]): Relation[] {
  const text = doc.text;
  const known = new Set((doc.entities ?? []).map((e) => e.id));
  const orgs = mentions.filter((m) => m.type === "Organization" && m.entity);
  let next = 0;
  const found: Relation[] = [];
  const seen = new Set<string>();
  const add = (subject: string, object: string, start: number, end: number): void => {
    const key = `${subject} ${object}`;
    if (!known.has(object) || subject === object || seen.has(key)) return;
    seen.add(key);
    found.push(membership(subject, object, start, end));
  };
  for (const m of mentions) {
    if (!person(m)) continue;
    const after = text.slice(m.end, m.end + 120);
    const before = partyBefore(view, view.indexAt(m.start));
    if (before) add(m.entity, before.party, before.start, m.end);
    const bracket = PARTY_STATE.exec(after);
    if (bracket) add(m.entity, PARTY_LETTERS[bracket[1] ?? ""] ?? "", m.start, m.end + bracket[0].length);
    const apposed = APPOSITIVE.exec(after);
    if (apposed && apposition(after.slice(apposed[0].length), mentions, m.end + apposed[0].length))
      add(m.entity, PARTY_WORDS[(apposed[1] ?? "").toLowerCase()] ?? "", m.start, m.end + apposed[0].length);
    // ", a member of the House Intelligence Committee": the organisation mention that follows
    // (names come in order, so the organisations before this one are passed once for all)
    while (next < orgs.length && (orgs[next]?.start ?? 0) <= m.start) next++;
    for (let k = next; k < orgs.length; k++) {
      const org = orgs[k] as Mention;
      if (org.start - m.end > 60) break;
      if (org.start > m.end && org.entity && MEMBER_OF.test(text.slice(m.end, org.start))) add(m.entity, org.entity, m.start, org.end);
    }
  }
  return found;
}
