// Gazetteer lookup: known places, organisations, people, demonyms and group
// words matched at token boundaries, longest first.
import type { EntityType } from "../../model/entity.js";
import type { Span } from "../../model/span.js";
import { ORGANIZATIONS } from "../../lexicon/organizations.js";
import { PEOPLE } from "../../lexicon/people.js";
import { PLACES } from "../../lexicon/places.js";
import { GROUP_WORDS } from "../../lexicon/words.js";

export type GazetteerKind = "name" | "demonym";

export interface GazetteerEntry {
  readonly surface: string;
  readonly type: EntityType;
  /** Ids of the known entities this surface can name (several when ambiguous). */
  readonly ids: readonly string[];
  readonly kind: GazetteerKind;
}

export interface GazetteerMatch extends Span {
  readonly entry: GazetteerEntry;
}

const slug = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");

function plural(demonym: string): string | null {
  if (/(ese|ish|ch|Swiss|U\.S\.)$/.test(demonym)) return null;
  return demonym.endsWith("s") ? null : `${demonym}s`;
}

function buildEntries(): GazetteerEntry[] {
  const bySurface = new Map<string, { type: EntityType; ids: string[]; kind: GazetteerKind }>();
  const add = (surface: string, type: EntityType, id: string, kind: GazetteerKind = "name"): void => {
    const existing = bySurface.get(surface);
    if (!existing) bySurface.set(surface, { type, ids: [id], kind });
    else if (existing.type === type && existing.kind === kind && !existing.ids.includes(id)) existing.ids.push(id);
  };
  // People first: a surname that is also a small town stays a person.
  for (const p of PEOPLE) for (const s of [p.name, ...p.aliases]) add(s, "Person", p.id);
  for (const o of ORGANIZATIONS) for (const s of [o.name, ...o.aliases]) if (!s.startsWith("the ")) add(s, "Organization", o.id);
  for (const place of PLACES) {
    for (const s of [place.name, ...place.aliases]) add(s, "Place", place.id);
    for (const d of place.demonyms) {
      add(d, "Place", place.id, "demonym");
      const group = plural(d);
      if (group) add(group, "Group", slug(group));
    }
  }
  for (const g of GROUP_WORDS) if (!g.startsWith("the ")) add(g, "Group", slug(g));
  return [...bySurface.entries()].map(([surface, v]) => ({ surface, ...v }));
}

let index: Map<string, GazetteerEntry[]> | undefined;

const firstWord = (s: string): string => s.split(/[\s,]/)[0] ?? s;

function gazetteerIndex(): Map<string, GazetteerEntry[]> {
  if (index) return index;
  index = new Map();
  for (const entry of buildEntries()) {
    const key = firstWord(entry.surface);
    const list = index.get(key) ?? [];
    list.push(entry);
    index.set(key, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.surface.length - a.surface.length);
  return index;
}

/**
 * Longest gazetteer matches that start and end on token boundaries.
 * `tokens` must be sorted; overlapping matches are resolved left to right.
 */
export function findGazetteerMatches(text: string, tokens: readonly Span[]): GazetteerMatch[] {
  const idx = gazetteerIndex();
  const matches: GazetteerMatch[] = [];
  let blockedUntil = -1;
  /** Whether some token from index k on ends exactly at `end`. */
  const endsAt = (k: number, end: number): boolean => {
    while (k < tokens.length && (tokens[k]?.end ?? Infinity) < end) k++;
    return tokens[k]?.end === end;
  };
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k] as Span;
    if (token.start < blockedUntil) continue;
    // Every surface starts with a capital or a digit; most tokens do not.
    const code = text.charCodeAt(token.start);
    if (code < 128) {
      if (!((code >= 65 && code <= 90) || (code >= 48 && code <= 57))) continue;
    } else {
      const c = text.charAt(token.start);
      if (c === c.toLowerCase() && !/\d/.test(c)) continue;
    }
    const word = text.slice(token.start, token.end);
    const candidates = idx.get(word) ?? (/[\s,]/.test(word) ? idx.get(firstWord(word)) : undefined);
    if (!candidates) continue;
    const hit = candidates.find((e) => text.startsWith(e.surface, token.start) && endsAt(k, token.start + e.surface.length));
    if (!hit) continue;
    matches.push({ start: token.start, end: token.start + hit.surface.length, entry: hit });
    blockedUntil = token.start + hit.surface.length;
  }
  return matches;
}

export function lookupSurface(surface: string): GazetteerEntry | undefined {
  return gazetteerIndex()
    .get(firstWord(surface))
    ?.find((e) => e.surface === surface);
}
