// Maps one article's extraction result to RDF: the article, every mention as
// a NIF string linked to its entity, statements with speaker, content, about,
// place, date and evidence, and relations as SEM events and roles.
import { DataFactory, type Quad } from "n3";
import type { ExtractionResult, RelationResult, StatementResult } from "../model/result.js";
import type { TextSpan } from "../model/span.js";
import type { Iris } from "./iris.js";
import { dateLiteral } from "./literals.js";
import { itsrdf, nif, ng, prov, rdf, schema, sem, STATEMENT_KIND, xsd } from "./vocab.js";

const { namedNode, literal, quad } = DataFactory;

export class QuadSink {
  readonly quads: Quad[] = [];
  constructor(private readonly graph?: string) {}
  add(s: string, p: string, o: string | ReturnType<typeof literal>): void {
    const object = typeof o === "string" ? namedNode(o) : o;
    this.quads.push(this.graph ? quad(namedNode(s), namedNode(p), object, namedNode(this.graph)) : quad(namedNode(s), namedNode(p), object));
  }
  text(s: string, p: string, value: string): void {
    this.add(s, p, literal(value));
  }
  int(s: string, p: string, value: number): void {
    this.add(s, p, literal(String(value), namedNode(xsd("nonNegativeInteger"))));
  }
}

/** A character range of the article as a NIF string carrying its text. */
function evidence(out: QuadSink, iris: Iris, article: string, span: TextSpan): string {
  const iri = iris.chars(article, span.start, span.end);
  out.add(iri, rdf("type"), nif("String"));
  out.add(iri, rdf("type"), nif("RFC5147String"));
  out.add(iri, nif("referenceContext"), iris.article(article));
  out.int(iri, nif("beginIndex"), span.start);
  out.int(iri, nif("endIndex"), span.end);
  out.text(iri, nif("anchorOf"), span.text);
  return iri;
}

function statementQuads(out: QuadSink, iris: Iris, article: string, s: StatementResult): void {
  const iri = iris.statement(article, s.id);
  out.add(iri, rdf("type"), ng("Statement"));
  if (s.kind === "direct") out.add(iri, rdf("type"), schema("Quotation"));
  out.add(iri, ng("kind"), STATEMENT_KIND[s.kind] ?? ng("IndirectSpeech"));
  out.text(iri, schema("text"), s.content.text);
  out.add(iri, ng("content"), evidence(out, iris, article, s.content));
  out.add(iri, prov("wasDerivedFrom"), iris.article(article));
  if (s.speaker) {
    out.add(iri, ng("speakerMention"), evidence(out, iris, article, s.speaker));
    if (s.speaker.entity) out.add(iri, prov("wasAttributedTo"), iris.entity(s.speaker.entity));
  }
  if (s.cue) out.add(iri, ng("cue"), evidence(out, iris, article, s.cue));
  if (s.addressee) out.add(iri, ng("addressee"), iris.entity(s.addressee));
  for (const about of s.about) out.add(iri, schema("about"), iris.entity(about));
  if (s.place) out.add(iri, schema("locationCreated"), iris.entity(s.place));
  if (s.date) out.add(iri, schema("dateCreated"), dateLiteral(s.date));
  if (s.via) out.add(iri, ng("reportedBy"), iris.entity(s.via));
}

function relationQuads(out: QuadSink, iris: Iris, article: string, r: RelationResult): void {
  const iri = iris.relation(article, r.id);
  out.add(iri, prov("wasDerivedFrom"), iris.article(article));
  out.add(iri, ng("evidence"), evidence(out, iris, article, r.evidence));
  const subject = iris.entity(r.subject);
  const object = iris.entity(r.object);
  if (r.predicate === "met") {
    out.add(iri, rdf("type"), sem("Event"));
    out.add(iri, rdf("type"), ng("Meeting"));
    out.add(iri, sem("hasActor"), subject);
    out.add(iri, sem("hasActor"), object);
    if (r.place) out.add(iri, sem("hasPlace"), iris.entity(r.place));
    if (r.date) out.add(iri, sem("hasTimeStamp"), dateLiteral(r.date));
    out.add(subject, ng("met"), object);
    return;
  }
  out.add(iri, rdf("type"), ng("RoleAssignment"));
  out.add(iri, ng("holder"), subject);
  out.add(iri, ng("roleIn"), object);
  if (r.title) out.text(iri, schema("roleName"), r.title);
  out.add(subject, ng(r.predicate === "role" ? "holdsRoleIn" : r.predicate === "member-of" ? "memberOf" : "locatedIn"), object);
}

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
  if (article.published) out.add(a, schema("datePublished"), dateLiteral(article.published));
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
