// A statement in RDF: ng:Statement (and schema:Quotation when direct) with its
// content text and evidence, speaker, cue, addressee, about, place and date.
// A speaker the article does not name ("officials said") is an ng:UnnamedSource
// of its own, so "who said it" queries still find the statement.
import type { StatementResult } from "../model/result.js";
import { evidence } from "./evidence.js";
import type { Iris } from "./iris.js";
import type { QuadSink } from "./quad-sink.js";
import { ng, prov, rdf, rdfs, schema, STATEMENT_KIND } from "./vocab.js";

export function statementQuads(out: QuadSink, iris: Iris, article: string, s: StatementResult): void {
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
    else if (s.speaker.unnamed) {
      const source = iris.unnamedSource(article, s.id);
      out.add(iri, prov("wasAttributedTo"), source);
      out.add(source, rdf("type"), ng("UnnamedSource"));
      out.text(source, rdfs("label"), s.speaker.text);
    }
  }
  if (s.cue) out.add(iri, ng("cue"), evidence(out, iris, article, s.cue));
  if (s.addressee) out.add(iri, ng("addressee"), iris.entity(s.addressee));
  for (const about of s.about) out.add(iri, schema("about"), iris.entity(about));
  if (s.place) out.add(iri, schema("locationCreated"), iris.entity(s.place));
  if (s.date) out.date(iri, schema("dateCreated"), s.date);
  if (s.via) out.add(iri, ng("reportedBy"), iris.entity(s.via));
}
