// The mentions stage: names from the trained tagger, sharpened by rules (ids
// and types of known names, stated roles, headline echoes), then descriptions
// and pronouns. Names may sit inside a description ("the US president").
import { PLACES, placeById } from "../../lexicon/places.js";
import type { ArticleDoc } from "../../model/doc.js";
import type { Mention, Role } from "../../model/entity.js";
import { compareSpans, contains, overlaps } from "../../model/span.js";
import type { Stage } from "../../pipeline/stage.js";
import { findDescriptions, findPronouns } from "./descriptions.js";
import { findGazetteerMatches, type GazetteerMatch } from "./gazetteer.js";
import { modelMentions } from "./model-names.js";
import { tagEntities } from "./ner/tagger.js";
import { findCapitalisedChunks, namesFromChunks } from "./patterns.js";
import { type TokenView, tokenView } from "../token-view.js";

const COUNTRY_IDS: ReadonlySet<string> = new Set(PLACES.filter((p) => p.kind === "country").map((p) => p.id));

/** Known people and organisations, and countries, wherever the tagger saw nothing. */
function knownMentions(matches: readonly GazetteerMatch[], view: TokenView, names: readonly Mention[]): Mention[] {
  const covered = new Uint8Array(view.tokens.length + 1);
  for (const n of names) covered.fill(1, view.indexAt(n.start), view.indexBefore(n.end) + 1);
  const out: Mention[] = [];
  for (const m of matches) {
    if (m.entry.kind !== "name" || m.entry.type === "Group") continue;
    if (covered.subarray(view.indexAt(m.start), view.indexBefore(m.end) + 1).includes(1)) continue;
    if (m.entry.type === "Place" && !m.entry.ids.some((id) => COUNTRY_IDS.has(id))) continue;
    if (view.inBoilerplate(view.indexAt(m.start))) continue;
    out.push({ start: m.start, end: m.end, type: m.entry.type, kind: "name", candidates: m.entry.ids });
  }
  return out;
}

/** Group words the gazetteer knows ("Western powers") replace the tagger's shorter "Western". */
function withGroups(tagged: readonly Mention[], matches: readonly GazetteerMatch[]): Mention[] {
  let out = [...tagged];
  for (const g of matches) {
    if (g.entry.type !== "Group" || g.entry.kind !== "name") continue;
    const inside = out.filter((m) => overlaps(m, g));
    if (!inside.every((m) => contains(g, m) && (m.type === "Other" || m.type === "Group"))) continue;
    out = out.filter((m) => !inside.includes(m));
    out.push({ start: g.start, end: g.end, type: "Group", kind: "name", candidates: g.entry.ids });
  }
  return out.sort(compareSpans);
}

/** Names recognised in the body, repeated in Title Case or ALL CAPS lines ("MANCHESTER UNITED"). */
function headlineEchoes(view: TokenView, names: readonly Mention[]): Mention[] {
  const byFirst = new Map<string, { words: string[]; mention: Mention }[]>();
  for (const m of names) {
    if (view.inTitleCase(view.indexAt(m.start))) continue;
    const first = view.indexAt(m.start);
    const words: string[] = [];
    for (let k = first; k < view.tokens.length && (view.tokens[k]?.end ?? 0) <= m.end; k++) words.push(view.lower(k));
    const key = words[0];
    if (key === undefined) continue;
    const list = byFirst.get(key) ?? [];
    const joined = words.join(" ");
    if (!list.some((x) => x.words.length === words.length && x.words.join(" ") === joined)) list.push({ words, mention: m });
    byFirst.set(key, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  const found: Mention[] = [];
  for (let i = 0; i < view.tokens.length; i++) {
    if (!view.inTitleCase(i) || view.inBoilerplate(i)) continue;
    const hit = byFirst
      .get(view.lower(i))
      ?.find((x) => x.words.every((w, k) => view.lower(i + k) === w && view.tokens[i + k]?.sentence === view.tokens[i]?.sentence));
    if (!hit) continue;
    const { role: _role, ...mention } = hit.mention;
    found.push({ ...mention, start: view.tokens[i]?.start ?? 0, end: view.tokens[i + hit.words.length - 1]?.end ?? 0 });
    i += hit.words.length - 1;
  }
  return found;
}

/** Keeps the longest of overlapping mentions; earlier lists win ties. */
export function resolveOverlaps(mentions: readonly Mention[]): Mention[] {
  const kept: Mention[] = [];
  const end = mentions.reduce((n, m) => Math.max(n, m.end), 0);
  const taken = new Uint8Array(end + 1);
  const byLength = [...mentions].sort((a, b) => b.end - b.start - (a.end - a.start));
  outer: for (const m of byLength) {
    for (let k = m.start; k < m.end; k++) if (taken[k] === 1) continue outer;
    taken.fill(1, m.start, m.end);
    kept.push(m);
  }
  return kept.sort(compareSpans);
}

/** Descriptions and pronouns that contain the names they overlap, never cut across one. */
function notCuttingNames(candidates: readonly Mention[], names: readonly Mention[], length: number): Mention[] {
  const nameAt = new Int32Array(length + 1).fill(-1);
  names.forEach((n, k) => {
    nameAt.fill(k, n.start, n.end);
  });
  return candidates.filter((d) => {
    const a = names[nameAt[d.start] ?? -1];
    const b = names[nameAt[d.end - 1] ?? -1];
    return !(a && a.start < d.start) && !(b && b.end > d.end);
  });
}

/** Roles stated with a name ("Greek Prime Minister Kyriakos Mitsotakis", "President Biden"), by name start. */
function statedRoles(view: TokenView, gazetteer: readonly GazetteerMatch[]): Map<number, Role> {
  const demonymStart = new Map(gazetteer.filter((g) => g.entry.type === "Place").map((g) => [g.start, g.entry.ids[0] ?? null]));
  const demonymOf = (i: number): string | null => demonymStart.get(view.tokens[i]?.start ?? -1) ?? null;
  const { mentions, rolesAt } = namesFromChunks(view, findCapitalisedChunks(view), gazetteer, demonymOf);
  const roles = new Map(rolesAt);
  for (const m of mentions) if (m.role) roles.set(m.start, m.role);
  return roles;
}

/**
 * "Greek Prime Minister Kyriakos Mitsotakis": the nationality word before a
 * stated title names the country the role is of, not a group of people.
 */
function rolePlaces(mentions: readonly Mention[]): Mention[] {
  const ofAt = new Map<number, string>();
  for (const m of mentions) if (m.role?.of) ofAt.set(m.role.evidence.start, m.role.of);
  return mentions.map((m) => {
    const of = ofAt.get(m.start);
    return of && m.type === "Group" && m.candidates?.[0] !== of ? { start: m.start, end: m.end, type: "Place", kind: "name", candidates: [of] } : m;
  });
}

/** "the Greek PM": as before a stated title, the nationality word in a description of a role names the role's country. */
function descriptionPlaces(names: readonly Mention[], descriptions: readonly Mention[]): Mention[] {
  const placed = descriptions.filter((d) => d.kind === "description" && d.of && placeById(d.of));
  return names.map((m) => {
    if (m.type !== "Group") return m;
    const d = placed.find((x) => x.start <= m.start && m.end <= x.end);
    return d?.of ? { start: m.start, end: m.end, type: "Place", kind: "name", candidates: [d.of] } : m;
  });
}

export function findMentions(doc: ArticleDoc): Mention[] {
  const view = tokenView(doc);
  const gazetteer = findGazetteerMatches(doc.text, view.tokens);
  const roles = statedRoles(view, gazetteer);
  const tagged = withGroups(modelMentions(view, tagEntities(doc), doc.meta.head[0] ?? null), gazetteer).map((m) => {
    const role = m.type === "Person" ? roles.get(m.start) : undefined;
    return role ? { ...m, role } : m;
  });
  const withKnown = rolePlaces([...tagged, ...knownMentions(gazetteer, view, tagged)]);
  const names = resolveOverlaps([...withKnown, ...headlineEchoes(view, withKnown)]);
  // Descriptions and pronouns may contain names but not cut across them.
  const others = notCuttingNames(resolveOverlaps([...findDescriptions(view, gazetteer), ...findPronouns(view)]), names, doc.text.length);
  return [...descriptionPlaces(names, others), ...others].sort(compareSpans);
}

export const mentionsStage: Stage = {
  name: "mentions",
  requires: ["tokens", "sentences"],
  assigns: ["mentions"],
  run: (doc: ArticleDoc): ArticleDoc => ({ ...doc, mentions: findMentions(doc) }),
};
