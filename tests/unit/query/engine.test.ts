import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SparqlEngine } from "../../../src/query/engine.js";
import { writeBuild } from "./build-fixture.js";

const SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }";

describe("query: the engine in a worker thread", () => {
  let engine: SparqlEngine;
  beforeAll(async () => {
    engine = await SparqlEngine.start({ dir: writeBuild(), timeoutMs: 20_000 });
  });
  afterAll(async () => {
    await engine.close();
  });

  it("answers a query and reports how long it took", async () => {
    const out = await engine.query("ASK { ?s ?p ?o }", "json");
    expect(JSON.parse(out.body)).toMatchObject({ boolean: true });
    expect(out.ms).toBeGreaterThanOrEqual(0);
  });

  it("stops a query at its timeout, then answers the next one", async () => {
    await expect(engine.query(SLOW, "json", 200)).rejects.toMatchObject({ code: "E_TIMEOUT", message: expect.stringMatching(/stopped after 200 ms/) });
    const out = await engine.query("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a <https://schema.org/Person> }", "csv");
    expect(out.body).toBe("n\r\n3\r\n");
  });

  it("refuses an update before it reaches the worker", async () => {
    await expect(async () => engine.query("CLEAR ALL", "json")).rejects.toMatchObject({ code: "E_READ_ONLY" });
  });

  it("fails to start on a folder that is not a build", async () => {
    await expect(SparqlEngine.start({ dir: "/nonexistent-newsgraph", timeoutMs: 1000 })).rejects.toMatchObject({ code: "E_NOT_FOUND" });
  });
});
