// Parses RDF text back into quads (n3) and compares datasets without blank nodes.
import { Parser, type Quad, termToId } from "n3";

export function parseRdf(text: string, format: "Turtle" | "N-Triples" | "TriG" | "N-Quads" = "Turtle"): Quad[] {
  return new Parser({ format }).parse(text);
}

export function quadKeys(quads: readonly Quad[]): string[] {
  return quads.map((q) => [q.subject, q.predicate, q.object, q.graph].map((t) => termToId(t)).join(" ")).sort();
}
