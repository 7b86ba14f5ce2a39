// A small, dependency-free Turtle writer for a graph file: entities, the
// statements and relations behind the links, and their articles, with the same
// vocabularies and data IRIs as `newsgraph export` (a subset of its triples; the
// IRI paths come from the CLI's own src/rdf/paths.ts).
import type { GraphFile, NodeAttributes } from "../../src/graph/serialized.js";
import { dataPaths } from "../../src/rdf/paths.js";
import { DEFAULT_BASE } from "../../src/rdf/vocab.js";

const PREFIXES: readonly [string, string][] = [
  ["ng", "https://w3id.org/newsgraph/ontology#"],
  ["prov", "http://www.w3.org/ns/prov#"],
  ["rdfs", "http://www.w3.org/2000/01/rdf-schema#"],
  ["schema", "https://schema.org/"],
  ["sem", "http://semanticweb.cs.vu.nl/2009/11/sem/"],
  ["skos", "http://www.w3.org/2004/02/skos/core#"],
  ["xsd", "http://www.w3.org/2001/XMLSchema#"],
];

const TYPE_CLASS: Readonly<Record<string, string>> = {
  Person: "schema:Person",
  Organization: "schema:Organization",
  Place: "schema:Place",
  Group: "ng:Group",
  Other: "schema:Thing",
};
const KIND_CLASS: Readonly<Record<string, string>> = { direct: "ng:DirectSpeech", indirect: "ng:IndirectSpeech", mixed: "ng:MixedSpeech" };
const LINK: Readonly<Record<string, string>> = { met: "ng:met", role: "ng:holdsRoleIn", "member-of": "ng:memberOf", "located-in": "ng:locatedIn" };

/** A Turtle string literal: quotes, backslashes and control characters escaped. */
export function turtleString(s: string): string {
  // control characters are matched by code point, which keeps the pattern printable
  const body = s.replace(/[\\"]|[^\x20-\u{10ffff}]|\x7f/gu, (c) => {
    if (c === "\\") return "\\\\";
    if (c === '"') return '\\"';
    if (c === "\n") return "\\n";
    if (c === "\r") return "\\r";
    if (c === "\t") return "\\t";
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, "0").toUpperCase()}`;
  });
  return `"${body}"`;
}

export function turtleDate(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return `${turtleString(value.length === 16 ? `${value}:00` : value)}^^xsd:dateTime`;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return `${turtleString(value)}^^xsd:date`;
  if (/^\d{4}-\d{2}$/.test(value)) return `${turtleString(value)}^^xsd:gYearMonth`;
  return turtleString(value);
}

type Pairs = [string, string][];

/** `a` first, then by predicate and object in code-unit order (locale-independent). */
function byPredicate(x: [string, string], y: [string, string]): number {
  const a = Number(y[0] === "a") - Number(x[0] === "a");
  if (a) return a;
  const kx = x.join(" ");
  const ky = y.join(" ");
  return kx < ky ? -1 : kx > ky ? 1 : 0;
}

export function toTurtle(file: GraphFile, base = DEFAULT_BASE): string {
  const ref = (path: string): string => `<${base}${path}>`;
  const entity = (id: string): string => ref(dataPaths.entity(id));
  const article = (id: string): string => ref(dataPaths.article(id));
  const local = (id: string, article: string): string => (id.startsWith(`${article}/`) ? id.slice(article.length + 1) : id);
  const subjects = new Map<string, Pairs>();
  const add = (s: string, p: string, o: string): void => {
    const list = subjects.get(s) ?? [];
    list.push([p, o]);
    subjects.set(s, list);
  };
  for (const n of file.graph.nodes) {
    const a = n.attributes as NodeAttributes;
    const s = entity(n.key);
    add(s, "a", TYPE_CLASS[a.type] ?? "schema:Thing");
    add(s, "schema:name", turtleString(a.label));
    add(s, "skos:prefLabel", turtleString(a.label));
    for (const alias of [...a.aliases].sort()) add(s, "skos:altLabel", turtleString(alias));
  }
  for (const st of Object.values(file.statements)) {
    const id = local(st.id, st.article);
    const s = ref(dataPaths.statement(st.article, id));
    add(s, "a", "ng:Statement");
    if (st.kind === "direct") add(s, "a", "schema:Quotation");
    add(s, "ng:kind", KIND_CLASS[st.kind] ?? "ng:IndirectSpeech");
    add(s, "schema:text", turtleString(st.content.text));
    add(s, "prov:wasDerivedFrom", article(st.article));
    if (st.speaker?.entity) add(s, "prov:wasAttributedTo", entity(st.speaker.entity));
    else if (st.speaker?.unnamed) {
      // a source the article does not name ("officials said"), as `newsgraph export` writes it
      const source = ref(dataPaths.unnamedSource(st.article, id));
      add(s, "prov:wasAttributedTo", source);
      add(source, "a", "ng:UnnamedSource");
      add(source, "rdfs:label", turtleString(st.speaker.text));
    }
    if (st.addressee) add(s, "ng:addressee", entity(st.addressee));
    for (const about of st.about) add(s, "schema:about", entity(about));
    if (st.place) add(s, "schema:locationCreated", entity(st.place));
    if (st.date) add(s, "schema:dateCreated", turtleDate(st.date));
    if (st.via) add(s, "ng:reportedBy", entity(st.via));
  }
  for (const r of Object.values(file.relations)) {
    const s = ref(dataPaths.relation(r.article, local(r.id, r.article)));
    add(s, "prov:wasDerivedFrom", article(r.article));
    if (r.predicate === "met") {
      add(s, "a", "sem:Event");
      add(s, "a", "ng:Meeting");
      add(s, "sem:hasActor", entity(r.subject));
      add(s, "sem:hasActor", entity(r.object));
      if (r.place) add(s, "sem:hasPlace", entity(r.place));
      if (r.date) add(s, "sem:hasTimeStamp", turtleDate(r.date));
    } else {
      add(s, "a", "ng:RoleAssignment");
      add(s, "ng:holder", entity(r.subject));
      add(s, "ng:roleIn", entity(r.object));
      if (r.title) add(s, "schema:roleName", turtleString(r.title));
    }
    const link = LINK[r.predicate];
    if (link) add(entity(r.subject), link, entity(r.object));
  }
  for (const a of Object.values(file.articles)) {
    const s = article(a.id);
    add(s, "a", "schema:NewsArticle");
    add(s, "schema:identifier", turtleString(a.id));
    if (a.title) add(s, "schema:headline", turtleString(a.title));
    if (a.published) add(s, "schema:datePublished", turtleDate(a.published));
  }
  const lines = PREFIXES.map(([p, iri]) => `@prefix ${p}: <${iri}> .`);
  for (const s of [...subjects.keys()].sort()) {
    const pairs = [...new Map((subjects.get(s) ?? []).map((po) => [po.join(" "), po])).values()].sort(byPredicate);
    lines.push("", `${s} ${pairs.map(([p, o]) => `${p} ${o}`).join(" ;\n    ")} .`);
  }
  return `${lines.join("\n")}\n`;
}
