// The explorer's own Turtle writer: exact escapes, and output that n3 parses
// back into the expected triples.
import { Parser } from "n3";
import { describe, expect, it } from "vitest";
import { toTurtle, turtleDate, turtleString } from "../../../web/src/turtle.js";
import { Iris } from "../../../src/rdf/iris.js";
import { iriSegment } from "../../../src/rdf/paths.js";
import { HOSTILE_NAME, HOSTILE_QUOTE, makeGraphFile } from "../../fixtures/web/graph-file.js";

describe("turtle", () => {
  it.each([
    ["plain", '"plain"'],
    ['say "hi"', '"say \\"hi\\""'],
    ["back\\slash", '"back\\\\slash"'],
    ["line\nbreak\r\ttab", '"line\\nbreak\\r\\ttab"'],
    ["bell\u0007", '"bell\\u0007"'],
    ["ünïcode ✓", '"ünïcode ✓"'],
  ])("turtle: escapes %j", (input, expected) => {
    expect(turtleString(input)).toBe(expected);
  });

  it("turtle: ids become safe IRI segments", () => {
    expect(iriSegment("a b/c>(d)")).toBe("a%20b%2Fc%3E%28d%29");
  });

  it("turtle: an id with a lone surrogate still gives a valid IRI, the one the CLI writes", () => {
    const file = makeGraphFile();
    const [first] = file.graph.nodes;
    if (!first) throw new Error("fixture: no node");
    const odd = { ...file, graph: { ...file.graph, nodes: [{ ...first, key: "broken\uD800id" }, ...file.graph.nodes.slice(1)] } };
    const quads = new Parser().parse(toTurtle(odd));
    expect(quads.some((q) => q.subject.value === new Iris().entity("broken\uD800id"))).toBe(true);
  });

  it.each([
    ["2021-12-08", '"2021-12-08"^^xsd:date'],
    ["2021-12", '"2021-12"^^xsd:gYearMonth'],
    ["2021-12-08T18:05", '"2021-12-08T18:05:00"^^xsd:dateTime'],
  ])("turtle: dates %s", (input, expected) => {
    expect(turtleDate(input)).toBe(expected);
  });

  it("turtle: the fixture graph parses back with n3", () => {
    const ttl = toTurtle(makeGraphFile());
    const quads = new Parser().parse(ttl);
    const objects = (p: string) => quads.filter((q) => q.predicate.value === p).map((q) => q.object.value);
    expect(objects("https://schema.org/name")).toContain(HOSTILE_NAME);
    expect(objects("https://schema.org/text")).toContain(HOSTILE_QUOTE);
    expect(objects("https://w3id.org/newsgraph/ontology#met")).toEqual(["https://w3id.org/newsgraph/data/entity/alice-archer"]);
    expect(
      quads.some(
        (q) => q.subject.value === "https://w3id.org/newsgraph/data/statement/a/s1" && q.predicate.value === "http://www.w3.org/ns/prov#wasAttributedTo",
      ),
    ).toBe(true);
  });

  it("turtle: a source the article does not name is an ng:UnnamedSource of its own, as the CLI writes it", () => {
    const file = makeGraphFile();
    const s1 = file.statements["a/s1"];
    if (!s1) throw new Error("fixture: no a/s1");
    const withUnnamed = {
      ...file,
      statements: { ...file.statements, "a/s9": { ...s1, id: "a/s9", speaker: { entity: null, text: "Officials", unnamed: true as const } } },
    };
    const quads = new Parser().parse(toTurtle(withUnnamed));
    const source = "https://w3id.org/newsgraph/data/statement/a/s9#source";
    const about = (s: string, p: string) => quads.filter((q) => q.subject.value === s && q.predicate.value === p).map((q) => q.object.value);
    expect(about("https://w3id.org/newsgraph/data/statement/a/s9", "http://www.w3.org/ns/prov#wasAttributedTo")).toEqual([source]);
    expect(about(source, "http://www.w3.org/1999/02/22-rdf-syntax-ns#type")).toEqual(["https://w3id.org/newsgraph/ontology#UnnamedSource"]);
    expect(about(source, "http://www.w3.org/2000/01/rdf-schema#label")).toEqual(["Officials"]);
    expect(source).toBe(new Iris().unnamedSource("a", "s9"));
  });

  it("turtle: the output is deterministic", () => {
    expect(toTurtle(makeGraphFile())).toBe(toTurtle(makeGraphFile()));
  });
});
