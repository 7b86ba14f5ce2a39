// Maps one article's extraction result to RDF: the article, every mention as
// a NIF string linked to its entity, its statements and its relations, all
// in one graph (the article's named graph when `graph` is given).
import type { Quad } from "n3";
import type { ExtractionResult } from "../model/result.js";
import { evidence } from "./evidence.js";
import type { Iris } from "./iris.js";
import { QuadSink } from "./quad-sink.js";
import { relationQuads } from "./relation-quads.js";
import { statementQuads } from "./statement-quads.js";
import { itsrdf, ng, nif, rdf, schema } from "./vocab.js";

export { QuadSink } from "./quad-sink.js";

export function articleQuads(result: ExtractionResult, iris: Iris, graph?: string): Quad[] {
  const out = new QuadSink(graph);
  const { article } = result;
  const a = iris.article(article.id);
  out.add(a, rdf("type"), schema("NewsArticle"));
  out.add(a, rdf("type"), nif("Context"));
  out.text(a, schema("identifier"), article.id);
  if (article.title) out.text(a, schema("headline"), article.title);
  if (article.author) {
    const author = iris.author(article.author);
    out.add(a, schema("author"), author);
    out.add(author, rdf("type"), schema("Person"));
    out.text(author, schema("name"), article.author);
  }
  if (article.published) out.date(a, schema("datePublished"), article.published);
  if (article.source) out.text(a, ng("sourceFile"), article.source);
  for (const e of result.entities) {
    const entity = iris.entity(e.id);
    out.add(a, schema("mentions"), entity);
    for (const m of e.mentions) {
      const iri = evidence(out, iris, article.id, m);
      out.add(iri, rdf("type"), ng("Mention"));
      out.add(iri, itsrdf("taIdentRef"), entity);
    }
  }
  for (const s of result.statements) statementQuads(out, iris, article.id, s);
  for (const r of result.relations) relationQuads(out, iris, article.id, r);
  return out.quads;
}
