// A relation in RDF: a resource for the claim (a meeting as sem:Event and
// ng:Meeting; a role, membership or location claim) with its evidence, plus a
// direct shortcut triple between the two entities for simple queries.
import type { RelationResult } from "../model/result.js";
import { evidence } from "./evidence.js";
import type { Iris } from "./iris.js";
import type { QuadSink } from "./quad-sink.js";
import { ng, prov, rdf, schema, sem } from "./vocab.js";

/** Per predicate: the claim's class, its subject and object properties, and the shortcut. */
const CLAIM: Readonly<Record<Exclude<RelationResult["predicate"], "met">, readonly [string, string, string, string]>> = {
  role: [ng("RoleAssignment"), ng("holder"), ng("roleIn"), ng("holdsRoleIn")],
  "member-of": [ng("Membership"), ng("member"), ng("organization"), ng("memberOf")],
  "located-in": [ng("Placement"), ng("locatedEntity"), ng("location"), ng("locatedIn")],
};

export function relationQuads(out: QuadSink, iris: Iris, article: string, r: RelationResult): void {
  const iri = iris.relation(article, r.id);
  out.add(iri, prov("wasDerivedFrom"), iris.article(article));
  out.add(iri, ng("evidence"), evidence(out, iris, article, r.evidence));
  const subject = iris.entity(r.subject);
  const object = iris.entity(r.object);
  if (r.place) out.add(iri, sem("hasPlace"), iris.entity(r.place));
  if (r.date) out.date(iri, sem("hasTimeStamp"), r.date);
  if (r.predicate === "met") {
    out.add(iri, rdf("type"), sem("Event"));
    out.add(iri, rdf("type"), ng("Meeting"));
    out.add(iri, sem("hasActor"), subject);
    out.add(iri, sem("hasActor"), object);
    out.add(subject, ng("met"), object);
    return;
  }
  const [cls, subjectProp, objectProp, shortcut] = CLAIM[r.predicate];
  out.add(iri, rdf("type"), cls);
  out.add(iri, subjectProp, subject);
  out.add(iri, objectProp, object);
  if (r.title) out.text(iri, schema("roleName"), r.title);
  out.add(subject, shortcut, object);
}
