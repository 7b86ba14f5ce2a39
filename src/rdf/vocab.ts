// Every vocabulary IRI newsgraph writes, in one place (mirrors ontology/).
// The only other code that names an IRI builds data IRIs in iris.ts.

export const NS = {
  rdf: "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
  rdfs: "http://www.w3.org/2000/01/rdf-schema#",
  xsd: "http://www.w3.org/2001/XMLSchema#",
  owl: "http://www.w3.org/2002/07/owl#",
  skos: "http://www.w3.org/2004/02/skos/core#",
  schema: "https://schema.org/",
  prov: "http://www.w3.org/ns/prov#",
  sem: "http://semanticweb.cs.vu.nl/2009/11/sem/",
  nif: "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#",
  itsrdf: "http://www.w3.org/2005/11/its/rdf#",
  dcterms: "http://purl.org/dc/terms/",
  geo: "http://www.w3.org/2003/01/geo/wgs84_pos#",
  ng: "https://w3id.org/newsgraph/ontology#",
} as const;

export type Prefix = keyof typeof NS;

const term =
  <P extends Prefix>(prefix: P) =>
  (local: string): string =>
    `${NS[prefix]}${local}`;

export const rdf = term("rdf");
export const rdfs = term("rdfs");
export const xsd = term("xsd");
export const skos = term("skos");
export const schema = term("schema");
export const prov = term("prov");
export const sem = term("sem");
export const nif = term("nif");
export const itsrdf = term("itsrdf");
export const ng = term("ng");
export const owl = term("owl");
export const geo = term("geo");

/** The GeoNames linked-data IRI of a feature. */
export const geonamesIri = (id: number): string => `https://sws.geonames.org/${id}/`;

/** The default base for data IRIs (articles, entities, statements). */
export const DEFAULT_BASE = "https://w3id.org/newsgraph/data/";

export const ENTITY_CLASS: Readonly<Record<string, string>> = {
  Person: schema("Person"),
  Organization: schema("Organization"),
  Place: schema("Place"),
  Group: ng("Group"),
  Other: schema("Thing"),
};

export const STATEMENT_KIND: Readonly<Record<string, string>> = {
  direct: ng("DirectSpeech"),
  indirect: ng("IndirectSpeech"),
  mixed: ng("MixedSpeech"),
};
