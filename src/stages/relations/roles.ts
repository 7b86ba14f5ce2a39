// Role relations: each role an entity holds in this article ("Greek Prime
// Minister Kyriakos Mitsotakis") as a relation from the person to the country
// or organisation, with the characters that state it.
import type { Entity } from "../../model/entity.js";
import type { Relation } from "../../model/relation.js";

export function roleRelations(entities: readonly Entity[]): Relation[] {
  const known = new Set(entities.map((e) => e.id));
  return entities.flatMap((e) =>
    e.roles
      .filter((r) => r.of !== null && known.has(r.of))
      .map((r) => ({
        id: `r-role-${r.evidence.start}-${r.evidence.end}`,
        predicate: "role" as const,
        subject: e.id,
        object: r.of ?? "",
        title: r.title,
        place: null,
        date: null,
        evidence: r.evidence,
      })),
  );
}
