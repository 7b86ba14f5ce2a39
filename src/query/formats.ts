// Result formats: the SPARQL 1.1 results formats (JSON, XML, CSV, TSV) and a
// text table for SELECT and ASK; Turtle, N-Triples and RDF/XML for CONSTRUCT
// and DESCRIBE. Media types drive content negotiation on /sparql.
import { NewsgraphError } from "../pipeline/errors.js";
import type { QueryForm } from "./query-form.js";

export const RESULT_FORMATS = ["table", "json", "xml", "csv", "tsv"] as const;
export const GRAPH_FORMATS = ["ttl", "nt", "rdfxml"] as const;
export type ResultFormat = (typeof RESULT_FORMATS)[number];
export type GraphFormat = (typeof GRAPH_FORMATS)[number];
export type OutputFormat = ResultFormat | GraphFormat;
export const OUTPUT_FORMATS: readonly OutputFormat[] = [...RESULT_FORMATS, ...GRAPH_FORMATS];

export const MEDIA_TYPE: Readonly<Record<OutputFormat, string>> = {
  table: "text/plain; charset=utf-8",
  json: "application/sparql-results+json",
  xml: "application/sparql-results+xml",
  csv: "text/csv; charset=utf-8",
  tsv: "text/tab-separated-values; charset=utf-8",
  ttl: "text/turtle; charset=utf-8",
  nt: "application/n-triples",
  rdfxml: "application/rdf+xml",
};

/** The format Oxigraph writes for each of ours (the table is drawn from JSON). */
export const OXIGRAPH_FORMAT: Readonly<Record<OutputFormat, string>> = {
  table: "json",
  json: "json",
  xml: "xml",
  csv: "csv",
  tsv: "tsv",
  ttl: "ttl",
  nt: "nt",
  rdfxml: "rdf",
};

export const isGraphForm = (form: QueryForm): boolean => form === "CONSTRUCT" || form === "DESCRIBE";

/** The format to write a query's results in: a graph query asked for a table gets Turtle. */
export function resolveFormat(form: QueryForm, requested: OutputFormat): OutputFormat {
  const graphFormat = (GRAPH_FORMATS as readonly string[]).includes(requested);
  if (isGraphForm(form)) return graphFormat ? requested : "ttl";
  if (graphFormat) throw new NewsgraphError("E_BAD_OPTION", `a ${form} query gives results, not a graph; use one of ${RESULT_FORMATS.join(", ")}`);
  if (form === "ASK" && (requested === "csv" || requested === "tsv")) return "json";
  return requested;
}

export function parseOutputFormat(value: string): OutputFormat {
  if ((OUTPUT_FORMATS as readonly string[]).includes(value)) return value as OutputFormat;
  throw new NewsgraphError("E_BAD_OPTION", `unknown result format "${value}"; use one of ${OUTPUT_FORMATS.join(", ")}`);
}
