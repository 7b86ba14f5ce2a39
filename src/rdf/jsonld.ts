// JSON-LD output through the jsonld library: quads to expanded JSON-LD, then
// compacted with the published context (ontology/context.json).
import jsonld from "jsonld";
import type { Quad } from "n3";
import context from "../../ontology/context.json" with { type: "json" };
import { writeN3 } from "./serialize.js";

export async function writeJsonLd(quads: Iterable<Quad>, base: string): Promise<string> {
  const nquads = await writeN3(quads, "nq", base);
  const expanded = await jsonld.fromRDF(nquads, { format: "application/n-quads" });
  const compacted = await jsonld.compact(expanded, context["@context"] as unknown as jsonld.ContextDefinition);
  return `${JSON.stringify(compacted, null, 2)}\n`;
}
