// Canonical names and types of the entities the gazetteers and the knowledge
// file know, looked up by id.
import type { EntityType } from "../../model/entity.js";
import { organizationById } from "../../lexicon/organizations.js";
import { PEOPLE, personById, termActive } from "../../lexicon/people.js";
import { placeById } from "../../lexicon/places.js";

export interface KnownEntity {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
}

export function knownEntity(id: string): KnownEntity | undefined {
  const person = personById(id);
  if (person) return { id, name: person.name, type: "Person" };
  const org = organizationById(id);
  if (org) return { id, name: org.name, type: "Organization" };
  const place = placeById(id);
  if (place) return { id, name: place.name, type: "Place" };
  return undefined;
}

const TITLE_SYNONYMS: Readonly<Record<string, string>> = { pm: "prime minister", premier: "prime minister", "secretary-general": "secretary general" };

export function normaliseTitle(title: string): string {
  const t = title.toLowerCase().replace(/\s+/g, " ").trim();
  return TITLE_SYNONYMS[t] ?? t;
}

/** Whether a stated title ("Prime Minister") fits a title noun ("pm", "nominee"). */
export function titleFits(title: string, noun: string): boolean {
  const a = normaliseTitle(title);
  const b = normaliseTitle(noun);
  if (b === "vice president" || a === "vice president") return a === b;
  return a === b || a.split(" ").includes(b);
}

/** Known people holding an office on a date: "the US president" in 2016 → Obama. */
export function officeHolders(noun: string, of: string | null, date: string | null): string[] {
  if (!date) return [];
  return PEOPLE.filter((p) => p.roles.some((r) => titleFits(r.title, noun) && (of === null || r.of === of) && termActive(r, date))).map((p) => p.id);
}

/** Titles a known person held on a date. */
export function knownRoles(id: string, date: string | null): { title: string; of: string | null }[] {
  const person = personById(id);
  if (!person || !date) return [];
  return person.roles.filter((r) => termActive(r, date)).map((r) => ({ title: r.title, of: r.of }));
}

export function knownGender(id: string): "m" | "f" | undefined {
  return personById(id)?.gender;
}
