// The typed query API over a built folder: entities, what an entity said and
// what was said about it, relations and neighbours, as plain objects that
// carry their evidence. Reads the same RDF that export and SPARQL see.
import type { EntityType } from "../model/entity.js";
import type { RelationPredicate } from "../model/relation.js";
import type { StatementKind } from "../model/statement.js";
import type { Iris } from "../rdf/iris.js";
import { geo, itsrdf, ng, nif, owl, prov, rdf, schema, sem, skos } from "../rdf/vocab.js";
import { openBuildDataset } from "./build-dataset.js";
import { loadStore } from "./store.js";
import { Triples } from "./triples.js";
import type { EntityFilter, EntityRef, EntityView, Evidence, GeoView, Neighbor, NeighborLink, RelationFilter, RelationView, StatementView } from "./views.js";

const TYPE_OF_CLASS: Readonly<Record<string, EntityType>> = {
  [schema("Person")]: "Person",
  [schema("Organization")]: "Organization",
  [schema("Place")]: "Place",
  [ng("Group")]: "Group",
  [schema("Thing")]: "Other",
};
const KIND: Readonly<Record<string, StatementKind>> = { [ng("DirectSpeech")]: "direct", [ng("IndirectSpeech")]: "indirect", [ng("MixedSpeech")]: "mixed" };
/** Per relation class: its predicate and the properties of its two ends. */
const RELATION: readonly (readonly [string, RelationPredicate, string, string])[] = [
  [ng("Meeting"), "met", sem("hasActor"), sem("hasActor")],
  [ng("RoleAssignment"), "role", ng("holder"), ng("roleIn")],
  [ng("Membership"), "member-of", ng("member"), ng("organization")],
  [ng("Placement"), "located-in", ng("locatedEntity"), ng("location")],
];

const byEvidence = <T extends { readonly article: string; readonly evidence: Evidence; readonly iri: string }>(a: T, b: T): number =>
  a.article < b.article ? -1 : a.article > b.article ? 1 : a.evidence.start - b.evidence.start || a.evidence.end - b.evidence.end || (a.iri < b.iri ? -1 : 1);

export class GraphQueries {
  private readonly entityCache = new Map<string, EntityRef | null>();

  constructor(
    private readonly t: Triples,
    readonly iris: Iris,
  ) {}

  /** Accepts an entity id ("vladimir-putin") or its IRI. */
  private entityIri(entity: string): string {
    return entity.startsWith(this.iris.base) ? entity : this.iris.entity(entity);
  }

  private ref(iri: string | null): EntityRef | null {
    if (iri === null) return null;
    const cached = this.entityCache.get(iri);
    if (cached !== undefined) return cached;
    const label = this.t.value(iri, skos("prefLabel"));
    const type = this.t
      .values(iri, rdf("type"))
      .map((c) => TYPE_OF_CLASS[c])
      .find((x) => x !== undefined);
    const prefix = this.iris.entity("");
    const ref = label === null || !iri.startsWith(prefix) ? null : { id: decodeURIComponent(iri.slice(prefix.length)), iri, label, type: type ?? "Other" };
    this.entityCache.set(iri, ref);
    return ref;
  }

  private refs(iris: readonly string[]): EntityRef[] {
    return iris
      .map((i) => this.ref(i))
      .filter((r): r is EntityRef => r !== null)
      .sort((a, b) => (a.id < b.id ? -1 : 1));
  }

  private evidence(span: string | null): Evidence {
    const context = span === null ? null : this.t.value(span, nif("referenceContext"));
    return {
      article: (context && this.t.value(context, schema("identifier"))) ?? "",
      start: span === null ? 0 : this.t.number(span, nif("beginIndex")),
      end: span === null ? 0 : this.t.number(span, nif("endIndex")),
      text: (span && this.t.value(span, nif("anchorOf"))) ?? "",
    };
  }

  /** Where a grounded place is (GeoNames feature, country code, WGS84 point), or null. */
  private geo(iri: string): GeoView | null {
    const num = (p: string): number | null => {
      const v = this.t.value(iri, p);
      return v === null ? null : Number(v);
    };
    const same = this.t
      .values(iri, owl("sameAs"))
      .map((v) => /^https:\/\/sws\.geonames\.org\/(\d+)\/$/.exec(v)?.[1])
      .find((v) => v !== undefined);
    const view: GeoView = { geonames: same ? Number(same) : null, country: this.t.value(iri, ng("countryCode")), lat: num(geo("lat")), lon: num(geo("long")) };
    return view.geonames === null && view.country === null && view.lat === null ? null : view;
  }

  private placeGeo(iri: string): { geo?: GeoView } {
    const where = this.geo(iri);
    return where ? { geo: where } : {};
  }

  entities(filter: EntityFilter = {}): EntityView[] {
    const needle = filter.name?.toLowerCase();
    return this.t
      .subjects(skos("prefLabel"), null)
      .map((iri) => this.ref(iri))
      .filter((r): r is EntityRef => r !== null && (filter.type === undefined || r.type === filter.type))
      .map((r) => ({
        ...r,
        aliases: this.t.values(r.iri, skos("altLabel")),
        articles: this.t
          .subjects(schema("mentions"), r.iri)
          .map((a) => this.t.value(a, schema("identifier")) ?? a)
          .sort(),
        mentions: this.t.subjects(itsrdf("taIdentRef"), r.iri).length,
        ...(r.type === "Place" ? this.placeGeo(r.iri) : {}),
      }))
      .filter((e) => needle === undefined || [e.label, ...e.aliases].some((n) => n.toLowerCase().includes(needle)))
      .sort((a, b) => (a.id < b.id ? -1 : 1));
  }

  private statement(iri: string): StatementView {
    const one = (p: string): string | null => this.t.value(iri, p);
    const evidence = this.evidence(one(ng("content")));
    const speakerSpan = one(ng("speakerMention"));
    const cueSpan = one(ng("cue"));
    const attributedTo = one(prov("wasAttributedTo"));
    return {
      iri,
      article: evidence.article,
      kind: KIND[one(ng("kind")) ?? ""] ?? "indirect",
      text: one(schema("text")) ?? evidence.text,
      evidence,
      speaker: this.ref(attributedTo),
      speakerText: speakerSpan && this.t.value(speakerSpan, nif("anchorOf")),
      unnamedSource: attributedTo !== null && this.t.values(attributedTo, rdf("type")).includes(ng("UnnamedSource")),
      cue: cueSpan && this.t.value(cueSpan, nif("anchorOf")),
      addressee: this.ref(one(ng("addressee"))),
      about: this.refs(this.t.values(iri, schema("about"))),
      place: this.ref(one(schema("locationCreated"))),
      date: one(schema("dateCreated")),
      via: this.ref(one(ng("reportedBy"))),
    };
  }

  /** What the entity said, in article and offset order. */
  statementsBy(entity: string): StatementView[] {
    return this.t
      .subjects(prov("wasAttributedTo"), this.entityIri(entity))
      .map((s) => this.statement(s))
      .sort(byEvidence);
  }

  /** What sources the articles do not name said ("officials said …"), in article and offset order; with an entity, only what they said about it. */
  statementsFromUnnamedSources(about?: string): StatementView[] {
    const target = about === undefined ? null : this.entityIri(about);
    return this.t
      .subjects(rdf("type"), ng("UnnamedSource"))
      .flatMap((source) => this.t.subjects(prov("wasAttributedTo"), source))
      .filter((s) => target === null || this.t.values(s, schema("about")).includes(target))
      .map((s) => this.statement(s))
      .sort(byEvidence);
  }

  /** What was said about the entity, by anyone. */
  statementsAbout(entity: string): StatementView[] {
    return this.t
      .subjects(schema("about"), this.entityIri(entity))
      .map((s) => this.statement(s))
      .sort(byEvidence);
  }

  private relation(iri: string, cls: string): RelationView | null {
    const spec = RELATION.find(([c]) => c === cls);
    if (!spec) return null;
    const [, predicate, subjectProp, objectProp] = spec;
    const ends =
      predicate === "met" ? this.refs(this.t.values(iri, subjectProp)) : [this.ref(this.t.value(iri, subjectProp)), this.ref(this.t.value(iri, objectProp))];
    const [subject, object] = ends;
    if (!subject || !object) return null;
    const evidence = this.evidence(this.t.value(iri, ng("evidence")));
    return {
      iri,
      article: evidence.article,
      predicate,
      subject,
      object,
      title: this.t.value(iri, schema("roleName")),
      place: this.ref(this.t.value(iri, sem("hasPlace"))),
      date: this.t.value(iri, sem("hasTimeStamp")),
      evidence,
    };
  }

  /** Relations, filtered by predicate and by either end ("met" matches both ways). */
  relations(filter: RelationFilter = {}): RelationView[] {
    const subject = filter.subject === undefined ? undefined : this.entityIri(filter.subject);
    const object = filter.object === undefined ? undefined : this.entityIri(filter.object);
    const out: RelationView[] = [];
    for (const [cls, predicate] of RELATION) {
      if (filter.predicate !== undefined && filter.predicate !== predicate) continue;
      for (const iri of this.t.subjects(rdf("type"), cls)) {
        const r = this.relation(iri, cls);
        if (!r) continue;
        const ends = [r.subject.iri, r.object.iri];
        const matches =
          predicate === "met"
            ? (!subject || ends.includes(subject)) && (!object || ends.includes(object))
            : (!subject || r.subject.iri === subject) && (!object || r.object.iri === object);
        if (matches) out.push(r);
      }
    }
    return out.sort(byEvidence);
  }

  /** Entities linked to this one by statements or relations, each link with its evidence. */
  neighbors(entity: string): Neighbor[] {
    const self = this.entityIri(entity);
    const links = new Map<string, NeighborLink[]>();
    const add = (other: EntityRef | null, link: NeighborLink): void => {
      if (!other || other.iri === self) return;
      links.set(other.iri, [...(links.get(other.iri) ?? []), link]);
    };
    for (const s of this.statementsBy(self)) {
      for (const a of s.about) add(a, { kind: "said-about", direction: "out", source: s.iri, evidence: s.evidence });
      add(s.addressee, { kind: "said-to", direction: "out", source: s.iri, evidence: s.evidence });
    }
    for (const s of this.statementsAbout(self)) add(s.speaker, { kind: "said-about", direction: "in", source: s.iri, evidence: s.evidence });
    for (const iri of this.t.subjects(ng("addressee"), self)) {
      const s = this.statement(iri);
      add(s.speaker, { kind: "said-to", direction: "in", source: s.iri, evidence: s.evidence });
    }
    for (const r of this.relations({ subject: self })) {
      const out = r.subject.iri === self;
      add(out ? r.object : r.subject, { kind: r.predicate, direction: out || r.predicate === "met" ? "out" : "in", source: r.iri, evidence: r.evidence });
    }
    for (const r of this.relations({ object: self }))
      if (r.predicate !== "met") add(r.subject, { kind: r.predicate, direction: "in", source: r.iri, evidence: r.evidence });
    return [...links.entries()]
      .map(([iri, l]) => ({
        entity: this.ref(iri) as EntityRef,
        links: l.sort((a, b) =>
          a.evidence.article < b.evidence.article
            ? -1
            : a.evidence.article > b.evidence.article
              ? 1
              : a.evidence.start - b.evidence.start || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0),
        ),
      }))
      .sort((a, b) => b.links.length - a.links.length || (a.entity.id < b.entity.id ? -1 : 1));
  }
}

/** Loads a built folder (written by `newsgraph build`) for the typed queries. */
export function openGraph(dir: string, options: { base?: string } = {}): GraphQueries {
  const dataset = openBuildDataset(dir, options.base);
  return new GraphQueries(new Triples(loadStore(dataset, { named: false })), dataset.iris);
}
