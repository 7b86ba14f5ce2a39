// Small lookups over an Oxigraph store loaded without named graphs: the
// objects or subjects of a property, and values read as strings or numbers.
import oxigraph from "oxigraph";
import type { OxStore } from "./store.js";

const node = (iri: string) => oxigraph.namedNode(iri);

export class Triples {
  constructor(private readonly store: OxStore) {}

  objects(subject: string, predicate: string): { termType: string; value: string }[] {
    return this.store.match(node(subject), node(predicate), null, null).map((q) => q.object);
  }
  values(subject: string, predicate: string): string[] {
    return this.objects(subject, predicate)
      .map((t) => t.value)
      .sort();
  }
  value(subject: string, predicate: string): string | null {
    return this.values(subject, predicate)[0] ?? null;
  }
  number(subject: string, predicate: string): number {
    return Number(this.value(subject, predicate) ?? Number.NaN);
  }
  subjects(predicate: string, object: string | null): string[] {
    return [...new Set(this.store.match(null, node(predicate), object === null ? null : node(object), null).map((q) => q.subject.value))].sort();
  }
}
