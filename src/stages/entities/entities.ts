// The entities stage: resolve coreference, then gather each entity's mentions,
// canonical name, aliases and roles. Entities are sorted by id.
import type { ArticleDoc } from "../../model/doc.js";
import type { Entity, EntityType, Mention, Role } from "../../model/entity.js";
import { ENTITY_TYPES } from "../../model/entity.js";
import type { Stage } from "../../pipeline/stage.js";
import { resolveCoreference } from "./coreference.js";
import { lookupSurface } from "../mentions/gazetteer.js";
import { knownEntity, knownRoles, titleFits } from "./known.js";
import { placeGeo } from "../../lexicon/places.js";

function majorityType(mentions: readonly Mention[]): EntityType {
  const counts = new Map<EntityType, number>();
  for (const m of mentions) counts.set(m.type, (counts.get(m.type) ?? 0) + (m.kind === "name" ? 2 : 1));
  return [...ENTITY_TYPES].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0))[0] ?? "Other";
}

/** Stated roles, de-duplicated, with a missing "of" filled from the knowledge file. */
function entityRoles(id: string, mentions: readonly Mention[], date: string | null): Role[] {
  const roles: Role[] = [];
  for (const m of mentions) {
    if (!m.role) continue;
    const known = m.role.of === null ? knownRoles(id, date).find((r) => titleFits(r.title, m.role?.title ?? "")) : undefined;
    const role: Role = known ? { ...m.role, of: known.of } : m.role;
    if (!roles.some((r) => r.title.toLowerCase() === role.title.toLowerCase() && r.of === role.of)) roles.push(role);
  }
  return roles;
}

export function buildEntities(doc: ArticleDoc, mentions: readonly Mention[]): Entity[] {
  const date = doc.meta.published?.slice(0, 10) ?? null;
  const groups = new Map<string, number[]>();
  mentions.forEach((m, i) => {
    if (!m.entity) return;
    const list = groups.get(m.entity);
    if (list) list.push(i);
    else groups.set(m.entity, [i]);
  });
  const entities: Entity[] = [];
  for (const [id, indices] of groups) {
    const own = indices.map((i) => mentions[i]).filter((m): m is Mention => m !== undefined);
    // a nationality word ("Greek") names its country but is not one of its
    // names; for the group of its people it is the only name there is
    const surfaces = own.filter((m) => m.kind === "name").map((m) => doc.text.slice(m.start, m.end).replace(/\s+/g, " "));
    const proper = surfaces.filter((n) => lookupSurface(n)?.kind !== "demonym");
    const names = proper.length > 0 ? proper : surfaces;
    // A known entity's name and type hold only when a mention was matched to it.
    const named = own.filter((m) => m.kind === "name");
    const known = named.length === 0 || named.some((m) => m.candidates?.includes(id)) ? knownEntity(id) : undefined;
    const longest = [...names].sort((a, b) => b.length - a.length || (a < b ? -1 : 1))[0];
    const name = known?.name ?? longest ?? id;
    const aliases = [...new Set(names)].filter((n) => n !== name).sort();
    const type = known?.type ?? majorityType(own);
    // grounded only when some name could mean this place and no other
    const geo = type === "Place" && named.some((m) => m.candidates?.length === 1 && m.candidates[0] === id) ? placeGeo(id) : null;
    entities.push({ id, type, name, aliases, roles: entityRoles(id, own, date), mentions: indices, ...(geo ? { geo } : {}) });
  }
  return entities.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export const entitiesStage: Stage = {
  name: "entities",
  requires: ["mentions", "tokens"],
  assigns: ["entities", "mentions"],
  run: (doc: ArticleDoc): ArticleDoc => {
    const { mentions, diagnostics } = resolveCoreference(doc);
    return { ...doc, mentions, entities: buildEntities(doc, mentions), diagnostics: [...doc.diagnostics, ...diagnostics] };
  },
};
