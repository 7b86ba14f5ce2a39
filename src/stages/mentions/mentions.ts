// The mentions stage: names from the trained tagger, sharpened by rules (ids
// and types of known names, stated roles, headline echoes), then descriptions
// and pronouns. Names may sit inside a description ("the US president").
import { PLACES } from "../../lexicon/places.js";
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
  const out: Mention[] = [];
  for (const m of matches) {
    if (m.entry.kind !== "name" || m.entry.type === "Group" || names.some((n) => overlaps(n, m))) continue;
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
    if (inside.length === 0 || !inside.every((m) => contains(g, m) && (m.type === "Other" || m.type === "Group"))) continue;
    out = out.filter((m) => !inside.includes(m));
    out.push({ start: g.start, end: g.end, type: "Group", kind: "name", candidates: g.entry.ids });
  }
  return out.sort(compareSpans);
}

/** Tokens of Title Case lines that repeat a one-word name recognised in the body. */
function headlineEchoes(view: TokenView, names: readonly Mention[]): Mention[] {
  const known = new Map<string, Mention>();
  for (const m of names) known.set(view.text.slice(m.start, m.end), m);
  const found: Mention[] = [];
  view.tokens.forEach((token, i) => {
    if (!view.inTitleCase(i) || view.inBoilerplate(i)) return;
    const m = known.get(view.word(i));
    if (m) found.push({ ...m, start: token.start, end: token.end });
  });
  return found;
}

/** Keeps the longest of overlapping mentions; earlier lists win ties. */
export function resolveOverlaps(mentions: readonly Mention[]): Mention[] {
  const kept: Mention[] = [];
  const byLength = [...mentions].sort((a, b) => b.end - b.start - (a.end - a.start));
  for (const m of byLength) if (!kept.some((k) => overlaps(k, m))) kept.push(m);
  return kept.sort(compareSpans);
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

export function findMentions(doc: ArticleDoc): Mention[] {
  const view = tokenView(doc);
  const gazetteer = findGazetteerMatches(doc.text, view.tokens);
  const roles = statedRoles(view, gazetteer);
  const tagged = withGroups(modelMentions(view, tagEntities(doc), doc.meta.head[0] ?? null), gazetteer).map((m) => {
    const role = m.type === "Person" ? roles.get(m.start) : undefined;
    return role ? { ...m, role } : m;
  });
  const withKnown = [...tagged, ...knownMentions(gazetteer, view, tagged)];
  const names = resolveOverlaps([...withKnown, ...headlineEchoes(view, withKnown)]);
  // Descriptions and pronouns may contain names but not cut across them.
  const others = resolveOverlaps([...findDescriptions(view, gazetteer), ...findPronouns(view)]).filter((d) =>
    names.every((n) => !overlaps(n, d) || contains(d, n)),
  );
  return [...names, ...others].sort(compareSpans);
}

export const mentionsStage: Stage = {
  name: "mentions",
  requires: ["tokens", "sentences"],
  assigns: ["mentions"],
  run: (doc: ArticleDoc): ArticleDoc => ({ ...doc, mentions: findMentions(doc) }),
};
