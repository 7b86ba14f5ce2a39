// Corpus-level facts about entities: one settled type, a preferred label and
// the other names they go by (in the entities graph when `graph` is given).
import type { Quad } from "n3";
import type { CorpusEntity } from "../corpus/corpus.js";
import type { Iris } from "./iris.js";
import { QuadSink } from "./quad-sink.js";
import { ENTITY_CLASS, rdf, schema, skos } from "./vocab.js";

export function entityQuads(entities: Iterable<CorpusEntity>, iris: Iris, graph?: string): Quad[] {
  const out = new QuadSink(graph);
  for (const e of entities) {
    const s = iris.entity(e.id);
    out.add(s, rdf("type"), ENTITY_CLASS[e.type] ?? schema("Thing"));
    out.text(s, schema("name"), e.label);
    out.text(s, skos("prefLabel"), e.label);
    for (const alias of [...e.aliases].sort()) out.text(s, skos("altLabel"), alias);
  }
  return out.quads;
}
