// Applies cross-article identity (identity.ts) to one article's extraction:
// every entity id it uses becomes the corpus id, and entities that now share
// an id are merged. Also the small projection identity needs, so the build
// resolves identity over thousands of articles without holding them.
import type { EntityResult, ExtractionResult } from "../model/result.js";
import type { TextSpan } from "../model/span.js";
import type { IdentityMap } from "./identity.js";

const PRONOUNS = /^(?:he|him|his|himself|she|her|hers|herself)$/i;

/** What identity reads of an article: its people, their names, roles and pronoun mentions. */
export function identitySkeleton(result: ExtractionResult): ExtractionResult {
  return {
    article: result.article,
    entities: result.entities.filter((e) => e.type === "Person").map((e) => ({ ...e, aliases: [], mentions: e.mentions.filter((m) => PRONOUNS.test(m.text)) })),
    statements: [],
    relations: [],
  };
}

const byOffset = (a: TextSpan, b: TextSpan): number => a.start - b.start || a.end - b.end;

function mergeEntities(into: EntityResult, other: EntityResult): EntityResult {
  const name = other.name.length > into.name.length ? other.name : into.name;
  const aliases = new Set([...into.aliases, ...other.aliases, into.name, other.name]);
  aliases.delete(name);
  const roles = new Map([...into.roles, ...other.roles].map((r) => [`${r.title.toLowerCase()}|${r.of ?? ""}`, r]));
  const mentions = new Map([...into.mentions, ...other.mentions].map((m) => [`${m.start},${m.end}`, m]));
  return { ...into, name, aliases: [...aliases].sort(), roles: [...roles.values()], mentions: [...mentions.values()].sort(byOffset) };
}

/** The result with corpus ids; unchanged (the same object) when identity maps nothing of it. */
export function applyIdentity(result: ExtractionResult, identity: IdentityMap): ExtractionResult {
  const own = identity.get(result.article.id);
  if (!own || [...own].every(([from, to]) => from === to)) return result;
  const id = (x: string): string => own.get(x) ?? x;
  const orNull = (x: string | null): string | null => (x === null ? null : id(x));
  const entities = new Map<string, EntityResult>();
  for (const e of result.entities) {
    const mapped: EntityResult = { ...e, id: id(e.id), roles: e.roles.map((r) => ({ ...r, of: orNull(r.of) })) };
    const known = entities.get(mapped.id);
    entities.set(mapped.id, known ? mergeEntities(known, mapped) : mapped);
  }
  return {
    article: result.article,
    entities: [...entities.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    statements: result.statements.map((s) => ({
      ...s,
      speaker: s.speaker ? { ...s.speaker, entity: orNull(s.speaker.entity) } : null,
      addressee: orNull(s.addressee),
      about: [...new Set(s.about.map(id))].sort(),
      place: orNull(s.place),
      via: orNull(s.via),
    })),
    relations: result.relations.map((r) => ({ ...r, subject: id(r.subject), object: id(r.object), place: orNull(r.place) })),
  };
}
