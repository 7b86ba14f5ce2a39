// The place gazetteer (data/lexicons/places.json, built by
// scripts/build-gazetteer.mjs from GeoNames and world-countries).
import data from "../../data/lexicons/places.json" with { type: "json" };

export interface PlaceEntry {
  readonly id: string;
  readonly name: string;
  readonly kind: "country" | "region" | "city";
  readonly country?: string;
  readonly aliases: readonly string[];
  readonly demonyms: readonly string[];
  readonly geonames?: number;
  readonly population?: number;
  readonly lat?: number;
  readonly lon?: number;
}

export const PLACES: readonly PlaceEntry[] = data as readonly PlaceEntry[];

const byId = new Map(PLACES.map((p) => [p.id, p]));

export function placeById(id: string): PlaceEntry | undefined {
  return byId.get(id);
}
