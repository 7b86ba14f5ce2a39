// Corpus-level facts about entities: one settled type, a preferred label and
// the other names they go by.
import { DataFactory, type Quad } from "n3";
import type { CorpusEntity } from "../corpus/corpus.js";
import type { Iris } from "./iris.js";
import { ENTITY_CLASS, rdf, schema, skos } from "./vocab.js";

const { namedNode, literal, quad } = DataFactory;

export function entityQuads(entities: Iterable<CorpusEntity>, iris: Iris): Quad[] {
  const quads: Quad[] = [];
  for (const e of entities) {
    const s = namedNode(iris.entity(e.id));
    quads.push(quad(s, namedNode(rdf("type")), namedNode(ENTITY_CLASS[e.type] ?? schema("Thing"))));
    quads.push(quad(s, namedNode(schema("name")), literal(e.label)));
    quads.push(quad(s, namedNode(skos("prefLabel")), literal(e.label)));
    for (const alias of [...e.aliases].sort()) quads.push(quad(s, namedNode(skos("altLabel")), literal(alias)));
  }
  return quads;
}
