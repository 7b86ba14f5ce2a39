// Places are grounded to the gazetteer entry their name matches unambiguously.
import { describe, expect, it } from "vitest";
import { extract } from "../../../../src/extract.js";

const entity = (text: string, id: string) => extract(text, { id: "t", published: "2021-12-08" }).entities.find((e) => e.id === id);

describe("entities: grounded places", () => {
  it("a city gets its GeoNames id, country and coordinates", () => {
    expect(entity("Putin met Kyriakos Mitsotakis in Sochi on Wednesday.", "sochi")?.geo).toEqual({
      geonames: 491422,
      country: { code: "RU", entity: "russia" },
      lat: 43.59917,
      lon: 39.72569,
    });
  });

  it("a country gets its code and a representative point, no GeoNames id", () => {
    const geo = entity("Ukraine wants to join NATO, officials in Kiev said.", "ukraine")?.geo;
    expect(geo).toMatchObject({ geonames: null, country: { code: "UA", entity: "ukraine" } });
    expect(geo?.lat).toBeTypeOf("number");
  });

  it("people, and places the gazetteer does not know, carry none", () => {
    expect(entity("Putin met Kyriakos Mitsotakis in Sochi on Wednesday.", "vladimir-putin")?.geo).toBeUndefined();
    expect(entity("Ships sailed into the Black Sea on Monday.", "black-sea")?.geo).toBeUndefined();
  });
});
