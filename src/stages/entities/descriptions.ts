// Resolves descriptions ("the US president", "the Greek PM", "his US
// counterpart") to the person they denote: from roles the article states,
// then from office holders on the article's date in the knowledge file.
import type { Mention, Role } from "../../model/entity.js";
import { knownRoles, officeHolders, titleFits } from "./known.js";

export interface PersonRoles {
  readonly id: string;
  readonly roles: readonly { readonly title: string; readonly of: string | null }[];
}

/**
 * The one person in the article holding the title (of that country or body). `loose`: a role whose
 * country is not stated also fits ("President Reagan" for "the US president"); without it, only a
 * role of the same country does (so "President Reagan" is not "the Mexican president").
 */
function holder(people: readonly PersonRoles[], title: string, of: string | null, exclude: string | null, loose = true): string | null {
  const fits = people.filter(
    (p) => p.id !== exclude && p.roles.some((r) => titleFits(r.title, title) && (of === null || r.of === of || (loose && r.of === null))),
  );
  return fits.length === 1 && fits[0] ? fits[0].id : null;
}

/** All the roles of a person in this article: stated ones, and known ones on the date. */
export function rolesOf(id: string, stated: readonly Role[], date: string | null): { title: string; of: string | null }[] {
  return [...stated.map((r) => ({ title: r.title, of: r.of })), ...knownRoles(id, date)];
}

/**
 * The entity a description refers to, or null. `possessor` is the person a
 * possessive description hangs on ("his" in "his US counterpart").
 */
export function resolveDescription(d: Mention, people: readonly PersonRoles[], date: string | null, possessor: string | null): string | null {
  const of = d.of ?? null;
  if (d.title === "counterpart") {
    const own = people.find((p) => p.id === possessor)?.roles[0];
    if (!own) return null;
    return holder(people, own.title, of, possessor) ?? officeHolders(own.title, of, date).find((id) => id !== possessor) ?? null;
  }
  const title = d.title ?? "";
  const stated = holder(people, title, of, null, false);
  if (stated) return stated;
  const known = officeHolders(title, of, date);
  const present = known.filter((id) => people.some((p) => p.id === id));
  if (present.length === 1 && present[0]) return present[0];
  return of !== null && known.length === 1 && known[0] ? known[0] : null;
}
