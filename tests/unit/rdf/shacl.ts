// Test helper: validates quads against ontology/shapes.ttl with
// rdf-validate-shacl and turns the report into readable lines.
import fs from "node:fs";
import path from "node:path";
import { Parser, type Quad, Store } from "n3";
import SHACLValidator from "rdf-validate-shacl";

const SHAPES = path.resolve(import.meta.dirname, "../../../ontology/shapes.ttl");

export interface ShapeReport {
  readonly conforms: boolean;
  /** One line per violation: focus node, path, message. */
  readonly lines: readonly string[];
}

export async function validateShapes(quads: Iterable<Quad>): Promise<ShapeReport> {
  const shapes = new Store(new Parser().parse(fs.readFileSync(SHAPES, "utf8")));
  const data = new Store();
  for (const q of quads) data.addQuad(q.subject, q.predicate, q.object);
  const report = await new SHACLValidator(shapes).validate(data);
  const lines = report.results.map((r) => {
    const message = r.message.map((m) => m.value).join("; ");
    const constraint = r.sourceConstraintComponent?.value.replace("http://www.w3.org/ns/shacl#", "sh:") ?? "";
    return `${r.focusNode?.value ?? "?"} ${r.path?.value ?? ""}: ${message || constraint} (${constraint}, value ${r.value?.value ?? "-"})`;
  });
  return { conforms: report.conforms, lines };
}
