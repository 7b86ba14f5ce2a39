// Evidence: a character range of an article as a NIF string (RFC 5147 IRI)
// carrying the article, its offsets and the exact text it covers.
import type { TextSpan } from "../model/span.js";
import type { Iris } from "./iris.js";
import type { QuadSink } from "./quad-sink.js";
import { nif, rdf } from "./vocab.js";

export function evidence(out: QuadSink, iris: Iris, article: string, span: TextSpan): string {
  const iri = iris.chars(article, span.start, span.end);
  out.add(iri, rdf("type"), nif("String"));
  out.add(iri, rdf("type"), nif("RFC5147String"));
  out.add(iri, nif("referenceContext"), iris.article(article));
  out.int(iri, nif("beginIndex"), span.start);
  out.int(iri, nif("endIndex"), span.end);
  out.text(iri, nif("anchorOf"), span.text);
  return iri;
}
