import { beforeAll, describe, expect, it } from "vitest";
import { type GraphQueries, openGraph } from "../../../src/query/graph-queries.js";
import { writeBuild } from "./build-fixture.js";

describe("query: the typed API", () => {
  let graph: GraphQueries;
  beforeAll(() => {
    graph = openGraph(writeBuild());
  });

  it("lists entities by type, with aliases, articles and mention counts", () => {
    expect(graph.entities({ type: "Person" }).map((e) => e.id)).toEqual(["joe-biden", "vladimir-putin"]);
    expect(graph.entities({ name: "putin" })).toEqual([
      {
        id: "vladimir-putin",
        iri: "https://w3id.org/newsgraph/data/entity/vladimir-putin",
        label: "Vladimir Putin",
        type: "Person",
        aliases: ["Putin"],
        articles: ["a1", "a2"],
        mentions: 2,
      },
    ]);
  });

  it("gives a grounded place its GeoNames feature, country and coordinates", () => {
    expect(graph.entities({ name: "sochi" })[0]?.geo).toEqual({ geonames: 491422, country: "RU", lat: 43.59917, lon: 39.72569 });
    expect(graph.entities({ name: "russia" })[0]?.geo).toEqual({ geonames: null, country: "RU", lat: 60, lon: 100 });
    expect(graph.entities({ type: "Person" }).some((e) => "geo" in e)).toBe(false);
  });

  it("gives what an entity said, with the evidence", () => {
    const [s, ...rest] = graph.statementsBy("vladimir-putin");
    expect(rest).toEqual([]);
    expect(s).toMatchObject({
      article: "a1",
      kind: "direct",
      text: 'He said "x"',
      evidence: { article: "a1", start: 30, end: 40, text: 'He said "x"' },
      speaker: { id: "vladimir-putin", label: "Vladimir Putin", type: "Person" },
      speakerText: "Putin",
      unnamedSource: false,
      cue: "said",
      addressee: { id: "joe-biden" },
      place: { id: "sochi", type: "Place" },
      date: "2021-12",
      via: { id: "nato", type: "Organization" },
    });
    expect(s?.about.map((e) => e.id)).toEqual(["nato", "sochi"]);
  });

  it("accepts an entity IRI as well as its id", () => {
    expect(graph.statementsBy("https://w3id.org/newsgraph/data/entity/vladimir-putin")).toEqual(graph.statementsBy("vladimir-putin"));
  });

  it("gives what sources the articles do not name said, also about one entity", () => {
    const unnamed = graph.statementsFromUnnamedSources();
    expect(unnamed.map((s) => [s.article, s.speaker, s.speakerText, s.unnamedSource, s.text])).toEqual([["a1", null, "Officials", true, "NATO would wait"]]);
    expect(graph.statementsFromUnnamedSources("nato")).toHaveLength(1);
    expect(graph.statementsFromUnnamedSources("vladimir-putin")).toEqual([]);
  });

  it("gives what was said about an entity, by anyone", () => {
    expect(graph.statementsAbout("vladimir-putin").map((s) => [s.article, s.speaker?.id, s.text])).toEqual([["a2", "joe-biden", "be calm"]]);
    expect(graph.statementsAbout("nobody")).toEqual([]);
  });

  it.each([
    [{}, 4],
    [{ predicate: "met" as const }, 1],
    [{ predicate: "met" as const, subject: "joe-biden" }, 1],
    [{ predicate: "role" as const, subject: "vladimir-putin" }, 1],
    [{ predicate: "role" as const, object: "vladimir-putin" }, 0],
    [{ object: "nato" }, 1],
  ])("filters relations by %j", (filter, count) => {
    expect(graph.relations(filter)).toHaveLength(count);
  });

  it("describes a relation with its ends, title and evidence", () => {
    expect(graph.relations({ predicate: "role" })).toMatchObject([
      {
        predicate: "role",
        subject: { id: "vladimir-putin" },
        object: { id: "russia" },
        title: "President",
        evidence: { article: "a1", start: 0, end: 5, text: "Putin" },
      },
    ]);
    expect(graph.relations({ predicate: "met" })).toMatchObject([
      { subject: { id: "joe-biden" }, object: { id: "vladimir-putin" }, place: { id: "sochi" }, date: "2021-12-08" },
    ]);
  });

  it("lists neighbours with one link per statement or relation", () => {
    const neighbors = graph.neighbors("vladimir-putin");
    const biden = neighbors.find((n) => n.entity.id === "joe-biden");
    expect(biden?.links.map((l) => [l.kind, l.direction, l.evidence.article])).toEqual([
      ["met", "out", "a1"],
      ["said-to", "out", "a1"],
      ["said-about", "in", "a2"],
    ]);
    expect(neighbors.map((n) => n.entity.id)).toEqual(["joe-biden", "nato", "russia", "sochi"]);
  });

  it("returns plain objects that survive JSON", () => {
    const all = { s: graph.statementsBy("vladimir-putin"), r: graph.relations(), n: graph.neighbors("vladimir-putin") };
    expect(JSON.parse(JSON.stringify(all))).toEqual(all);
  });
});
