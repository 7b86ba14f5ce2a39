import { describe, expect, it } from "vitest";
import { datasetChunks, datasetQuads } from "../../../src/rdf/dataset.js";
import { Iris } from "../../../src/rdf/iris.js";
import { RDF_FORMATS, type RdfFormat } from "../../../src/rdf/serialize.js";
import { streamLines } from "../../../src/rdf/stream.js";
import { RESULT } from "./fixture.js";
import { datasetKeys, HAS_RAPPER, parseFormat, rapperParse, StringSink, writeFormat } from "./round-trip.js";

const iris = new Iris();
const OTHER = { ...RESULT, article: { ...RESULT.article, id: "a2", author: "Jane Doe" } };
const isNamed = (f: RdfFormat): boolean => f === "trig" || f === "nq";
const quadsFor = (f: RdfFormat) => datasetQuads([RESULT, OTHER], iris, { named: isNamed(f) });

describe("rdf: formats", () => {
  it.each(RDF_FORMATS)("%s round-trips to the same dataset", async (format) => {
    const quads = quadsFor(format);
    const parsed = await parseFormat(await writeFormat(quads, format, iris.base), format);
    expect(datasetKeys(parsed)).toEqual(datasetKeys(quads));
  });

  it.each(RDF_FORMATS)("%s gives the same bytes whatever the input order", async (format) => {
    const quads = quadsFor(format);
    expect(await writeFormat([...quads].reverse(), format, iris.base)).toBe(await writeFormat(quads, format, iris.base));
  });

  it("writes TriG with one named graph per article and one for entities", async () => {
    const parsed = await parseFormat(await writeFormat(quadsFor("trig"), "trig", iris.base), "trig");
    expect([...new Set(parsed.map((q) => q.graph.value))].sort()).toEqual([iris.article("a1"), iris.article("a2"), iris.entitiesGraph()]);
    expect(parsed.filter((q) => q.graph.value === iris.article("a2")).every((q) => !q.subject.value.includes("/a1"))).toBe(true);
  });

  it.each(["nt", "nq"] as const)("streams %s with the same dataset as the in-memory writer", async (format) => {
    const sink = new StringSink();
    const report = await streamLines(datasetChunks([RESULT, OTHER], iris, { named: format === "nq" }), format, sink);
    const streamed = await parseFormat(sink.text, format);
    expect(datasetKeys(streamed)).toEqual(datasetKeys(quadsFor(format)));
    expect(report.quads).toBe(streamed.length);
    expect(new Set(sink.text.split("\n")).size).toBe(sink.text.split("\n").length);
  });

  it.runIf(HAS_RAPPER).each([
    ["ttl", "turtle"],
    ["trig", "trig"],
    ["nt", "ntriples"],
    ["nq", "nquads"],
  ] as const)("%s parses with rapper (raptor2) to the same number of triples", async (format, syntax) => {
    const quads = quadsFor(format);
    const result = rapperParse(await writeFormat(quads, format, iris.base), syntax);
    expect(result.errors).toBe("");
    expect(result.count).toBe(datasetKeys(quads).length);
  });

  it("writes JSON-LD under the published context's terms", async () => {
    const doc = JSON.parse(await writeFormat(quadsFor("jsonld"), "jsonld", iris.base)) as { "@graph": Record<string, unknown>[] };
    const statement = doc["@graph"].find((n) => n["@id"] === iris.statement("a1", "s-30-40"));
    expect(statement).toMatchObject({
      "@type": ["schema:Quotation", "ng:Statement"],
      attributedTo: [iris.entity("vladimir-putin")],
      kind: ["ng:DirectSpeech"],
      dateCreated: [{ "@value": "2021-12", "@type": "xsd:gYearMonth" }],
    });
  });
});
