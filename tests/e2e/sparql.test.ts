// The read-only SPARQL 1.1 Protocol endpoint of `newsgraph serve` and the
// `newsgraph query` command, run as a user would, over a hand-written build.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, type Serving, startServe } from "../helpers/cli.js";
import { writeBuild } from "../unit/query/build-fixture.js";

const PEOPLE = "SELECT ?name WHERE { ?p a <https://schema.org/Person> ; <http://www.w3.org/2004/02/skos/core#prefLabel> ?name } ORDER BY ?name";
const SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o . ?p ?q ?r }";

async function serve(dir: string, timeoutMs: number): Promise<Serving> {
  const server = await startServe(dir, ["--sparql-timeout", String(timeoutMs)]);
  return { url: `${server.url}sparql`, stop: () => server.stop() };
}

describe("sparql: the /sparql endpoint", () => {
  let server: Serving;
  beforeAll(async () => {
    server = await serve(writeBuild(), 3000);
  });
  afterAll(() => server.stop());

  const get = (query: string, accept?: string): Promise<Response> =>
    fetch(`${server.url}?query=${encodeURIComponent(query)}`, accept ? { headers: { Accept: accept } } : {});

  it("answers GET with SPARQL JSON results by default", async () => {
    const res = await get(PEOPLE);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/sparql-results+json");
    expect(res.headers.get("server-timing")).toMatch(/^query;dur=/);
    const json = (await res.json()) as { results: { bindings: { name: { value: string } }[] } };
    expect(json.results.bindings.map((b) => b.name.value)).toEqual(["Joe Biden", "Vladimir Putin"]);
  });

  it.each([
    ["text/csv", "text/csv; charset=utf-8", "name\r\nJoe Biden\r\nVladimir Putin\r\n"],
    ["text/tab-separated-values", "text/tab-separated-values; charset=utf-8", '?name\n"Joe Biden"\n"Vladimir Putin"\n'],
    ["application/sparql-results+xml;q=0.9, text/csv;q=0.1", "application/sparql-results+xml", /<literal>Joe Biden<\/literal>/],
    ["text/html, */*;q=0.1", "application/sparql-results+json", /"Joe Biden"/],
  ])("negotiates %s", async (accept, type, body) => {
    const res = await get(PEOPLE, accept);
    expect(res.headers.get("content-type")).toBe(type);
    const text = await res.text();
    if (typeof body === "string") expect(text).toBe(body);
    else expect(text).toMatch(body);
  });

  it("takes default-graph-uri from the request", async () => {
    const count = "SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://schema.org/NewsArticle> }";
    const graph = encodeURIComponent("https://w3id.org/newsgraph/data/article/a2");
    const res = await fetch(`${server.url}?query=${encodeURIComponent(count)}&default-graph-uri=${graph}`, { headers: { Accept: "text/csv" } });
    expect(await res.text()).toBe("n\r\n1\r\n");
  });

  it("answers CONSTRUCT as Turtle or N-Triples", async () => {
    const construct =
      "CONSTRUCT { ?p a <https://schema.org/Person> } WHERE { ?p a <https://schema.org/Person> ; <http://www.w3.org/2004/02/skos/core#prefLabel> ?n }";
    expect((await get(construct)).headers.get("content-type")).toBe("text/turtle; charset=utf-8");
    const nt = await get(construct, "application/n-triples");
    expect(await nt.text()).toMatch(
      /^<https:\/\/w3id.org\/newsgraph\/data\/entity\/[a-z-]+> <http:\/\/www.w3.org\/1999\/02\/22-rdf-syntax-ns#type> <https:\/\/schema.org\/Person> \.$/m,
    );
  });

  it.each([
    ["a form", "application/x-www-form-urlencoded", `query=${encodeURIComponent(PEOPLE)}`],
    ["a query body", "application/sparql-query", PEOPLE],
  ])("answers POST with %s", async (_name, type, body) => {
    const res = await fetch(server.url, { method: "POST", headers: { "Content-Type": type, Accept: "text/csv" }, body });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe("name\r\nJoe Biden\r\nVladimir Putin\r\n");
  });

  it.each([
    ["an update body", { method: "POST", headers: { "Content-Type": "application/sparql-update" }, body: "DROP ALL" }],
    ["an update form", { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: "update=CLEAR%20ALL" }],
    ["an update as a query", { method: "POST", headers: { "Content-Type": "application/sparql-query" }, body: "INSERT DATA { <a:b> <a:c> <a:d> }" }],
  ])("refuses %s with 403 and a clear message", async (_name, init) => {
    const res = await fetch(server.url, init);
    expect(res.status).toBe(403);
    expect(await res.text()).toMatch(/read-only/);
  });

  it.each([
    ["a syntax error", () => get("SELECT * WHERE { ?s ?p "), 400, /SPARQL query failed: error at 1:/],
    ["no query", () => fetch(server.url), 400, /no query/],
    ["another method", () => fetch(server.url, { method: "PUT", body: "x" }), 405, /GET or POST/],
    [
      "another body type",
      () => fetch(server.url, { method: "POST", headers: { "Content-Type": "text/plain" }, body: PEOPLE }),
      415,
      /application\/sparql-query/,
    ],
  ])("reports %s", async (_name, send, status, message) => {
    const res = await send();
    expect(res.status).toBe(status);
    expect(await res.text()).toMatch(message);
  });

  it("stops a query at the timeout with 503, then answers the next", async () => {
    const res = await get(SLOW);
    expect(res.status).toBe(503);
    expect(await res.text()).toMatch(/stopped after 3000 ms/);
    expect((await get("ASK { ?s ?p ?o }")).status).toBe(200);
  });
});

describe("sparql: newsgraph query", () => {
  let dir: string;
  beforeAll(() => {
    dir = writeBuild();
  });

  it("prints a table by default", () => {
    const r = runCli(["query", dir, PEOPLE]);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/^name\s*\n─+\nJoe Biden\s*\nVladimir Putin\s*\n2 rows\n$/);
  });

  it.each([
    ["csv", /^name\r\nJoe Biden\r\n/],
    ["tsv", /^\?name\n"Joe Biden"\n/],
    ["json", /^\{"head":\{"vars":\["name"\]\}/],
    ["xml", /<sparql xmlns=/],
  ])("prints %s", (format, expected) => {
    expect(runCli(["query", dir, PEOPLE, "--format", format]).stdout).toMatch(expected);
  });

  it("reads the query from --file", () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "newsgraph-rq-")), "q.rq");
    fs.writeFileSync(file, `# people\n${PEOPLE}\n`);
    expect(runCli(["query", dir, "--file", file, "-f", "csv"]).stdout).toBe("name\r\nJoe Biden\r\nVladimir Putin\r\n");
  });

  it.each([
    ["an update", ["DELETE WHERE { ?s ?p ?o }"], /read-only/],
    ["a syntax error", ["SELECT ?x WHERE {"], /SPARQL query failed/],
    ["a slow query", [SLOW, "--timeout", "300"], /stopped after 300 ms/],
    ["no query", [], /no query/],
    ["a bad format", [PEOPLE, "--format", "yaml"], /unknown result format/],
    ["a graph format for SELECT", [PEOPLE, "--format", "ttl"], /gives results, not a graph/],
  ])("reports %s in one line", (_name, args, message) => {
    const r = runCli(["query", dir, ...args]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });
});
