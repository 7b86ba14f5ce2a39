// Groups name mentions into entities: known names by their gazetteer or
// knowledge id (choosing between namesakes from what the article says), other
// names by shared words ("Kyriakos Mitsotakis" … "Mitsotakis").
import type { Mention } from "../../model/entity.js";
import type { EntityType } from "../../model/entity.js";
import { knownEntity, knownRoles } from "./known.js";
import { slugify } from "./slug.js";

const words = (s: string): string[] => s.split(/\s+/).filter((w) => !/^\p{Lu}\.$/u.test(w));

/** Picks one id for an ambiguous surface ("Clinton"): named in full, in office, or first listed. */
function chooseCandidate(candidates: readonly string[], unambiguous: ReadonlySet<string>, date: string | null): string {
  return candidates.find((id) => unambiguous.has(id)) ?? candidates.find((id) => knownRoles(id, date).length > 0) ?? candidates[0] ?? "unnamed";
}

/**
 * The id of a name no list knows: its slug, unless a known entity of another
 * type has that id ("Leeds" the team is not the city): then the slug and the type.
 */
export function unknownNameId(surface: string, type: EntityType): string {
  const id = slugify(surface);
  const known = knownEntity(id);
  return known && known.type !== type ? `${id}-${type.toLowerCase()}` : id;
}

/** Entity id for each name mention, by mention index. */
export function clusterNames(text: string, mentions: readonly Mention[], date: string | null): Map<number, string> {
  const ids = new Map<number, string>();
  const unambiguous = new Set(mentions.flatMap((m) => (m.candidates?.length === 1 ? m.candidates : [])));
  const surface = (m: Mention): string => text.slice(m.start, m.end);
  // Known names first, then unknown names from longest to shortest.
  const order = mentions
    .map((m, i) => ({ m, i, words: m.kind === "name" ? words(surface(m)) : [] }))
    .filter(({ m }) => m.kind === "name")
    .sort((a, b) => Number(!a.m.candidates) - Number(!b.m.candidates) || b.words.length - a.words.length || a.i - b.i);
  // People by their last word, so a shorter name meets only the names it can end.
  const peopleByLast = new Map<string, { id: string; words: string[] }[]>();
  const allPeople: { id: string; words: string[] }[] = [];
  const addPerson = (id: string, w: string[]): void => {
    allPeople.push({ id, words: w });
    const last = w[w.length - 1] ?? "";
    const list = peopleByLast.get(last);
    if (list) list.push({ id, words: w });
    else peopleByLast.set(last, [{ id, words: w }]);
  };
  for (const { m, i, words: w } of order) {
    if (m.candidates && m.candidates.length > 0) {
      const id = chooseCandidate(m.candidates, unambiguous, date);
      ids.set(i, id);
      if (m.type === "Person") addPerson(id, w);
      continue;
    }
    if (m.type === "Person") {
      // A shorter name joins the one longer name whose last words it repeats.
      const people = w.length === 0 ? allPeople : (peopleByLast.get(w[w.length - 1] ?? "") ?? []);
      const matches = [
        ...new Set(people.filter((p) => p.words.length > w.length && w.every((x, k) => p.words[p.words.length - w.length + k] === x)).map((p) => p.id)),
      ];
      const id = matches.length === 1 && matches[0] ? matches[0] : unknownNameId(surface(m), m.type);
      ids.set(i, id);
      addPerson(id, w);
      continue;
    }
    ids.set(i, unknownNameId(surface(m), m.type));
  }
  return separateTypes(mentions, ids);
}

/** When one id gathers names of several types ("Kent" the county and the club), all but the commonest type get their own id. */
function separateTypes(mentions: readonly Mention[], ids: Map<number, string>): Map<number, string> {
  const counts = new Map<string, Map<EntityType, number>>();
  for (const [i, id] of ids) {
    const m = mentions[i];
    if (!m || m.candidates?.length) continue;
    const byType = counts.get(id) ?? new Map<EntityType, number>();
    byType.set(m.type, (byType.get(m.type) ?? 0) + 1);
    counts.set(id, byType);
  }
  for (const [i, id] of ids) {
    const m = mentions[i];
    const byType = counts.get(id);
    if (!m || m.candidates?.length || !byType || byType.size < 2) continue;
    const main = [...byType.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
    if (m.type !== main) ids.set(i, `${id}-${m.type.toLowerCase()}`);
  }
  return ids;
}
