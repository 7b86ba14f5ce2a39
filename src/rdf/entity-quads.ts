// Corpus-level facts about entities: one settled type, a preferred label and
// the other names they go by, and for a grounded place its GeoNames feature,
// coordinates and country (in the entities graph when `graph` is given).
import type { Quad } from "n3";
import type { CorpusEntity } from "../corpus/corpus.js";
import type { Iris } from "./iris.js";
import { QuadSink } from "./quad-sink.js";
import { ENTITY_CLASS, geo, geonamesIri, ng, owl, rdf, schema, skos } from "./vocab.js";

export function entityQuads(entities: Iterable<CorpusEntity>, iris: Iris, graph?: string): Quad[] {
  const out = new QuadSink(graph);
  const all = [...entities];
  const described = new Set(all.map((e) => e.id));
  for (const e of all) {
    const s = iris.entity(e.id);
    out.add(s, rdf("type"), ENTITY_CLASS[e.type] ?? schema("Thing"));
    out.text(s, schema("name"), e.label);
    out.text(s, skos("prefLabel"), e.label);
    for (const alias of [...e.aliases].sort()) out.text(s, skos("altLabel"), alias);
    const where = e.type === "Place" ? e.geo : null;
    if (!where) continue;
    if (where.geonames !== null) out.add(s, owl("sameAs"), geonamesIri(where.geonames));
    if (where.lat !== null && where.lon !== null) {
      out.decimal(s, geo("lat"), where.lat);
      out.decimal(s, geo("long"), where.lon);
    }
    if (where.country) {
      out.text(s, ng("countryCode"), where.country.code);
      // only to a country the dataset describes, so every entity IRI it names resolves
      if (where.country.entity !== e.id && described.has(where.country.entity)) out.add(s, schema("containedInPlace"), iris.entity(where.country.entity));
    }
  }
  return out.quads;
}
