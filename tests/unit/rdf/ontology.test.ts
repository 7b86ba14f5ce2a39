import fs from "node:fs";
import path from "node:path";
import { Parser, type Quad } from "n3";
import { describe, expect, it } from "vitest";
import { datasetQuads } from "../../../src/rdf/dataset.js";
import { Iris } from "../../../src/rdf/iris.js";
import { NS, rdfs } from "../../../src/rdf/vocab.js";
import { RESULT } from "./fixture.js";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const ontology = new Parser().parse(fs.readFileSync(path.join(ROOT, "ontology/newsgraph.ttl"), "utf8"));
const defined = new Set(ontology.filter((q) => q.predicate.value === `${NS.rdf}type`).map((q) => q.subject.value));
const values = (s: string, p: string): string[] => ontology.filter((q) => q.subject.value === s && q.predicate.value === p).map((q) => q.object.value);

function ngTerms(quads: readonly Quad[]): Set<string> {
  const terms = new Set<string>();
  for (const q of quads) for (const t of [q.predicate, q.object]) if (t.termType === "NamedNode" && t.value.startsWith(NS.ng)) terms.add(t.value);
  return terms;
}

describe("rdf: ontology", () => {
  const used = ngTerms(datasetQuads([RESULT], new Iris(), { named: true }));

  it("defines every ng: term the output uses", () => {
    expect(used.size).toBeGreaterThan(20);
    expect([...used].filter((t) => !defined.has(t))).toEqual([]);
  });

  it("gives every term it defines an English label and comment", () => {
    const terms = [...defined].filter((t) => t.startsWith(NS.ng));
    expect(terms.length).toBeGreaterThan(25);
    for (const t of terms) {
      expect(values(t, rdfs("label")), `${t} label`).toHaveLength(1);
      expect(values(t, rdfs("comment")), `${t} comment`).toHaveLength(1);
    }
  });

  it("maps every JSON-LD context term to a defined or reused IRI", () => {
    const context = (JSON.parse(fs.readFileSync(path.join(ROOT, "ontology/context.json"), "utf8")) as { "@context": Record<string, unknown> })["@context"];
    for (const [term, def] of Object.entries(context)) {
      const id = typeof def === "string" ? def : typeof def === "object" && def ? (def as { "@id": string })["@id"] : null;
      if (id?.startsWith("ng:")) expect(defined.has(NS.ng + id.slice(3)), term).toBe(true);
    }
  });

  it("declares the shapes' target classes in the ontology or a reused vocabulary", () => {
    const shapes = new Parser().parse(fs.readFileSync(path.join(ROOT, "ontology/shapes.ttl"), "utf8"));
    const targets = shapes.filter((q) => q.predicate.value === "http://www.w3.org/ns/shacl#targetClass").map((q) => q.object.value);
    for (const t of targets.filter((x) => x.startsWith(NS.ng))) expect(defined.has(t), t).toBe(true);
  });
});
