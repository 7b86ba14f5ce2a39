// The place gazetteer (data/lexicons/places.json, built by
// scripts/build-gazetteer.mjs from GeoNames and world-countries).
import data from "../../data/lexicons/places.json" with { type: "json" };
import type { PlaceGeo } from "../model/entity.js";

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

const countryByCode = new Map(PLACES.filter((p) => p.kind === "country" && p.country).map((p) => [p.country as string, p.id]));

/** Where the gazetteer place `id` is: GeoNames id, country and coordinates, as far as the entry knows them (null: no such place, or one the gazetteer knows nothing of). */
export function placeGeo(id: string): PlaceGeo | null {
  const p = byId.get(id);
  if (!p) return null;
  const entity = p.country ? countryByCode.get(p.country) : undefined;
  if (p.geonames === undefined && !entity && p.lat === undefined) return null;
  return {
    geonames: p.geonames ?? null,
    country: p.country && entity ? { code: p.country, entity } : null,
    lat: p.lat ?? null,
    lon: p.lon ?? null,
  };
}
