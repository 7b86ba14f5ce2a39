import { DataFactory } from "n3";
import { describe, expect, it } from "vitest";
import { articleQuads } from "../../../src/rdf/article-quads.js";
import { Iris } from "../../../src/rdf/iris.js";
import { dateLiteral } from "../../../src/rdf/literals.js";
import { sortQuads, writeN3 } from "../../../src/rdf/serialize.js";
import type { ExtractionResult } from "../../../src/model/result.js";
import { parseRdf, quadKeys } from "../../helpers/rdf.js";

const { namedNode, literal, quad } = DataFactory;

const RESULT: ExtractionResult = {
  article: { id: "a1", title: "T", author: "Jane Doe", published: "2021-12-08T18:05:00", source: "a1.txt" },
  entities: [
    { id: "vladimir-putin", type: "Person", name: "Vladimir Putin", aliases: ["Putin"], roles: [], mentions: [{ start: 0, end: 5, text: "Putin" }] },
    { id: "sochi", type: "Place", name: "Sochi", aliases: [], roles: [], mentions: [{ start: 16, end: 21, text: "Sochi" }] },
  ],
  statements: [
    {
      id: "s-30-40",
      kind: "direct",
      speaker: { start: 0, end: 5, text: "Putin", entity: "vladimir-putin" },
      cue: { start: 22, end: 26, text: "said" },
      content: { start: 30, end: 40, text: 'He said "x"' },
      addressee: null,
      about: ["sochi"],
      place: "sochi",
      date: "2021-12",
      via: null,
    },
  ],
  relations: [],
};

describe("rdf: writing", () => {
  it("writes the exact Turtle for a small graph", async () => {
    const ttl = await writeN3(
      [
        quad(namedNode("https://example.org/b"), namedNode("https://schema.org/name"), literal('say "hi"\n')),
        quad(namedNode("https://example.org/a"), namedNode("https://schema.org/name"), literal("A")),
      ],
      "ttl",
      "https://example.org/",
    );
    expect(
      ttl
        .split("\n")
        .filter((l) => !l.startsWith("@prefix"))
        .join("\n"),
    ).toBe(["", ':a schema:name "A".', ':b schema:name "say \\"hi\\"\\n".', ""].join("\n"));
  });

  it("sorts and de-duplicates quads so output is deterministic", () => {
    const a = quad(namedNode("https://e.org/a"), namedNode("https://e.org/p"), literal("1"));
    const b = quad(namedNode("https://e.org/b"), namedNode("https://e.org/p"), literal("1"));
    expect(sortQuads([b, a, b]).map((q) => q.subject.value)).toEqual(["https://e.org/a", "https://e.org/b"]);
  });

  it.each(["ttl", "nt", "trig", "nq"] as const)("round-trips %s through n3", async (format) => {
    const iris = new Iris();
    const quads = articleQuads(RESULT, iris, format === "trig" || format === "nq" ? iris.article("a1") : undefined);
    const text = await writeN3(quads, format, iris.base);
    const parsed = parseRdf(text, ({ ttl: "Turtle", nt: "N-Triples", trig: "TriG", nq: "N-Quads" } as const)[format]);
    expect(quadKeys(parsed)).toEqual(quadKeys(sortQuads(quads)));
  });

  it("gives the same bytes for the same input", async () => {
    const iris = new Iris();
    const one = await writeN3(articleQuads(RESULT, iris), "ttl", iris.base);
    const two = await writeN3([...articleQuads(RESULT, iris)].reverse(), "ttl", iris.base);
    expect(one).toBe(two);
  });

  it.each([
    ["2021-12-08", "http://www.w3.org/2001/XMLSchema#date"],
    ["2021-12", "http://www.w3.org/2001/XMLSchema#gYearMonth"],
    ["2021-12-08T18:05:00", "http://www.w3.org/2001/XMLSchema#dateTime"],
  ])("types the date %s", (value, datatype) => {
    expect(dateLiteral(value)?.datatype.value).toBe(datatype);
  });

  it.each(["2021-13-01", "2021-02-30", "2021-00", "December 2021", "2021-12-08T25:00"])("leaves out the non-date %s", (value) => {
    expect(dateLiteral(value)).toBeNull();
  });
});

describe("rdf: IRIs", () => {
  it("escapes ids into valid IRIs", () => {
    const iris = new Iris({ base: "https://example.org/news/" });
    expect(iris.entity('a b<c>"d')).toBe("https://example.org/news/entity/a%20b%3Cc%3E%22d");
  });

  it.each(["not a url", "ftp://x/", "https://example.org/no-slash", "https://exa mple.org/"])("refuses the base %s", (base) => {
    expect(() => new Iris({ base })).toThrow(/--base/);
  });
});
