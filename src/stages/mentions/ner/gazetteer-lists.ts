// The name lists the tagger uses as features: the project's lexicons plus the
// wider lists in data/lexicons/ner-gazetteer.json, matched on lower-cased
// token sequences. Built once, lazily.
import data from "../../../../data/lexicons/ner-gazetteer.json" with { type: "json" };
import { ORGANIZATIONS } from "../../../lexicon/organizations.js";
import { PEOPLE } from "../../../lexicon/people.js";
import { PLACES } from "../../../lexicon/places.js";
import { TITLES } from "../../../lexicon/words.js";

export const GAZ_LISTS = ["LOC", "ORG", "PER", "FIRST", "LAST", "DEMONYM", "TITLE"] as const;
export type GazList = (typeof GAZ_LISTS)[number];

export interface GazetteerIndex {
  /** Lower-cased, token-separated name → bit mask of the lists holding it. */
  readonly names: ReadonlyMap<string, number>;
  /** Lower-cased first token → the most tokens a name starting with it has. */
  readonly longest: ReadonlyMap<string, number>;
  /** Every proper prefix of a longer name ("new", "new york" for "new york city"), to stop a match early. */
  readonly prefixes: ReadonlySet<string>;
}

/** Splits a name the way the segmenter splits text: hyphens and possessives apart. */
export function gazetteerTokens(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/[’]/g, "'")
    .replace(/([-/(),])/g, " $1 ")
    .replace(/'s\b/g, " 's")
    .split(/\s+/)
    .filter((t) => t.length > 0);
}

let index: GazetteerIndex | undefined;

export function gazetteerIndex(): GazetteerIndex {
  if (index) return index;
  const names = new Map<string, number>();
  const longest = new Map<string, number>();
  const prefixes = new Set<string>();
  const add = (list: GazList, name: string): void => {
    const tokens = gazetteerTokens(name);
    const first = tokens[0];
    if (!first || tokens.length > 6) return;
    const key = tokens.join(" ");
    names.set(key, (names.get(key) ?? 0) | (1 << GAZ_LISTS.indexOf(list)));
    longest.set(first, Math.max(longest.get(first) ?? 0, tokens.length));
    for (let n = 1; n < tokens.length; n++) prefixes.add(tokens.slice(0, n).join(" "));
  };
  for (const list of GAZ_LISTS) for (const name of (data as Partial<Record<GazList, string[]>>)[list] ?? []) add(list, name);
  for (const p of PLACES) {
    for (const n of [p.name, ...p.aliases]) add("LOC", n);
    for (const d of p.demonyms) add("DEMONYM", d);
  }
  // "the Fed" is written "Fed" too; "the alliance" is no name.
  for (const o of ORGANIZATIONS) {
    for (const n of [o.name, ...o.aliases]) {
      const name = n.replace(/^the (?=\p{Lu})/u, "");
      if (!name.startsWith("the ")) add("ORG", name);
    }
  }
  for (const p of PEOPLE) for (const n of [p.name, ...p.aliases]) add("PER", n);
  for (const t of TITLES) add("TITLE", t);
  index = { names, longest, prefixes };
  return index;
}
