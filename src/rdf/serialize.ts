// Writes quads as Turtle, N-Triples, TriG, N-Quads or JSON-LD. Quads are
// sorted first (graph, subject, predicate, object), so the same input always
// gives the same bytes.
import { type Quad, termToId, Writer } from "n3";
import { NS } from "./vocab.js";

export type RdfFormat = "ttl" | "nt" | "trig" | "nq" | "jsonld";

export const RDF_FORMATS: readonly RdfFormat[] = ["ttl", "nt", "trig", "nq", "jsonld"];

const N3_FORMAT: Readonly<Record<Exclude<RdfFormat, "jsonld">, string>> = {
  ttl: "Turtle",
  nt: "N-Triples",
  trig: "TriG",
  nq: "N-Quads",
};

function key(q: Quad): string {
  return `${termToId(q.graph)}\u0000${termToId(q.subject)}\u0000${termToId(q.predicate)}\u0000${termToId(q.object)}`;
}

/** Sorted, de-duplicated quads. */
export function sortQuads(quads: Iterable<Quad>): Quad[] {
  const byKey = new Map<string, Quad>();
  for (const q of quads) byKey.set(key(q), q);
  return [...byKey.keys()].sort().map((k) => byKey.get(k) as Quad);
}

export function prefixes(base: string): Record<string, string> {
  return { ...NS, "": base };
}

export function writeN3(quads: Iterable<Quad>, format: Exclude<RdfFormat, "jsonld">, base: string): Promise<string> {
  const pretty = format === "ttl" || format === "trig";
  const writer = new Writer(pretty ? { format: N3_FORMAT[format], prefixes: prefixes(base) } : { format: N3_FORMAT[format] });
  for (const q of sortQuads(quads)) writer.addQuad(q);
  return new Promise((resolve, reject) => {
    writer.end((error: Error | null, result: string) => (error ? reject(error) : resolve(result)));
  });
}
