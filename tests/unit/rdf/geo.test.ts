// A place grounded in the gazetteer carries its GeoNames feature, coordinates
// and country into RDF.
import type { Quad } from "n3";
import { describe, expect, it } from "vitest";
import type { ExtractionResult } from "../../../src/model/result.js";
import { datasetQuads } from "../../../src/rdf/dataset.js";
import { Iris } from "../../../src/rdf/iris.js";
import { geo, ng, owl, schema } from "../../../src/rdf/vocab.js";
import { RESULT } from "./fixture.js";

const iris = new Iris();
const SOCHI = iris.entity("sochi");
const objects = (quads: Quad[], s: string, p: string): string[] =>
  quads
    .filter((q) => q.subject.value === s && q.predicate.value === p)
    .map((q) => (q.object.termType === "Literal" ? `${q.object.value}^^${q.object.datatype.value}` : q.object.value));

describe("rdf: grounded places", () => {
  const quads = datasetQuads([RESULT], iris, { named: false });

  it("writes the GeoNames feature, WGS84 decimals and the country code", () => {
    expect(objects(quads, SOCHI, owl("sameAs"))).toEqual(["https://sws.geonames.org/491422/"]);
    expect(objects(quads, SOCHI, geo("lat"))).toEqual(["43.59917^^http://www.w3.org/2001/XMLSchema#decimal"]);
    expect(objects(quads, SOCHI, geo("long"))).toEqual(["39.72569^^http://www.w3.org/2001/XMLSchema#decimal"]);
    expect(objects(quads, SOCHI, ng("countryCode"))).toEqual(["RU^^http://www.w3.org/2001/XMLSchema#string"]);
    expect(objects(quads, iris.entity("russia"), geo("lat"))).toEqual(["60^^http://www.w3.org/2001/XMLSchema#decimal"]);
  });

  it("links a city to its country only when the dataset describes the country", () => {
    expect(objects(quads, SOCHI, schema("containedInPlace"))).toEqual([iris.entity("russia")]);
    expect(objects(quads, iris.entity("russia"), schema("containedInPlace"))).toEqual([]);
    const alone: ExtractionResult = { ...RESULT, entities: RESULT.entities.filter((e) => e.id !== "russia") };
    expect(objects(datasetQuads([alone], iris, { named: false }), SOCHI, schema("containedInPlace"))).toEqual([]);
  });

  it("writes nothing of the kind for entities that are not grounded places", () => {
    const putin = iris.entity("vladimir-putin");
    for (const p of [owl("sameAs"), geo("lat"), ng("countryCode")]) expect(objects(quads, putin, p)).toEqual([]);
  });
});
