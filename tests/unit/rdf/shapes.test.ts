import fs from "node:fs";
import path from "node:path";
import { DataFactory, type Quad } from "n3";
import { beforeAll, describe, expect, it } from "vitest";
import { extract } from "../../../src/extract.js";
import type { ExtractionResult } from "../../../src/model/result.js";
import { datasetQuads } from "../../../src/rdf/dataset.js";
import { Iris } from "../../../src/rdf/iris.js";
import { geo, ng, nif, owl, prov, rdfs, schema, skos, xsd } from "../../../src/rdf/vocab.js";
import { RESULT } from "./fixture.js";
import { validateShapes } from "./shacl.js";

const { namedNode, literal, quad } = DataFactory;
const iris = new Iris();
const STATEMENT = iris.statement("a1", "s-30-40");
const CONTENT = iris.chars("a1", 30, 40);
const UNNAMED = iris.unnamedSource("a1", "s-110-125");

function quadsOf(...results: ExtractionResult[]): Quad[] {
  return datasetQuads(results, iris, { named: false });
}

const without = (quads: Quad[], s: string, p: string): Quad[] => quads.filter((q) => !(q.subject.value === s && q.predicate.value === p));
const plus = (quads: Quad[], s: string, p: string, o: ReturnType<typeof literal> | string): Quad[] => [
  ...quads,
  quad(namedNode(s), namedNode(p), typeof o === "string" ? namedNode(o) : o),
];

describe("rdf: SHACL shapes", () => {
  it("accept the hand-made result that uses every kind of fact", async () => {
    const report = await validateShapes(quadsOf(RESULT));
    expect(report.lines).toEqual([]);
    expect(report.conforms).toBe(true);
  });

  it("accept the first article's output", async () => {
    const file = path.resolve(import.meta.dirname, "../../../data/articles/2021-12-08-putin-nato-ukraine.txt");
    const result = extract(fs.readFileSync(file, "utf8"), { id: "2021-12-08-putin-nato-ukraine", source: file });
    const report = await validateShapes(quadsOf(result));
    expect(report.lines).toEqual([]);
  });

  describe("reject a broken graph with a readable report", () => {
    let good: Quad[];
    beforeAll(() => {
      good = quadsOf(RESULT);
    });

    it.each<[string, (q: Quad[]) => Quad[], RegExp]>([
      [
        "a statement without content text",
        (q) => without(q, STATEMENT, schema("text")),
        /s-30-40 https:\/\/schema.org\/text: a statement has exactly one content text/,
      ],
      ["a statement with two content texts", (q) => plus(q, STATEMENT, schema("text"), literal("again")), /exactly one content text/],
      ["a statement with two speakers", (q) => plus(q, STATEMENT, prov("wasAttributedTo"), iris.entity("joe-biden")), /at most one speaker/],
      ["a statement derived from no article", (q) => without(q, STATEMENT, prov("wasDerivedFrom")), /derived from exactly one article/],
      [
        "a speaker that is not described",
        (q) => plus(without(q, STATEMENT, prov("wasAttributedTo")), STATEMENT, prov("wasAttributedTo"), iris.entity("nobody")),
        /a speaker is a described entity \(with a skos:prefLabel\) or an ng:UnnamedSource/,
      ],
      ["an unnamed source without its label", (q) => without(q, UNNAMED, rdfs("label")), /an unnamed source has exactly one label/],
      [
        "an unnamed source shared by two statements",
        (q) => plus(without(q, STATEMENT, prov("wasAttributedTo")), STATEMENT, prov("wasAttributedTo"), UNNAMED),
        /an unnamed source is the speaker of exactly one statement/,
      ],
      [
        "offsets with begin not before end",
        (q) => plus(without(q, CONTENT, nif("endIndex")), CONTENT, nif("endIndex"), literal("30", namedNode(xsd("nonNegativeInteger")))),
        /less than endIndex/,
      ],
      [
        "a negative offset",
        (q) => plus(without(q, CONTENT, nif("beginIndex")), CONTENT, nif("beginIndex"), literal("-1", namedNode(xsd("integer")))),
        /beginIndex is one non-negative integer/,
      ],
      [
        "an untyped date",
        (q) => plus(without(q, STATEMENT, schema("dateCreated")), STATEMENT, schema("dateCreated"), literal("December 2021")),
        /dateCreated is an xsd:date/,
      ],
      [
        "a direct quotation not typed schema:Quotation",
        (q) => q.filter((x) => !(x.subject.value === STATEMENT && x.object.value === schema("Quotation"))),
        /s-30-40 .*sh:OrConstraintComponent/,
      ],
      ["an entity with two preferred labels", (q) => plus(q, iris.entity("nato"), skos("prefLabel"), literal("N.A.T.O.")), /entity\/nato .*prefLabel/],
      [
        "a meeting with one actor",
        (q) => without(q, iris.relation("a1", "r-met"), "http://semanticweb.cs.vu.nl/2009/11/sem/hasActor"),
        /at least two distinct actors/,
      ],
      ["a role without its holder", (q) => without(q, iris.relation("a1", "r-role"), ng("holder")), /r-role .*holder/],
      [
        "a latitude out of range",
        (q) => plus(without(q, iris.entity("sochi"), geo("lat")), iris.entity("sochi"), geo("lat"), literal("123.5", namedNode(xsd("decimal")))),
        /entity\/sochi .*lat/,
      ],
      [
        "a place the same as two GeoNames features",
        (q) => plus(q, iris.entity("sochi"), owl("sameAs"), "https://sws.geonames.org/1/"),
        /at most one GeoNames feature/,
      ],
      [
        "a lower-case country code",
        (q) => plus(without(q, iris.entity("sochi"), ng("countryCode")), iris.entity("sochi"), ng("countryCode"), literal("ru")),
        /countryCode/,
      ],
    ])("%s", async (_name, breakIt, expected) => {
      const report = await validateShapes(breakIt(good));
      expect(report.conforms).toBe(false);
      expect(report.lines.join("\n")).toMatch(expected);
    });
  });
});
