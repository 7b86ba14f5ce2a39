// Definite descriptions and pronouns that can refer to people: "the US
// president", "his US counterpart", "the Greek PM", "he", "her".
import type { Mention } from "../../model/entity.js";
import { PERSON_PRONOUNS } from "../../lexicon/words.js";
import type { GazetteerMatch } from "./gazetteer.js";
import { descriptionNounAt } from "./titles.js";
import type { TokenView } from "../token-view.js";

const DETERMINERS = new Set(["the", "his", "her", "their", "its", "our", "a", "an"]);
/** Longest word of a set: longer tokens are rejected without lower-casing them. */
const longestOf = (words: ReadonlySet<string>): number => Math.max(0, ...[...words].map((w) => w.length));
const DETERMINER_LENGTH = longestOf(DETERMINERS);
const PRONOUN_LENGTH = longestOf(PERSON_PRONOUNS);
const PARTY_ADJECTIVES: Readonly<Record<string, string>> = { democratic: "democratic-party", republican: "republican-party" };
const MODIFIERS = new Set(["former", "then", "current", "new", "outgoing", "incoming", "presumptive", "acting", "deputy", "top", "chief"]);

/** Id of the place, organisation or party a modifier names, if any. */
function modifierId(view: TokenView, i: number, gazAt: ReadonlyMap<number, GazetteerMatch>): { id: string | null; next: number } | null {
  const t = view.tokens[i];
  if (!t) return null;
  const g = gazAt.get(t.start);
  if (g && (g.entry.type === "Place" || g.entry.type === "Organization")) {
    return { id: g.entry.ids[0] ?? null, next: Math.max(i + 1, view.indexAt(g.end)) };
  }
  const lower = view.lower(i);
  const party = PARTY_ADJECTIVES[lower];
  if (party) return { id: party, next: i + 1 };
  if (MODIFIERS.has(lower)) return { id: null, next: i + 1 };
  return null;
}

export function findDescriptions(view: TokenView, gazetteer: readonly GazetteerMatch[]): Mention[] {
  const gazAt = new Map(gazetteer.map((g) => [g.start, g]));
  const found: Mention[] = [];
  view.tokens.forEach((token, i) => {
    if (token.end - token.start > DETERMINER_LENGTH || !DETERMINERS.has(view.lower(i)) || view.inBoilerplate(i)) return;
    let k = i + 1;
    let of: string | null = null;
    for (let guard = 0; guard < 3; guard++) {
      const mod = modifierId(view, k, gazAt);
      if (!mod) break;
      of = mod.id ?? of;
      k = mod.next;
    }
    const noun = descriptionNounAt(view, k);
    if (!noun) return;
    // "the president of Russia": the country can follow the noun.
    if (view.lower(noun.next) === "of") {
      const after = modifierId(view, noun.next + 1, gazAt);
      if (after?.id) of = after.id;
    }
    // Only nouns, not "the leading candidate's"-style adjectives before another noun.
    if (view.tokens[noun.next]?.pos === "NOUN") return;
    const end = view.tokens[noun.next - 1]?.end ?? token.end;
    found.push({
      start: token.start,
      end,
      type: "Person",
      kind: "description",
      title: noun.title.toLowerCase(),
      ...(of ? { of } : {}),
    });
  });
  return found;
}

export function findPronouns(view: TokenView): Mention[] {
  const found: Mention[] = [];
  view.tokens.forEach((token, i) => {
    if (token.end - token.start <= PRONOUN_LENGTH && PERSON_PRONOUNS.has(view.lower(i)) && !view.inBoilerplate(i)) {
      found.push({ start: token.start, end: token.end, type: "Person", kind: "pronoun" });
    }
  });
  return found;
}
