// newsgraph push against a real Virtuoso started by the test: the PolNeAR dev
// build loads one graph per article, reruns are idempotent, and the worked
// queries give the same answers on Virtuoso as on the embedded engine.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openBuildDataset } from "../../src/query/build-dataset.js";
import { runSparql } from "../../src/query/sparql.js";
import { loadStore, type OxStore } from "../../src/query/store.js";
import { ROOT, runCli } from "../helpers/cli.js";
import { writeBuild } from "../unit/query/build-fixture.js";
import { devBuild, devText } from "./rdf-dev-build.js";
import { HAS_VIRTUOSO, remoteSelect, startVirtuoso, type Virtuoso } from "./virtuoso-server.js";

const EXAMPLES = path.join(ROOT, "examples/queries");
const OURS = "https://w3id.org/newsgraph/";
const COUNT = `SELECT (COUNT(*) AS ?triples) (COUNT(DISTINCT ?g) AS ?graphs) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), "${OURS}")) }`;
const AUTH = ["--user", "dba", "--password", "dba"];

/** Result rows as sorted value lists: engines may order ties and collate strings differently. */
function rows(json: { head: { vars: string[] }; results: { bindings: Record<string, { value: string }>[] } }): string[] {
  return json.results.bindings.map((b) => JSON.stringify(json.head.vars.map((v) => b[v]?.value ?? null))).sort();
}

describe.runIf(HAS_VIRTUOSO)("virtuoso: newsgraph push", () => {
  let store: Virtuoso;
  beforeAll(async () => {
    store = await startVirtuoso();
  }, 120_000);
  afterAll(async () => {
    await store?.stop();
  }, 30_000);

  describe.runIf(devText())("the PolNeAR dev build", () => {
    let dir: string;
    let pushed: string;
    let embedded: OxStore;
    const local = (query: string): Parameters<typeof rows>[0] => JSON.parse(runSparql(embedded, query, "json").body) as Parameters<typeof rows>[0];
    beforeAll(() => {
      dir = devBuild() as string;
      embedded = loadStore(openBuildDataset(dir));
      const r = runCli(["push", dir, "--endpoint", store.graphStore, ...AUTH]);
      expect(r.stderr).toBe("");
      pushed = r.stdout;
    }, 240_000);

    it("loads one named graph per article plus the entities, with every triple", async () => {
      const articles = (JSON.parse(fs.readFileSync(path.join(dir, "manifest.json"), "utf8")) as { articles: string[] }).articles.length;
      expect(pushed).toMatch(new RegExp(`in ${articles + 1} graphs with \\d+ requests \\(Graph Store Protocol\\)`));
      const remote = await remoteSelect(store.sparql, COUNT);
      expect(rows(remote)).toEqual(rows(local(COUNT)));
      expect(rows(remote)[0]).toMatch(new RegExp(`^\\["\\d+","${articles + 1}"\\]$`));
    });

    it("leaves the store unchanged when pushed again", async () => {
      const before = rows(await remoteSelect(store.sparql, COUNT));
      expect(runCli(["push", dir, "--endpoint", store.graphStore, ...AUTH, "--batch-size", "2000"]).code).toBe(0);
      expect(rows(await remoteSelect(store.sparql, COUNT))).toEqual(before);
    }, 240_000);

    it.each(fs.readdirSync(EXAMPLES).filter((f) => f.endsWith(".rq")))(
      "answers %s as the embedded engine does",
      async (file) => {
        const query = fs.readFileSync(path.join(EXAMPLES, file), "utf8");
        const remote = await remoteSelect(store.sparql, query);
        expect(rows(local(query)).length).toBeGreaterThan(0);
        expect(rows(remote)).toEqual(rows(local(query)));
      },
      60_000,
    );
  });

  it("falls back to SPARQL Update when the endpoint is not a Graph Store, into one --graph", async () => {
    const graph = "https://example.org/newsgraph-update-test";
    const r = runCli([
      "push",
      writeBuild(),
      "--endpoint",
      `${store.sparql}-no-such-endpoint`,
      "--update-endpoint",
      store.sparqlAuth,
      "--graph",
      graph,
      ...AUTH,
    ]);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/in 1 graph with \d+ requests \(SPARQL Update\)/);
    const count = await remoteSelect(store.sparql, `SELECT (COUNT(*) AS ?n) WHERE { GRAPH <${graph}> { ?s a <https://schema.org/Person> } }`);
    expect(rows(count)).toEqual(['["3"]']);
  }, 60_000);

  it.each([
    ["a wrong password", (s: Virtuoso) => ["--endpoint", s.graphStore, "--user", "dba", "--password", "nope"], /401 .*check --user and --password/],
    ["no credentials", (s: Virtuoso) => ["--endpoint", s.graphStore], /401 .*check --user and --password/],
    ["an unreachable store", () => ["--endpoint", "http://127.0.0.1:9/sparql-graph-crud"], /cannot reach http:\/\/127\.0\.0\.1:9/],
  ])("reports %s in one line", (_name, args, message) => {
    const r = runCli(["push", writeBuild(), ...args(store)]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });
});
