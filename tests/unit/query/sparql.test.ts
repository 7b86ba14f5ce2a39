import { beforeAll, describe, expect, it } from "vitest";
import { openBuildDataset } from "../../../src/query/build-dataset.js";
import { queryForm } from "../../../src/query/query-form.js";
import { runSparql } from "../../../src/query/sparql.js";
import { loadStore, type OxStore } from "../../../src/query/store.js";
import { drawTable } from "../../../src/query/table.js";
import { writeBuild } from "./build-fixture.js";

const PEOPLE =
  "PREFIX schema: <https://schema.org/> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> SELECT ?name WHERE { ?p a schema:Person ; skos:prefLabel ?name } ORDER BY ?name";

describe("query: the form of a query", () => {
  it.each([
    ["SELECT * WHERE { ?s ?p ?o }", "SELECT"],
    ["PREFIX insert: <https://e.org/> # DELETE\nASK { ?s insert:p 'INSERT' }", "ASK"],
    ["BASE <https://e.org/> PREFIX : <https://e.org/> CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "CONSTRUCT"],
    ["describe <https://e.org/x>", "DESCRIBE"],
    ["INSERT DATA { <a:b> <a:c> <a:d> }", "UPDATE"],
    ["PREFIX ex: <https://e.org/> DELETE WHERE { ?s ?p ?o }", "UPDATE"],
    ["DROP ALL", "UPDATE"],
    ["LOAD <https://e.org/data.ttl>", "UPDATE"],
    ["WITH <https://e.org/g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", "UPDATE"],
    ["hello", "UNKNOWN"],
  ])("%s is %s", (query, form) => {
    expect(queryForm(query)).toBe(form);
  });
});

describe("query: SPARQL on the embedded store", () => {
  let store: OxStore;
  beforeAll(() => {
    store = loadStore(openBuildDataset(writeBuild()));
  });

  it("sees every article's named graph through the default graph", () => {
    const out = runSparql(store, "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", "csv");
    expect(out.body).toBe("n\r\n3\r\n");
    expect(runSparql(store, PEOPLE, "csv").body).toBe("name\r\nJoe Biden\r\nVladimir Putin\r\n");
  });

  it("takes the dataset from default-graph-uri and named-graph-uri when given", () => {
    const articles = "SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://schema.org/NewsArticle> }";
    const a1 = "https://w3id.org/newsgraph/data/article/a1";
    expect(runSparql(store, articles, "csv").body).toBe("n\r\n2\r\n");
    expect(runSparql(store, articles, "csv", { defaultGraphs: [a1] }).body).toBe("n\r\n1\r\n");
    const named = "SELECT ?g WHERE { GRAPH ?g { ?s a <https://schema.org/NewsArticle> } }";
    expect(runSparql(store, named, "csv", { namedGraphs: [a1] }).body).toBe(`g\r\n${a1}\r\n`);
  });

  it.each([
    ["json", "application/sparql-results+json", /"bindings":\[\{"name":\{"type":"literal","value":"Joe Biden"\}\}/],
    ["xml", "application/sparql-results+xml", /<literal>Joe Biden<\/literal>/],
    ["tsv", "text/tab-separated-values; charset=utf-8", /^\?name\n"Joe Biden"\n"Vladimir Putin"\n$/],
    ["table", "text/plain; charset=utf-8", /^name\s*\n─+\nJoe Biden\s*\nVladimir Putin\s*\n2 rows\n$/],
  ] as const)("writes SELECT results as %s", (format, mediaType, body) => {
    const out = runSparql(store, PEOPLE, format);
    expect(out.mediaType).toBe(mediaType);
    expect(out.body).toMatch(body);
  });

  it("writes CONSTRUCT results as Turtle, even when a table was asked for", () => {
    const out = runSparql(store, "CONSTRUCT { ?p a <https://schema.org/Person> } WHERE { ?p a <https://schema.org/Person> }", "table");
    expect(out.format).toBe("ttl");
    expect(out.body).toMatch(/entity\/joe-biden> a <https:\/\/schema.org\/Person>/);
  });

  it.each([
    ["INSERT DATA { <a:b> <a:c> <a:d> }", "E_READ_ONLY", /read-only/],
    ["SELECT * WHERE { ?s ?p ", "E_QUERY", /SPARQL query failed: error at 1:/],
    ["nonsense", "E_QUERY", /not a SPARQL query/],
  ])("refuses %s with a clear error", (query, code, message) => {
    expect(() => runSparql(store, query, "json")).toThrow(expect.objectContaining({ code, message: expect.stringMatching(message) }));
  });

  it("answers ASK as yes or no in a table", () => {
    expect(runSparql(store, "ASK { ?s a <https://schema.org/Place> }", "table").body).toBe("yes\n");
  });
});

describe("query: the text table", () => {
  it("aligns columns, shows IRIs in brackets and line breaks as ⏎", () => {
    const table = drawTable({
      head: { vars: ["a", "b"] },
      results: {
        bindings: [{ a: { type: "uri", value: "https://e.org/x" }, b: { type: "literal", value: "two\nlines" } }, { a: { type: "literal", value: "é" } }],
      },
    });
    expect(table).toBe(
      ["a                 │ b", "──────────────────┼──────────", "<https://e.org/x> │ two⏎lines", "é                 │", "2 rows", ""].join("\n"),
    );
  });
});
