// JSON-LD output, compacted with the published context (ontology/context.json)
// by a direct writer: quads are grouped by subject and each property written
// under its context term. Fast and deterministic; tests check with the jsonld
// library that it expands back to the same dataset.
import type { Quad, Term } from "n3";
import context from "../../ontology/context.json" with { type: "json" };
import { sortQuads } from "./serialize.js";
import { rdf, xsd } from "./vocab.js";

type JsonValue = string | { "@id": string } | { "@value": string; "@type"?: string; "@language"?: string };
type NodeObject = Record<string, string | JsonValue[]>;

interface TermDef {
  readonly term: string;
  /** "@id" for IRIs, a datatype IRI, or null for plain strings. */
  readonly type: string | null;
}

const CONTEXT = context["@context"] as unknown as Record<string, string | { "@id": string; "@type"?: string } | number>;
const PREFIXES = Object.entries(CONTEXT).filter((e): e is [string, string] => typeof e[1] === "string" && /[/#]$/.test(e[1]));

function expand(value: string): string {
  const i = value.indexOf(":");
  const prefix = i > 0 ? PREFIXES.find(([p]) => p === value.slice(0, i)) : undefined;
  return prefix ? prefix[1] + value.slice(i + 1) : value;
}

/** Context terms by property IRI. */
const TERMS = new Map<string, TermDef>();
for (const [term, def] of Object.entries(CONTEXT)) {
  if (term.startsWith("@") || typeof def === "number") continue;
  if (typeof def === "string") {
    if (!/[/#]$/.test(def)) TERMS.set(expand(def), { term, type: null });
  } else TERMS.set(expand(def["@id"]), { term, type: def["@type"] === undefined ? null : def["@type"] === "@id" ? "@id" : expand(def["@type"]) });
}

export function compactIri(iri: string): string {
  for (const [prefix, ns] of PREFIXES) {
    const local = iri.slice(ns.length);
    if (iri.startsWith(ns) && /^[A-Za-z_][\w.-]*$/.test(local)) return `${prefix}:${local}`;
  }
  return iri;
}

function value(object: Term, def: TermDef | undefined): JsonValue {
  if (object.termType === "NamedNode") return def?.type === "@id" ? compactIri(object.value) : { "@id": compactIri(object.value) };
  if (object.termType !== "Literal") throw new Error(`unexpected ${object.termType} object in JSON-LD output`);
  const datatype = object.datatype.value;
  if (object.language) return { "@value": object.value, "@language": object.language };
  if (def && def.type === datatype) return object.value;
  if (datatype === xsd("string") && (def === undefined || def.type === null)) return object.value;
  return { "@value": object.value, "@type": compactIri(datatype) };
}

/** The quads (default graph only) as compacted JSON-LD text. */
export function writeJsonLd(quads: Iterable<Quad>): string {
  const nodes: NodeObject[] = [];
  let current: NodeObject | null = null;
  for (const q of sortQuads(quads)) {
    if (q.subject.termType !== "NamedNode") throw new Error("JSON-LD output expects IRI subjects");
    if (current === null || current["@id"] !== compactIri(q.subject.value)) {
      current = { "@id": compactIri(q.subject.value) };
      nodes.push(current);
    }
    const def = TERMS.get(q.predicate.value);
    const isType = q.predicate.value === rdf("type") && q.object.termType === "NamedNode";
    const key = isType ? "@type" : (def?.term ?? compactIri(q.predicate.value));
    const list = (current[key] ?? []) as JsonValue[];
    current[key] = list;
    list.push(isType ? compactIri(q.object.value) : value(q.object, def));
  }
  return `${JSON.stringify({ "@context": context["@context"], "@graph": nodes.map(sortKeys) }, null, 2)}\n`;
}

function sortKeys(node: NodeObject): NodeObject {
  const keys = Object.keys(node).sort((a, b) => (a === "@id" ? -1 : b === "@id" ? 1 : a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(keys.map((k) => [k, node[k] as string | JsonValue[]]));
}
